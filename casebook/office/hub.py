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
import pyrage

from casebook.office.envelope import Directory, Reason, Refused, Sealed, open_change
from casebook.office.keys import OfficeKey, unwrap
from casebook.office.roster import Endorsed, EpochEntry, MemberEntry, Roster, verify_roster

Conn = psycopg.Connection[Any]
EPOCH_LOCK = 0x0CA5EB00C  # advisory lock key: appends shared, a new epoch exclusive
ROLES = ("member", "supervisor", "admin")


class HubError(Exception):
    """The hub refused or contradicted a request (message safe to show)."""


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


def create_office(conn: Conn, founder: Endorsed, first: EpochEntry, wrapped: bytes) -> None:
    """The office's founder (an administrator, endorsing itself) and epoch 1, wrapped for it."""
    if founder.endorsed_by != founder.entry.member_id or first.epoch != 1 or first.removed:
        raise HubError("an office starts with its founder and epoch 1")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [EPOCH_LOCK])
        _insert_member(conn, founder)
        _insert_epoch(conn, first)
        _insert_wrapped(conn, 1, founder.entry.member_id, wrapped)


def _insert_member(conn: Conn, member: Endorsed) -> None:
    e = member.entry
    if e.role not in ROLES:
        raise HubError(f"a member's role is one of {', '.join(ROLES)}")
    conn.execute(
        "INSERT INTO hub.members (member_id, login, recipient, signing_key, role, added_epoch, "
        "endorsed_by, endorsement) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
        [
            e.member_id,
            e.login,
            e.recipient,
            e.signing_key,
            e.role,
            e.added_epoch,
            member.endorsed_by,
            member.endorsement,
        ],
    )


def _insert_epoch(conn: Conn, entry: EpochEntry) -> None:
    conn.execute(
        "INSERT INTO hub.office_epochs (epoch, started_by, removed, key_commitment, signature, "
        "start_tx) VALUES (%s, %s, %s, %s, %s, '0')",
        [entry.epoch, entry.started_by, list(entry.removed), entry.key_commitment, entry.signature],
    )


def _insert_wrapped(conn: Conn, epoch: int, member_id: UUID, wrapped: bytes) -> None:
    conn.execute(
        "INSERT INTO hub.wrapped_keys (epoch, member_id, wrapped) VALUES (%s, %s, %s)",
        [epoch, member_id, wrapped],
    )


def add_member(conn: Conn, member: Endorsed, wrapped: Mapping[int, bytes]) -> None:
    """A new member with the office key of every epoch wrapped for it (to read history)."""
    with conn.transaction():
        _insert_member(conn, member)
        for epoch, blob in wrapped.items():
            _insert_wrapped(conn, epoch, member.entry.member_id, blob)


def start_epoch(conn: Conn, entry: EpochEntry, wrapped: Mapping[UUID, bytes]) -> None:
    """A new office-key epoch, wrapped for those who remain; the removed are marked so."""
    with conn.transaction():
        # First statement, before any write: every append already under way ends
        # first, and every append after it sees the new epoch.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [EPOCH_LOCK])
        current = current_epoch(conn)
        if entry.epoch != current + 1:
            raise HubError(f"the office is at epoch {current}; the next is {current + 1}")
        _insert_epoch(conn, entry)
        for member_id in entry.removed:
            conn.execute(
                "UPDATE hub.members SET removed_epoch = %s "
                "WHERE member_id = %s AND removed_epoch IS NULL",
                [entry.epoch, member_id],
            )
        for member_id, blob in wrapped.items():
            _insert_wrapped(conn, entry.epoch, member_id, blob)


def current_epoch(conn: Conn) -> int:
    row = conn.execute("SELECT coalesce(max(epoch), 0) FROM hub.office_epochs").fetchone()
    return int(row[0]) if row else 0


def members(conn: Conn) -> list[Endorsed]:
    """Every member row as the hub holds it (to be checked: ``roster``)."""
    rows = conn.execute(
        "SELECT member_id, login, recipient, signing_key, role, added_epoch, endorsed_by, "
        "endorsement FROM hub.members ORDER BY added_epoch, login"
    ).fetchall()
    return [
        Endorsed(MemberEntry(r[0], r[1], r[2], bytes(r[3]), r[4], r[5]), r[6], bytes(r[7]))
        for r in rows
    ]


def epochs(conn: Conn) -> list[tuple[EpochEntry, int]]:
    """Every epoch as signed, with its start position in the log's order."""
    rows = conn.execute(
        "SELECT epoch, started_by, removed, key_commitment, signature, start_tx::text "
        "FROM hub.office_epochs ORDER BY epoch"
    ).fetchall()
    return [
        (EpochEntry(int(r[0]), r[1], tuple(r[2]), bytes(r[3]), bytes(r[4])), int(r[5]))
        for r in rows
    ]


def roster(conn: Conn, founder_key: bytes) -> Roster:
    """The members and epochs that chain to the pinned founder's signing key."""
    return verify_roster(members(conn), [e for e, _ in epochs(conn)], founder_key)


def wrapped_keys(conn: Conn, member_id: UUID) -> dict[int, bytes]:
    rows = conn.execute(
        "SELECT epoch, wrapped FROM hub.wrapped_keys WHERE member_id = %s", [member_id]
    ).fetchall()
    return {int(r[0]): bytes(r[1]) for r in rows}


def my_keys(
    conn: Conn, member_id: UUID, identity: pyrage.x25519.Identity, checked: Roster
) -> dict[int, OfficeKey]:
    """This member's office keys: unwrapped, and each the one its epoch's starter signed.

    A key the hub wrapped itself (it knows every public recipient) is refused,
    or its operator could read whatever is written under it.
    """
    found: dict[int, OfficeKey] = {}
    for epoch, blob in wrapped_keys(conn, member_id).items():
        key = unwrap(blob, identity, epoch)
        if not checked.accepts_key(key):
            raise HubError(
                f"the office key of epoch {epoch} is not the one its administrator signed"
            )
        found[epoch] = key
    return found


def directory(conn: Conn, keys: Mapping[int, OfficeKey], founder_key: bytes) -> Directory:
    """What verifying pulled changes needs: the checked roster, epoch starts, our keys."""
    checked = roster(conn, founder_key)
    starts = {e.epoch: start for e, start in epochs(conn) if e.epoch not in checked.refused_epochs}
    usable = {n: k for n, k in keys.items() if checked.accepts_key(k)}
    return Directory(authors=checked.authors, epoch_starts=starts, keys=usable)


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
