"""A client's matters, their hearings and other dated events, and case notes.

Follows ``services.clients``: each change is one transaction with one audit
entry, results are plain frozen data, and bad input raises ``ValidationError``
naming the field to fix. Matter and event changes return ``Changed`` so the
window redraws what they touch. Deleting a matter deletes its events (the
schema cascades) and keeps its notes, which fall back to the client; the
snapshot it returns lets undo put the matter and its events back.

An event's filing deadline is not stored: ``EventInfo.filing_due`` is derived
from its kind and day (``domain.court_events.filing_due``), so it moves when
the hearing moves.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.court_events import filing_due
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Detention, EventKind, MatterStatus, MatterType
from casebook.services.changes import Change, Changed, Changes
from casebook.store import audit
from casebook.store.session import Store as Store  # the UI names the store type through services
from casebook.store.tables import Client, Event, Matter, Note

E = TypeVar("E", bound=StrEnum)

_MAX_TEXT = 2_000
_MAX_NOTE = 100_000
_EARLIEST = date(1900, 1, 1)
_LATEST = date(2200, 1, 1)


# -- matters ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterDraft:
    """A matter as typed by a person; ``validated`` returns a clean copy."""

    type: MatterType
    court: str = ""
    docket_number: str = ""
    judge: str = ""
    status: MatterStatus = MatterStatus.OPEN
    detention: Detention = Detention.UNKNOWN
    opened_on: date | None = None
    closed_on: date | None = None
    notes: str = ""

    @property
    def detained(self) -> bool:
        """True only when someone said the respondent is detained."""
        return self.detention == Detention.DETAINED

    def validated(self) -> MatterDraft:
        """A stripped copy; ``ValidationError`` names the first field a person must fix."""
        kind = _member(MatterType, self.type, "type")
        status = _member(MatterStatus, self.status, "status")
        detention = _member(Detention, self.detention, "detention")
        for name, label in (
            ("court", "court"),
            ("docket_number", "docket number"),
            ("judge", "judge"),
        ):
            if len(getattr(self, name).strip()) > _MAX_TEXT:
                raise ValidationError(name, f"That {label} is too long (2,000 characters at most).")
        if len(self.notes.strip()) > _MAX_NOTE:
            raise ValidationError("notes", "Those notes are too long (100,000 characters at most).")
        for name, day in (("opened_on", self.opened_on), ("closed_on", self.closed_on)):
            if day is not None and not _EARLIEST <= day <= _LATEST:
                raise ValidationError(name, "That date is out of range; check the year.")
        if self.closed_on and self.opened_on and self.closed_on < self.opened_on:
            raise ValidationError("closed_on", "The matter cannot close before it opened.")
        return dataclasses.replace(
            self,
            type=kind,
            status=status,
            detention=detention,
            court=self.court.strip(),
            docket_number=self.docket_number.strip(),
            judge=self.judge.strip(),
            notes=self.notes.strip(),
        )


_ENUM_MESSAGES = {
    "type": "Choose the kind of matter from the list.",
    "status": "Choose open, pending decision or closed.",
    "detention": "Choose detained, not detained or unknown.",
    "kind": "Choose the kind of event from the list.",
}


def _member(enum: type[E], value: str, field: str) -> E:
    """``value`` as a member of ``enum`` (a stored string will do), or a message on ``field``."""
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, _ENUM_MESSAGES[field]) from None


@dataclass(frozen=True)
class MatterInfo:
    id: int
    client_id: int
    draft: MatterDraft


def add_matter(store: Store, client_id: int, draft: MatterDraft) -> Changed[int]:
    """Record a new matter for a live client; the value is its id."""
    clean = draft.validated()
    with store.transaction() as session:
        _live_client(session, client_id)
        matter_id = _insert_matter(session, store, client_id, clean)
    return Changed(matter_id, Changes.of(Change.MATTERS, client_id=client_id))


def update_matter(store: Store, matter_id: int, draft: MatterDraft) -> Changed[None]:
    """Replace a matter's fields. Events follow it (their judge and court are their own)."""
    clean = draft.validated()
    with store.transaction() as session:
        matter = _matter(session, matter_id)
        client_id = matter.client_id
        audit.record_update(session, store.audit_key, "matter", matter, _matter_columns(clean))
    # The matter's detention and court show beside its events (deadlines, timeline).
    return Changed(None, Changes.of(Change.MATTERS, Change.EVENTS, client_id=client_id))


