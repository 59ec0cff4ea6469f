"""Reading facts out of a form's text as OCR gives it: dates, times, A-numbers, labelled values.

The forms an advocate receives (EOIR, DHS, USCIS, NYPD, the criminal
courts) print a few facts in fixed places with fixed labels. OCR gives their
text with its usual faults: ``0``/``O`` and ``1``/``l``/``I`` confused in
numbers, a label and its value split over two lines, typographic dashes.
These helpers read such text and say *where* each fact was read (``Quote``:
the page and the words as printed), so a person sees why it is suggested.

Nothing is guessed: a date needs its four-digit year, a time its AM/PM or a
24-hour form, an A-number its leading ``A`` or its label. Pages are the
parts of the stored text between form feeds (``services.extract`` joins the
pages with ``"\\n\\f\\n"``). All functions are pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from typing import Generic, TypeVar

from casebook.domain.identifiers import format_a_number

T = TypeVar("T")

QUOTE_LIMIT = 70  # characters of printed words shown as a reason

MONTHS: dict[str, int] = {
    # English, as USCIS and NYPD letters write them, and EOIR's three-letter forms.
    **{
        name: n
        for n, names in enumerate(
            (
                (),
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sep", "sept"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            )
        )
        for name in names
    },
    # Spanish, as the EOIR's Spanish notices write them ("26 de enero de 2027").
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

_MONTH_WORD = r"(?P<month>[A-Za-z]{3,10})\.?"
# "November 10, 2026", "Nov 10, 2026", "NOV. 10 2026", and as OCR slips on a scan:
# "March.1, 2027", "March 1,.2027", "March 1; 2027" (a speck read as a stop or a comma).
_DATE_MDY_WORDS = (
    rf"{_MONTH_WORD}\s*(?<=[.\s])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[,.;]{{1,2}}\s*|\s+)"
    rf"(?P<year>[12]\d{{3}})"
)
# "10 de noviembre de 2026", "10 November 2026"
_DATE_DMY_WORDS = (
    r"(?P<day2>[0-3]?\d)\s+(?:de\s+)?(?P<month2>[A-Za-z]{3,10})\.?,?\s+(?:de\s+|del\s+)?"
    r"(?P<year2>[12]\d{3})"
)
# "11/10/2026", "11-10-2026" (month first, as New York and the federal forms write it)
_DATE_NUMERIC = r"(?P<m3>[01]?\d)[/-](?P<d3>[0-3]?\d)[/-](?P<y3>[12]\d{3})"
_DATE_ISO = r"(?P<y4>[12]\d{3})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)"
DATE_PATTERN = rf"(?:{_DATE_MDY_WORDS}|{_DATE_DMY_WORDS}|{_DATE_ISO}|{_DATE_NUMERIC})(?![\d/])"
_DATE = re.compile(DATE_PATTERN)
_WEEKDAY_PREFIX = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$", re.IGNORECASE
)

# "1:00 P.M.", "8:30 AM", "09:00", "1:00 p. m.", "8:30 de la mañana"
TIME_PATTERN = (
    r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)\s*"
    r"(?P<half>[AaPp]\.?\s?[Mm]\.?|de\s+la\s+(?:mañana|manana|tarde|noche))?"
)
_TIME = re.compile(TIME_PATTERN)

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1"})
_D = r"[0-9OoDQIl|]"  # a digit as OCR may give it
# An A-number after its letter: "A 123 456 789", "A-123-456-789", "A#123456789", "A12345678".
_A_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9])A\s?[-#:.]?\s?(?P<g1>{_D}{{2,3}})[\s\-.]?(?P<g2>{_D}{{3}})"
    rf"[\s\-.]?(?P<g3>{_D}{{3}})(?![0-9A-Za-z])"
)
# The same number after a label that names it, with or without its "A".
_A_LABEL = re.compile(
    r"(?:File\s*(?:No|Number|#)?\.?|A[-\s]?Number|Alien\s+(?:Registration\s+)?(?:No|Number)\.?"
    r"|A\s?#|N[úu]mero\s+(?:de\s+registro|A|de\s+extranjero)|USCIS\s*#|Expediente\s*(?:No\.?)?)"
    rf"\s*[:.]?\s*A?\s?[-#]?\s?(?P<g1>{_D}{{2,3}})[\s\-.]?(?P<g2>{_D}{{3}})[\s\-.]?"
    rf"(?P<g3>{_D}{{3}})(?![0-9A-Za-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quote:
    """Where a fact was read: the page (from 1) and the words as printed there."""

    page: int
    words: str

    def because(self) -> str:
        return f"page {self.page} says '{self.words}'"


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A value read from the text, and where."""

    value: T
    quote: Quote


class FormText:
    """A document's text, prepared once for every rule: dashes made plain, pages located."""

    def __init__(self, text: str) -> None:
        self.text = text.translate(_DASHES)
        self.folded = self.text.casefold()  # same length as ``text`` for the scripts read here
        if len(self.folded) != len(self.text):
            self.folded = self.text.lower()
        self._breaks = [m.start() for m in re.finditer("\f", self.text)]

    def page_of(self, offset: int) -> int:
        return 1 + bisect_left(self._breaks, offset)

    def quote(self, start: int, end: int) -> Quote:
        words = " ".join(self.text[start:end].split())
        if len(words) > QUOTE_LIMIT:
            words = words[: QUOTE_LIMIT - 1] + "…"
        return Quote(self.page_of(start), words)

    def fact(self, value: T, start: int, end: int) -> Fact[T]:
        return Fact(value, self.quote(start, end))

    def has(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.text)

    def first_page(self) -> str:
        return self.text[: self._breaks[0]] if self._breaks else self.text


