"""Record requests (FOIL, FOIA, unsealing): add, record what happened, show, list what is due.

The statutory clock is never computed here: every due date, the stage and
the message come from ``casebook.domain.foil_deadlines.compute`` (POL §89,
CPLR 217). This module stores what the advocate entered, checks it, audits
every change, and says what the next step is and when it is due.

NYC agencies take FOIL requests through NYC OpenRecords, so a number given
for an NYPD or DOC request must be an OpenRecords number of that agency
(``domain.openrecords``); numbers of other agencies are kept as typed.

Dates the agency sets for itself (a promised date, each extension's new
date) may lie in the future; the dates of things that happened (received,
acknowledged, an extension's letter, determined, appealed, decided) may not.
Each extension is a row of ``request_extensions``, kept in the order entered.

For undo: ``update_request`` returns the request as stored before it
(``RequestSnapshot``, with its extensions), ``replace_request`` writes such a
snapshot back, and ``delete_request`` returns what ``restore_request`` needs
to bring the request back exactly, with its extensions and its links to
response documents (deleting removes them).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.deadline_phrases import is_reminder
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.foil_deadlines import Extension, FoilClock, RequestDates, compute
from casebook.domain.identifiers import normalise_nysid
from casebook.domain.openrecords import parse_request_number
from casebook.domain.vocabulary import Agency, Outcome, RequestKind
from casebook.services import request_words
from casebook.services.arrests import (
    SealedRecordFlag,
    clean_precinct,
    clean_text,
    live_client,
    sealed_record_flag,
)
from casebook.services.changes import Change, Changed, Changes
from casebook.services.request_words import NextStep, next_step
from casebook.services.snapshots import RecordSnapshot, row_values, set_values
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import (
    Client,
    Document,
    DocumentLink,
    RecordRequest,
    RequestExtension,
)

DUE_SOON_DAYS = 7  # `request list --due`: what falls due within a week
_MAX_RECORDS = 20_000
_MAX_REASON = 2_000
# City agency codes on NYC OpenRecords (domain.openrecords.AGENCY_NAMES).
_OPENRECORDS_CODE = {Agency.NYPD: "056", Agency.DOC: "072"}
AGENCY_NAMES = {
    Agency.NYPD: "New York City Police Department",
    Agency.DCJS: "New York State Division of Criminal Justice Services",
    Agency.DOC: "New York City Department of Correction",
    Agency.ICE: "U.S. Immigration and Customs Enforcement",
    Agency.OTHER: "the agency",
}


@dataclass(frozen=True)
class NypdFields:
    """What NYPD's own request forms ask to find a record; all optional."""

    arrest_number: str = ""
    complaint_number: str = ""
    nysid: str = ""
    precinct: str = ""
    incident_date: date | None = None
    incident_time: str = ""  # as written on the paper, e.g. "23:40"
    incident_type: str = ""  # e.g. "arrest", "stop", "vehicle collision"
    body_camera: bool = False  # body-worn camera footage is asked for

    def validated(self) -> NypdFields:
        return dataclasses.replace(
            self,
            arrest_number=clean_text("arrest_number", self.arrest_number.upper(), 40),
            complaint_number=clean_text("complaint_number", self.complaint_number, 40),
            nysid=normalise_nysid(self.nysid) if self.nysid.strip() else "",
            precinct=clean_precinct(self.precinct),
            incident_time=clean_text("incident_time", self.incident_time, 20),
            incident_type=clean_text("incident_type", self.incident_type, 200),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "arrest_number": self.arrest_number or None,
            "complaint_number": self.complaint_number or None,
            "nysid": self.nysid or None,
            "precinct": self.precinct or None,
            "incident_date": self.incident_date.isoformat() if self.incident_date else None,
            "incident_time": self.incident_time or None,
            "incident_type": self.incident_type or None,
            "body_camera": self.body_camera,
        }

    @classmethod
    def from_json(cls, text: str) -> NypdFields:
        data = json.loads(text or "{}")
        day = data.get("incident_date")
        return cls(
            arrest_number=data.get("arrest_number") or "",
            complaint_number=data.get("complaint_number") or "",
            nysid=data.get("nysid") or "",
            precinct=data.get("precinct") or "",
            incident_date=date.fromisoformat(day) if day else None,
            incident_time=data.get("incident_time") or "",
            incident_type=data.get("incident_type") or "",
            body_camera=bool(data.get("body_camera")),
        )


