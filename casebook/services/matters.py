"""A client's matters, their hearings and other dated events, and case notes.

Follows ``services.clients``: each change is one transaction with one audit
entry, results are plain frozen data, and bad input raises ``ValidationError``
naming the field to fix. Deleting a matter deletes its events (the schema
cascades) and keeps its notes, which fall back to the client.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import EventKind, MatterStatus, MatterType
from casebook.store import audit
from casebook.store.session import Store as Store  # the UI names the store type through services
from casebook.store.tables import Client, Event, Matter, Note

_MAX_TEXT = 2_000
_MAX_NOTE = 100_000


# -- matters ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterDraft:
    """A matter as typed by a person; ``validated`` returns a clean copy."""

    type: MatterType
    court: str = ""
    docket_number: str = ""
    judge: str = ""
    status: MatterStatus = MatterStatus.OPEN
    detained: bool = False
    opened_on: date | None = None
    closed_on: date | None = None

    def validated(self) -> MatterDraft:
        for name in ("court", "docket_number", "judge"):
            if len(getattr(self, name).strip()) > _MAX_TEXT:
                raise ValidationError(name, "That is too long (2,000 characters at most).")
        if self.closed_on and self.opened_on and self.closed_on < self.opened_on:
            raise ValidationError("closed_on", "The matter cannot close before it opened.")
        return dataclasses.replace(
            self,
            court=self.court.strip(),
            docket_number=self.docket_number.strip(),
            judge=self.judge.strip(),
        )


@dataclass(frozen=True)
class MatterInfo:
    id: int
    client_id: int
    draft: MatterDraft


def add_matter(store: Store, client_id: int, draft: MatterDraft) -> int:
    clean = draft.validated()
    with store.transaction() as session:
        _live_client(session, client_id)
        now = audit.utcnow()
        matter = Matter(
            client_id=client_id, **_matter_columns(clean), created_at=now, updated_at=now
        )
        session.add(matter)
        session.flush()
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "matter",
                str(matter.id),
                {"client_id": client_id, **_matter_columns(clean)},
            ),
        )
        return matter.id


def update_matter(store: Store, matter_id: int, draft: MatterDraft) -> None:
    clean = draft.validated()
    with store.transaction() as session:
        matter = _matter(session, matter_id)
        audit.record_update(session, store.audit_key, "matter", matter, _matter_columns(clean))


def delete_matter(store: Store, matter_id: int) -> None:
    """Erase a matter and its events; its notes stay with the client."""
    with store.transaction() as session:
        matter = _matter(session, matter_id)
        audit.record_delete(session, store.audit_key, "matter", matter)


def list_matters(store: Store, client_id: int) -> list[MatterInfo]:
    with store.reading() as session:
        rows = session.scalars(
            select(Matter).where(Matter.client_id == client_id).order_by(Matter.id)
        )
        return [MatterInfo(m.id, m.client_id, _matter_draft(m)) for m in rows]


def _matter_columns(d: MatterDraft) -> dict[str, object]:
    return {
        "type": d.type.value,
        "court": d.court,
        "docket_number": d.docket_number,
        "judge": d.judge,
        "status": d.status.value,
        "detained": d.detained,
        "opened_on": d.opened_on,
        "closed_on": d.closed_on,
    }


def _matter_draft(m: Matter) -> MatterDraft:
    return MatterDraft(
        type=MatterType(m.type),
        court=m.court,
        docket_number=m.docket_number,
        judge=m.judge,
        status=MatterStatus(m.status),
        detained=m.detained,
        opened_on=m.opened_on,
        closed_on=m.closed_on,
    )


def _matter(session: Session, matter_id: int) -> Matter:
    matter = session.get(Matter, matter_id)
    if matter is None:
        raise NotFound(f"There is no matter #{matter_id}.")
    return matter


# -- hearings and other dated events ------------------------------------------------------------


@dataclass(frozen=True)
class EventDraft:
    kind: EventKind
    starts_at: datetime
    matter_id: int | None = None
    title: str = ""
    location: str = ""
    done: bool = False
    notes: str = ""

    def validated(self) -> EventDraft:
        if len(self.title.strip()) > _MAX_TEXT:
            raise ValidationError("title", "That title is too long (2,000 characters at most).")
        if len(self.location.strip()) > _MAX_TEXT:
            raise ValidationError("location", "That place is too long (2,000 characters at most).")
        if not date(1900, 1, 1) <= self.starts_at.date() <= date(2200, 1, 1):
            raise ValidationError("starts_at", "That date is out of range; check the year.")
        return dataclasses.replace(
            self, title=self.title.strip(), location=self.location.strip(), notes=self.notes.strip()
        )


@dataclass(frozen=True)
class EventInfo:
    id: int
    client_id: int
    draft: EventDraft


def add_event(store: Store, client_id: int, draft: EventDraft) -> int:
    clean = draft.validated()
    with store.transaction() as session:
        _live_client(session, client_id)
        _check_matter_of(session, client_id, clean.matter_id)
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


def update_event(store: Store, event_id: int, draft: EventDraft) -> None:
    clean = draft.validated()
    with store.transaction() as session:
        event = _event(session, event_id)
        _check_matter_of(session, event.client_id, clean.matter_id)
        audit.record_update(session, store.audit_key, "event", event, _event_columns(clean))


def delete_event(store: Store, event_id: int) -> None:
    with store.transaction() as session:
        event = _event(session, event_id)
        audit.record_delete(session, store.audit_key, "event", event)


def list_events(store: Store, client_id: int) -> list[EventInfo]:
    """A client's events, soonest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(Event).where(Event.client_id == client_id).order_by(Event.starts_at, Event.id)
        )
        return [
            EventInfo(
                e.id,
                e.client_id,
                EventDraft(
                    kind=EventKind(e.kind),
                    starts_at=e.starts_at,
                    matter_id=e.matter_id,
                    title=e.title,
                    location=e.location,
                    done=e.done,
                    notes=e.notes,
                ),
            )
            for e in rows
        ]


def _event_columns(d: EventDraft) -> dict[str, object]:
    return {
        "kind": d.kind.value,
        "starts_at": d.starts_at,
        "matter_id": d.matter_id,
        "title": d.title,
        "location": d.location,
        "done": d.done,
        "notes": d.notes,
    }


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
        note.updated_at = audit.utcnow()
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
