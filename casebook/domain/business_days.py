"""Counting statutory periods the way the New York General Construction Law does.

- The day of the event is not counted; the count starts the day after
  (GCL §20).
- A business day is any day that is not a Saturday, a Sunday or a public
  holiday of GCL §24 (see ``ny_holidays``). Saturdays and holidays are treated
  as Sundays for the business of public offices (Public Officers Law §62).
- A period of calendar days or months that ends on a Saturday, Sunday or
  public holiday may be met on the next business day (GCL §25-a(1)).
- A period of months ends on the same day-number of the last month counted,
  or on that month's last day if it is shorter (GCL §30).

All functions are pure and take and return ``datetime.date``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from casebook.domain.ny_holidays import is_public_holiday

_SATURDAY = 5


def is_business_day(day: date) -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a GCL §24 public holiday."""
    return day.weekday() < _SATURDAY and not is_public_holiday(day)


def next_business_day_on_or_after(day: date) -> date:
    """``day`` if it is a business day, else the next one (GCL §25-a(1))."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(start: date, days: int) -> date:
    """The ``days``-th business day after ``start``.

    ``start`` itself is never counted, whether or not it is a business day
    (GCL §20), so an event on a Saturday, Sunday or holiday gives the same
    result as one on the business day before it. ``days`` must be >= 0;
    0 returns ``start`` unchanged.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_business_day(day):
            counted += 1
    return day


def add_calendar_days_gcl(start: date, days: int) -> date:
    """The last day of a period of ``days`` calendar days from ``start``.

    The day of ``start`` is excluded (GCL §20); if the period ends on a
    Saturday, Sunday or public holiday it runs to the next business day
    (GCL §25-a(1)).
    """
    if days < 0:
        raise ValueError("days must not be negative")
    return next_business_day_on_or_after(start + timedelta(days=days))


def months_later(start: date, months: int) -> date:
    """The day a period of ``months`` calendar months from ``start`` ends, unmoved.

    Same day-number in the last month counted, or that month's last day if it
    has fewer days (GCL §30); a year is twelve months, so Feb 29 2024 + 3 years
    is Feb 28 2027. Nothing is moved off a weekend: for a status that arrives
    by itself (a record sealing) there is no act to perform on the day.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_months_gcl(start: date, months: int) -> date:
    """The last day of a period of ``months`` calendar months from ``start``.

    Same day-number in the last month counted, or that month's last day if it
    has fewer days (GCL §30: Oct 31 + 4 months = Feb 28, or Feb 29 in a leap
    year); then moved off a Saturday, Sunday or holiday (GCL §25-a(1)).
    """
    return next_business_day_on_or_after(months_later(start, months))
