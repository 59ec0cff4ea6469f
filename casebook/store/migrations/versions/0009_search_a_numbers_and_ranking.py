"""Search ranks every match: records apart from documents, and a log of document changes.

Ranking only the newest matches lost the best old one (issue 14). Two
changes let search rank every match without scoring 100,000 documents in
FTS5 on every keystroke:

- The index's ``kind`` column is indexed (weight 0 in the rank, so it never
  scores), so clients, matters, notes, requests and incidents are ranked
  among themselves with ``… AND kind : (client OR …)``: FTS5 intersects the
  posting lists and scores only those rows, never the documents that match
  the same word. The person's words are searched in ``{title body}`` only.
- ``search_document_changes`` keeps the id of every document added, changed
  or removed (ids only, no text), filled by triggers in the same transaction,
  so the in-memory document index (services/document_index.py) built after
  unlock catches up before each search. Rows older than the newest build are
  pruned at the next build.

FTS5 fixes which columns it indexes when the table is made, so the table is
made again and filled from the records with the rules of revisions 0003 and
0004, and the prefixes of 0005. Plain SQL only (see 0006: batch mode would
drop the search triggers). The triggers name the table, not its columns, and
stay as they are.

A-numbers in document text need no index change: the query's nine digits
are searched in every written form the tokenizer makes of them (see
``search.fts_query``).

Revision ID: 0009
Revises: 0006
"""

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0009"
down_revision = "0006"
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


# Shipped revisions never change, so their rules are read, not copied.
_0003 = _revision("0003_search_index")
_0004 = _revision("0004_search_hides_trashed_clients")


def _make_index(kind: str, rank: str) -> None:
    op.execute("DROP TABLE search")
    op.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        f"title, body, {kind}, ref UNINDEXED, client UNINDEXED, day UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"
    )
    op.execute(f"INSERT INTO search (search, rank) VALUES ('rank', '{rank}')")
    for table, (_code, select, live) in _0003.SOURCES.items():
        conditions = [
            c for c in (live, _0004.CLIENT_LIVE if table in _0004.DEPENDENTS else "") if c
        ]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        op.execute(f"INSERT INTO search ({_0003.COLUMNS}) {select}{where}")


def upgrade() -> None:
    _make_index("kind", "bm25(8.0, 1.0, 0.0)")
    op.execute(
        "CREATE TABLE search_document_changes ("
        "seq INTEGER PRIMARY KEY, document_id INTEGER NOT NULL)"
    )
    for suffix, event, row in (
        ("ai", "INSERT", "NEW"),
        ("au", "UPDATE", "NEW"),
        ("ad", "DELETE", "OLD"),
    ):
        op.execute(
            f"CREATE TRIGGER search_document_changes_{suffix} AFTER {event} ON documents BEGIN "
            f"INSERT INTO search_document_changes (document_id) VALUES ({row}.id); END"
        )


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER search_document_changes_{suffix}")
    op.execute("DROP TABLE search_document_changes")
    _make_index("kind UNINDEXED", "bm25(8.0, 1.0)")
