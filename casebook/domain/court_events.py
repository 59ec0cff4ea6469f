"""Court events: the filing deadline an individual hearing brings, and the courts of New York.

Filing deadline (``filing_due``). The Immigration Court Practice Manual,
ch. 3.1(b)(ii)(A), has filings for an individual calendar hearing of a
non-detained respondent submitted "at least fifteen (15) days in advance of
the hearing"; counting back from the hearing, a deadline that falls on a
weekend or legal holiday is the business day *before* it (ch. 3.1(c)).
The earlier day is the safe side: a filing made early is timely, while one
made on the next business day would be fewer than 15 days before the
hearing, and late. For a detained respondent the court sets its own
deadlines (ch. 3.1(b)(i)(B), (ii)(B)), so those are entered as events; the
15-day date is still shown for every individual hearing because a date
filed early is never wrong, and a detention status is often unknown.

Holidays. The immigration courts are federal offices and close on the
federal legal public holidays (5 U.S.C. §6103(a)), observed on the Friday
before when they fall on a Saturday and on the Monday after when they fall
on a Sunday (5 U.S.C. §6103(b); Executive Order 11582). These are the
holidays used here, not the New York General Construction Law §24 calendar
of ``business_days`` (which the FOIL clocks use): Lincoln's Birthday and
Election Day are New York holidays on which the immigration courts are open,
and the Friday before a Saturday Independence Day is a federal holiday on
which they are closed. Inauguration Day (§6103(c)) is a holiday only in and
around Washington, D.C., and is left out.

All functions are pure.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from casebook.domain.vocabulary import EventKind

FILING_DAYS_BEFORE = 15  # Immigration Court Practice Manual ch. 3.1(b)(ii)(A)
JUNETEENTH_FIRST_YEAR = 2021  # Pub. L. 117-17 (June 17, 2021)

_MONDAY, _THURSDAY, _FRIDAY, _SATURDAY, _SUNDAY = 0, 3, 4, 5, 6


def filing_due(kind: EventKind | str, day: date) -> date | None:
    """The last day to file for an event on ``day``; None unless it is an individual hearing.

    Fifteen calendar days before the hearing, moved back to the preceding
    federal business day when that is a Saturday, a Sunday or a federal
    holiday (see the module's docstring for why back, not forward).
    """
    if kind != EventKind.INDIVIDUAL_HEARING:
        return None
    return filing_deadline_before(day, FILING_DAYS_BEFORE)


def filing_deadline_before(hearing_day: date, days_before: int = FILING_DAYS_BEFORE) -> date:
    """``days_before`` calendar days before ``hearing_day``, moved back off non-business days."""
    if days_before < 0:
        raise ValueError("days_before must not be negative")
    day = hearing_day - timedelta(days=days_before)
    while not is_court_business_day(day):
        day -= timedelta(days=1)
    return day


def is_court_business_day(day: date) -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a federal holiday (as observed)."""
    return day.weekday() < _SATURDAY and day not in federal_holidays(day.year)


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> frozenset[date]:
    """The days of ``year`` on which federal offices close for a holiday (5 U.S.C. §6103).

    Includes a holiday's observed day: the Friday before a Saturday holiday
    and the Monday after a Sunday one. New Year's Day of the next year falls
    on a Saturday now and then (2022, 2028), and is then observed on
    December 31 of ``year``.
    """
    days: set[date] = set()
    for y in (year, year + 1):
        for holiday in _named_federal_days(y):
            observed = _observed(holiday)
            if observed.year == year:
                days.add(observed)
    return frozenset(days)


def _named_federal_days(year: int) -> list[date]:
    days = [
        date(year, 1, 1),  # New Year's Day
        _nth_weekday(year, 1, _MONDAY, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, _MONDAY, 3),  # Washington's Birthday
        _last_weekday(year, 5, _MONDAY),  # Memorial Day
        date(year, 7, 4),  # Independence Day
        _nth_weekday(year, 9, _MONDAY, 1),  # Labor Day
        _nth_weekday(year, 10, _MONDAY, 2),  # Columbus Day
        date(year, 11, 11),  # Veterans Day
        _nth_weekday(year, 11, _THURSDAY, 4),  # Thanksgiving Day
        date(year, 12, 25),  # Christmas Day
    ]
    if year >= JUNETEENTH_FIRST_YEAR:
        days.append(date(year, 6, 19))  # Juneteenth National Independence Day
    return days


def _observed(day: date) -> date:
    if day.weekday() == _SATURDAY:
        return day - timedelta(days=1)
    if day.weekday() == _SUNDAY:
        return day + timedelta(days=1)
    return day


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# -- the courts of New York -------------------------------------------------------------------


class CourtKind(StrEnum):
    IMMIGRATION = "immigration"
    CRIMINAL = "criminal"


@dataclass(frozen=True)
class Court:
    """A court a matter or an event may be in; ``name`` is what is stored and shown."""

    name: str
    kind: CourtKind
    address: str = ""
    detained: bool = False  # hears only detained respondents


# The choices offered in a court field; a person may type any other court.
# Immigration courts: those EOIR lists in New York State. Criminal courts: the
# Criminal Court of the City of New York and the Supreme Court's criminal terms,
# one of each per county (borough).
NY_COURTS: tuple[Court, ...] = (
    Court("New York - Broadway Immigration Court", CourtKind.IMMIGRATION, "290 Broadway, New York"),
    Court(
        "New York - Federal Plaza Immigration Court",
        CourtKind.IMMIGRATION,
        "26 Federal Plaza, New York",
    ),
    Court(
        "New York - Varick Immigration Court (detained)",
        CourtKind.IMMIGRATION,
        "201 Varick Street, New York",
        detained=True,
    ),
    Court(
        "Batavia Immigration Court (detained)",
        CourtKind.IMMIGRATION,
        "Buffalo Federal Detention Facility, Batavia",
        detained=True,
    ),
    Court("Buffalo Immigration Court", CourtKind.IMMIGRATION, "Buffalo"),
    Court(
        "Ulster Immigration Court (detained)",
        CourtKind.IMMIGRATION,
        "Ulster Correctional Facility, Napanoch",
        detained=True,
    ),
    Court("Criminal Court, New York County (Manhattan)", CourtKind.CRIMINAL),
    Court("Criminal Court, Bronx County", CourtKind.CRIMINAL),
    Court("Criminal Court, Kings County (Brooklyn)", CourtKind.CRIMINAL),
    Court("Criminal Court, Queens County", CourtKind.CRIMINAL),
    Court("Criminal Court, Richmond County (Staten Island)", CourtKind.CRIMINAL),
    Court("Supreme Court, Criminal Term, New York County (Manhattan)", CourtKind.CRIMINAL),
    Court("Supreme Court, Criminal Term, Bronx County", CourtKind.CRIMINAL),
    Court("Supreme Court, Criminal Term, Kings County (Brooklyn)", CourtKind.CRIMINAL),
    Court("Supreme Court, Criminal Term, Queens County", CourtKind.CRIMINAL),
    Court("Supreme Court, Criminal Term, Richmond County (Staten Island)", CourtKind.CRIMINAL),
)

COURT_NAMES: tuple[str, ...] = tuple(c.name for c in NY_COURTS)


def caption_city(court: str) -> str:
    """How a filing's caption names ``court``: "New York - Varick", not "... Immigration Court".

    The caption reads "IMMIGRATION COURT" and then the court (ICPM Appendix F);
    the listed names end in "Immigration Court" (and "(detained)", which the
    cover says in its corner), so that ending is cut rather than repeated.
    """
    typed = court.strip()
    for suffix in (" immigration court (detained)", " immigration court"):
        if typed.casefold().endswith(suffix):
            return typed[: -len(suffix)].rstrip(" -,")
    return typed
