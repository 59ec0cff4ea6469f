"""Documents after import: the inbox, assigning, metadata, and reading the content back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import select

from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import DocumentKind
from casebook.services.changes import Change, Changed, Changes
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Client, Document, DocumentLink, Matter


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    kind: str
    original_name: str
    media_type: str
    size: int
    page_count: int | None
    sha256: str
    received_on: date | None
    created_at: datetime
    in_inbox: bool
    text_status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "title": self.title,
            "kind": self.kind,
            "original_name": self.original_name,
            "media_type": self.media_type,
            "size": self.size,
            "page_count": self.page_count,
            "sha256": self.sha256,
            "received_on": self.received_on.isoformat() if self.received_on else None,
            "in_inbox": self.in_inbox,
            "text_status": self.text_status or None,
        }


_COLUMNS = (
    Document.id,
    Document.title,
    Document.kind,
    Document.original_name,
    Document.media_type,
    Document.size,
    Document.page_count,
    Document.sha256,
    Document.received_on,
    Document.created_at,
    Document.in_inbox,
    Document.text_status,
)


def _summary(row: Any) -> DocumentSummary:
    return DocumentSummary(*row)


def inbox(store: Store) -> list[DocumentSummary]:
    query = (
        select(*_COLUMNS)
        .where(Document.in_inbox.is_(True), Document.deleted_at.is_(None))
        .order_by(Document.created_at, Document.id)
    )
    with store.reading() as session:
        return [_summary(r) for r in session.connection().execute(query)]


def client_documents(store: Store, client_id: int) -> list[DocumentSummary]:
    query = (
        select(*_COLUMNS)
        .join(DocumentLink, DocumentLink.document_id == Document.id)
        .where(DocumentLink.client_id == client_id, Document.deleted_at.is_(None))
        .distinct()
        .order_by(Document.received_on.desc(), Document.id.desc())
    )
    with store.reading() as session:
        return [_summary(r) for r in session.connection().execute(query)]


def show_document(store: Store, doc_id: int) -> DocumentSummary:
    with store.reading() as session:
        row = session.execute(
            select(*_COLUMNS).where(Document.id == doc_id, Document.deleted_at.is_(None))
        ).first()
    if row is None:
        raise NotFound(f"There is no document #{doc_id}.")
    return _summary(row)


def inbox_with_thumbnails(store: Store) -> list[tuple[DocumentSummary, bytes | None]]:
    """The inbox and each document's thumbnail, in one query."""
    query = (
        select(*_COLUMNS, Document.thumbnail)
        .where(Document.in_inbox.is_(True), Document.deleted_at.is_(None))
        .order_by(Document.created_at, Document.id)
    )
    with store.reading() as session:
        rows = session.connection().execute(query).all()
    return [(_summary(r[:-1]), cast("bytes | None", r[-1])) for r in rows]


def thumbnail(store: Store, doc_id: int) -> bytes | None:
    with store.reading() as session:
        return session.scalar(select(Document.thumbnail).where(Document.id == doc_id))


def document_text(store: Store, doc_id: int) -> str:
    with store.reading() as session:
        value = session.scalar(select(Document.text).where(Document.id == doc_id))
    if value is None:
        raise NotFound(f"There is no document #{doc_id}.")
    return value


def assign(
    store: Store,
    doc_ids: list[int],
    *,
    client_id: int,
    matter_id: int | None = None,
    title: str | None = None,
    kind: str | None = None,
) -> Changed[tuple[FiledBefore, ...]]:
    """Move documents out of the inbox to a client (and matter), optionally retitled.

    Returns each document as it was, for ``unassign`` (Edit > Undo).
    """
    if kind is not None and kind not in {k.value for k in DocumentKind}:
        raise ValidationError("kind", f"Unknown document kind {kind!r}.")
    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(f"There is no client #{client_id}.")
        if matter_id is not None:
            owner = session.scalar(select(Matter.client_id).where(Matter.id == matter_id))
            if owner != client_id:
                raise NotFound(f"Client #{client_id} has no matter #{matter_id}.")
        before: list[FiledBefore] = []
        for doc_id in doc_ids:
            doc = session.get(Document, doc_id)
            if doc is None or doc.deleted_at is not None:
                raise NotFound(f"There is no document #{doc_id}.")
            already = session.scalar(
                select(DocumentLink.id).where(
                    DocumentLink.document_id == doc_id, DocumentLink.client_id == client_id
                )
            )
            new_link: int | None = None
            if already is None:
                link = DocumentLink(document_id=doc_id, client_id=client_id, matter_id=matter_id)
                session.add(link)
                session.flush()
                new_link = link.id
            before.append(FiledBefore(doc_id, doc.in_inbox, doc.title, doc.kind, new_link))
            doc.in_inbox = False
            if title is not None and title.strip():
                doc.title = " ".join(title.split())
            if kind is not None:
                doc.kind = kind
            doc.updated_at = audit.edited_at(doc.updated_at)
            audit.record(
                session,
                store.audit_key,
                audit.AuditEvent(
                    "assign",
                    "document",
                    str(doc_id),
                    {"client_id": client_id, "matter_id": matter_id, "title": title, "kind": kind},
                ),
            )
    return Changed(tuple(before), Changes.of(Change.DOCUMENTS, client_id=client_id))


