"""New York public holidays, as General Construction Law §24 defines them.

Statutory periods in business days skip these days (with Saturdays and
Sundays), and a period in calendar days that ends on one moves to the next
business day (GCL §25-a). The list is the statute's, not an employer's: the
day after Thanksgiving, Christmas Eve or a Friday before a Saturday holiday
are business days here even where an office closes.

What a caller may rely on:

- every day GCL §24 names, on its own date, with its name;
- a holiday that falls on a Sunday is also a public holiday on the Monday
  after ("if any of such days except Flag day is Sunday, the next day
  thereafter", GCL §24), listed as "<name> (observed)";
- a holiday that falls on a Saturday stays on the Saturday: §24 moves only
  Sunday holidays, so the Friday before remains a business day;
- Flag Day (the second Sunday in June) is a public holiday but, being a
  Sunday that §24 expressly does not move, never changes a business day;
- Juneteenth is included from 2021: L.2020 ch. 249 added it in October 2020,
  after June 19 of that year had passed.

Days the President or the Governor proclaim ad hoc (GCL §24, last clause)
cannot be known in advance and are not included.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

JUNETEENTH_FIRST_YEAR = 2021

_MONDAY, _TUESDAY, _THURSDAY, _SUNDAY = 0, 1, 3, 6


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) given weekday of a month."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _named_days(year: int) -> list[tuple[date, str]]:
    """The days GCL §24 names, on their own dates (before any Sunday move)."""
    days = [
        (date(year, 1, 1), "New Year's Day"),
        (_nth_weekday(year, 1, _MONDAY, 3), "Dr. Martin Luther King, Jr. Day"),
        (date(year, 2, 12), "Lincoln's Birthday"),
        (_nth_weekday(year, 2, _MONDAY, 3), "Washington's Birthday"),
        (_last_weekday(year, 5, _MONDAY), "Memorial Day"),
        (_nth_weekday(year, 6, _SUNDAY, 2), "Flag Day"),
    ]
    if year >= JUNETEENTH_FIRST_YEAR:  # L.2020 ch. 249
        days.append((date(year, 6, 19), "Juneteenth"))
    days += [
        (date(year, 7, 4), "Independence Day"),
        (_nth_weekday(year, 9, _MONDAY, 1), "Labor Day"),
        (_nth_weekday(year, 10, _MONDAY, 2), "Columbus Day"),
        (date(year, 11, 11), "Veterans' Day"),
        (_nth_weekday(year, 11, _THURSDAY, 4), "Thanksgiving Day"),
        (date(year, 12, 25), "Christmas Day"),
    ]
    return days


def _general_election_day(year: int) -> date:
    # "each general election day" (GCL §24): the Tuesday next succeeding the
    # first Monday in November (Election Law §8-100(1)(a)), held every year.
    return _nth_weekday(year, 11, _MONDAY, 1) + timedelta(days=1)


@lru_cache(maxsize=128)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    table: dict[date, str] = {}

    def add(day: date, name: str) -> None:
        table[day] = f"{table[day]}; {name}" if day in table else name

    for day, name in _named_days(year):
        add(day, name)
        # GCL §24: a Sunday holiday, except Flag Day, is also kept the next day.
        # Nothing in §24 moves a Saturday holiday, so none is moved here.
        if day.weekday() == _SUNDAY and name != "Flag Day":
            add(day + timedelta(days=1), f"{name} (observed)")
    add(_general_election_day(year), "Election Day")
    return tuple(sorted(table.items()))


def public_holidays(year: int) -> dict[date, str]:
    """The public holidays of ``year`` under GCL §24, by date, with names.

    Includes Sunday holidays on the Sunday and on the Monday after, and Flag
    Day; a new dict each call, sorted by date.
    """
    return dict(_holidays(year))


def holiday_name(day: date) -> str | None:
    """The GCL §24 holiday on ``day``, or None if it is not one."""
    for holiday, name in _holidays(day.year):
        if holiday == day:
            return name
    return None


def is_public_holiday(day: date) -> bool:
    """True if ``day`` is a public holiday under GCL §24."""
    return holiday_name(day) is not None
