"""What a member's client asks of the hub: the log, documents, the blind index.

Every function takes an open connection (casebook.office.connection) and
plain values; every write is idempotent, so a push retried after any
interruption never duplicates, and a pull resumes from its cursor.

The log's order is the order of the transactions that wrote it (the server
stamps each change with its transaction id, ``tx``) and a pull returns only
changes older than every transaction still in flight, so a change committed
late by a slow writer is never skipped by a reader that moved on. Appends
hold an advisory lock shared, the start of an epoch holds it exclusively, so
no change can be written under an epoch that was already replaced
(members and epochs: casebook.office.membership).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from uuid import UUID

from casebook.office.envelope import Reason, Refused, Sealed, open_change
from casebook.office.keys import OfficeKey
from casebook.office.membership import EPOCH_LOCK, Conn, HubError, directory


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a pull stopped: (transaction, id) of the last change returned."""

    tx: int = 0
    id: int = 0

    def __str__(self) -> str:
        return f"{self.tx}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Cursor:
        tx, _, id_ = text.partition(":")
        return cls(int(tx), int(id_))


@dataclass(frozen=True)
class Pulled:
    """One change from the log with its position (for verify's epoch check)."""

    position: Cursor
    change: Sealed


@dataclass(frozen=True)
class IndexEntry:
    token: bytes
    entry_id: UUID
    epoch: int
    author: UUID
    ref: bytes  # the record it points to, encrypted under the office key


# --- the log ---------------------------------------------------------------------


def append_changes(conn: Conn, changes: Sequence[Sealed]) -> int:
    """Append sealed changes; those already there (a retried push) are skipped.

    Returns how many were new. A change id already on the hub with other
    content is refused: a client never reuses an id.
    """
    if not changes:
        return 0
    new = 0
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", [EPOCH_LOCK])
        for c in changes:
            row = conn.execute(
                "INSERT INTO hub.change_log "
                "(tx, change_id, author, epoch, hlc, record_key, ciphertext, signature) "
                "VALUES ('0', %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (change_id) DO NOTHING RETURNING id",
                [c.change_id, c.author, c.epoch, c.hlc, c.record_key, c.ciphertext, c.signature],
            ).fetchone()
            if row is not None:
                new += 1
                continue
            held = conn.execute(
                "SELECT signature FROM hub.change_log WHERE change_id = %s", [c.change_id]
            ).fetchone()
            if held is None or bytes(held[0]) != c.signature:
                raise HubError(f"change {c.change_id} is already on the hub with other content")
    return new


def pull_changes(conn: Conn, since: Cursor = Cursor(), limit: int = 500) -> list[Pulled]:
    """Changes after ``since`` in log order, only those no in-flight transaction can precede."""
    rows = conn.execute(
        "SELECT tx::text, id, change_id, author, epoch, hlc, record_key, ciphertext, signature "
        "FROM hub.change_log "
        "WHERE (tx, id) > (%s::text::xid8, %s) "
        "AND tx < pg_snapshot_xmin(pg_current_snapshot()) "
        "ORDER BY tx, id LIMIT %s",
        [str(since.tx), since.id, limit],
    ).fetchall()
    return [
        Pulled(
            Cursor(int(r[0]), int(r[1])),
            Sealed(r[2], r[3], int(r[4]), int(r[5]), bytes(r[6]), bytes(r[7]), bytes(r[8])),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Opened:
    """One pulled change after verification: its plaintext, or why it was refused."""

    position: Cursor
    change: Sealed
    plaintext: bytes | None
    refused: Reason | None


def pull_and_open(
    conn: Conn,
    since: Cursor,
    keys: Mapping[int, OfficeKey],
    founder_key: bytes,
    limit: int = 500,
) -> list[Opened]:
    """Pull a page and verify each change against the roster, in one snapshot.

    One REPEATABLE READ transaction, so the roster and epochs the changes are
    checked against are exactly those the page was read with (an epoch begun
    between two reads can neither hide nor refuse a change). A refused change
    is returned with its reason, never applied; the cursor still moves past it.
    """
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        page = pull_changes(conn, since, limit)
        if not page:
            return []
        checked = directory(conn, keys, founder_key)
    opened: list[Opened] = []
    for p in page:
        try:
            plaintext = open_change(p.change, p.position.tx, checked)
        except Refused as refusal:
            opened.append(Opened(p.position, p.change, None, refusal.reason))
        else:
            opened.append(Opened(p.position, p.change, plaintext, None))
    return opened


# --- documents and the blind index ---------------------------------------------


def put_document(conn: Conn, name: bytes, epoch: int, author: UUID, sealed: bytes) -> bool:
    """Store a document once under its keyed name; False if the hub already had it."""
    with conn.transaction():
        row = conn.execute(
            "INSERT INTO hub.documents (name, epoch, author, ciphertext) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (name) DO NOTHING RETURNING 1",
            [name, epoch, author, sealed],
        ).fetchone()
    return row is not None


def get_document(conn: Conn, name: bytes) -> tuple[int, bytes] | None:
    """(epoch, sealed bytes) of a document by its keyed name, or None."""
    row = conn.execute(
        "SELECT epoch, ciphertext FROM hub.documents WHERE name = %s", [name]
    ).fetchone()
    return (int(row[0]), bytes(row[1])) if row else None


def put_index_entries(conn: Conn, entries: Iterable[IndexEntry]) -> int:
    """Add blind-index entries (idempotent by token and entry id); how many were new."""
    new = 0
    with conn.transaction():
        for e in entries:
            row = conn.execute(
                "INSERT INTO hub.blind_index (token, entry_id, epoch, author, ref) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (token, entry_id) DO NOTHING RETURNING 1",
                [e.token, e.entry_id, e.epoch, e.author, e.ref],
            ).fetchone()
            new += row is not None
    return new


def query_index(conn: Conn, tokens: Iterable[bytes]) -> list[IndexEntry]:
    """Every entry carrying any of ``tokens`` (the caller opens the refs and decides)."""
    wanted = sorted(set(tokens))
    if not wanted:
        return []
    rows = conn.execute(
        "SELECT token, entry_id, epoch, author, ref FROM hub.blind_index WHERE token = ANY(%s) "
        "ORDER BY entry_id, token",
        [wanted],
    ).fetchall()
    return [IndexEntry(bytes(r[0]), r[1], int(r[2]), r[3], bytes(r[4])) for r in rows]
