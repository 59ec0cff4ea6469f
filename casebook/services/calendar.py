"""``export calendar``: hearings and deadlines as an iCalendar file that re-exports update.

A calendar that imported the file once recognises its events on the next
import by UID; it takes the new version only when SEQUENCE went up
(RFC 5545 §3.8.7.4), and withdraws one written ``STATUS:CANCELLED``
(§3.8.1.11). So the vault remembers what it wrote (``calendar_exports``): a
hash of each event's words and times and the SEQUENCE it was given.

- an event not written before: SEQUENCE 0;
- unchanged since the last export: the same SEQUENCE (a calendar keeps it);
- changed (moved, marked done, renamed, full names switched on or off):
  SEQUENCE + 1;
- remembered but gone (the hearing deleted, its client trashed, a FOIL step
  no longer due): written once more, cancelled, at its old time with
  SEQUENCE + 1; later exports keep writing it cancelled with that same
  SEQUENCE, so a calendar that missed one file still learns of it, and it
  is never duplicated. Only events from ``since`` on are written; one that
  merely lies before ``since`` is left alone, not cancelled.

DTSTAMP is the injected clock's ``now``. The file is plaintext the person
asked for, written atomically (0600); by default it names no client
(``services.calendar_items``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casebook.export.calendar import NEW_YORK, CalendarEvent, write_calendar
from casebook.services.calendar_items import CalendarItem, calendar_items
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import CalendarExport

CANCELLED_SUMMARY = "Cancelled (removed from casebook)"
CANCELLED_HASH = "cancelled"
FULL_NAMES_WARNING = (
    "Calendar files are usually imported into Google, Apple or Microsoft calendars, "
    "which copy every event to their servers and to each phone and computer the calendar "
    "syncs with. With client names, those copies say who your clients are and when they "
    "are in immigration court."
)


@dataclass(frozen=True)
class CalendarResult:
    """What one export wrote: counts of events new, changed, unchanged and cancelled."""

    path: Path
    since: date
    full_names: bool
    new: int
    changed: int
    unchanged: int
    cancelled: int

    @property
    def events(self) -> int:
        """Events in the file that are not cancelled."""
        return self.new + self.changed + self.unchanged

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "from": self.since.isoformat(),
            "full_names": self.full_names,
            "events": self.events,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "cancelled": self.cancelled,
        }


def today_in_new_york(now: datetime) -> date:
    """The day it is at the New York courts at the aware instant ``now``."""
    return now.astimezone(NEW_YORK).date()


def export_calendar(
    store: Store,
    output: Path,
    *,
    now: datetime,
    since: date | None = None,
    full_names: bool = False,
    today: date | None = None,
) -> CalendarResult:
    """Write the calendar of everything from ``since`` (default: today) on to ``output``.

    ``now`` is aware (the clock: every DTSTAMP); ``today`` the day the FOIL
    clocks are read for (default: ``now``'s day in New York); ``since`` a day
    in New York. The memory of what was written is updated only after the
    file is in place.
    """
    today = today or today_in_new_york(now)
    start = since or today
    items = calendar_items(store, today=today, full_names=full_names)
    present = {i.uid for i in items}
    with store.reading() as session:
        remembered = {r.event_uid: _Memory.of(r) for r in session.scalars(select(CalendarExport))}
    events: list[CalendarEvent] = []
    memory: dict[str, _Memory] = {}
    counts = {"new": 0, "changed": 0, "unchanged": 0, "cancelled": 0}
    for item in items:
        if item.day < start:
            continue
        digest = _digest(item)
        prev = remembered.get(item.uid)
        if prev is None:
            sequence, state = 0, "new"
        elif prev.content_hash == digest:
            sequence, state = prev.sequence, "unchanged"
        else:
            sequence, state = prev.sequence + 1, "changed"
        counts[state] += 1
        events.append(_event(item, sequence))
        memory[item.uid] = _Memory(digest, sequence, _iso(item.starts), cancelled=False)
    for uid, prev in sorted(remembered.items()):
        starts = _parse(prev.starts)
        if uid in present or _day(starts) < start:
            continue
        sequence = prev.sequence if prev.cancelled else prev.sequence + 1
        counts["cancelled"] += 1
        events.append(
            CalendarEvent(
                uid=uid,
                summary=CANCELLED_SUMMARY,
                starts=starts,
                sequence=sequence,
                cancelled=True,
            )
        )
        memory[uid] = _Memory(CANCELLED_HASH, sequence, prev.starts, cancelled=True)
    write_calendar(output, events, stamp=now)
    _remember(store, memory, now, counts, full_names)
    return CalendarResult(output, start, full_names, **counts)


@dataclass(frozen=True)
class _Memory:
    content_hash: str
    sequence: int
    starts: str
    cancelled: bool

    @classmethod
    def of(cls, row: CalendarExport) -> _Memory:
        return cls(row.content_hash, row.sequence, row.starts, row.cancelled)


def _remember(
    store: Store,
    memory: dict[str, _Memory],
    now: datetime,
    counts: dict[str, int],
    full_names: bool,
) -> None:
    stamp = now.astimezone(NEW_YORK).replace(tzinfo=None)
    with store.transaction() as session:
        rows = {
            r.event_uid: r
            for r in session.scalars(
                select(CalendarExport).where(CalendarExport.event_uid.in_(list(memory)))
            )
        }
        for uid, m in memory.items():
            row = rows.get(uid)
            if row is None:
                row = CalendarExport(event_uid=uid)
                session.add(row)
            row.content_hash = m.content_hash
            row.sequence = m.sequence
            row.starts = m.starts
            row.cancelled = m.cancelled
            row.exported_at = stamp
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export", "calendar", "calendar", {**counts, "full_names": full_names}
            ),
        )


def _event(item: CalendarItem, sequence: int) -> CalendarEvent:
    return CalendarEvent(
        uid=item.uid,
        summary=item.summary,
        starts=item.starts,
        sequence=sequence,
        description=item.description,
        location=item.location,
        duration=item.duration,
        alarms=item.alarms,
        categories=item.categories,
    )


def _digest(item: CalendarItem) -> str:
    """A hash of everything the event says; a change in any of it is a new SEQUENCE."""
    words = {
        "summary": item.summary,
        "starts": _iso(item.starts),
        "description": item.description,
        "location": item.location,
        "duration": item.duration.total_seconds(),
        "alarms": [a.total_seconds() for a in item.alarms],
        "categories": list(item.categories),
    }
    return hashlib.sha256(json.dumps(words, sort_keys=True).encode("utf-8")).hexdigest()


def _iso(starts: date | datetime) -> str:
    if isinstance(starts, datetime):
        return starts.isoformat(timespec="minutes")
    return starts.isoformat()


def _parse(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _day(starts: date | datetime) -> date:
    return starts.date() if isinstance(starts, datetime) else starts
