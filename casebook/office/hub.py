"""What a member's client asks of the hub: members, epochs, the log, documents, the index.

Every function takes an open connection (casebook.office.connection) and
plain values; every write is idempotent, so a push retried after any
interruption never duplicates, and a pull resumes from its cursor.

The log's order is the order of the transactions that wrote it (the server
stamps each change with its transaction id, ``tx``) and a pull returns only
changes older than every transaction still in flight, so a change committed
late by a slow writer is never skipped by a reader that moved on. Appends
hold an advisory lock shared, the start of an epoch holds it exclusively, so
no change can be written under an epoch that was already replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casebook.office.envelope import Author, Directory, Sealed
from casebook.office.keys import OfficeKey

Conn = psycopg.Connection[Any]
EPOCH_LOCK = 0x0CA5EB00C  # advisory lock key: appends shared, a new epoch exclusive
ROLES = ("member", "supervisor", "admin")


class HubError(Exception):
    """The hub refused or contradicted a request (message safe to show)."""


@dataclass(frozen=True)
class Member:
    member_id: UUID
    login: str
    recipient: str  # age1…
    signing_key: bytes  # Ed25519 public key, raw 32 bytes
    role: str
    added_epoch: int
    removed_epoch: int | None = None


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


# --- members and epochs (office administrators) ---------------------------------


def create_office(conn: Conn, first: Member, wrapped: bytes) -> None:
    """The first epoch and its first member (the administrator creating the office)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [EPOCH_LOCK])
        conn.execute("INSERT INTO hub.office_epochs (epoch, started_by) VALUES (1, NULL)")
        _insert_member(conn, first)
        conn.execute(
            "INSERT INTO hub.wrapped_keys (epoch, member_id, wrapped) VALUES (1, %s, %s)",
            [first.member_id, wrapped],
        )


def _insert_member(conn: Conn, member: Member) -> None:
    if member.role not in ROLES:
        raise HubError(f"a member's role is one of {', '.join(ROLES)}")
    conn.execute(
        "INSERT INTO hub.members (member_id, login, recipient, signing_key, role, added_epoch) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [
            member.member_id,
            member.login,
            member.recipient,
            member.signing_key,
            member.role,
            member.added_epoch,
        ],
    )


def add_member(conn: Conn, member: Member, wrapped: Mapping[int, bytes]) -> None:
    """A new member with the office key of every epoch wrapped for it (to read history)."""
    with conn.transaction():
        _insert_member(conn, member)
        for epoch, blob in wrapped.items():
            conn.execute(
                "INSERT INTO hub.wrapped_keys (epoch, member_id, wrapped) VALUES (%s, %s, %s)",
                [epoch, member.member_id, blob],
            )


def start_epoch(
    conn: Conn,
    epoch: int,
    started_by: UUID,
    wrapped: Mapping[UUID, bytes],
    removed: Iterable[UUID] = (),
) -> None:
    """A new office-key epoch, wrapped for those who remain; the removed are marked so."""
    with conn.transaction():
        # First statement, before any write: every append already under way ends
        # first, and every append after it sees the new epoch.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [EPOCH_LOCK])
        current = current_epoch(conn)
        if epoch != current + 1:
            raise HubError(f"the office is at epoch {current}; the next is {current + 1}")
        conn.execute(
            "INSERT INTO hub.office_epochs (epoch, started_by) VALUES (%s, %s)", [epoch, started_by]
        )
        for member_id in removed:
            conn.execute(
                "UPDATE hub.members SET removed_epoch = %s "
                "WHERE member_id = %s AND removed_epoch IS NULL",
                [epoch, member_id],
            )
        for member_id, blob in wrapped.items():
            conn.execute(
                "INSERT INTO hub.wrapped_keys (epoch, member_id, wrapped) VALUES (%s, %s, %s)",
                [epoch, member_id, blob],
            )


def current_epoch(conn: Conn) -> int:
    row = conn.execute("SELECT coalesce(max(epoch), 0) FROM hub.office_epochs").fetchone()
    return int(row[0]) if row else 0


def members(conn: Conn) -> list[Member]:
    rows = conn.execute(
        "SELECT member_id, login, recipient, signing_key, role, added_epoch, removed_epoch "
        "FROM hub.members ORDER BY added_epoch, login"
    ).fetchall()
    return [Member(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6]) for r in rows]


def wrapped_keys(conn: Conn, member_id: UUID) -> dict[int, bytes]:
    rows = conn.execute(
        "SELECT epoch, wrapped FROM hub.wrapped_keys WHERE member_id = %s", [member_id]
    ).fetchall()
    return {int(r[0]): bytes(r[1]) for r in rows}


def directory(conn: Conn, keys: Mapping[int, OfficeKey]) -> Directory:
    """What verifying pulled changes needs, as the hub says it now (and the keys we hold)."""
    authors = {
        m.member_id: Author(Ed25519PublicKey.from_public_bytes(m.signing_key), m.removed_epoch)
        for m in members(conn)
    }
    starts = {
        int(r[0]): int(r[1])
        for r in conn.execute("SELECT epoch, start_tx::text FROM hub.office_epochs").fetchall()
    }
    return Directory(authors=authors, epoch_starts=starts, keys=dict(keys))


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
