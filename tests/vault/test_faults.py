"""Storage failures are named by SQLite's result code, never by the words of its message."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import text

from casebook.domain.errors import DamagedVault, VaultInUse
from casebook.store.session import Store
from casebook.vault.faults import storage_fault


def _error_of(conn: sqlcipher3.Connection, sql: str) -> sqlcipher3.DatabaseError:
    with pytest.raises(sqlcipher3.DatabaseError) as caught:
        conn.execute(sql)
    return caught.value


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT fullname FROM people",  # a column whose name holds "full"
        "SELECT * FROM locked_cases",  # a table whose name holds "locked"
        "SELECT * FROM busy_days",
        "SELEC 1",
    ],
)
def test_a_bug_stays_a_bug_whatever_its_message_says(tmp_path: Path, sql: str) -> None:
    conn = sqlcipher3.connect(str(tmp_path / "x.db"))
    conn.execute("CREATE TABLE people (name TEXT)")
    assert storage_fault(_error_of(conn, sql), "reading", tmp_path) is None


def test_another_writer_is_named_as_such(tmp_path: Path) -> None:
    path = str(tmp_path / "x.db")
    first = sqlcipher3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlcipher3.connect(path, timeout=0, isolation_level=None)
    fault = storage_fault(_error_of(second, "BEGIN IMMEDIATE"), "saving", tmp_path)
    assert isinstance(fault, VaultInUse)


def test_a_file_that_is_not_a_database_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"not a database at all" * 400)
    conn = sqlcipher3.connect(str(path))
    fault = storage_fault(_error_of(conn, "SELECT * FROM sqlite_master"), "opening", tmp_path)
    assert isinstance(fault, DamagedVault)


def test_the_store_lets_a_bug_through_as_a_bug(store: Store) -> None:
    with pytest.raises(sqlalchemy.exc.OperationalError), store.reading() as session:
        session.execute(text("SELECT fullname FROM clients"))
