"""Applying an inbox document's suggestions, when a person asks (``suggestions`` makes them).

``accept`` recomputes the suggestions, then applies the parts asked for
through the services that own them (``documents``, ``matters``,
``requests``), so the filing deadline of an individual hearing and a FOIL
request's statutory clock follow by the rules already there. It returns what
it applied, what changed, and what ``suggestion_undo`` needs to put it back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casebook.domain.errors import CasebookError, NotFound
from casebook.domain.vocabulary import MatterType
from casebook.services import documents, matters, requests
from casebook.services.changes import NOTHING, Change, Changed, Changes
from casebook.services.suggestions import (
    FIELDS,
    HearingProposal,
    RequestProposal,
    Suggestions,
    suggest,
)
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink


@dataclass(frozen=True)
class DocumentBefore:
    """A document as it was before ``accept`` (its links by id, to remove those made since)."""

    doc_id: int
    in_inbox: bool
    title: str
    kind: str
    received_on: date | None
    link_ids: frozenset[int]


@dataclass(frozen=True)
class AcceptUndo:
    """Everything ``accept`` changed, as it was before (Edit > Undo)."""

    document: DocumentBefore
    request_id: int | None = None
    request_before: requests.RequestSnapshot | None = None
    event_added: int | None = None
    event_moved: int | None = None
    event_before: matters.EventDraft | None = None
    matter_added: int | None = None


@dataclass(frozen=True)
class Accepted:
    """What ``accept`` applied (None where it applied nothing of that)."""

    doc_id: int
    client_id: int | None = None
    matter_id: int | None = None
    kind: str | None = None
    title: str | None = None
    date: date | None = None
    event_id: int | None = None
    hearing: HearingProposal | None = None
    request_id: int | None = None
    request: RequestProposal | None = None
    skipped: tuple[str, ...] = ()  # asked for but not applicable, with why
    undo: AcceptUndo | None = None  # what ``suggestion_undo.undo_accept`` needs

    def parts(self) -> list[str]:
        return [
            name
            for name, value in (
                ("client", self.client_id),
                ("kind", self.kind),
                ("title", self.title),
                ("date", self.date),
                ("hearing", self.event_id),
                ("request", self.request_id),
            )
            if value is not None
        ]


def accept(
    store: Store, doc_id: int, *, only: Collection[str] | None = None, today: date
) -> Changed[Accepted]:
    """Apply the document's suggestions (``only`` some of ``FIELDS``); returns what was applied.

    The suggestions are computed again first, so what is applied is what the
    vault now implies. Parts are applied in the order least likely to be
    refused first (the request's dates are checked against its life cycle),
    the filing with the client last (it takes the document out of the inbox).
    A part with nothing to apply is left out of the result; a part asked for by
    name that cannot be applied (a hearing without a client) is an error.
    """
    wanted = set(FIELDS if only is None else only)
    unknown = wanted - set(FIELDS)
    if unknown:
        raise CasebookError(
            f"Unknown part {sorted(unknown)[0]!r}: choose among {', '.join(FIELDS)}."
        )
    s = suggest(store, doc_id, today=today)
    changes = NOTHING
    applied = Accepted(doc_id)
    undo = AcceptUndo(_document_before(store, doc_id))
    if "request" in wanted and s.request is not None:
        p = s.request
        undo = dataclasses.replace(undo, request_id=p.request_id)
        if not p.changes.is_empty():
            updated = requests.update_request(store, p.request_id, p.changes, today=today)
            changes |= updated.changes
            undo = dataclasses.replace(undo, request_before=updated.value)
        if p.link:
            requests.link_document(store, p.request_id, doc_id)
            changes |= Changes.of(Change.REQUESTS, Change.DOCUMENTS)
        applied = dataclasses.replace(applied, request_id=p.request_id, request=p)
    if "hearing" in wanted and s.hearing is not None:
        h = s.hearing
        if h.client_id is None:
            if only is not None:
                raise CasebookError(
                    "The hearing needs a client: file the document with a client first."
                )
            applied = dataclasses.replace(
                applied, skipped=("the hearing (it needs a client: choose one first)",)
            )
        else:
            event_id, matter_id, more, undo = _apply_hearing(store, h, undo)
            changes |= more
            applied = dataclasses.replace(
                applied, event_id=event_id, matter_id=matter_id, hearing=h
            )
    title = s.title if "title" in wanted else None
    kind = s.kind if "kind" in wanted else None
    day = s.date if "date" in wanted else None
    if title or kind or day:
        changes |= documents.describe(store, doc_id, title=title, kind=kind, dated=day).changes
        applied = dataclasses.replace(applied, title=title, kind=kind, date=day)
    if "client" in wanted and s.client_id is not None:
        with_matter = applied.matter_id if applied.matter_id is not None else _matter_of(s)
        changes |= documents.assign(
            store, [doc_id], client_id=s.client_id, matter_id=with_matter
        ).changes
        applied = dataclasses.replace(applied, client_id=s.client_id, matter_id=with_matter)
    return Changed(dataclasses.replace(applied, undo=undo), changes)


def _document_before(store: Store, doc_id: int) -> DocumentBefore:
    with store.reading() as session:
        doc = session.get(Document, doc_id)
        if doc is None or doc.deleted_at is not None:
            raise NotFound(f"There is no document #{doc_id}.")
        links = session.scalars(select(DocumentLink.id).where(DocumentLink.document_id == doc_id))
        return DocumentBefore(
            doc_id, doc.in_inbox, doc.title, doc.kind, doc.received_on, frozenset(links)
        )


def _matter_of(s: Suggestions) -> int | None:
    return s.hearing.matter_id if s.hearing is not None else None


def _apply_hearing(
    store: Store, h: HearingProposal, undo: AcceptUndo
) -> tuple[int, int, Changes, AcceptUndo]:
    assert h.client_id is not None
    changes = NOTHING
    if h.matter_id is not None:
        matter_id = h.matter_id
    else:
        made = matters.add_matter(
            store,
            h.client_id,
            matters.MatterDraft(MatterType.REMOVAL_DEFENCE, court=h.court, judge=h.judge),
        )
        matter_id, changes = made.value, made.changes
        undo = dataclasses.replace(undo, matter_added=matter_id)
    if h.moves_event_id is not None:
        held = matters.get_event(store, h.moves_event_id).draft
        draft = dataclasses.replace(
            held, starts_at=h.at, judge=h.judge, location=h.location, matter_id=matter_id
        )
        changes |= matters.update_event(store, h.moves_event_id, draft).changes
        undo = dataclasses.replace(undo, event_moved=h.moves_event_id, event_before=held)
        return h.moves_event_id, matter_id, changes, undo
    added = matters.add_event(
        store,
        h.client_id,
        matters.EventDraft(
            kind=h.kind, starts_at=h.at, matter_id=matter_id, location=h.location, judge=h.judge
        ),
    )
    undo = dataclasses.replace(undo, event_added=added.value)
    return added.value, matter_id, changes | added.changes, undo
