"""Identifiers that appear on immigration and criminal papers.

An A-number (alien registration number) is 8 or 9 digits; USCIS and EOIR
print it as ``A-123-456-789``. Eight-digit numbers are the same number with a
leading zero, so they are kept as 9 digits and compared that way.

A NYSID (New York State Identification number, issued by DCJS for a
fingerprint-based arrest) is written as digits followed by one check letter,
e.g. ``01234567K``.
"""

from __future__ import annotations

import re

from casebook.domain.errors import ValidationError

_A_NUMBER_SEPARATORS = re.compile(r"[\s\-.]")
_NYSID = re.compile(r"^(\d{6,9})([A-Z])$")


def normalise_a_number(text: str) -> str:
    """Return the 9-digit form of an A-number written any usual way."""
    raw = _A_NUMBER_SEPARATORS.sub("", text.strip()).upper()
    if raw.startswith("A"):
        raw = raw[1:]
    if not raw.isdigit() or not raw.isascii():
        raise ValidationError("a_number", "An A-number has only digits, e.g. A-123-456-789.")
    if len(raw) not in (8, 9):
        raise ValidationError(
            "a_number",
            f"An A-number has 8 or 9 digits; this one has {len(raw)}.",
        )
    return raw.zfill(9)


def format_a_number(digits: str) -> str:
    """Show an A-number the way the court prints it (stored 9-digit form is the fast path)."""
    d = digits if len(digits) == 9 and digits.isdigit() else normalise_a_number(digits)
    return f"A-{d[0:3]}-{d[3:6]}-{d[6:9]}"


def a_number_variants(digits: str) -> tuple[str, ...]:
    """The written forms a person may search for (all match one number)."""
    d = normalise_a_number(digits)
    return (d, f"A{d}", format_a_number(d), f"{d[0:3]}-{d[3:6]}-{d[6:9]}", d.lstrip("0"))


def normalise_nysid(text: str) -> str:
    """Return a NYSID as digits and its upper-case check letter."""
    raw = _A_NUMBER_SEPARATORS.sub("", text.strip()).upper()
    if not _NYSID.match(raw):
        raise ValidationError(
            "nysid",
            "A NYSID is 6 to 9 digits followed by one letter, e.g. 01234567K.",
        )
    return raw