@dataclass(frozen=True)
class RequestDraft:
    """A new request as typed. ``received`` is the day the agency received it."""

    records: str
    agency: Agency = Agency.NYPD
    kind: RequestKind = RequestKind.FOIL
    received: date | None = None
    client_id: int | None = None
    number: str = ""
    fields: NypdFields = field(default_factory=NypdFields)
    sent_via: str = ""  # "OpenRecords", "email", "mail", "fax", "in person"
    sent_on: date | None = None

    def validated(self, today: date) -> RequestDraft:
        records = self.records.strip()
        if not records:
            raise ValidationError("records", "Describe the records asked for.")
        if len(records) > _MAX_RECORDS:
            raise ValidationError("records", "That description is too long (20,000 characters).")
        for name in ("received", "sent_on"):
            day = getattr(self, name)
            if day is not None and day > today:
                raise ValidationError(name, "That date is in the future.")
        if self.sent_on and self.received and self.received < self.sent_on:
            raise ValidationError("received", "The agency cannot receive it before it was sent.")
        return dataclasses.replace(
            self,
            records=records,
            number=clean_number(self.agency, self.number),
            fields=self.fields.validated(),
            sent_via=clean_text("sent_via", self.sent_via, 100),
        )


@dataclass(frozen=True)
class RequestChanges:
    """What happened since; None leaves a field as it is. See CLI.md `request update`.

    ``promised``: the date the agency gave for its answer when it
    acknowledged the request (may lie in the future). ``extended``: adds one
    extension, the new date the agency set (may lie in the future), with the
    date of its letter (``extended_on``) and its reason (``reason``); each
    extension is kept. ``article78``: the day an Article 78 petition was filed.
    """

    acknowledged: date | None = None
    promised: date | None = None
    extended: date | None = None
    extended_on: date | None = None
    reason: str | None = None
    determined: date | None = None
    outcome: Outcome | None = None
    appealed: date | None = None
    appeal_decided: date | None = None
    appeal_outcome: Outcome | None = None
    article78: date | None = None
    number: str | None = None
    received: date | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in dataclasses.fields(self))


@dataclass(frozen=True)
class LinkedDocument:
    id: int
    title: str
    received_on: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "title": self.title,
            "received_on": _iso(self.received_on),
        }