def close_matter(store: Store, matter_id: int, on: date) -> Changed[None]:
    """Mark a matter closed on ``on`` (its other fields unchanged)."""
    current = get_matter(store, matter_id)
    draft = dataclasses.replace(current.draft, status=MatterStatus.CLOSED, closed_on=on)
    return update_matter(store, matter_id, draft)


@dataclass(frozen=True)
class MatterSnapshot:
    """A deleted matter with its events, enough to put them back (undo)."""

    matter: MatterInfo
    events: tuple[EventInfo, ...]


def delete_matter(store: Store, matter_id: int) -> Changed[MatterSnapshot]:
    """Erase a matter and its events; its notes stay with the client."""
    with store.transaction() as session:
        matter = _matter(session, matter_id)
        info = MatterInfo(matter.id, matter.client_id, _matter_draft(matter))
        rows = session.scalars(
            select(Event).where(Event.matter_id == matter_id).order_by(Event.starts_at, Event.id)
        )
        events = tuple(_event_info(e) for e in rows)
        audit.record_delete(session, store.audit_key, "matter", matter)
    changes = Changes.of(Change.MATTERS, Change.EVENTS, Change.NOTES, client_id=info.client_id)
    return Changed(MatterSnapshot(info, events), changes)


def restore_matter(store: Store, snapshot: MatterSnapshot) -> Changed[int]:
    """Re-create a deleted matter and its events in one transaction; the value is its new id.

    The ids are new (the old ones may not be reused safely); notes that fell
    back to the client stay there.
    """
    client_id = snapshot.matter.client_id
    clean = snapshot.matter.draft.validated()
    event_drafts = [e.draft.validated() for e in snapshot.events]
    with store.transaction() as session:
        _live_client(session, client_id)
        matter_id = _insert_matter(session, store, client_id, clean)
        for draft in event_drafts:
            _insert_event(
                session, store, client_id, dataclasses.replace(draft, matter_id=matter_id)
            )
    return Changed(matter_id, Changes.of(Change.MATTERS, Change.EVENTS, client_id=client_id))


def get_matter(store: Store, matter_id: int) -> MatterInfo:
    with store.reading() as session:
        m = _matter(session, matter_id)
        return MatterInfo(m.id, m.client_id, _matter_draft(m))


