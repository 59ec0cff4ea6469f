"""The SQLCipher database, opened with a raw key so SQLCipher's PBKDF2 never runs.

Settings, and why:
* ``PRAGMA key = "x'…'"`` — a 256-bit key from HKDF over the data key; the
  passphrase's cost is already paid by Argon2id.
* WAL with ``synchronous=FULL`` — a record the user is told is saved survives
  a power cut (NORMAL can lose the last commits). Its cost, measured by
  benchmarks/bench_commit.py: about 0.5 ms more per commit (one fsync of the
  log), a tenth of a client save.
* ``temp_store=MEMORY`` — SQLCipher does not encrypt temporary files.
* a 64 MiB page cache — every page read past the cache is decrypted again.
* extension loading is never enabled.
* SQLCipher's ``cipher_memory_security`` stays off (its default since 4.5).
  It zeroes every allocation SQLite frees, which made each query 2-3x
  slower here (benchmarks/bench_search.py), and it protects little: the
  same names and notes sit in Python strings and Qt models that nothing can
  wipe. SQLCipher always wipes its own key material on close; what is left
  in memory is covered by full-disk encryption, as the README says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

DB_NAME = "casebook.db"
CACHE_KIB = 64 * 1024


def connect_raw(
    path: Path, raw_key: bytes, *, read_only: bool = False, immutable: bool = False
) -> Any:
    """A DB-API connection to an encrypted database, keyed before anything is read.

    ``immutable``: read the file as it is, with no shared-memory index, no
    write-ahead log and no locks, so reading needs no free space. Only right
    when no write-ahead log holds changes (``wal_is_empty``) and casebook's
    vault lock keeps every writer away.
    """
    if len(raw_key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    read_only = read_only or immutable
    if immutable:
        target = f"file:{path.as_posix()}?mode=ro&immutable=1"
    else:
        target = f"file:{path.as_posix()}?mode=ro" if read_only else str(path)
    conn = sqlcipher3.connect(target, uri=read_only, check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def wal_is_empty(path: Path) -> bool:
    """True when no write-ahead log beside ``path`` holds changes (SQLite removes it on close)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def make_engine(path: Path, raw_key: bytes, *, immutable: bool = False) -> Engine:
    """An SQLAlchemy engine whose connections are keyed SQLCipher connections.

    ``immutable``: for reading a vault whose disk is full (``connect_raw``).
    """

    def creator() -> Any:
        return connect_raw(path, raw_key, immutable=immutable)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL
    # (migrations) is transactional too. See SQLAlchemy's pysqlite notes.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if immutable else "BEGIN IMMEDIATE")

    return engine


@contextmanager
def raw_connection(path: Path, raw_key: bytes, *, immutable: bool = False) -> Iterator[Any]:
    conn = connect_raw(path, raw_key, immutable=immutable)
    try:
        yield conn
    finally:
        conn.close()


def integrity_problems(path: Path, raw_key: bytes, *, immutable: bool = False) -> list[str]:
    """Results of SQLCipher's HMAC check of every page and SQLite's structural check."""
    problems: list[str] = []
    with raw_connection(path, raw_key, immutable=immutable) as conn:
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"encrypted page check: {r[0]}" for r in rows]
            result = conn.execute("PRAGMA integrity_check").fetchall()
            problems += [f"structure check: {r[0]}" for r in result if r[0] != "ok"]
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
            problems.append(f"the database could not be read ({type(exc).__name__})")
    return problems
