"""The log of NYPD-ICE information-sharing and cooperation incidents.

An incident records when NYPD honoured or received an ICE detainer,
notified ICE, shared a record, let ICE agents into a precinct or a
courthouse, or joined an ICE operation, and which local law it may break:
NYC Admin. Code 14-154 (NYPD and civil immigration detainers), 9-131 (the
Department of Correction's), Executive Order 41 (City confidentiality of
immigration status and other personal information), CPL 160.50 / 160.55
(sealed records). The log feeds the anonymised aggregate report
(``services.aggregate``); a client, source documents and a narrative are for
the advocate only and never reach that report.

When the precinct is given and the borough is not, the borough is the
precinct's (``arrests.PRECINCT_BOROUGH``); a borough that contradicts the
precinct is refused.

For undo: ``update_incident`` returns the incident as stored before it
(``IncidentSnapshot``), ``replace_incident`` writes such a snapshot back, and
``delete_incident`` returns what ``restore_incident`` needs to bring the
incident back exactly, with its source documents (deleting unlinks them).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Borough, IncidentKind, Law
from casebook.services.arrests import (
    PRECINCT_BOROUGH,
    SealedRecordFlag,
    clean_precinct,
    clean_text,
    live_client,
    sealed_record_flag,
)
from casebook.services.changes import Change, Changed, Changes
from casebook.services.snapshots import RecordSnapshot, row_values, set_values
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Arrest, Client, Document, DocumentLink, Incident

_MAX_NARRATIVE = 100_000
_EARLIEST = date(1990, 1, 1)


@dataclass(frozen=True)
class IncidentDraft:
    """An incident as typed; ``validated`` returns a clean copy."""

    occurred_on: date
    kind: IncidentKind
    precinct: str = ""
    borough: Borough | None = None
    place: str = ""
    laws: tuple[Law, ...] = ()
    client_id: int | None = None
    arrest_id: int | None = None
    narrative: str = ""
    document_ids: tuple[int, ...] = ()

    def validated(self, today: date) -> IncidentDraft:
        if not _EARLIEST <= self.occurred_on <= today:
            raise ValidationError("occurred_on", "The incident date cannot be in the future.")
        precinct = clean_precinct(self.precinct)
        borough = self.borough
        if precinct:
            served = PRECINCT_BOROUGH[precinct]
            if borough is not None and borough is not served:
                raise ValidationError(
                    "borough", f"Precinct {precinct} is in {served.value}, not {borough.value}."
                )
            borough = served
        narrative = self.narrative.strip()
        if len(narrative) > _MAX_NARRATIVE:
            raise ValidationError("narrative", "That narrative is too long (100,000 characters).")
        return dataclasses.replace(
            self,
            precinct=precinct,
            borough=borough,
            place=clean_text("place", self.place),
            laws=tuple(sorted(set(self.laws), key=list(Law).index)),
            narrative=narrative,
            document_ids=tuple(dict.fromkeys(self.document_ids)),
        )


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    client_name: str
    draft: IncidentDraft
    sealed_record_flag: SealedRecordFlag | None = None

    def to_json(self) -> dict[str, Any]:
        d = self.draft
        return {
            "id": str(self.id),
            "date": d.occurred_on.isoformat(),
            "kind": d.kind.value,
            "precinct": d.precinct or None,
            "borough": d.borough.value if d.borough else None,
            "place": d.place or None,
            "laws": [law.value for law in d.laws],
            "client_id": str(d.client_id) if d.client_id else None,
            "client_name": self.client_name or None,
            "arrest_id": str(d.arrest_id) if d.arrest_id else None,
            "documents": [str(i) for i in d.document_ids],
            "narrative": d.narrative or None,
            "sealed_record_flag": (
                self.sealed_record_flag.to_json() if self.sealed_record_flag else None
            ),
        }


def add_incident(store: Store, draft: IncidentDraft, *, today: date) -> int:
    """Log an incident with its source documents; one audit entry."""
    clean = draft.validated(today)
    with store.transaction() as session:
        _check_references(session, clean)
        now = audit.utcnow()
        row = Incident(**_columns(clean), created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        session.add_all(
            DocumentLink(document_id=doc_id, incident_id=row.id) for doc_id in clean.document_ids
        )
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "incident",
                str(row.id),
                {**_columns(clean), "document_ids": list(clean.document_ids)},
            ),
        )
        return row.id


IncidentSnapshot = RecordSnapshot  # the shape is shared (``snapshots``)


def update_incident(
    store: Store, incident_id: int, draft: IncidentDraft, *, today: date
) -> Changed[IncidentSnapshot]:
    """Replace an incident's fields and source documents; the audit entry holds what changed.
    The value is the incident as it was before (for undo)."""
    clean = draft.validated(today)
    with store.transaction() as session:
        row = _get(session, incident_id)
        snapshot = _snapshot(session, row)
        _check_references(session, clean)
        before = {**_columns(_draft(session, row)), "document_ids": _doc_ids(session, row.id)}
        for key, value in _columns(clean).items():
            setattr(row, key, value)
        row.updated_at = audit.edited_at(row.updated_at)
        old = set(_doc_ids(session, row.id))
        for link in session.scalars(
            select(DocumentLink).where(DocumentLink.incident_id == incident_id)
        ):
            if link.document_id not in clean.document_ids:
                session.delete(link)
        session.add_all(
            DocumentLink(document_id=d, incident_id=incident_id)
            for d in clean.document_ids
            if d not in old
        )
        after = {**_columns(clean), "document_ids": list(clean.document_ids)}
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("update", "incident", str(incident_id), changed),
        )
    return Changed(snapshot, _changed(snapshot.client_id, clean.client_id))


def replace_incident(
    store: Store, incident_id: int, snapshot: IncidentSnapshot
) -> Changed[IncidentSnapshot]:
    """Put an incident back as ``snapshot`` has it, fields and source documents (undo or
    redo of an edit); the value is what it replaced. A client, arrest or document erased
    since is left out rather than refusing the undo."""
    with store.transaction() as session:
        row = _get(session, incident_id)
        replaced = _snapshot(session, row)
        set_values(row, snapshot.values, keep=("uid", "created_at"))
        _drop_erased(session, row)
        for link in session.scalars(
            select(DocumentLink).where(DocumentLink.incident_id == incident_id)
        ):
            session.delete(link)
        session.flush()
        _link(session, incident_id, snapshot.document_ids)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("update", "incident", str(incident_id), {"undo": True}),
        )
        client_id = row.client_id
    return Changed(replaced, _changed(replaced.client_id, client_id))


def delete_incident(store: Store, incident_id: int) -> Changed[IncidentSnapshot]:
    """Delete an incident and its links to source documents (the documents stay); the
    value is what ``restore_incident`` needs to bring it back."""
    with store.transaction() as session:
        row = _get(session, incident_id)
        snapshot = _snapshot(session, row)
        session.delete(row)  # the schema deletes its document links
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("delete", "incident", str(incident_id), {"client_id": row.client_id}),
        )
    return Changed(snapshot, _changed(snapshot.client_id))


def restore_incident(store: Store, snapshot: IncidentSnapshot) -> Changed[int]:
    """Bring a deleted incident back as it was, with its source documents; the value is its
    new id. A client, arrest or document erased since is left out."""
    with store.transaction() as session:
        row = Incident(**dict(snapshot.values))
        _drop_erased(session, row)
        session.add(row)
        session.flush()
        _link(session, row.id, snapshot.document_ids)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "restore", "incident", str(row.id), {"client_id": row.client_id, "was": snapshot.id}
            ),
        )
        return Changed(row.id, _changed(row.client_id))


def _snapshot(session: Session, row: Incident) -> IncidentSnapshot:
    return IncidentSnapshot(
        row.id, row.client_id, row_values(row), tuple(_doc_ids(session, row.id))
    )


def _drop_erased(session: Session, row: Incident) -> None:
    """Clear references to a client or arrest erased for good (as the schema would have)."""
    if row.client_id is not None and session.get(Client, row.client_id) is None:
        row.client_id = None
    if row.arrest_id is not None and session.get(Arrest, row.arrest_id) is None:
        row.arrest_id = None


def _link(session: Session, incident_id: int, document_ids: tuple[int, ...]) -> None:
    session.add_all(
        DocumentLink(document_id=d, incident_id=incident_id)
        for d in document_ids
        if session.get(Document, d) is not None
    )


def _changed(*client_ids: int | None) -> Changes:
    ids = frozenset(c for c in client_ids if c is not None)
    if len(ids) < len(client_ids):
        ids = frozenset()  # an incident about no one client: "not known", every file redraws
    return Changes(frozenset({Change.INCIDENTS}), ids)


def show_incident(store: Store, incident_id: int) -> IncidentInfo:
    with store.reading() as session:
        return _info(session, _get(session, incident_id))


def list_incidents(store: Store, *, client_id: int | None = None) -> list[IncidentInfo]:
    """The log, newest first, each with its sealed-record flag."""
    query = select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc())
    if client_id is not None:
        query = query.where(Incident.client_id == client_id)
    with store.reading() as session:
        return [_info(session, row) for row in session.scalars(query)]


def _info(session: Session, row: Incident) -> IncidentInfo:
    draft = _draft(session, row)
    name = ""
    if row.client_id is not None:
        name = session.scalar(select(Client.name).where(Client.id == row.client_id)) or ""
    flag = sealed_record_flag(
        session, document_ids=draft.document_ids, arrest_id=row.arrest_id, about="This incident"
    )
    return IncidentInfo(row.id, name, draft, flag)


def _draft(session: Session, row: Incident) -> IncidentDraft:
    return IncidentDraft(
        occurred_on=row.occurred_on,
        kind=IncidentKind(row.kind),
        precinct=row.precinct,
        borough=Borough(row.borough) if row.borough else None,
        place=row.place,
        laws=tuple(Law(x) for x in row.laws.split()),
        client_id=row.client_id,
        arrest_id=row.arrest_id,
        narrative=row.narrative,
        document_ids=tuple(_doc_ids(session, row.id)),
    )


def _doc_ids(session: Session, incident_id: int) -> list[int]:
    return list(
        session.scalars(
            select(DocumentLink.document_id)
            .where(DocumentLink.incident_id == incident_id)
            .order_by(DocumentLink.document_id)
        )
    )


def _check_references(session: Session, d: IncidentDraft) -> None:
    if d.client_id is not None:
        live_client(session, d.client_id)
    if d.arrest_id is not None:
        owner = session.scalar(select(Arrest.client_id).where(Arrest.id == d.arrest_id))
        if owner is None:
            raise NotFound(f"There is no arrest #{d.arrest_id}.")
        if d.client_id is not None and owner != d.client_id:
            raise ValidationError("arrest_id", "That arrest belongs to another client.")
    for doc_id in d.document_ids:
        live = session.scalar(
            select(Document.id).where(Document.id == doc_id, Document.deleted_at.is_(None))
        )
        if live is None:
            raise NotFound(f"There is no document #{doc_id}.")


def _columns(d: IncidentDraft) -> dict[str, Any]:
    return {
        "occurred_on": d.occurred_on,
        "kind": d.kind.value,
        "precinct": d.precinct,
        "borough": d.borough.value if d.borough else "",
        "place": d.place,
        "laws": " ".join(law.value for law in d.laws),
        "client_id": d.client_id,
        "arrest_id": d.arrest_id,
        "narrative": d.narrative,
    }


def _get(session: Session, incident_id: int) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFound(f"There is no incident #{incident_id}.")
    return row
