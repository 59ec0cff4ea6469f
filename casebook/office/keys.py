"""The office key of one epoch, its subkeys, and its wrapping to members' age recipients.

Each epoch has its own 32 random bytes; removing a member starts a new epoch
whose key is wrapped only for those who remain, so nothing written after can
be read (or named, or looked up) with what the removed member kept. Every
purpose gets its own HKDF-SHA256 subkey (RFC 5869), the epoch in the info,
so a key for one purpose never serves another: log encryption, record-key
hashing, document naming, document encryption, blind index.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from uuid import UUID

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32


class Purpose(Enum):
    """What a subkey is for; the value is HKDF's info label."""

    LOG = "log-encryption"
    RECORD = "record-key"
    DOCUMENT_NAME = "document-name"
    DOCUMENT = "document-encryption"
    BLIND_INDEX = "blind-index"
    INDEX_REFERENCE = "index-reference"  # what an index entry points to, encrypted
    MEMBER_NAME = "member-name"  # a member's name, as its administrator gave it
    COMMITMENT = "key-commitment"  # signed in the epoch's row: the hub cannot swap the key


class UnwrapError(ValueError):
    """This identity cannot open that wrapped office key (not wrapped for it, or damaged)."""


@dataclass(frozen=True)
class OfficeKey:
    """The office key of one epoch (never shown, never stored unwrapped)."""

    epoch: int
    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES or self.epoch < 1:
            raise ValueError("an office key is 32 bytes of an epoch numbered from 1")

    def __repr__(self) -> str:  # keep the secret out of logs and tracebacks
        return f"OfficeKey(epoch={self.epoch})"

    def subkey(self, purpose: Purpose) -> bytes:
        info = (
            b"casebook/office/v1/" + purpose.value.encode() + b"/" + self.epoch.to_bytes(4, "big")
        )
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(
            self.secret
        )

    def commitment(self) -> bytes:
        """A public fingerprint of this key (reveals nothing of it), signed with its epoch."""
        return self.subkey(Purpose.COMMITMENT)


def new_office_key(epoch: int) -> OfficeKey:
    return OfficeKey(epoch, secrets.token_bytes(KEY_BYTES))


def wrap(key: OfficeKey, recipient: str | pyrage.x25519.Recipient) -> bytes:
    """The office key age-encrypted to one member's X25519 recipient (``age1…``)."""
    if isinstance(recipient, str):
        recipient = pyrage.x25519.Recipient.from_str(recipient)
    return bytes(pyrage.encrypt(key.epoch.to_bytes(4, "big") + key.secret, [recipient]))


def unwrap(wrapped: bytes, identity: pyrage.x25519.Identity, epoch: int) -> OfficeKey:
    """Open a wrapped office key with the member's identity; the epoch must match what it says."""
    try:
        plain = pyrage.decrypt(wrapped, [identity])
    except pyrage.DecryptError as exc:
        raise UnwrapError("this office key was not wrapped for this vault's identity") from exc
    if len(plain) != 4 + KEY_BYTES or int.from_bytes(plain[:4], "big") != epoch:
        raise UnwrapError("the wrapped office key is for another epoch")
    return OfficeKey(epoch, plain[4:])


def wrap_for(key: OfficeKey, recipients: Mapping[UUID, str]) -> dict[UUID, bytes]:
    """The key wrapped for each member (member id → age recipient)."""
    return {member: wrap(key, recipient) for member, recipient in recipients.items()}


def next_epoch(
    current: int, remaining: Mapping[UUID, str], removed: Iterable[UUID] = ()
) -> tuple[OfficeKey, dict[UUID, bytes]]:
    """A new epoch's key, wrapped only for the members who remain."""
    gone = set(removed)
    key = new_office_key(current + 1)
    return key, wrap_for(key, {m: r for m, r in remaining.items() if m not in gone})