@dataclass(frozen=True)
class RequestInfo:
    """A request, its statutory clock as of ``today``, its documents and any sealed flag."""

    id: int
    client_id: int | None
    client_name: str
    agency: Agency
    kind: RequestKind
    number: str
    records: str
    fields: NypdFields
    sent_via: str
    sent_on: date | None
    dates: RequestDates
    article78: date | None
    clock: FoilClock
    next_step: NextStep | None
    documents: tuple[LinkedDocument, ...] = ()
    sealed_record_flag: SealedRecordFlag | None = None

    @property
    def overdue(self) -> bool:
        """The next step's date has passed (``deadline_phrases.is_overdue``), whoever owes it."""
        return self.next_step is not None and self.next_step.overdue

    @property
    def agency_late(self) -> bool:
        """The agency let its own due date pass (``FoilClock.overdue``), open or not."""
        return self.clock.overdue

    @property
    def extensions(self) -> tuple[Extension, ...]:
        """Each extension of the agency's time, in the order entered."""
        return self.dates.extensions

    @property
    def name(self) -> str:
        """``NYPD FOIL-2025-056-01234`` or ``NYPD FOIL #12``."""
        return request_words.request_name(self.agency, self.kind, self.number, self.id)

    @property
    def what(self) -> str:
        """The clock in one sentence: the next step as of the clock's day, or why none is due."""
        if self.next_step is not None:
            return self.next_step.text
        return request_words.settled_text(
            self.clock, self.dates, request_words.agency_in_sentence(self.agency), self.article78
        )

    def is_reminder(self, today: date, within_days: int) -> bool:
        """Its next step is overdue or due within ``within_days`` (one definition, everywhere)."""
        step = self.next_step
        return step is not None and is_reminder(step.day, today, within_days)

    def to_json(self) -> dict[str, Any]:
        d, c, n = self.dates, self.clock, self.next_step
        return {
            "id": str(self.id),
            "client_id": str(self.client_id) if self.client_id else None,
            "client_name": self.client_name or None,
            "agency": self.agency.value,
            "kind": self.kind.value,
            "number": self.number or None,
            "records": self.records,
            "fields": self.fields.to_json(),
            "sent_via": self.sent_via or None,
            "sent": _iso(self.sent_on),
            "received": _iso(d.received),
            "acknowledged": _iso(d.acknowledged),
            "promised": _iso(d.promised),
            "extended": _iso(d.extensions[-1].until) if d.extensions else None,
            "extensions": [
                {
                    "until": _iso(x.until),
                    "written_on": _iso(x.written_on),
                    "reason": x.reason or None,
                    "repeated": number > 1,
                }
                for number, x in enumerate(d.extensions, start=1)
            ],
            "repeated_extensions": c.repeated_extensions,
            "determined": _iso(d.determined),
            "outcome": d.outcome,
            "appealed": _iso(d.appealed),
            "appeal_decided": _iso(d.appeal_decided),
            "appeal_outcome": d.appeal_outcome,
            "article78_filed": _iso(self.article78),
            "stage": c.stage.value,
            "message": c.message,
            "acknowledgement_due": _iso(c.acknowledgement_due),
            "determination_due": _iso(c.determination_due),
            "appeal_by": _iso(c.appeal_by),
            "appeal_determination_due": _iso(c.appeal_determination_due),
            "article78_by": _iso(c.article78_by),
            "overdue": self.overdue,
            "agency_late": self.agency_late,
            "constructive_denial": c.constructive_denial,
            "twenty_days": _iso(c.twenty_days),
            "own_date_missed": _iso(c.own_date_missed),
            "next_due": _iso(n.day) if n else None,
            "next_step": n.label if n else None,
            "what": self.what,
            "documents": [doc.to_json() for doc in self.documents],
            "sealed_record_flag": (
                self.sealed_record_flag.to_json() if self.sealed_record_flag else None
            ),
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def clean_number(agency: Agency, text: str) -> str:
    """The portal number in canonical form; NYPD and DOC numbers must be OpenRecords ones."""
    raw = text.strip()
    if not raw:
        return ""
    code = _OPENRECORDS_CODE.get(agency)
    if code is None:
        return clean_text("request_number", raw, 100)
    number = parse_request_number(raw)
    if number.agency_code != code:
        raise ValidationError(
            "request_number",
            f"That OpenRecords number belongs to another agency (code {number.agency_code}); "
            f"{agency.value} numbers have {code}, e.g. FOIL-2025-{code}-01234.",
        )
    return str(number)


# -- use cases ----------------------------------------------------------------------------------


def add_request(store: Store, draft: RequestDraft, *, today: date) -> int:
    """Save a new request; one audit entry. Returns its id."""
    clean = draft.validated(today)
    with store.transaction() as session:
        if clean.client_id is not None:
            live_client(session, clean.client_id)
        now = audit.utcnow()
        row = RecordRequest(
            client_id=clean.client_id,
            agency=clean.agency.value,
            kind=clean.kind.value,
            portal_number=clean.number,
            records=clean.records,
            fields_json=json.dumps(clean.fields.to_json(), sort_keys=True),
            sent_via=clean.sent_via,
            sent_on=clean.sent_on,
            received_on=clean.received,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("create", "request", str(row.id), _audit_columns(row)),
        )
        return row.id


_DATE_COLUMNS = {
    "received": "received_on",
    "acknowledged": "acknowledged_on",
    "promised": "promised_on",
    "determined": "determined_on",
    "appealed": "appealed_on",
    "appeal_decided": "appeal_decided_on",
    "article78": "article78_on",
}
# Dates the agency sets for itself: in the future by nature (COOG FOIL-AO-17821).
_MAY_BE_FUTURE = frozenset({"promised", "extended"})


RequestSnapshot = RecordSnapshot  # the shape is shared (``snapshots``)


def update_request(
    store: Store, request_id: int, changes: RequestChanges, *, today: date
) -> Changed[RequestSnapshot]:
    """Record what happened; the whole life cycle is re-checked, then one audit entry.
    The value is the request as it was before (for undo).

    Raises ``ValidationError`` naming the field for dates out of order, a date
    of something that happened in the future, an outcome without its date, or
    an appeal with nothing to appeal. A promised date and an extension's new
    date may lie in the future.
    """
    _check_not_future(changes, today)
    with store.transaction() as session:
        row = _get(session, request_id)
        snapshot = _snapshot(session, row)
        before = _audit_columns(row)
        for name, column in _DATE_COLUMNS.items():
            value = getattr(changes, name)
            if value is not None:
                setattr(row, column, value)
        extensions = _extensions(session, row.id)
        added: Extension | None = None
        if changes.extended is not None:
            added = Extension(
                changes.extended,
                changes.extended_on,
                clean_text("reason", changes.reason or "", _MAX_REASON),
            )
            extensions = (*extensions, added)
        elif changes.extended_on is not None or changes.reason:
            raise ValidationError("extended", "Give the new date the agency set for the extension.")
        if changes.outcome is not None:
            row.outcome = Outcome(changes.outcome).value
        if changes.appeal_outcome is not None:
            row.appeal_outcome = Outcome(changes.appeal_outcome).value
        if changes.number is not None:
            row.portal_number = clean_number(Agency(row.agency), changes.number)
        check_life_cycle(_dates(row, extensions), article78=row.article78_on)
        row.updated_at = audit.edited_at(row.updated_at)
        after = _audit_columns(row)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if added is not None:
            session.add(
                RequestExtension(
                    request_id=row.id,
                    until=added.until,
                    written_on=added.written_on,
                    reason=added.reason,
                    created_at=row.updated_at,
                    updated_at=row.updated_at,
                )
            )
            changed["extension"] = {
                "number": len(extensions),
                "until": added.until,
                "written_on": added.written_on,
                "reason": added.reason,
            }
        audit.record(
            session, store.audit_key, audit.AuditEvent("update", "request", str(row.id), changed)
        )
    return Changed(snapshot, _changed(snapshot.client_id))


def _check_not_future(changes: RequestChanges, today: date) -> None:
    """Only what the agency promises may lie ahead; what happened has happened."""
    for name in (*_DATE_COLUMNS, "extended_on"):
        value = getattr(changes, name)
        if name not in _MAY_BE_FUTURE and value is not None and value > today:
            raise ValidationError(name, "That date is in the future.")


def _extensions(session: Session, request_id: int) -> tuple[Extension, ...]:
    rows = session.scalars(
        select(RequestExtension)
        .where(RequestExtension.request_id == request_id)
        .order_by(RequestExtension.id)
    )
    return tuple(Extension(x.until, x.written_on, x.reason) for x in rows)


def _put_extensions(session: Session, request_id: int, snapshot: RequestSnapshot) -> None:
    """Make the request's extensions exactly the snapshot's (undo, redo, restore)."""
    for old in session.scalars(
        select(RequestExtension).where(RequestExtension.request_id == request_id)
    ):
        session.delete(old)
    session.flush()
    for values in snapshot.parts:
        session.add(RequestExtension(**{**dict(values), "request_id": request_id}))


def replace_request(
    store: Store, request_id: int, snapshot: RequestSnapshot
) -> Changed[RequestSnapshot]:
    """Put a request's fields back as ``snapshot`` has them (undo or redo of an edit); the
    value is what it replaced. Its document links are left alone: an edit does not touch
    them, and a document linked since stays linked."""
    with store.transaction() as session:
        row = _get(session, request_id)
        replaced = _snapshot(session, row)
        before = _audit_columns(row)
        set_values(row, snapshot.values, keep=("uid", "created_at", "client_id"))
        _put_extensions(session, row.id, snapshot)
        after = _audit_columns(row)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        audit.record(
            session, store.audit_key, audit.AuditEvent("update", "request", str(row.id), changed)
        )
    return Changed(replaced, _changed(replaced.client_id))


def delete_request(store: Store, request_id: int) -> Changed[RequestSnapshot]:
    """Delete a request and its links to documents (the documents stay); the value is
    what ``restore_request`` needs to bring it back."""
    with store.transaction() as session:
        row = _get(session, request_id)
        snapshot = _snapshot(session, row)
        session.delete(row)  # the schema deletes its document links
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("delete", "request", str(request_id), {"client_id": row.client_id}),
        )
    return Changed(snapshot, _changed(snapshot.client_id))


