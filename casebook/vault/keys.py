"""The data key, its subkeys, key wrapping and the recovery key.

One random 256-bit data key encrypts everything. It is stored only wrapped
(AES-256-GCM) by keys derived from the passphrase (Argon2id) and from the
recovery key. Subkeys for each purpose are derived by HKDF-SHA256 with a
distinct label, so no key is ever used for two things.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.domain.errors import WrongPassphrase

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
RECOVERY_KEY_BYTES = 20  # 160 bits: unguessable, and 32 characters to type

# Crockford's base32: no I, L, O or U, so a key read off paper types back cleanly.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_STD_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_STD_B32, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _STD_B32)
_READ_ALIKE = str.maketrans({"O": "0", "I": "1", "L": "1"})

LABEL_SQLCIPHER = b"casebook/sqlcipher/v1"
LABEL_HEADER_MAC = b"casebook/header-mac/v1"
LABEL_RECOVERY_KEK = b"casebook/recovery-kek/v1"


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def subkey(key: bytes, label: bytes, salt: bytes | None = None) -> bytes:
    """HKDF-SHA256 of ``key`` for one purpose."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=label).derive(key)


def wrap(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt the data key under a key-encryption key; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes, what: str) -> bytes:
    """Recover the data key, or raise ``WrongPassphrase`` naming ``what`` was wrong."""
    try:
        key = AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise WrongPassphrase(
            f"That {what} is not right for this vault. Nothing was changed."
        ) from None
    if len(key) != DATA_KEY_BYTES:
        raise WrongPassphrase(f"That {what} is not right for this vault. Nothing was changed.")
    return key


def new_recovery_key() -> str:
    """A fresh recovery key, written as eight groups of four characters."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_KEY_BYTES))


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").translate(_TO_CROCKFORD)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed: any case, spaces or dashes, O for 0 and I/L for 1."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_READ_ALIKE)
    expected = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))
    if len(compact) != expected or any(ch not in _CROCKFORD for ch in compact):
        raise WrongPassphrase(
            f"A recovery key has {expected} letters and digits in groups of four; "
            "check what you typed. Nothing was changed."
        )
    return base64.b32decode(compact.translate(_FROM_CROCKFORD))


def recovery_kek(raw: bytes, salt: bytes) -> bytes:
    """The recovery key has full entropy, so HKDF (not a slow KDF) is enough."""
    return subkey(raw, LABEL_RECOVERY_KEK, salt=salt)


def mac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, "sha256").digest()


def same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
