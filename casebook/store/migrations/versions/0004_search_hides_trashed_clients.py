"""The search index leaves out the matters, notes, requests and incidents of a trashed client.

Before, search hid them by reading the trashed clients on every query and
over-fetching ranked rows to make up for the ones it dropped: work on every
keystroke that grew with the trash. Now the triggers keep them out of the
index: trashing a client removes its records' entries, restoring puts them
back, and an edit to a record of a trashed client does not index it.

Revision ID: 0004
Revises: 0003
"""

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _revision_0003() -> ModuleType:
    """Loaded by path, as Alembic loads it (the file name is not an importable identifier)."""
    spec = importlib.util.spec_from_file_location(
        "casebook_revision_0003", Path(__file__).with_name("0003_search_index.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Revision 0003's row sources are shipped and never change, so they are read, not copied.
_search_index = _revision_0003()
SOURCES: dict[str, tuple[int, str, str]] = _search_index.SOURCES
COLUMNS: str = _search_index.COLUMNS

DEPENDENTS = ("matters", "notes", "record_requests", "incidents")
CLIENT_LIVE = (
    "NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = x.client_id AND c.deleted_at IS NOT NULL)"
)


def _index(table: str, where: str) -> str:
    _, select, _ = SOURCES[table]
    return f"INSERT INTO search ({COLUMNS}) {select} WHERE {where};"


def _unindex(table: str, where: str) -> str:
    code = SOURCES[table][0]
    rowids = f"SELECT x.id * 8 + {code} FROM {table} x WHERE {where}"
    return f"DELETE FROM search WHERE rowid IN ({rowids});"


def _refresh(table: str, live: str) -> str:
    code = SOURCES[table][0]
    where = "x.id = NEW.id" + (f" AND {live}" if live else "")
    return f"DELETE FROM search WHERE rowid = NEW.id * 8 + {code}; {_index(table, where)}"


def _replace_triggers(live: str) -> None:
    for table in DEPENDENTS:
        for suffix, event in (("ai", "INSERT"), ("au", "UPDATE")):
            op.execute(f"DROP TRIGGER search_{table}_{suffix}")
            op.execute(
                f"CREATE TRIGGER search_{table}_{suffix} AFTER {event} ON {table} BEGIN "
                f"{_refresh(table, live)} END"
            )


def upgrade() -> None:
    _replace_triggers(CLIENT_LIVE)
    on_trash = " ".join(_unindex(t, "x.client_id = NEW.id") for t in DEPENDENTS)
    on_restore = " ".join(_index(t, "x.client_id = NEW.id") for t in DEPENDENTS)
    op.execute(
        "CREATE TRIGGER search_clients_trashed AFTER UPDATE OF deleted_at ON clients "
        f"WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN {on_trash} END"
    )
    op.execute(
        "CREATE TRIGGER search_clients_restored AFTER UPDATE OF deleted_at ON clients "
        f"WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL BEGIN {on_restore} END"
    )
    for table in DEPENDENTS:
        op.execute(_unindex(table, f"NOT {CLIENT_LIVE}"))


def downgrade() -> None:
    op.execute("DROP TRIGGER search_clients_trashed")
    op.execute("DROP TRIGGER search_clients_restored")
    _replace_triggers("")
    for table in DEPENDENTS:
        op.execute(_index(table, f"NOT {CLIENT_LIVE}"))
