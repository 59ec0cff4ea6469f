"""Documents get a search index of their own, and a log of what changed in them.

Ranking only the newest matches lost the best old one (issue 14). Search now
ranks every match: records (clients, matters, notes, requests, incidents) in
FTS5, documents in an in-memory index built after unlock
(services/document_index.py), with FTS5 serving until it is ready.

- ``search`` keeps the records only. FTS5's BM25 counts, on every query,
  every row holding each searched word: with 100,000 documents in the same
  table, a common word cost the records' ranking 20-25 ms of counting
  documents. ``search_documents`` holds the documents, with the same
  columns, tokenizer, prefixes and rank, and the same rowids (``id * 8 + 2``).
- ``search_document_changes`` keeps the id of every document added, changed
  or removed (ids only, no text), written by triggers in the same
  transaction, so the in-memory index catches up before each search. A build
  prunes what it has seen.

The tables are made anew and filled from the records with the rules of
revisions 0003 and 0004 (trashed records and the records of trashed clients
left out). Plain SQL only (see 0006: batch mode would drop the triggers).

A-numbers in document text need no index change: the query's nine digits
are searched in every form the tokenizer makes of their written forms
(``search.fts_query``).

Revision ID: 0009
Revises: 0008
"""

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0009"
down_revision = "0008"
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


FTS5 = (
    "USING fts5(title, body, kind UNINDEXED, ref UNINDEXED, client UNINDEXED, day UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"
)
RANK = "bm25(8.0, 1.0)"  # titles weigh 8x bodies, as in 0003


def _fill(index: str, tables: list[str]) -> None:
    op.execute(f"CREATE VIRTUAL TABLE {index} {FTS5}")
    op.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('rank', '{RANK}')")
    for table in tables:
        _code, select, live = _0003.SOURCES[table]
        conditions = [
            c for c in (live, _0004.CLIENT_LIVE if table in _0004.DEPENDENTS else "") if c
        ]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        op.execute(f"INSERT INTO {index} ({_0003.COLUMNS}) {select}{where}")


def _document_triggers(index: str) -> None:
    """0003's triggers on ``documents``, writing to ``index``."""
    code, select, live = _0003.SOURCES["documents"]
    refresh = (
        f"DELETE FROM {index} WHERE rowid = NEW.id * 8 + {code}; "
        f"INSERT INTO {index} ({_0003.COLUMNS}) {select} WHERE x.id = NEW.id AND {live};"
    )
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER search_documents_{suffix}")
    op.execute(f"CREATE TRIGGER search_documents_ai AFTER INSERT ON documents BEGIN {refresh} END")
    op.execute(f"CREATE TRIGGER search_documents_au AFTER UPDATE ON documents BEGIN {refresh} END")
    op.execute(
        "CREATE TRIGGER search_documents_ad AFTER DELETE ON documents BEGIN "
        f"DELETE FROM {index} WHERE rowid = OLD.id * 8 + {code}; END"
    )


RECORDS = [t for t in _0003.SOURCES if t != "documents"]


def upgrade() -> None:
    op.execute("DROP TABLE search")
    _fill("search", RECORDS)
    _fill("search_documents", ["documents"])
    _document_triggers("search_documents")
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
    _document_triggers("search")
    op.execute("DROP TABLE search_documents")
    op.execute("DROP TABLE search")
    _fill("search", list(_0003.SOURCES))
