"""A vault's two key pairs: an age X25519 identity and an Ed25519 signing key.

Both are made together and never change (a passphrase change, a re-key and
recovery keep them): a colleague who once compared the fingerprint by phone
can rely on it. The secrets are kept in the database (itself SQLCipher) and,
inside it, sealed again with AES-256-GCM under a subkey of the data key, so
a copy of a row, a log line or a debug dump of the database never carries a
usable secret; a re-key reseals them (``reseal``).

The fingerprint is what two people read to each other::

    digest      = SHA-256(b"casebook-identity/v1" || 0x00 || recipient (ASCII, the
                  canonical lowercase bech32 ``age1...``) || 0x00 || Ed25519 public key (32))
    fingerprint = Crockford base32 of digest[:10], in four groups of four: ``ABCD-EFGH-JKMN-PQRS``

80 bits: forging another key pair with the same fingerprint takes about 2^80
hashes (a second preimage, not a collision: the victim's keys are fixed),
and sixteen characters read aloud without ambiguity (Crockford's alphabet
has no I, L, O or U), as recovery keys already are.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field

import pyrage
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casebook.domain.errors import CasebookError, DamagedVault
from casebook.vault.keys import format_recovery_key

LABEL_IDENTITY_SEAL = b"casebook/identity-seal/v1"
FINGERPRINT_DOMAIN = b"casebook-identity/v1"
FINGERPRINT_BYTES = 10
_NONCE = 12


class NotARecipient(CasebookError):
    """Text that is not an age X25519 recipient (``age1...``)."""


def fingerprint(recipient: str, signing_public: bytes) -> str:
    """The phone-readable fingerprint of both public keys (construction in the module doc)."""
    digest = hashlib.sha256(
        FINGERPRINT_DOMAIN + b"\0" + recipient.encode("ascii") + b"\0" + signing_public
    ).digest()
    return format_recovery_key(digest[:FINGERPRINT_BYTES])


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    """An ``age1...`` recipient as typed or pasted (surrounding spaces allowed)."""
    cleaned = text.strip()
    if not cleaned.startswith("age1"):
        raise NotARecipient(f"{_shown(cleaned)} is not an age recipient: it must start with age1.")
    try:
        return pyrage.x25519.Recipient.from_str(cleaned)
    except pyrage.RecipientError:
        raise NotARecipient(
            f"{_shown(cleaned)} is not a valid age recipient; check it was copied whole."
        ) from None


def _shown(text: str) -> str:
    return repr(text if len(text) <= 24 else text[:20] + "...")


def verify(signing_public: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``message`` by ``signing_public``."""
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class KeyPairs:
    """The secrets in memory, while the vault is open. Never printed: see ``__repr__``."""

    recipient: str
    signing_public: bytes
    _age: pyrage.x25519.Identity = field(repr=False, compare=False)
    _signing: Ed25519PrivateKey = field(repr=False, compare=False)

    @classmethod
    def generate(cls) -> KeyPairs:
        age = pyrage.x25519.Identity.generate()
        signing = Ed25519PrivateKey.generate()
        return cls(str(age.to_public()), _raw_public(signing), age, signing)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_public)

    @property
    def age_identity(self) -> pyrage.x25519.Identity:
        """For pyrage's decrypt calls; kept out of every repr."""
        return self._age

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def seal(self, key: bytes) -> bytes:
        """Both secrets under ``key`` (a data-key subkey), bound to the public keys."""
        secret = json.dumps(
            {
                "age": str(self._age),
                "ed25519": base64.b64encode(self._signing.private_bytes_raw()).decode("ascii"),
            }
        ).encode("ascii")
        nonce = os.urandom(_NONCE)
        return nonce + AESGCM(key).encrypt(nonce, secret, _aad(self.recipient, self.signing_public))

    @classmethod
    def unseal(cls, key: bytes, recipient: str, signing_public: bytes, sealed: bytes) -> KeyPairs:
        try:
            plain = AESGCM(key).decrypt(
                sealed[:_NONCE], sealed[_NONCE:], _aad(recipient, signing_public)
            )
            data = json.loads(plain)
            age = pyrage.x25519.Identity.from_str(data["age"])
            signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["ed25519"]))
        except (InvalidTag, ValueError, KeyError, TypeError, pyrage.IdentityError):
            raise DamagedVault(
                "This vault's identity keys cannot be read; run `casebook check` on it."
            ) from None
        if str(age.to_public()) != recipient or _raw_public(signing) != signing_public:
            raise DamagedVault("This vault's identity keys do not match; run `casebook check`.")
        return cls(recipient, signing_public, age, signing)

    def __repr__(self) -> str:
        return f"KeyPairs(recipient={self.recipient!r}, fingerprint={self.fingerprint!r})"

    __str__ = __repr__


def reseal(sealed: bytes, recipient: str, signing_public: bytes, old: bytes, new: bytes) -> bytes:
    """The same secrets sealed under a new data key's subkey (for a re-key)."""
    return KeyPairs.unseal(old, recipient, signing_public, sealed).seal(new)


def _aad(recipient: str, signing_public: bytes) -> bytes:
    return LABEL_IDENTITY_SEAL + b"\0" + recipient.encode("ascii") + b"\0" + signing_public


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
