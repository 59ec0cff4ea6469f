"""One list of what is due: hearings, filing deadlines and FOIL dates, for the Deadlines view.

Three sources, one shape (``Deadline``), overdue first and then by date:

- ``hearing``: every event of a matter that is not a filing deadline
  (master, individual, bond and criminal-court hearings, interviews), from
  today on, until marked done.
- ``filing``: events entered as filing deadlines (overdue once past and not
  done), and for each individual hearing a derived deadline
  ``filing_days_before`` days before it (default 15: the Immigration Court
  Practice Manual, ch. 3.1(b), has filings for an individual hearing of a
  non-detained respondent due 15 days before it; for a detained respondent
  the judge sets the date, so enter it as an event). A derived deadline that
  lands on a weekend or federal holiday moves to the business day before, the
  safe side (the rule is ``domain.court_events.filing_deadline_before``); it
  is overdue once past while the hearing is still ahead.
- ``foil``: the next step of each open record request (``requests.next_step``:
  the agency's due date, or the advocate's appeal or Article 78 deadline),
  overdue when the agency has let its date pass or the date is past.

``upcoming`` is the reminders list (overdue plus what falls due within
``within_days``); ``month`` is a calendar month, past items included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from casebook.domain.court_events import FILING_DAYS_BEFORE, filing_deadline_before
from casebook.domain.vocabulary import EventKind
from casebook.services.requests import list_requests
from casebook.store.session import Store
from casebook.store.tables import Client, Event

UPCOMING_DAYS = 30

HEARING = "hearing"
FILING = "filing"
FOIL = "foil"


@dataclass(frozen=True)
class Deadline:
    """One line of the Deadlines view.

    ``kind``: ``hearing``, ``filing`` or ``foil``. ``ref_kind`` and
    ``ref_id`` name the record to open: ``event`` (a hearing or an entered
    filing deadline; a derived filing deadline points at its hearing) or
    ``request``. ``client_id`` is None for a request about no one.
    ``note`` is one plain sentence (for FOIL, the clock's message).
    """

    day: date
    kind: str
    title: str
    client_id: int | None
    client_name: str
    ref_kind: str
    ref_id: int
    overdue: bool
    note: str

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "kind": self.kind,
            "title": self.title,
            "client_id": str(self.client_id) if self.client_id else None,
            "client_name": self.client_name or None,
            "ref_kind": self.ref_kind,
            "ref_id": str(self.ref_id),
            "overdue": self.overdue,
            "note": self.note,
        }


def sort_key(d: Deadline) -> tuple[bool, date, str, str, int]:
    """Overdue first, then soonest, then kind and title."""
    return (not d.overdue, d.day, d.kind, d.title, d.ref_id)


def filing_deadline(hearing_day: date, days_before: int = FILING_DAYS_BEFORE) -> date:
    """``days_before`` calendar days before the hearing, moved back off weekends and holidays."""
    return filing_deadline_before(hearing_day, days_before)


def upcoming(
    store: Store,
    *,
    today: date,
    within_days: int = UPCOMING_DAYS,
    filing_days_before: int = FILING_DAYS_BEFORE,
) -> list[Deadline]:
    """What is overdue, and what falls due from today to ``today + within_days``."""
    horizon = today + timedelta(days=within_days)
    items = _all(store, today, filing_days_before, until=horizon)
    return sorted(
        (d for d in items if d.overdue or today <= d.day <= horizon),
        key=sort_key,
    )


def month(
    store: Store,
    year: int,
    month_number: int,
    *,
    today: date,
    filing_days_before: int = FILING_DAYS_BEFORE,
) -> list[Deadline]:
    """Everything dated in one calendar month (past and done hearings too), for a calendar."""
    first = date(year, month_number, 1)
    following = date(year + month_number // 12, month_number % 12 + 1, 1)
    items = _all(
        store,
        today,
        filing_days_before,
        until=following + timedelta(days=filing_days_before + 7),
        since=first,
        include_done=True,
    )
    return sorted((d for d in items if first <= d.day < following), key=sort_key)


def _all(
    store: Store,
    today: date,
    filing_days_before: int,
    *,
    until: date,
    since: date | None = None,
    include_done: bool = False,
) -> list[Deadline]:
    items = _events(store, today, filing_days_before, until, since, include_done)
    for r in list_requests(store, today=today):
        step = r.next_step
        if step is None:
            continue
        number = f" {r.number}" if r.number else f" #{r.id}"
        items.append(
            Deadline(
                day=step.day,
                kind=FOIL,
                title=f"{r.agency.value} {r.kind.value}{number}: {step.label}",
                client_id=r.client_id,
                client_name=r.client_name,
                ref_kind="request",
                ref_id=r.id,
                overdue=r.overdue or step.day < today,
                note=r.clock.message,
            )
        )
    return items


def _events(
    store: Store,
    today: date,
    filing_days_before: int,
    until: date,
    since: date | None,
    include_done: bool,
) -> list[Deadline]:
    query = (
        select(Event, Client.name)
        .join(Client, Client.id == Event.client_id)
        .where(
            Client.deleted_at.is_(None),
            Event.starts_at < datetime.combine(until + timedelta(days=1), time()),
        )
        .order_by(Event.starts_at, Event.id)
    )
    if not include_done:
        query = query.where(Event.done.is_(False))
    if since is not None:
        query = query.where(Event.starts_at >= datetime.combine(since, time()))
    items: list[Deadline] = []
    with store.reading() as session:
        rows = list(session.execute(query))
    for event, name in rows:
        day = event.starts_at.date()
        title = event.title or _label(event.kind)
        if event.kind == EventKind.FILING_DEADLINE:
            items.append(
                Deadline(
                    day,
                    FILING,
                    title,
                    event.client_id,
                    name,
                    "event",
                    event.id,
                    overdue=day < today and not event.done,
                    note="Filing deadline" + (" (done)" if event.done else ""),
                )
            )
            continue
        if day >= today or include_done:
            when = f"{event.starts_at:%H:%M}" if event.starts_at.time() != time() else ""
            where = f" at {event.location}" if event.location else ""
            where += f", before {event.judge}" if event.judge else ""
            items.append(
                Deadline(
                    day,
                    HEARING,
                    title,
                    event.client_id,
                    name,
                    "event",
                    event.id,
                    overdue=False,
                    note=(f"{when}{where}".strip() or _label(event.kind))
                    + (" (done)" if event.done else ""),
                )
            )
        if event.kind == EventKind.INDIVIDUAL_HEARING and not event.done and day >= today:
            due = filing_deadline(day, filing_days_before)
            items.append(
                Deadline(
                    due,
                    FILING,
                    f"Filings due for the individual hearing on {day.isoformat()}",
                    event.client_id,
                    name,
                    "event",
                    event.id,
                    overdue=due < today,
                    note=(
                        f"{filing_days_before} days before the individual hearing "
                        "(Immigration Court Practice Manual ch. 3.1(b), non-detained)."
                    ),
                )
            )
    return items


def _label(kind: str) -> str:
    return kind.replace("-", " ").capitalize()
