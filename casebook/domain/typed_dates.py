"""Dates and times as people type them, read exactly or refused — never guessed.

A deadline tool that stores 2026-12-11 when someone typed 2026-11-20 is worse
than none, so every typed date in the app and the command goes through
``parse_date``, and every date shown to a person through ``format_date``.

Accepted dates (New York writes the month first; a year alone first is ISO):

* ``2026-11-20`` (ISO 8601; also ``2026-1-5``),
* ``11/20/2026`` and ``11-20-2026`` (month, day, year; also ``1/5/2027``),
* ``11/20/26`` (a two-digit year, see below),
* ``20261120`` (eight digits: year, month, day),
* any of these after a day name, as ``format_date`` writes them
  (``Fri 2026-11-20``); a day name that is not that date's is refused.

Day-first dates (``20/11/2026``) are refused when the "month" is over 12 and
read month-first otherwise; that is the New York convention, stated in every
message. A two-digit year ``YY`` is the year ending in ``YY`` within the
100-year window from 80 years before today's year to 19 years after it
(on 2026-11-29: ``26`` is 2026, ``45`` is 2045, ``46`` is 1946), so a birth
date and a hearing next year are both read as meant.

Accepted times: ``14:00`` and ``9:30`` (24-hour), ``9:30 AM``, ``9:30am``,
``9:30 a.m.``, ``2 PM``, ``12 AM`` (midnight), ``12 PM`` (noon), and four
digits ``0930`` / ``1400`` (24-hour, as police reports write them). A bare
``9`` or ``930`` is refused: it is not clear whether it is morning.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

from casebook.domain.errors import ValidationError

DATE_FORMS = "2026-11-20, 11/20/2026, 11/20/26 or 20261120"
TIME_FORMS = "9:30 AM, 2 PM or 14:00"
DATE_HELP = f"Write the date as {DATE_FORMS} (month first)."
TIME_HELP = f"Write the time as {TIME_FORMS}."
YEARS_BEFORE = 80  # a two-digit year is at most this many years before today's year
YEARS_AFTER = 19  # ... and at most this many after it

# English names, fixed: ``calendar.day_abbr`` follows the process locale.
DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAME = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAY_NAMES = {
    **{name.lower(): i for i, name in enumerate(DAY_ABBR)},
    **{name.lower(): i for i, name in enumerate(DAY_NAME)},
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_US = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_WEEKDAY = re.compile(r"([A-Za-z]+)\.?,?\s+(.*)")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?", re.IGNORECASE)
_ISO_T = re.compile(r"\d{4}-\d{1,2}-\d{1,2}T")
_HHMM = re.compile(r"(\d{2})(\d{2})")


def two_digit_year(yy: int, today: date) -> int:
    """The year ending in ``yy`` within [today.year - 80, today.year + 19]."""
    start = today.year - YEARS_BEFORE
    return start + (yy - start) % 100


def parse_date(text: str, today: date, *, field: str = "date") -> date:
    """The date ``text`` names in one of the accepted forms; else ``ValidationError``.

    The message says what is wrong and which forms are read; it never repeats
    the text (it may be a client's birth date).
    """
    s = " ".join(text.split())
    if not s:
        raise ValidationError(field, f"Enter a date. {DATE_HELP}")
    weekday: int | None = None
    named = _WEEKDAY.fullmatch(s)
    if named is not None:
        name = named.group(1).lower()
        if name not in _DAY_NAMES:
            raise ValidationError(field, f"This is not a date casebook can read. {DATE_HELP}")
        weekday, s = _DAY_NAMES[name], named.group(2)
    if m := _ISO.fullmatch(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _US.fullmatch(s):
        month, day, y = int(m.group(1)), int(m.group(3)), m.group(4)
        year = int(y) if len(y) == 4 else two_digit_year(int(y), today)
    elif m := _COMPACT.fullmatch(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1000:
            raise ValidationError(
                field,
                "Eight digits are read as year, month, day, as in 20261120; "
                "write a month-first date with slashes, as in 11/20/2026.",
            )
    else:
        raise ValidationError(field, f"This is not a date casebook can read. {DATE_HELP}")
    if year < 1000:
        raise ValidationError(field, f"Write the year with four digits. {DATE_HELP}")
    if not 1 <= month <= 12:
        raise ValidationError(
            field, f"There is no month {month}: the month comes first. {DATE_HELP}"
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            field,
            f"{MONTH_NAME[month]} {year} has {last} days; there is no day {day}. {DATE_HELP}",
        )
    result = date(year, month, day)
    if weekday is not None and weekday != result.weekday():
        raise ValidationError(
            field,
            f"{result.isoformat()} is a {DAY_NAME[result.weekday()]}, "
            f"not a {DAY_NAME[weekday]}. Check the date, or leave out the day name.",
        )
    return result


def parse_time(text: str, *, field: str = "time") -> time:
    """The time of day ``text`` names in one of the accepted forms; else ``ValidationError``."""
    s = " ".join(text.split())
    if not s:
        raise ValidationError(field, f"Enter a time. {TIME_HELP}")
    if m := _HHMM.fullmatch(s):
        hour, minute, half = int(m.group(1)), int(m.group(2)), None
    elif (m := _CLOCK.fullmatch(s)) and (m.group(2) is not None or m.group(3) is not None):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        half = m.group(3).lower() if m.group(3) else None
    else:
        raise ValidationError(field, f"This is not a time casebook can read. {TIME_HELP}")
    if minute > 59:
        raise ValidationError(field, f"There is no minute {minute}. {TIME_HELP}")
    if half is None:
        if hour > 23:
            raise ValidationError(field, f"There is no hour {hour}. {TIME_HELP}")
        return time(hour, minute)
    if not 1 <= hour <= 12:
        raise ValidationError(field, f"With AM or PM the hour is 1 to 12. {TIME_HELP}")
    return time(hour % 12 + (12 if half == "p" else 0), minute)


def parse_datetime(text: str, today: date, *, field: str = "at") -> datetime:
    """A date, then a time: ``2027-01-26 09:30``, ``2027-01-26T09:30``, ``01/26/2027 9:30 AM``.

    The date is the first word (after a day name, if any); the rest is the time.
    """
    s = " ".join(text.split())
    if _ISO_T.match(s):
        s = s.replace("T", " ", 1)
    words = s.split(" ")
    first = 2 if words and words[0].rstrip(".,").lower() in _DAY_NAMES else 1
    day_text, time_text = " ".join(words[:first]), " ".join(words[first:])
    if not time_text:
        raise ValidationError(
            field, "Give the date and the time, as in 2027-01-26 09:30 or 01/26/2027 9:30 AM."
        )
    return datetime.combine(
        parse_date(day_text, today, field=field), parse_time(time_text, field=field)
    )


def format_date(d: date) -> str:
    """The one form a date is shown in: ``Fri 2026-11-20`` (no month/day order to misread)."""
    return f"{DAY_ABBR[d.weekday()]} {d.isoformat()}"


def format_time(t: time) -> str:
    """``9:30 AM``, ``2:00 PM``, ``12:00 PM`` (noon) — as court notices write it."""
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def format_datetime(dt: datetime) -> str:
    return f"{format_date(dt.date())} {format_time(dt.time())}"