# -- dates and times ------------------------------------------------------------------------------


def date_of(m: re.Match[str]) -> date | None:
    """The date a match of ``DATE_PATTERN`` names, or None if it is no real date."""
    g = m.groupdict()
    try:
        if g.get("month"):
            month = MONTHS.get(g["month"].casefold())
            return None if month is None else date(int(g["year"]), month, int(g["day"]))
        if g.get("month2"):
            month = MONTHS.get(g["month2"].casefold())
            return None if month is None else date(int(g["year2"]), month, int(g["day2"]))
        if g.get("y4"):
            return date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        if g.get("y3"):
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except ValueError:
        return None
    return None


def dates_in(ft: FormText, start: int = 0, end: int | None = None) -> Iterator[Fact[date]]:
    """Every real date written in ``ft.text[start:end]``, in order."""
    for m in _DATE.finditer(ft.text, start, len(ft.text) if end is None else end):
        day = date_of(m)
        if day is not None:
            yield ft.fact(day, m.start(), m.end())


def first_date(ft: FormText, start: int = 0, end: int | None = None) -> Fact[date] | None:
    return next(dates_in(ft, start, end), None)


def labelled_date(ft: FormText, label: str, *, within: int = 40) -> Fact[date] | None:
    """The first date within ``within`` characters after a label (regex, case ignored).

    The label and its date may be split over lines, as OCR gives a form's boxes.
    """
    for m in re.finditer(label, ft.text, re.IGNORECASE | re.MULTILINE):
        found = first_date(ft, m.end(), min(len(ft.text), m.end() + within))
        if found is not None:
            return Fact(found.value, ft.quote(m.start(), _end_of(ft, found, m.end(), within)))
    return None


def _end_of(ft: FormText, found: Fact[date], start: int, within: int) -> int:
    for m in _DATE.finditer(ft.text, start, min(len(ft.text), start + within)):
        if date_of(m) == found.value:
            return m.end()
    return start


def time_of(m: re.Match[str]) -> time | None:
    """The time a match of ``TIME_PATTERN`` names; a bare "8:30" is read as 24-hour."""
    hour, minute = int(m["hour"]), int(m["minute"])
    half = (m["half"] or "").casefold().replace(".", "").replace(" ", "")
    if half:
        pm = half.startswith("p") or "tarde" in half or "noche" in half
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    elif hour > 23:
        return None
    return time(hour, minute)


def time_after(ft: FormText, start: int, within: int = 40) -> tuple[time, int] | None:
    """The first time of day within ``within`` characters after ``start``, and where it ends."""
    m = _TIME.search(ft.text, start, min(len(ft.text), start + within))
    if m is None:
        return None
    value = time_of(m)
    return None if value is None else (value, m.end())


# -- identifiers ----------------------------------------------------------------------------------


def a_numbers(ft: FormText) -> list[Fact[str]]:
    """Every A-number written on the form (9 digits each), first seen first, each once.

    Forms print it as "A 123 456 789", "A-123-456-789", "A123456789" or after
    a label ("File No: 123 456 789", "A-Number:", "A#", Spanish "Número A").
    OCR's ``O``/``o``/``D`` for 0 and ``I``/``l``/``|`` for 1 are read as digits.
    """
    seen: dict[str, Fact[str]] = {}
    found: list[tuple[int, str, int]] = []
    for pattern in (_A_LABEL, _A_NUMBER):
        for m in pattern.finditer(ft.text):
            digits = (m["g1"] + m["g2"] + m["g3"]).translate(_OCR_DIGITS)
            if not digits.isdigit() or sum(c.isdigit() for c in m[0][-11:]) < 5:
                continue  # mostly letters: a word, not a number misread
            found.append((m.start(), digits.zfill(9), m.end()))
    for start, digits, end in sorted(found):
        if digits not in seen and digits != "000000000":
            seen[digits] = ft.fact(digits, start, end)
    return list(seen.values())


def shown_a_number(digits: str) -> str:
    return format_a_number(digits)


# -- labelled values ------------------------------------------------------------------------------

_VALUE_END = re.compile(r"\s{3,}|\n|\t|\s+(?=(?:File|A-?Number|DOB|Date|Fecha|NYSID)\b)")


def labelled_line(ft: FormText, label: str, *, max_len: int = 80) -> Fact[str] | None:
    """What follows a label on its line (or the next line, if the label ends its own)."""
    for m in re.finditer(label, ft.text, re.IGNORECASE | re.MULTILINE):
        pos = m.end()
        while pos < len(ft.text) and ft.text[pos] in " \t:.#":
            pos += 1
        if pos < len(ft.text) and ft.text[pos] == "\n":  # the value is on the next line
            pos += 1
            while pos < len(ft.text) and ft.text[pos] in " \t":
                pos += 1
        end_m = _VALUE_END.search(ft.text, pos, min(len(ft.text), pos + max_len))
        end = end_m.start() if end_m else min(len(ft.text), pos + max_len)
        value = ft.text[pos:end].strip(" ,;:")
        if value:
            return Fact(value, ft.quote(m.start(), end))
    return None