def list_matters(store: Store, client_id: int) -> list[MatterInfo]:
    """A client's matters, oldest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(Matter).where(Matter.client_id == client_id).order_by(Matter.id)
        )
        return [MatterInfo(m.id, m.client_id, _matter_draft(m)) for m in rows]


def _insert_matter(session: Session, store: Store, client_id: int, clean: MatterDraft) -> int:
    now = audit.utcnow()
    matter = Matter(client_id=client_id, **_matter_columns(clean), created_at=now, updated_at=now)
    session.add(matter)
    session.flush()
    audit.record(
        session,
        store.audit_key,
        audit.AuditEvent(
            "create", "matter", str(matter.id), {"client_id": client_id, **_matter_columns(clean)}
        ),
    )
    return matter.id


def _matter_columns(d: MatterDraft) -> dict[str, object]:
    return {
        "type": d.type.value,
        "court": d.court,
        "docket_number": d.docket_number,
        "judge": d.judge,
        "status": d.status.value,
        "detention": d.detention.value,
        "opened_on": d.opened_on,
        "closed_on": d.closed_on,
        "notes": d.notes,
    }


def _matter_draft(m: Matter) -> MatterDraft:
    return MatterDraft(
        type=MatterType(m.type),
        court=m.court,
        docket_number=m.docket_number,
        judge=m.judge,
        status=MatterStatus(m.status),
        detention=Detention(m.detention),
        opened_on=m.opened_on,
        closed_on=m.closed_on,
        notes=m.notes,
    )


def _matter(session: Session, matter_id: int) -> Matter:
    matter = session.get(Matter, matter_id)
    if matter is None:
        raise NotFound(f"There is no matter #{matter_id}.")
    return matter


# -- hearings and other dated events ------------------------------------------------------------


@dataclass(frozen=True)
class EventDraft:
    """A hearing or another dated event as typed; ``starts_at`` is local time, naive."""

    kind: EventKind
    starts_at: datetime
    matter_id: int | None = None
    title: str = ""
    location: str = ""
    judge: str = ""
    done: bool = False
    notes: str = ""

    def validated(self) -> EventDraft:
        """A stripped copy; ``ValidationError`` names the first field a person must fix."""
        kind = _member(EventKind, self.kind, "kind")
        if not isinstance(self.starts_at, datetime):
            raise ValidationError("starts_at", "Give the date (and time, if there is one).")
        if not _EARLIEST <= self.starts_at.date() <= _LATEST:
            raise ValidationError("starts_at", "That date is out of range; check the year.")
        for name, label in (("title", "title"), ("location", "place"), ("judge", "judge")):
            if len(getattr(self, name).strip()) > _MAX_TEXT:
                raise ValidationError(name, f"That {label} is too long (2,000 characters at most).")
        if len(self.notes.strip()) > _MAX_NOTE:
            raise ValidationError("notes", "Those notes are too long (100,000 characters at most).")
        return dataclasses.replace(
            self,
            kind=kind,
            starts_at=self.starts_at.replace(tzinfo=None, microsecond=0),
            title=self.title.strip(),
            location=self.location.strip(),
            judge=self.judge.strip(),
            notes=self.notes.strip(),
        )


@dataclass(frozen=True)
class EventInfo:
    """A stored event; ``filing_due`` is derived (15 days before an individual hearing)."""

    id: int
    client_id: int
    draft: EventDraft
    filing_due: date | None = None


def add_event(store: Store, client_id: int, draft: EventDraft) -> Changed[int]:
    """Record an event of a live client (of one of its matters, or none); the value is its id."""
    clean = draft.validated()
    with store.transaction() as session:
        _live_client(session, client_id)
        _check_matter_of(session, client_id, clean.matter_id)
        event_id = _insert_event(session, store, client_id, clean)
    return Changed(event_id, Changes.of(Change.EVENTS, client_id=client_id))


def update_event(store: Store, event_id: int, draft: EventDraft) -> Changed[None]:
    """Replace an event's fields; its derived filing deadline moves with its day."""
    clean = draft.validated()
    with store.transaction() as session:
        event = _event(session, event_id)
        client_id = event.client_id
        _check_matter_of(session, client_id, clean.matter_id)
        audit.record_update(session, store.audit_key, "event", event, _event_columns(clean))
    return Changed(None, Changes.of(Change.EVENTS, client_id=client_id))


def delete_event(store: Store, event_id: int) -> Changed[EventInfo]:
    """Erase an event; the value is what it was, so undo can ``add_event`` it again."""
    with store.transaction() as session:
        event = _event(session, event_id)
        info = _event_info(event)
        audit.record_delete(session, store.audit_key, "event", event)
    return Changed(info, Changes.of(Change.EVENTS, client_id=info.client_id))


def get_event(store: Store, event_id: int) -> EventInfo:
    with store.reading() as session:
        return _event_info(_event(session, event_id))