def restore_request(store: Store, snapshot: RequestSnapshot) -> Changed[int]:
    """Bring a deleted request back as it was, with its document links; the value is its
    new id. A link to a document erased since is dropped, and so is a client erased since
    (the request stays, about no one client), as erasing a client does to its requests."""
    with store.transaction() as session:
        row = RecordRequest(**dict(snapshot.values))
        if row.client_id is not None and session.get(Client, row.client_id) is None:
            row.client_id = None
        session.add(row)
        session.flush()
        _put_extensions(session, row.id, snapshot)
        session.add_all(
            DocumentLink(document_id=d, request_id=row.id)
            for d in snapshot.document_ids
            if session.get(Document, d) is not None
        )
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("restore", "request", str(row.id), _audit_columns(row)),
        )
        return Changed(row.id, _changed(row.client_id))


def _snapshot(session: Session, row: RecordRequest) -> RequestSnapshot:
    links = session.scalars(
        select(DocumentLink.document_id)
        .where(DocumentLink.request_id == row.id)
        .order_by(DocumentLink.id)
    )
    extensions = session.scalars(
        select(RequestExtension)
        .where(RequestExtension.request_id == row.id)
        .order_by(RequestExtension.id)
    )
    return RequestSnapshot(
        row.id,
        row.client_id,
        row_values(row),
        tuple(links),
        tuple(row_values(x) for x in extensions),
    )


