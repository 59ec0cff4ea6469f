"""One list of what is due: hearings, filing deadlines and FOIL dates, for the Deadlines view,
with the days convictions are expected to seal.

Four sources, one shape (``Deadline``), overdue first and then by date:

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
- ``foil``: the next step of each open record request (``request_words.next_step``:
  the agency's due date, or the advocate's appeal or Article 78 deadline),
  overdue when that date is past. An agency that is late is the reason for
  the advocate's step, worded in it, not a second overdue item.

- ``sealing``: the day each conviction is expected to seal under Clean Slate
  (CPL 160.57), "if no new conviction" (``domain.sealing``). It is news, not
  a task, so it is never overdue; a conviction blocked by a pending charge
  has no expected day and no line.

``upcoming`` is the reminders list (overdue plus what falls due within
``within_days``, as ``domain.deadline_phrases`` defines both); ``month`` is a
calendar month, past items included. Every line carries ``what``, the one
sentence a person reads for it in the window and the command.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from casebook.domain import deadline_phrases as phrases
from casebook.domain.court_events import FILING_DAYS_BEFORE, filing_deadline_before
from casebook.domain.deadline_phrases import format_date
from casebook.domain.vocabulary import EventKind
from casebook.services.convictions import sealing_of
from casebook.services.requests import list_requests
from casebook.store.session import Store
from casebook.store.tables import Client, Event
from casebook.store.tables import Conviction as ConvictionRow

UPCOMING_DAYS = 30

HEARING = "hearing"
FILING = "filing"
FOIL = "foil"
SEALING = "sealing"


@dataclass(frozen=True)
class Deadline:
    """One line of the Deadlines view.

    ``kind``: ``hearing``, ``filing``, ``foil`` or ``sealing``. ``ref_kind`` and
    ``ref_id`` name the record to open: ``event`` (a hearing or an entered
    filing deadline; a derived filing deadline points at its hearing),
    ``request`` or ``conviction``. ``client_id`` is None for a request about no one.
    ``note`` is one plain sentence (for FOIL, the clock's message, with its
    citations). ``overdue``: its date has passed and it is not done
    (``deadline_phrases.is_overdue``; a hearing never is). ``what``: what the
    user must do, by when and how many days remain, as of the list's today
    ("File the appeal by Wed 2026-12-30 — 28 days").
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
    what: str = ""
    phrase: phrases.Phrase | None = None  # ``what`` as a code, for the window's language

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
            "what": self.what,
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
        (d for d in items if d.overdue or phrases.is_due_within(d.day, today, within_days)),
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
        items.append(
            Deadline(
                day=step.day,
                kind=FOIL,
                title=r.name,
                client_id=r.client_id,
                client_name=r.client_name,
                ref_kind="request",
                ref_id=r.id,
                overdue=r.overdue,
                note=r.clock.message,
                what=step.text,
            )
        )
    items += expected_seals(store, today, until, since)
    return items


def expected_seals(store: Store, today: date, until: date, since: date | None) -> list[Deadline]:
    """The Clean Slate day of each conviction of a live client, within the span asked."""
    items: list[Deadline] = []
    with store.reading() as session:
        clients = list(
            session.execute(
                select(Client.id, Client.name)
                .where(
                    Client.deleted_at.is_(None),
                    Client.id.in_(select(ConvictionRow.client_id)),
                )
                .order_by(Client.id)
            )
        )
        for client_id, name in clients:
            for c in sealing_of(session, client_id, today=today).convictions:
                day = c.picture.clean_slate.expected_on
                if day is None or day > until or (since is not None and day < since):
                    continue
                items.append(
                    Deadline(
                        day=day,
                        kind=SEALING,
                        title=f"Conviction of {c.info.conviction.sentenced_on.isoformat()}",
                        client_id=client_id,
                        client_name=name,
                        ref_kind="conviction",
                        ref_id=c.info.id,
                        overdue=False,
                        note=" ".join(c.words),
                        **_said(_seal_phrase(day, today), today),
                    )
                )
    return items


def _said(phrase: phrases.Phrase, today: date) -> dict[str, Any]:
    """``what`` in English (the command's, and the JSON's) and the code it was said from."""
    return {"what": phrases.say(phrase, today), "phrase": phrase}


def _seal_phrase(day: date, today: date) -> phrases.Phrase:
    return phrases.Phrase(phrases.SEAL_ELIGIBLE if day < today else phrases.SEAL_EXPECTED, day)


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
                    **_said(_filing_phrase(event.title, day, done=event.done), today),
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
                    **_said(_hearing_phrase(event, event.done), today),
                )
            )
        if event.kind == EventKind.INDIVIDUAL_HEARING and not event.done and day >= today:
            due = filing_deadline(day, filing_days_before)
            items.append(
                Deadline(
                    due,
                    FILING,
                    f"Filings due for the individual hearing on {format_date(day)}",
                    event.client_id,
                    name,
                    "event",
                    event.id,
                    overdue=due < today,
                    note=(
                        f"{filing_days_before} days before the individual hearing "
                        "(Immigration Court Practice Manual ch. 3.1(b), non-detained)."
                    ),
                    **_said(phrases.Phrase(phrases.FILE_EVIDENCE, due), today),
                )
            )
    return items


def _filing_phrase(title: str, day: date, *, done: bool) -> phrases.Phrase:
    """``File with the court by Fri 2027-01-08 — 3 days``; a titled one says its title first."""
    if done:
        return phrases.Phrase(phrases.FILING_DONE, day, title=title)
    if title:
        return phrases.Phrase(phrases.FILE_TITLED, day, title=title)
    return phrases.Phrase(phrases.FILE_WITH_COURT, day)


def _hearing_phrase(event: Event, done: bool) -> phrases.Phrase:
    """``Individual hearing on Tue 2027-01-26 at 09:30 — 55 days`` (the place is in ``note``)."""
    at = event.starts_at
    return phrases.Phrase(
        phrases.HEARING_DONE if done else phrases.HEARING,
        at.date(),
        title=event.title,
        kind=event.kind,
        time=f"{at:%H:%M}" if at.time() != time() else "",
    )


def _label(kind: str) -> str:
    return kind.replace("-", " ").capitalize()