def list_events(store: Store, client_id: int) -> list[EventInfo]:
    """A client's events, soonest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(Event).where(Event.client_id == client_id).order_by(Event.starts_at, Event.id)
        )
        return [_event_info(e) for e in rows]


def list_all_events(
    store: Store, *, client_id: int | None = None, from_day: date | None = None
) -> list[EventInfo]:
    """Every live client's events (or one client's) from ``from_day`` on, soonest first.

    The records of clients in the trash are left out, as everywhere else.
    """
    query = (
        select(Event)
        .join(Client, Client.id == Event.client_id)
        .where(Client.deleted_at.is_(None))
        .order_by(Event.starts_at, Event.id)
    )
    if client_id is not None:
        query = query.where(Event.client_id == client_id)
    if from_day is not None:
        query = query.where(Event.starts_at >= datetime.combine(from_day, time()))
    with store.reading() as session:
        return [_event_info(e) for e in session.scalars(query)]


def _insert_event(session: Session, store: Store, client_id: int, clean: EventDraft) -> int:
    event = Event(client_id=client_id, **_event_columns(clean))
    session.add(event)
    session.flush()
    audit.record(
        session,
        store.audit_key,
        audit.AuditEvent(
            "create", "event", str(event.id), {"client_id": client_id, **_event_columns(clean)}
        ),
    )
    return event.id


def _event_columns(d: EventDraft) -> dict[str, object]:
    return {
        "kind": d.kind.value,
        "starts_at": d.starts_at,
        "matter_id": d.matter_id,
        "title": d.title,
        "location": d.location,
        "judge": d.judge,
        "done": d.done,
        "notes": d.notes,
    }


def _event_info(e: Event) -> EventInfo:
    draft = EventDraft(
        kind=EventKind(e.kind),
        starts_at=e.starts_at,
        matter_id=e.matter_id,
        title=e.title,
        location=e.location,
        judge=e.judge,
        done=e.done,
        notes=e.notes,
    )
    return EventInfo(e.id, e.client_id, draft, filing_due(draft.kind, e.starts_at.date()))


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"There is no hearing or event #{event_id}.")
    return event


# -- notes --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteInfo:
    id: int
    client_id: int
    matter_id: int | None
    body: str
    created_at: datetime
    updated_at: datetime


def add_note(store: Store, client_id: int, body: str, *, matter_id: int | None = None) -> int:
    text = _clean_note(body)
    with store.transaction() as session:
        _live_client(session, client_id)
        _check_matter_of(session, client_id, matter_id)
        now = audit.utcnow()
        note = Note(
            client_id=client_id, matter_id=matter_id, body=text, created_at=now, updated_at=now
        )
        session.add(note)
        session.flush()
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "note",
                str(note.id),
                {"client_id": client_id, "matter_id": matter_id, "body": text},
            ),
        )
        return note.id


def update_note(store: Store, note_id: int, body: str) -> None:
    text = _clean_note(body)
    with store.transaction() as session:
        note = _note(session, note_id)
        note.body = text
        note.updated_at = audit.edited_at(note.updated_at)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("update", "note", str(note_id), {"body": text}),
        )


def delete_note(store: Store, note_id: int) -> None:
    with store.transaction() as session:
        note = _note(session, note_id)
        audit.record_delete(session, store.audit_key, "note", note)


def list_notes(store: Store, client_id: int) -> list[NoteInfo]:
    """A client's notes, newest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(Note)
            .where(Note.client_id == client_id)
            .order_by(Note.created_at.desc(), Note.id.desc())
        )
        return [
            NoteInfo(n.id, n.client_id, n.matter_id, n.body, n.created_at, n.updated_at)
            for n in rows
        ]


def _clean_note(body: str) -> str:
    text = body.strip()
    if not text:
        raise ValidationError("body", "The note is empty.")
    if len(text) > _MAX_NOTE:
        raise ValidationError("body", "That note is too long (100,000 characters at most).")
    return text


def _note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"There is no note #{note_id}.")
    return note


def _live_client(session: Session, client_id: int) -> None:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(f"There is no client #{client_id} (it may be in the trash).")


def _check_matter_of(session: Session, client_id: int, matter_id: int | None) -> None:
    if matter_id is None:
        return
    owner = session.scalar(select(Matter.client_id).where(Matter.id == matter_id))
    if owner != client_id:
        raise ValidationError("matter_id", "That matter belongs to another client.")
