"""Who is in the office and which office key is in force: members, epochs, wrapped keys.

Office administrators add members (endorsed, with every epoch's key wrapped
for them) and start epochs (signed, wrapped for those who remain); every
client reads the roster back and trusts only what chains to the founder it
pinned (casebook.office.roster). The start of an epoch holds the hub's
advisory lock exclusively, and appends hold it shared (casebook.office.hub),
so no change is written under an epoch already replaced.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from uuid import UUID

import psycopg
import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.office.envelope import Directory
from casebook.office.keys import OfficeKey, Purpose, unwrap
from casebook.office.roster import Endorsed, EpochEntry, MemberEntry, Roster, verify_roster

Conn = psycopg.Connection[Any]
EPOCH_LOCK = 0x0CA5EB00C  # advisory lock key: appends shared, a new epoch exclusive
ROLES = ("member", "supervisor", "admin")


class HubError(Exception):
    """The hub refused or contradicted a request (message safe to show)."""


@contextmanager
def refusals() -> Iterator[None]:
    """psycopg's errors as ``HubError`` naming only the kind (no statement, no values)."""
    try:
        yield
    except psycopg.Error as exc:
        raise HubError(f"the office hub refused that ({type(exc).__name__})") from None


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


# --- members' names (hub version 2) -----------------------------------------------

NAME_LABEL = b"casebook/office/member-name/v1"


def _name_ad(key: OfficeKey, member_id: UUID) -> bytes:
    return NAME_LABEL + key.epoch.to_bytes(4, "big") + member_id.bytes


def seal_name(key: OfficeKey, member_id: UUID, name: str) -> bytes:
    """A member's name under the office key (the hub sees its login, not its name)."""
    nonce = secrets.token_bytes(12)
    aead = AESGCM(key.subkey(Purpose.MEMBER_NAME))
    return nonce + aead.encrypt(nonce, name.encode(), _name_ad(key, member_id))


def put_name(conn: Conn, key: OfficeKey, member_id: UUID, name: str) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO hub.member_names (member_id, epoch, sealed) VALUES (%s, %s, %s) "
            "ON CONFLICT (member_id) DO NOTHING",
            [member_id, key.epoch, seal_name(key, member_id, name)],
        )


def names(conn: Conn, keys: Mapping[int, OfficeKey]) -> dict[UUID, str]:
    """Members' names this vault's keys open (a name that does not open is left out)."""
    found: dict[UUID, str] = {}
    for member_id, epoch, sealed in conn.execute(
        "SELECT member_id, epoch, sealed FROM hub.member_names"
    ).fetchall():
        key = keys.get(int(epoch))
        if key is None:
            continue
        blob = bytes(sealed)
        try:
            plain = AESGCM(key.subkey(Purpose.MEMBER_NAME)).decrypt(
                blob[:12], blob[12:], _name_ad(key, member_id)
            )
        except InvalidTag:
            continue
        found[member_id] = plain.decode()
    return found
