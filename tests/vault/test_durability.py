"""A record the user is told is saved survives a power cut: every commit fsyncs the log."""

from __future__ import annotations

from sqlalchemy import text

from casebook.store.session import Store

SQLITE_SYNCHRONOUS_FULL = 2


def test_every_connection_commits_durably(store: Store) -> None:
    for _ in range(2):  # the pool's connections, each set up by the same creator
        with store.vault.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == SQLITE_SYNCHRONOUS_FULL
