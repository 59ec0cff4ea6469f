"""Documents on the hub: encrypted once, named by a keyed hash of their content.

The name is HMAC-SHA256 under the epoch's document-naming subkey, never the
plain SHA-256, so the hub cannot test whether it holds a known file; equal
files get equal names and are stored once. One AES-256-GCM message with the
name and epoch as associated data (whole documents in memory for now: the
vault's chunked STREAM format is the next step for large scans).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.office.keys import OfficeKey, Purpose

NONCE_BYTES = 12
LABEL = b"casebook/office/document/v1"


class DocumentError(ValueError):
    """A document from the hub that does not open under its name (damaged or swapped)."""


def document_name(key: OfficeKey, content: bytes) -> bytes:
    return hmac.new(key.subkey(Purpose.DOCUMENT_NAME), content, hashlib.sha256).digest()


def _ad(key: OfficeKey, name: bytes) -> bytes:
    return LABEL + key.epoch.to_bytes(4, "big") + name


def seal_document(key: OfficeKey, content: bytes) -> tuple[bytes, bytes]:
    """(keyed name, nonce || ciphertext) of one document."""
    name = document_name(key, content)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return name, nonce + AESGCM(key.subkey(Purpose.DOCUMENT)).encrypt(
        nonce, content, _ad(key, name)
    )


def open_document(key: OfficeKey, name: bytes, sealed: bytes) -> bytes:
    """Decrypt and check the content is the one the name promises."""
    try:
        content = AESGCM(key.subkey(Purpose.DOCUMENT)).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _ad(key, name)
        )
    except InvalidTag:
        raise DocumentError("the document does not decrypt under its name") from None
    if not hmac.compare_digest(document_name(key, content), name):
        raise DocumentError("the document's content does not match its name")
    return content