def describe(
    store: Store,
    doc_id: int,
    *,
    title: str | None = None,
    kind: str | None = None,
    dated: date | None = None,
) -> Changed[FiledBefore]:
    """Set a document's title, kind or date (None keeps it), wherever it is filed.

    ``dated`` is the date the document bears; it is kept as its ``received_on``,
    the one date a document has (the client file and timeline order by it).
    Returns the document as it was (``FiledBefore``, without a new link).
    """
    if kind is not None and kind not in {k.value for k in DocumentKind}:
        raise ValidationError("kind", f"Unknown document kind {kind!r}.")
    with store.transaction() as session:
        doc = session.get(Document, doc_id)
        if doc is None or doc.deleted_at is not None:
            raise NotFound(f"There is no document #{doc_id}.")
        before = FiledBefore(doc_id, doc.in_inbox, doc.title, doc.kind, None)
        changed: dict[str, Any] = {}
        if title is not None and " ".join(title.split()) and doc.title != " ".join(title.split()):
            doc.title = changed["title"] = " ".join(title.split())
        if kind is not None and doc.kind != kind:
            doc.kind = changed["kind"] = kind
        if dated is not None and doc.received_on != dated:
            doc.received_on = dated
            changed["received_on"] = dated.isoformat()
        if changed:
            doc.updated_at = audit.edited_at(doc.updated_at)
            audit.record(
                session,
                store.audit_key,
                audit.AuditEvent("update", "document", str(doc_id), changed),
            )
    return Changed(before, Changes.of(Change.DOCUMENTS) if changed else Changes())


@dataclass(frozen=True)
class FiledBefore:
    """A document as it was before ``assign`` (what ``unassign`` puts back)."""

    doc_id: int
    in_inbox: bool
    title: str
    kind: str
    new_link_id: int | None  # the link ``assign`` made, if it made one


def unassign(store: Store, before: tuple[FiledBefore, ...]) -> Changed[None]:
    """Undo an ``assign``: its links removed, inbox place, title and kind as they were."""
    clients: set[int] = set()
    with store.transaction() as session:
        for was in before:
            doc = session.get(Document, was.doc_id)
            if doc is None:
                continue  # erased since: nothing to put back
            if was.new_link_id is not None:
                link = session.get(DocumentLink, was.new_link_id)
                if link is not None:
                    if link.client_id is not None:
                        clients.add(link.client_id)
                    session.delete(link)
            doc.in_inbox, doc.title, doc.kind = was.in_inbox, was.title, was.kind
            doc.updated_at = audit.edited_at(doc.updated_at)
            audit.record(
                session,
                store.audit_key,
                audit.AuditEvent("unassign", "document", str(was.doc_id), {}),
            )
    changes = Changes(frozenset({Change.DOCUMENTS}), frozenset(clients))
    return Changed(None, changes)


def read_content(store: Store, doc_id: int) -> bytes:
    """The decrypted document, in memory only (for the viewer)."""
    name = _blob_name(store, doc_id)
    return store.vault.blobs.read_bytes(name, f"document {doc_id}")


def export_copy(store: Store, doc_id: int, destination: Path) -> None:
    """Write a decrypted copy where the person asked; the copy is not protected by casebook."""
    name = _blob_name(store, doc_id)
    store.vault.blobs.export_to(name, destination, f"document {doc_id}")
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("export", "document", str(doc_id), {"to": destination.name}),
        )


def _blob_name(store: Store, doc_id: int) -> str:
    with store.reading() as session:
        name = session.scalar(
            select(Document.blob_name).where(Document.id == doc_id, Document.deleted_at.is_(None))
        )
    if name is None:
        raise NotFound(f"There is no document #{doc_id}.")
    return name
