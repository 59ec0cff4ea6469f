"""The search index also keeps 5- and 6-letter prefixes.

The word being typed matches as a prefix. FTS5 answers a prefix it has an
index for with one list; a longer one it answers by merging the lists of
every word that starts with it, on every keystroke. Measured at 100,000
documents: 5- and 6-letter prefixes of common words took up to 44 ms to
count (71 ms for a whole search), 0.2 ms with these indexes; the index grew
from 204 to 334 MB and indexing takes about twice as long (0.5 ms a document).

FTS5 fixes its prefix indexes when the table is made, so the table is made
again and filled from the records, with the rules of revisions 0003 and 0004
(trashed records and the records of trashed clients left out). The triggers
name the table, not its options, and stay as they are.

Revision ID: 0005
Revises: 0004
"""

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _revision(stem: str) -> ModuleType:
    """Loaded by path, as Alembic loads it (the file name is not an importable identifier)."""
    spec = importlib.util.spec_from_file_location(
        f"casebook_revision_{stem[:4]}", Path(__file__).with_name(f"{stem}.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Revisions 0003 and 0004 are shipped and never change, so their rules are read, not copied.
_0003 = _revision("0003_search_index")
_0004 = _revision("0004_search_hides_trashed_clients")


def _make_index(prefix: str) -> None:
    op.execute("DROP TABLE search")
    op.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "title, body, kind UNINDEXED, ref UNINDEXED, client UNINDEXED, day UNINDEXED, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')"
    )
    op.execute("INSERT INTO search (search, rank) VALUES ('rank', 'bm25(8.0, 1.0)')")
    for table, (_code, select, live) in _0003.SOURCES.items():
        conditions = [
            c for c in (live, _0004.CLIENT_LIVE if table in _0004.DEPENDENTS else "") if c
        ]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        op.execute(f"INSERT INTO search ({_0003.COLUMNS}) {select}{where}")


def upgrade() -> None:
    _make_index("2 3 4 5 6")


def downgrade() -> None:
    _make_index("2 3 4")
