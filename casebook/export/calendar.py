"""An iCalendar file (RFC 5545) of hearings and deadlines, from plain events.

What comes in is already worded (``services.calendar`` decides what a
summary may say about a client); this module only lays it out. Timed events
are local New York times written with ``TZID=America/New_York`` and its
VTIMEZONE (so a calendar on another continent still shows 09:30 at Federal
Plaza as 09:30 there); all-day deadlines are ``VALUE=DATE``. Each event keeps
the UID and SEQUENCE it is given: a re-export with the same UID and a higher
SEQUENCE updates the event a calendar already holds (RFC 5545 §3.8.7.4), and
``STATUS:CANCELLED`` withdraws one (§3.8.1.11).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from casebook.vault.files import atomic_write_bytes

__all__ = ["NEW_YORK", "PRODID", "CalendarEvent", "calendar_bytes", "write_calendar"]

NEW_YORK = ZoneInfo("America/New_York")
PRODID = "-//casebook//casebook calendar export//EN"


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT.

    ``starts``: a ``date`` (all day) or a naive ``datetime`` in New York time.
    ``duration``: for a timed event; an all-day event lasts its day.
    ``alarms``: offsets from the start (negative: before), each a DISPLAY
    alarm saying ``summary``. ``cancelled``: written with STATUS:CANCELLED and
    no alarms.
    """

    uid: str
    summary: str
    starts: date | datetime
    sequence: int = 0
    description: str = ""
    location: str = ""
    duration: timedelta = timedelta(hours=1)
    alarms: tuple[timedelta, ...] = ()
    categories: tuple[str, ...] = ()
    cancelled: bool = False


def calendar_bytes(events: list[CalendarEvent], *, stamp: datetime) -> bytes:
    """The file's bytes; ``stamp`` (aware) is every event's DTSTAMP."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "casebook hearings and deadlines")
    for e in events:
        cal.add_component(_vevent(e, stamp))
    timed = [e.starts.date() for e in events if isinstance(e.starts, datetime)]
    if timed:
        # Only the transitions around the events, not every one since 1970: a year either
        # side covers the rule in force at each event (RFC 5545 §3.6.5).
        year = timedelta(days=366)
        cal.add_missing_timezones(first_date=min(timed) - year, last_date=max(timed) + year)
    data: bytes = cal.to_ical()
    return data


def write_calendar(path: Path, events: list[CalendarEvent], *, stamp: datetime) -> None:
    """Write the calendar to ``path`` atomically (0600): the old file or the new, never half."""
    atomic_write_bytes(path, calendar_bytes(events, stamp=stamp))


def _vevent(e: CalendarEvent, stamp: datetime) -> VEvent:
    v = VEvent()
    v.add("uid", e.uid)
    v.add("dtstamp", stamp)
    v.add("sequence", e.sequence)
    v.add("summary", e.summary)
    if isinstance(e.starts, datetime):
        start = e.starts.replace(tzinfo=NEW_YORK)
        v.add("dtstart", start)
        v.add("dtend", start + e.duration)
    else:
        v.add("dtstart", e.starts)
        v.add("dtend", e.starts + timedelta(days=1))
        v.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
    if e.description:
        v.add("description", e.description)
    if e.location:
        v.add("location", e.location)
    if e.categories:
        v.add("categories", list(e.categories))
    if e.cancelled:
        v.add("status", "CANCELLED")
        return v
    v.add("status", "CONFIRMED")
    for offset in e.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", e.summary)
        alarm.add("trigger", offset)
        v.add_component(alarm)
    return v
