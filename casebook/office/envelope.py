"""One change on the hub's log: encrypted with the epoch's log subkey, signed by its author.

Seal: AES-256-GCM (random 96-bit nonce; a fresh subkey per epoch keeps each
key's message count far below GCM's 2^32 random-nonce bound) with associated
data binding the change id, epoch, author, HLC stamp and record-key hash, so
none of them can be moved to another ciphertext; then Ed25519 over the
associated data and the ciphertext, so the hub, or a member holding the
office key, cannot alter or forge another member's change.

Open: verify before decrypting, and refuse with a named reason: a bad
signature, an unknown or removed author, a change stamped with an old epoch
after a new one began, an epoch this vault holds no key for.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from uuid import UUID

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.office.hlc import Stamp
from casebook.office.keys import OfficeKey, Purpose
from casebook.office.signer import Signer

NONCE_BYTES = 12
AD_LABEL = b"casebook/office/change/v1"
SIG_LABEL = b"casebook/office/change-signature/v1"


class Reason(Enum):
    """Why a change from the hub was refused (never applied)."""

    BAD_SIGNATURE = "bad signature"
    UNKNOWN_AUTHOR = "unknown author"
    REMOVED_AUTHOR = "author was removed from the office"
    OLD_EPOCH = "old office-key epoch"
    UNKNOWN_EPOCH = "no office key for this epoch"
    UNREADABLE = "does not decrypt"


class Refused(Exception):
    """A change the hub holds that this vault will not apply; ``reason`` names why."""

    def __init__(self, reason: Reason, change_id: UUID) -> None:
        super().__init__(f"change {change_id} refused: {reason.value}")
        self.reason = reason
        self.change_id = change_id


@dataclass(frozen=True)
class Sealed:
    """What the hub stores for one change (all opaque but the metadata it must see)."""

    change_id: UUID
    author: UUID
    epoch: int
    hlc: int
    record_key: bytes  # HMAC of the record's id under the epoch's record subkey
    ciphertext: bytes  # nonce || AES-GCM(ciphertext || tag)
    signature: bytes


@dataclass(frozen=True)
class Author:
    """A member as the verifier knows it: signing key; once removed, the epoch that removed it."""

    signing_key: Ed25519PublicKey
    removed_epoch: int | None = None


@dataclass(frozen=True)
class Directory:
    """What verifying needs: members, each epoch's start position, the keys this vault holds.

    ``epoch_starts`` maps an epoch to its place in the log's order (the hub's
    transaction id when the epoch began); a change positioned after a later
    epoch began but stamped with an earlier one is an old-epoch change.
    """

    authors: Mapping[UUID, Author]
    epoch_starts: Mapping[int, int]
    keys: Mapping[int, OfficeKey]


def record_key_hash(key: OfficeKey, record_id: str) -> bytes:
    """The hub-visible name of a record: equal for its changes within one epoch, else opaque."""
    return hmac.new(key.subkey(Purpose.RECORD), record_id.encode(), hashlib.sha256).digest()


def associated_data(
    change_id: UUID, author: UUID, epoch: int, hlc: int, record_key: bytes
) -> bytes:
    if len(record_key) != 32:
        raise ValueError("a record key hash is 32 bytes")
    return b"".join(
        [
            AD_LABEL,
            change_id.bytes,
            author.bytes,
            epoch.to_bytes(4, "big"),
            hlc.to_bytes(8, "big", signed=True),
            record_key,
        ]
    )


def _signed_bytes(ad: bytes, ciphertext: bytes) -> bytes:
    return SIG_LABEL + len(ad).to_bytes(4, "big") + ad + ciphertext


def seal(
    plaintext: bytes,
    *,
    key: OfficeKey,
    signer: Signer,
    author: UUID,
    change_id: UUID,
    stamp: Stamp,
    record_id: str,
) -> Sealed:
    """Encrypt then sign one change for the hub."""
    record_key = record_key_hash(key, record_id)
    hlc = stamp.pack()
    ad = associated_data(change_id, author, key.epoch, hlc, record_key)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = nonce + AESGCM(key.subkey(Purpose.LOG)).encrypt(nonce, plaintext, ad)
    signature = signer.sign(_signed_bytes(ad, ciphertext))
    return Sealed(change_id, author, key.epoch, hlc, record_key, ciphertext, signature)


def verify(change: Sealed, position: int, directory: Directory) -> OfficeKey:
    """Check author, signature and epoch; the key to open it with, or ``Refused``."""
    author = directory.authors.get(change.author)
    if author is None:
        raise Refused(Reason.UNKNOWN_AUTHOR, change.change_id)
    ad = associated_data(
        change.change_id, change.author, change.epoch, change.hlc, change.record_key
    )
    try:
        author.signing_key.verify(change.signature, _signed_bytes(ad, change.ciphertext))
    except InvalidSignature:
        raise Refused(Reason.BAD_SIGNATURE, change.change_id) from None
    if author.removed_epoch is not None and change.epoch >= author.removed_epoch:
        raise Refused(Reason.REMOVED_AUTHOR, change.change_id)
    if change.epoch not in directory.epoch_starts:
        raise Refused(Reason.UNKNOWN_EPOCH, change.change_id)
    later = [
        e for e, start in directory.epoch_starts.items() if e > change.epoch and start < position
    ]
    if later:
        raise Refused(Reason.OLD_EPOCH, change.change_id)
    key = directory.keys.get(change.epoch)
    if key is None:
        raise Refused(Reason.UNKNOWN_EPOCH, change.change_id)
    return key


def open_change(change: Sealed, position: int, directory: Directory) -> bytes:
    """Verify, then decrypt: the change's plaintext, or ``Refused`` with the reason."""
    key = verify(change, position, directory)
    ad = associated_data(
        change.change_id, change.author, change.epoch, change.hlc, change.record_key
    )
    nonce, body = change.ciphertext[:NONCE_BYTES], change.ciphertext[NONCE_BYTES:]
    try:
        return AESGCM(key.subkey(Purpose.LOG)).decrypt(nonce, body, ad)
    except InvalidTag:
        raise Refused(Reason.UNREADABLE, change.change_id) from None
