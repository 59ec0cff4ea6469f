"""Capturing changes to the records an office shares, once, in the database itself.

Services write through the ORM, Core statements and cascades alike, so the
capture is SQLite triggers on every synced table (revision 0015), not a
session listener that a bulk ``insert()`` or an ``ON DELETE CASCADE`` would
slip past. A trigger notes *what* changed: a new row (field ``*``), the
fields an update changed, a deletion (a tombstone); values are read when
the sync takes the journal, so many edits of one field travel once.

Triggers journal only when ``sync_state.journal`` is on (a vault that has
synced with an office at least once) and ``sync_state.applying`` is off (a
change applied from the hub is never journalled again). A vault in no office
pays one lookup of a one-row table per written row, nothing more.

``sync_ids`` gives every synced row a global uid, so vaults map each other's
records (the table's own ``uid`` where it has one); a deleted row's entry
goes with it, so SQLite reusing the row id never inherits a stale uid.

Columns a trigger must know are read from the table as it stands when the
migration runs (``PRAGMA table_info``): a later migration that adds a column
to a synced table calls ``create_triggers`` again.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

# Parent-first: a record's parents come earlier (seeding and pushes keep this order).
SYNCED: tuple[str, ...] = (
    "clients",
    "client_aliases",
    "matters",
    "events",
    "notes",
    "record_requests",
    "request_extensions",
    "arrests",
    "convictions",
    "incidents",
    "documents",
    "document_links",
)
# Never leaves the vault: the local row id (a walled client is a table of its own).
LOCAL_ONLY: dict[str, frozenset[str]] = {}
ALWAYS_LOCAL = frozenset({"id"})
WHOLE_ROW = "*"
DELETED = "_deleted"

_ON = "(SELECT journal AND NOT applying FROM sync_state WHERE id = 1)"


def synced_columns(conn: Connection, table: str) -> list[str]:
    """The columns of ``table`` that travel (as the table stands now)."""
    rows = conn.execute(text(f"PRAGMA table_info({table})")).fetchall()
    skip = ALWAYS_LOCAL | LOCAL_ONLY.get(table, frozenset())
    return [str(r[1]) for r in rows if str(r[1]) not in skip]


def _has_uid(columns: Sequence[str]) -> bool:
    return "uid" in columns


def trigger_sql(table: str, columns: Sequence[str]) -> list[str]:
    """The three triggers of one synced table."""
    uid = "NEW.uid" if _has_uid(columns) else "lower(hex(randomblob(16)))"
    changed = " UNION ALL ".join(
        f'SELECT \'{c}\' AS name WHERE OLD."{c}" IS NOT NEW."{c}"' for c in columns if c != "uid"
    )
    ids = f"sync_ids WHERE table_name = '{table}'"
    # Names are this module's constants and the table's own columns, never a person's input.
    return [
        f"CREATE TRIGGER sync_insert_{table} AFTER INSERT ON {table} WHEN {_ON} BEGIN "  # noqa: S608
        f"INSERT INTO sync_ids (table_name, row_id, uid) VALUES ('{table}', NEW.id, {uid}); "
        f"INSERT INTO sync_journal (table_name, uid, field, op) "
        f"SELECT '{table}', uid, '{WHOLE_ROW}', 'put' FROM {ids} AND row_id = NEW.id; END",
        f"CREATE TRIGGER sync_update_{table} AFTER UPDATE ON {table} WHEN {_ON} BEGIN "  # noqa: S608
        f"INSERT INTO sync_journal (table_name, uid, field, op) "
        f"SELECT '{table}', s.uid, f.name, 'put' FROM sync_ids AS s, ({changed}) AS f "
        f"WHERE s.table_name = '{table}' AND s.row_id = NEW.id; END",
        f"CREATE TRIGGER sync_delete_{table} AFTER DELETE ON {table} BEGIN "  # noqa: S608
        f"INSERT INTO sync_journal (table_name, uid, field, op) "
        f"SELECT '{table}', uid, NULL, 'del' FROM {ids} AND row_id = OLD.id AND {_ON}; "
        f"DELETE FROM {ids} AND row_id = OLD.id; END",
    ]


def create_triggers(conn: Connection) -> None:
    """(Re)create the capture triggers of every synced table."""
    for table in SYNCED:
        drop_triggers(conn, table)
        for statement in trigger_sql(table, synced_columns(conn, table)):
            conn.execute(text(statement))


def drop_triggers(conn: Connection, table: str) -> None:
    for kind in ("insert", "update", "delete"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS sync_{kind}_{table}"))
