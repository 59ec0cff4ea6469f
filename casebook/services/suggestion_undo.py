"""Undoing an ``accept`` of an inbox document's suggestions (Edit > Undo).

Puts back what ``suggestion_accept.accept`` changed, from what it kept
(``AcceptUndo``): the document's place in the inbox, its title, kind and date
and its links; the hearing it added (erased) or moved (moved back); the removal
matter it made (erased, with its events); the request's dates and its link to
the letter. Redo is the same accept again, as the vault then stands.
"""

from __future__ import annotations

import contextlib

from sqlalchemy import delete, select

from casebook.domain.errors import NotFound
from casebook.services import matters, requests
from casebook.services.changes import NOTHING, Change, Changed, Changes
from casebook.services.suggestion_accept import AcceptUndo, DocumentBefore
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink


def undo_accept(store: Store, undo: AcceptUndo) -> Changed[None]:
    changes = _document_back(store, undo.document)
    if undo.event_moved is not None and undo.event_before is not None:
        with contextlib.suppress(NotFound):  # erased since: nothing to move back
            changes |= matters.update_event(store, undo.event_moved, undo.event_before).changes
    elif undo.event_added is not None:
        with contextlib.suppress(NotFound):
            changes |= matters.delete_event(store, undo.event_added).changes
    if undo.matter_added is not None:
        with contextlib.suppress(NotFound):
            changes |= matters.delete_matter(store, undo.matter_added).changes
    if undo.request_id is not None and undo.request_before is not None:
        changes |= requests.replace_request(store, undo.request_id, undo.request_before).changes
    return Changed(None, changes)


def _document_back(store: Store, was: DocumentBefore) -> Changes:
    with store.transaction() as session:
        doc = session.get(Document, was.doc_id)
        if doc is None:
            return NOTHING  # erased since
        made = list(
            session.scalars(
                select(DocumentLink.id).where(
                    DocumentLink.document_id == was.doc_id, DocumentLink.id.not_in(was.link_ids)
                )
            )
        )
        if made:
            session.execute(delete(DocumentLink).where(DocumentLink.id.in_(made)))
        doc.in_inbox, doc.title, doc.kind = was.in_inbox, was.title, was.kind
        doc.received_on = was.received_on
        doc.updated_at = audit.edited_at(doc.updated_at)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("unaccept", "document", str(was.doc_id), {"links": len(made)}),
        )
    return Changes.of(Change.DOCUMENTS, Change.REQUESTS)
