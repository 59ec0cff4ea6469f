"""Court dates in words: one unambiguous form for every matter and hearing shown.

A New York reader takes 01/02 for January 2nd and a European for February 1st,
so dates are shown with the weekday and the ISO order (``Tue 2027-01-26``),
times on the 12-hour clock New York courts print (``9:30 AM``): the forms the
date fields show (``domain.typed_dates``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from casebook.domain.typed_dates import format_date, format_time
from casebook.domain.vocabulary import (
    DETENTION_LABELS,
    EVENT_LABELS,
    MATTER_LABELS,
    MATTER_STATUS_LABELS,
    Detention,
    EventKind,
    MatterStatus,
    MatterType,
)
from casebook.services.matters import EventInfo, MatterInfo


def day_text(day: date) -> str:
    """``Tue 2027-01-26``: the form every date field shows (``typed_dates``)."""
    return format_date(day)


def when_text(moment: datetime) -> str:
    """``Tue 2027-01-26, 9:30 AM``; an event stored at midnight had no time given."""
    if moment.time() == time(0, 0):
        return format_date(moment.date())
    return f"{format_date(moment.date())}, {format_time(moment.time())}"


def matter_caption(info: MatterInfo) -> str:
    """What the matter is, in a few words: ``Removal defence (A123-456-789)``."""
    d = info.draft
    label = MATTER_LABELS.get(MatterType(d.type), str(d.type))
    return f"{label} ({d.docket_number})" if d.docket_number else label


def matter_row(info: MatterInfo) -> tuple[str, ...]:
    """The Matters table's cells, two lines at most so a narrow pane shows them all:
    the matter (and docket), judge, status (and detention), court."""
    d = info.draft
    status = MATTER_STATUS_LABELS.get(MatterStatus(d.status), str(d.status))
    if d.status is MatterStatus.CLOSED and d.closed_on is not None:
        status += f" {d.closed_on.isoformat()}"
    detention = (
        "Detention unknown"
        if d.detention is Detention.UNKNOWN
        else DETENTION_LABELS.get(d.detention, str(d.detention))
    )
    matter = MATTER_LABELS.get(MatterType(d.type), str(d.type))
    return (
        f"{matter}\n{d.docket_number}" if d.docket_number else matter,
        d.judge,
        f"{status}\n{detention}",
        d.court,
    )


def event_row(info: EventInfo) -> tuple[str, ...]:
    """The hearings table's cells, two lines at most so a narrow pane shows them all:
    when (date, then time), what (and where), filings due, judge."""
    d = info.draft
    what = EVENT_LABELS.get(EventKind(d.kind), str(d.kind))
    if d.title:
        what = f"{what}: {d.title}"
    if d.done:
        what += " (done)"
    return (
        when_text(d.starts_at).replace(", ", "\n"),
        f"{what}\n{d.location}" if d.location else what,
        day_text(info.filing_due) if info.filing_due is not None else "",
        d.judge,
    )
