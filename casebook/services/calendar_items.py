"""What a calendar file holds: hearings, filing deadlines, FOIL dates and sealing days, worded.

The same sources as the Deadlines view (``services.deadlines``), one event
each, with a UID made from the record's random ``uid`` (never a name or a
local id, so it is stable across re-exports and says nothing):

- every event of a matter (``<event uid>-event@casebook``): hearings,
  interviews and criminal-court dates timed in New York time (all day when
  no time was entered); entered filing deadlines all day. Done ones are kept
  (a hearing that happened did not get cancelled) but carry no reminders.
- for each individual hearing not done, the filing deadline 15 days before
  it, moved back off weekends and federal holidays
  (``domain.court_events.filing_deadline_before``; ICPM ch. 3.1(b)):
  ``<event uid>-filing@casebook``.
- for each record request, the statutory dates still ahead of it at its
  stage (``domain.foil_deadlines``): the agency's acknowledgement,
  determination and appeal-decision due dates, a date it promised that
  differs from the statutory one, and the advocate's appeal and Article 78
  deadlines: ``<request uid>-<which>@casebook``.
- for each conviction, the day it is expected to seal under Clean Slate
  (CPL 160.57): ``<conviction uid>-clean-slate@casebook``.

Calendars sync to Google's, Apple's and Microsoft's servers, so by default an
event says about its client only the initials ("J.L. — Individual hearing,
26 Federal Plaza"); no title, notes, docket or A-number, and a place only
for court dates. ``full_names`` puts the client's name and the event's own
title in instead, after the person was warned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from casebook.domain.court_events import NY_COURTS, Court, filing_deadline_before
from casebook.domain.deadline_phrases import format_date
from casebook.domain.foil_deadlines import Stage
from casebook.domain.names import initials
from casebook.domain.vocabulary import EVENT_LABELS, MATTER_LABELS, EventKind, MatterType
from casebook.services.deadlines import expected_seals
from casebook.services.requests import RequestInfo, list_requests
from casebook.store.session import Store
from casebook.store.tables import Client, Conviction, Event, Matter, RecordRequest

DASH = " \u2014 "
HEARING_LENGTH = timedelta(hours=2)
# Reminders. A hearing: the day before (to prepare) and two hours before (to leave).
HEARING_ALARMS = (timedelta(days=-1), timedelta(hours=-2))
# An all-day deadline starts at midnight: 09:00 three days before, and 09:00 on the day.
DEADLINE_ALARMS = (timedelta(days=-3, hours=9), timedelta(hours=9))
SEALING_ALARMS = (timedelta(hours=9),)
COURT_KINDS = frozenset(
    {
        EventKind.MASTER_HEARING,
        EventKind.INDIVIDUAL_HEARING,
        EventKind.BOND_HEARING,
        EventKind.CRIMINAL_COURT,
    }
)
# The advocate's own deadlines keep the deadline reminders; the agency's due dates too
# (the day to check whether it answered and to be ready to appeal).
_FOIL_STEPS: dict[str, str] = {
    "acknowledgement": "acknowledgement due",
    "determination": "determination due",
    "promised": "date the agency promised",
    "appeal-by": "appeal by",
    "appeal-determination": "appeal decision due",
    "article78-by": "Article 78 petition by",
}


@dataclass(frozen=True)
class CalendarItem:
    """One event to write, before SEQUENCE: see ``export.calendar.CalendarEvent``."""

    uid: str
    summary: str
    starts: date | datetime
    description: str = ""
    location: str = ""
    duration: timedelta = HEARING_LENGTH
    alarms: tuple[timedelta, ...] = ()
    categories: tuple[str, ...] = ()

    @property
    def day(self) -> date:
        return self.starts.date() if isinstance(self.starts, datetime) else self.starts


def calendar_items(store: Store, *, today: date, full_names: bool = False) -> list[CalendarItem]:
    """Every event the calendar would hold, of any date, in date order.

    ``today`` sets where the FOIL clocks and the sealing days stand.
    """
    items = _events(store, full_names)
    items += _requests(store, today, full_names)
    items += _seals(store, today, full_names)
    return sorted(items, key=lambda i: (i.day, str(i.starts), i.uid))


def who(name: str, full_names: bool) -> str:
    """What an event says of its client: initials unless full names were chosen."""
    return name.strip() if full_names else initials(name)


def court_of(text: str) -> Court | None:
    """The listed New York court ``text`` names (by name or address), if any."""
    folded = text.casefold().strip()
    if not folded:
        return None
    for court in NY_COURTS:
        street = court.address.split(",")[0].casefold()
        if folded == court.name.casefold() or (street and folded.startswith(street)):
            return court
    return None


def _summary(person: str, what: str, place: str = "") -> str:
    text = f"{person}{DASH}{what}" if person else what
    return f"{text}, {place}" if place else text


def _events(store: Store, full_names: bool) -> list[CalendarItem]:
    query = (
        select(Event, Client.name, Matter.type, Matter.court)
        .join(Client, Client.id == Event.client_id)
        .outerjoin(Matter, Matter.id == Event.matter_id)
        .where(Client.deleted_at.is_(None))
        .order_by(Event.starts_at, Event.id)
    )
    with store.reading() as session:
        rows = [(e, name, mtype, court) for e, name, mtype, court in session.execute(query)]
    items: list[CalendarItem] = []
    for event, name, matter_type, matter_court in rows:
        items += _event_items(event, name, matter_type, matter_court or "", full_names)
    return items


def _event_items(
    event: Event, name: str, matter_type: str | None, matter_court: str, full_names: bool
) -> list[CalendarItem]:
    kind = EventKind(event.kind)
    label = EVENT_LABELS[kind]
    what = event.title if full_names and event.title else label
    person = who(name, full_names)
    court = court_of(event.location) or court_of(matter_court)
    in_court = kind in COURT_KINDS
    place = ""
    location = ""
    if in_court:
        location = event.location or (court.address if court else matter_court)
        place = court.address.split(",")[0] if court else location.split(",")[0]
    elif full_names:
        location = event.location
    lines = []
    if matter_type:
        lines.append(f"Matter: {MATTER_LABELS[MatterType(matter_type)]}")
    if in_court and (court or matter_court):
        lines.append(f"Court: {court.name if court else matter_court}")
    if in_court and event.judge:
        lines.append(f"Judge: {event.judge}")
    if event.done:
        lines.append("Marked done in casebook.")
    timed = event.starts_at.time() != time()
    deadline = kind == EventKind.FILING_DEADLINE
    starts: date | datetime = event.starts_at if timed and not deadline else event.starts_at.date()
    alarms: tuple[timedelta, ...] = ()
    if not event.done:
        alarms = HEARING_ALARMS if isinstance(starts, datetime) else DEADLINE_ALARMS
    items = [
        CalendarItem(
            uid=f"{event.uid}-event@casebook",
            summary=_summary(person, what, place if in_court else ""),
            starts=starts,
            description="\n".join(lines),
            location=location,
            alarms=alarms,
            categories=("Filing deadline" if deadline else "Hearing" if in_court else label,),
        )
    ]
    if kind == EventKind.INDIVIDUAL_HEARING and not event.done:
        hearing_day = event.starts_at.date()
        items.append(
            CalendarItem(
                uid=f"{event.uid}-filing@casebook",
                summary=_summary(
                    person, f"Filings due for the hearing of {format_date(hearing_day)}"
                ),
                starts=filing_deadline_before(hearing_day),
                description="\n".join(
                    [
                        f"Individual hearing on {format_date(hearing_day)}"
                        + (f" at {place}" if place else ""),
                        "Filings are due 15 days before the hearing, moved back off weekends "
                        "and federal holidays (Immigration Court Practice Manual ch. 3.1(b), "
                        "non-detained; for a detained respondent the judge sets the date).",
                    ]
                ),
                alarms=DEADLINE_ALARMS,
                categories=("Filing deadline",),
            )
        )
    return items


def _requests(store: Store, today: date, full_names: bool) -> list[CalendarItem]:
    with store.reading() as session:
        uids = {i: u for i, u in session.execute(select(RecordRequest.id, RecordRequest.uid))}
    items: list[CalendarItem] = []
    for info in list_requests(store, today=today):
        for which, day in foil_dates(info).items():
            label = f"{info.agency.value} {info.kind.value}"
            named = info.name if full_names else label
            items.append(
                CalendarItem(
                    uid=f"{uids[info.id]}-{which}@casebook",
                    summary=_summary(
                        who(info.client_name, full_names), f"{named}: {_FOIL_STEPS[which]}"
                    ),
                    starts=day,
                    description=info.clock.message,
                    alarms=DEADLINE_ALARMS,
                    categories=("FOIL",),
                )
            )
    return items


def foil_dates(info: RequestInfo) -> dict[str, date]:
    """The dates of a request still ahead at its stage, by which step they are.

    A date a step no longer needs (an acknowledgement once acknowledged, an
    appeal deadline once appealed) drops out, and a re-export cancels it.
    """
    c, d, stage = info.clock, info.dates, info.clock.stage
    found: dict[str, date | None] = {}
    if stage is Stage.AWAITING_ACKNOWLEDGEMENT:
        found["acknowledgement"] = c.acknowledgement_due
    if stage is Stage.AWAITING_DETERMINATION:
        found["determination"] = c.determination_due
        if d.promised is not None and d.promised != c.determination_due:
            found["promised"] = d.promised
    if d.appealed is None and info.article78 is None and stage is not Stage.GRANTED:
        found["appeal-by"] = c.appeal_by
    if d.appealed is not None and d.appeal_decided is None:
        found["appeal-determination"] = c.appeal_determination_due
    if info.article78 is None:
        found["article78-by"] = c.article78_by
    return {which: day for which, day in found.items() if day is not None}


def _seals(store: Store, today: date, full_names: bool) -> list[CalendarItem]:
    far = date.max - timedelta(days=1)
    seals = expected_seals(store, today, far, None)
    with store.reading() as session:
        uids = {i: u for i, u in session.execute(select(Conviction.id, Conviction.uid))}
    return [
        CalendarItem(
            uid=f"{uids[s.ref_id]}-clean-slate@casebook",
            summary=_summary(
                who(s.client_name, full_names), "conviction expected to seal (CPL 160.57)"
            ),
            starts=s.day,
            description="Expected to seal under Clean Slate (CPL 160.57), if no new conviction.",
            alarms=SEALING_ALARMS,
            categories=("Sealing",),
        )
        for s in seals
    ]