def _changed(client_id: int | None) -> Changes:
    return Changes.of(Change.REQUESTS, client_id=client_id)


def check_life_cycle(dates: RequestDates, *, article78: date | None = None) -> None:
    """The order rules beyond ``foil_deadlines``' own (which it also applies, among
    them: an extension comes after the acknowledgement, POL §89(3)(a)).

    - An appeal needs something to appeal: a written denial or partial grant
      dated on or before it, the agency's silence past its due date (a
      constructive denial, POL §89(3)(a), §89(4)(a)), or arguably its silence
      past a date it set for itself (``FoilClock.own_date_missed``). A granted
      request cannot be appealed.
    - An Article 78 proceeding comes after an appeal (POL §89(4)(b)).
    """
    compute(dates, dates.received or date.min)  # dates in order, outcomes with dates
    if dates.appealed is not None:
        written = dates.determined is not None and dates.determined <= dates.appealed
        if written and dates.outcome == "granted":
            raise ValidationError(
                "appealed", "The request was granted: there is nothing to appeal."
            )
        if not written:
            # No written denial yet on the appeal date: only the agency's silence
            # past its due date could be appealed (POL §89(3)(a), §89(4)(a)).
            silent = dataclasses.replace(
                dates,
                determined=None,
                outcome=None,
                appealed=None,
                appeal_decided=None,
                appeal_outcome=None,
            )
            clock = compute(silent, dates.appealed)
            if not (clock.constructive_denial or clock.own_date_missed):
                if dates.determined is not None:
                    raise ValidationError(
                        "appealed", "The appeal cannot come before the denial it appeals."
                    )
                raise ValidationError(
                    "appealed",
                    "There was nothing to appeal on that date: the request had not been denied "
                    "and the agency's time to answer had not run out (POL §89(4)(a)).",
                )
    if article78 is not None:
        if dates.appealed is None:
            raise ValidationError(
                "article78", "An Article 78 proceeding needs an appeal first (POL §89(4)(b))."
            )
        if article78 < dates.appealed:
            raise ValidationError("article78", "The Article 78 date cannot be before the appeal.")


def show_request(store: Store, request_id: int, *, today: date) -> RequestInfo:
    """One request with its clock as of ``today``, documents and sealed flag."""
    with store.reading() as session:
        row = _get(session, request_id)
        name = session.scalar(select(Client.name).where(Client.id == row.client_id)) or ""
        return _info(session, row, name, today, with_documents=True)


def list_requests(
    store: Store,
    *,
    today: date,
    due_only: bool = False,
    due_within: int = DUE_SOON_DAYS,
    client_id: int | None = None,
) -> list[RequestInfo]:
    """All requests (newest received first), or with ``due_only`` the reminders.

    Reminders: requests whose next step is overdue or falls due within
    ``due_within`` days (default 7), as ``RequestInfo.is_reminder`` and the
    Deadlines view define them; overdue first, then by the next date. An
    agency that is late does not make a request overdue: its next step is
    then the advocate's appeal or Article 78 date, listed once that falls
    within the window. A request with no next step (granted, in court, or its
    time to appeal run out) is no reminder. Listed requests carry no
    documents or sealed flag; ``show_request`` has them.
    """
    query = (
        select(RecordRequest, Client.name)
        .outerjoin(Client, Client.id == RecordRequest.client_id)
        .order_by(RecordRequest.received_on.desc(), RecordRequest.id.desc())
    )
    if client_id is not None:
        query = query.where(RecordRequest.client_id == client_id)
    with store.reading() as session:
        found = session.execute(query).all()
        extensions = _all_extensions(session, [row.id for row, _ in found])
        infos = [
            _info(
                session,
                row,
                name or "",
                today,
                with_documents=False,
                extensions=extensions.get(row.id, ()),
            )
            for row, name in found
        ]
    if not due_only:
        return infos
    due = [i for i in infos if i.is_reminder(today, due_within)]
    return sorted(
        due, key=lambda i: (not i.overdue, i.next_step.day if i.next_step else today, i.id)
    )


