"""Blind-index tokens for the office-wide conflict check.

The hub must answer "does any member hold this person?" without learning who
the person is. Each identifying value is normalised the way the vault's own
same-person check does (casebook.domain.names.name_key: case, accents,
punctuation and word order folded), prefixed with its kind, and HMAC-SHA256'd
under the epoch's blind-index subkey (separate from every other subkey),
then truncated.

Why 32 bits. The operator without the key learns nothing from a token of any
length (HMAC is a PRF); what it does learn, at any length, is which entries
share a value (equality). Truncation matters against someone who holds an
epoch key (a removed member with a copy of the hub): 32 bits is short enough
that tokens collide across the space of candidate values (2^32 ≈ 4.3 x 10^9
against ~10^9 A-numbers and far more name spellings), so a token confirms no
single guess; long enough that false positives stay rare: an office of
100,000 clients with ~10 tokens each is 10^6 entries, and a check of ~10
tokens meets a random collision with probability ≈ 10^7 / 2^32 ≈ 0.2 %.
A collision only ever yields a *possible* match whose encrypted reference the
member then opens and compares; it never decides alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from enum import Enum
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import normalise_a_number
from casebook.domain.names import name_key
from casebook.office.keys import OfficeKey, Purpose

TOKEN_BITS = 32
TOKEN_BYTES = TOKEN_BITS // 8
REF_LABEL = b"casebook/office/index-reference/v1"
NONCE_BYTES = 12


class IndexReferenceError(ValueError):
    """An index entry's reference that does not open (damaged, or moved to another entry)."""


class Kind(Enum):
    NAME = "name"  # a name or an alias: both match either
    A_NUMBER = "a-number"
    DOB = "dob"


def token(key: OfficeKey, kind: Kind, normalised: str) -> bytes:
    message = kind.value.encode() + b"\x00" + normalised.encode()
    return hmac.new(key.subkey(Purpose.BLIND_INDEX), message, hashlib.sha256).digest()[:TOKEN_BYTES]


def person_tokens(
    key: OfficeKey,
    *,
    names: Iterable[str] = (),
    a_number: str | None = None,
    dob: dt.date | None = None,
) -> set[bytes]:
    """Every token of one person: each name and alias, the A-number, the date of birth."""
    tokens = {token(key, Kind.NAME, k) for k in (name_key(n) for n in names) if k}
    if a_number:
        with contextlib.suppress(ValidationError):  # not an A-number: nothing to look up by
            tokens.add(token(key, Kind.A_NUMBER, normalise_a_number(a_number)))
    if dob is not None:
        tokens.add(token(key, Kind.DOB, dob.isoformat()))
    return tokens


def _ref_ad(key: OfficeKey, entry_id: UUID) -> bytes:
    return REF_LABEL + key.epoch.to_bytes(4, "big") + entry_id.bytes


def seal_reference(key: OfficeKey, entry_id: UUID, reference: bytes) -> bytes:
    """The record an entry points to (e.g. its record id), readable only with the office key."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(key.subkey(Purpose.INDEX_REFERENCE)).encrypt(
        nonce, reference, _ref_ad(key, entry_id)
    )
    return nonce + sealed


def open_reference(key: OfficeKey, entry_id: UUID, sealed: bytes) -> bytes:
    try:
        return AESGCM(key.subkey(Purpose.INDEX_REFERENCE)).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _ref_ad(key, entry_id)
        )
    except InvalidTag:
        raise IndexReferenceError("this index entry's reference does not open") from None
