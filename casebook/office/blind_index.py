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
from collections.abc import Iterable
from enum import Enum

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import normalise_a_number
from casebook.domain.names import name_key
from casebook.office.keys import OfficeKey, Purpose

TOKEN_BITS = 32
TOKEN_BYTES = TOKEN_BITS // 8


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