def link_document(store: Store, request_id: int, document_id: int) -> None:
    """Link a response document (``document_links.request_id``); linking twice is a no-op."""
    with store.transaction() as session:
        _get(session, request_id)
        doc = session.get(Document, document_id)
        if doc is None or doc.deleted_at is not None:
            raise NotFound(f"There is no document #{document_id}.")
        exists = session.scalar(
            select(DocumentLink.id).where(
                DocumentLink.document_id == document_id, DocumentLink.request_id == request_id
            )
        )
        if exists is not None:
            return
        session.add(DocumentLink(document_id=document_id, request_id=request_id))
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("link", "request", str(request_id), {"document_id": document_id}),
        )


# -- helpers ------------------------------------------------------------------------------------


def _get(session: Session, request_id: int) -> RecordRequest:
    row = session.get(RecordRequest, request_id)
    if row is None:
        raise NotFound(f"There is no record request #{request_id}.")
    return row


def _dates(row: RecordRequest, extensions: tuple[Extension, ...] = ()) -> RequestDates:
    return RequestDates(
        received=row.received_on,
        acknowledged=row.acknowledged_on,
        promised=row.promised_on,
        extensions=extensions,
        determined=row.determined_on,
        outcome=row.outcome,  # type: ignore[arg-type]  # checked by foil_deadlines
        appealed=row.appealed_on,
        appeal_decided=row.appeal_decided_on,
        appeal_outcome=row.appeal_outcome,  # type: ignore[arg-type]
    )


def request_dates(store: Store, request_id: int) -> RequestDates:
    with store.reading() as session:
        row = _get(session, request_id)
        return _dates(row, _extensions(session, row.id))


def _all_extensions(session: Session, ids: list[int]) -> dict[int, tuple[Extension, ...]]:
    """The extensions of many requests in one query (a list shows hundreds)."""
    out: dict[int, list[Extension]] = {}
    rows = session.scalars(
        select(RequestExtension)
        .where(RequestExtension.request_id.in_(ids))
        .order_by(RequestExtension.id)
    )
    for x in rows:
        out.setdefault(x.request_id, []).append(Extension(x.until, x.written_on, x.reason))
    return {k: tuple(v) for k, v in out.items()}


def _info(
    session: Session,
    row: RecordRequest,
    client_name: str,
    today: date,
    *,
    with_documents: bool,
    extensions: tuple[Extension, ...] | None = None,
) -> RequestInfo:
    agency = Agency(row.agency)
    if extensions is None:
        extensions = _extensions(session, row.id)
    dates = _dates(row, extensions)
    named = request_words.agency_in_sentence(agency)
    clock = compute(dates, today, named)
    documents: tuple[LinkedDocument, ...] = ()
    flag = None
    if with_documents:
        docs = session.execute(
            select(Document.id, Document.title, Document.received_on)
            .join(DocumentLink, DocumentLink.document_id == Document.id)
            .where(DocumentLink.request_id == row.id, Document.deleted_at.is_(None))
            .order_by(Document.id)
        )
        documents = tuple(LinkedDocument(*d) for d in docs)
        flag = sealed_record_flag(
            session,
            document_ids=[d.id for d in documents],
            about="A response to this request",
        )
    return RequestInfo(
        id=row.id,
        client_id=row.client_id,
        client_name=client_name,
        agency=agency,
        kind=RequestKind(row.kind),
        number=row.portal_number,
        records=row.records,
        fields=NypdFields.from_json(row.fields_json),
        sent_via=row.sent_via,
        sent_on=row.sent_on,
        dates=dates,
        article78=row.article78_on,
        clock=clock,
        next_step=next_step(clock, dates, named, today=today, article78_filed=row.article78_on),
        documents=documents,
        sealed_record_flag=flag,
    )


def _audit_columns(row: RecordRequest) -> dict[str, Any]:
    return {
        "client_id": row.client_id,
        "agency": row.agency,
        "kind": row.kind,
        "portal_number": row.portal_number,
        "records": row.records,
        "fields": row.fields_json,
        "sent_via": row.sent_via,
        "sent_on": row.sent_on,
        "outcome": row.outcome,
        "appeal_outcome": row.appeal_outcome,
        **{column: getattr(row, column) for column in _DATE_COLUMNS.values()},
    }
