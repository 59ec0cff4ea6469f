"""Who is in the office, as its administrators signed it (not as the hub says).

The hub stores the members' public keys, but its operator must not be able
to add a member of its own, swap a member's key, or quietly restore a removed
member. So every member row carries an administrator's Ed25519 endorsement
of exactly what it says (id, login, recipient, signing key, role, epoch of
joining), the founder's row endorsing itself; and every epoch row carries its
starter's signature over who it removed and a commitment to its key (the
hub knows every member's public recipient, so it could wrap a key of its own:
a client takes only the key its epoch's administrator committed to). A client
pins the founder's
signing key (from its invite) and accepts only rows that chain to it: an
unendorsed or altered member is left out, so its changes are refused as from
an unknown author; removals come from the signed epochs, never from the
hub's mutable columns.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casebook.office.envelope import Author
from casebook.office.keys import OfficeKey
from casebook.office.signer import Signer

MEMBER_LABEL = b"casebook/office/member/v1"
EPOCH_LABEL = b"casebook/office/epoch/v1"


@dataclass(frozen=True)
class MemberEntry:
    """What an administrator vouches for when adding a member."""

    member_id: UUID
    login: str
    recipient: str
    signing_key: bytes
    role: str
    added_epoch: int


@dataclass(frozen=True)
class Endorsed:
    entry: MemberEntry
    endorsed_by: UUID
    endorsement: bytes


@dataclass(frozen=True)
class EpochEntry:
    """An epoch as its starter signed it: who it removed, and a commitment to its key."""

    epoch: int
    started_by: UUID
    removed: tuple[UUID, ...]
    key_commitment: bytes
    signature: bytes


def _field(b: bytes) -> bytes:
    return len(b).to_bytes(4, "big") + b


def member_statement(entry: MemberEntry) -> bytes:
    return b"".join(
        [
            MEMBER_LABEL,
            entry.member_id.bytes,
            _field(entry.login.encode()),
            _field(entry.recipient.encode()),
            _field(entry.signing_key),
            _field(entry.role.encode()),
            entry.added_epoch.to_bytes(4, "big"),
        ]
    )


def epoch_statement(
    epoch: int, started_by: UUID, removed: Iterable[UUID], key_commitment: bytes
) -> bytes:
    gone = sorted(removed)
    head = [EPOCH_LABEL, epoch.to_bytes(4, "big"), started_by.bytes, _field(key_commitment)]
    return b"".join([*head, len(gone).to_bytes(4, "big"), *(m.bytes for m in gone)])


def endorse(signer: Signer, entry: MemberEntry) -> bytes:
    return signer.sign(member_statement(entry))


def sign_epoch(signer: Signer, key: OfficeKey, started_by: UUID, removed: Iterable[UUID]) -> bytes:
    """The starter's signature over an epoch: its number, removals and key commitment."""
    return signer.sign(epoch_statement(key.epoch, started_by, removed, key.commitment()))


def _valid(key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Roster:
    """The members and epochs a client accepts, and what it refused (ids only)."""

    authors: dict[UUID, Author]
    entries: dict[UUID, MemberEntry]
    commitments: dict[int, bytes]
    refused_members: tuple[UUID, ...]
    refused_epochs: tuple[int, ...]

    def accepts_key(self, key: OfficeKey) -> bool:
        """The key is the one its epoch's starter committed to (not one the hub wrapped)."""
        expected = self.commitments.get(key.epoch)
        return expected is not None and hmac.compare_digest(expected, key.commitment())


def _endorser_ok(
    m: Endorsed, accepted: dict[UUID, MemberEntry], removed_at: dict[UUID, int], founder_key: bytes
) -> bool:
    e = m.entry
    if m.endorsed_by == e.member_id:  # only the founder endorses itself, at epoch 1
        return (
            e.signing_key == founder_key
            and e.role == "admin"
            and e.added_epoch == 1
            and _valid(founder_key, m.endorsement, member_statement(e))
        )
    admin = accepted.get(m.endorsed_by)
    return (
        admin is not None
        and admin.role == "admin"
        and m.endorsed_by not in removed_at
        and _valid(admin.signing_key, m.endorsement, member_statement(e))
    )


def verify_roster(
    members: Sequence[Endorsed], epochs: Sequence[EpochEntry], founder_key: bytes
) -> Roster:
    """Replay the office epoch by epoch from the pinned founder.

    At each epoch: first its signed removals (by an administrator accepted and
    not removed before it), then the members added in it, each endorsed by an
    administrator accepted and still in office (several passes, as one new
    administrator may endorse another within the same epoch).
    """
    accepted: dict[UUID, MemberEntry] = {}
    removed_at: dict[UUID, int] = {}
    commitments: dict[int, bytes] = {}
    refused_epochs: list[int] = []
    by_number = {e.epoch: e for e in epochs}
    last = max([1, *by_number, *(m.entry.added_epoch for m in members)])
    pending = list(members)
    for n in range(1, last + 1):
        ep = by_number.get(n)
        if ep is not None and n > 1:
            if _epoch_ok(ep, accepted, removed_at):
                commitments[n] = ep.key_commitment
                for gone in ep.removed:
                    removed_at.setdefault(gone, n)
            else:
                refused_epochs.append(n)
        progress = True
        while progress:
            progress = False
            for m in [m for m in pending if m.entry.added_epoch == n]:
                if m.entry.member_id not in accepted and _endorser_ok(
                    m, accepted, removed_at, founder_key
                ):
                    accepted[m.entry.member_id] = m.entry
                    pending.remove(m)
                    progress = True
        if ep is not None and n == 1:
            if _epoch_ok(ep, accepted, removed_at) and not ep.removed:
                commitments[1] = ep.key_commitment
            else:
                refused_epochs.append(1)
    authors = {
        mid: Author(Ed25519PublicKey.from_public_bytes(e.signing_key), removed_at.get(mid))
        for mid, e in accepted.items()
    }
    return Roster(
        authors=authors,
        entries=accepted,
        commitments=commitments,
        refused_members=tuple(m.entry.member_id for m in pending),
        refused_epochs=tuple(refused_epochs),
    )


def _epoch_ok(
    ep: EpochEntry, accepted: dict[UUID, MemberEntry], removed_at: dict[UUID, int]
) -> bool:
    starter = accepted.get(ep.started_by)
    return (
        starter is not None
        and starter.role == "admin"
        and ep.started_by not in removed_at
        and ep.started_by not in ep.removed
        and _valid(
            starter.signing_key,
            ep.signature,
            epoch_statement(ep.epoch, ep.started_by, ep.removed, ep.key_commitment),
        )
    )
