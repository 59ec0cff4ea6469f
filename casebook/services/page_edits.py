"""Pages fixed inside the vault: rotate, delete, reorder, split; the earlier content kept.

An edit reads the document's content into memory, rearranges it there
(``page_content``), encrypts the result into a new blob and, in one
transaction, moves the previous content's blob reference, SHA-256, size,
type, page count and name into a ``document_versions`` row and points the
document at the new blob. The earlier blob is never rewritten: its SHA-256 is
still the one recorded when it was current (at import, for version 1), and
``check --deep`` verifies it. No plaintext file is written.

The document's text follows: pages only moved or dropped keep the text read
before (no OCR again); a turned scanned page is read again by OCR (a page
scanned upside down reads as garbage or not at all). The search index follows
by the documents triggers (FTS5 and ``search_document_changes``, which the
in-memory index catches up from). Earlier versions are read and exported,
never edited; ``restore_version`` makes an earlier content current again as
one more edit (the app's Undo), so nothing is ever lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import func, insert, select

from casebook.domain.errors import CasebookError, NotFound, ValidationError
from casebook.services import extract, page_content
from casebook.services.changes import Change, Changed, Changes
from casebook.services.filetypes import FileType
from casebook.services.importer import Options
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink, DocumentVersion, new_uid
from casebook.vault.blobstore import Fingerprint

DASH = "\N{EN DASH}"
DEFAULT_OPTIONS = Options()
PAGE_BREAK = "\n\f\n"  # how extraction joins the text of pages
Clock = Callable[[], datetime]
Progress = Callable[[int, int, str], None]  # step done, steps, what is being done
_SUFFIX = {FileType.PDF: ".pdf", FileType.PNG: ".png", FileType.JPEG: ".jpg"}


def utcnow() -> datetime:
    """The default clock (naive UTC, to the second, as the store keeps times)."""
    return audit.utcnow()


@dataclass(frozen=True)
class PageChanges:
    """What to do to a document's pages, in its page numbers as they are now (from 1).

    ``order`` lists the pages kept in their new order (every page not deleted,
    once); None keeps them in order.
    """

    rotate: tuple[tuple[int, int], ...] = ()  # (page, clockwise degrees: 90, 180, 270)
    delete: tuple[int, ...] = ()
    order: tuple[int, ...] | None = None


@dataclass(frozen=True)
class PageEditResult:
    document_id: int
    version: int  # the earlier-version number now holding the content as it was
    page_count: int
    sha256: str
    reason: str
    new_document_id: int | None = None  # a split's second document

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.document_id),
            "earlier_version": self.version,
            "page_count": self.page_count,
            "sha256": self.sha256,
            "reason": self.reason,
            "new_document_id": str(self.new_document_id) if self.new_document_id else None,
        }


@dataclass(frozen=True)
class VersionSummary:
    """An earlier content of a document, as its record keeps it."""

    document_id: int
    number: int
    sha256: str
    size: int
    media_type: str
    page_count: int | None
    original_name: str
    replaced_at: datetime
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": str(self.document_id),
            "number": self.number,
            "sha256": self.sha256,
            "size": self.size,
            "media_type": self.media_type,
            "page_count": self.page_count,
            "original_name": self.original_name,
            "replaced_at": self.replaced_at.isoformat(sep=" "),
            "reason": self.reason,
        }


# -- plans -----------------------------------------------------------------------------------


def plan(count: int, changes: PageChanges) -> list[tuple[int, int]]:
    """The pages of the result, in order: (page of the source from 0, degrees to turn).

    Raises ``ValidationError`` naming what cannot be done (a page the document
    does not have, every page deleted, an order that leaves one out)."""
    turns: dict[int, int] = {}
    for page, degrees in changes.rotate:
        _check_page(page, count, "rotate")
        if degrees % 90 or degrees % 360 == 0:
            raise ValidationError("rotate", "Pages turn by 90, 180 or 270 degrees.")
        turns[page] = (turns.get(page, 0) + degrees) % 360
    deleted = set()
    for page in changes.delete:
        _check_page(page, count, "delete")
        deleted.add(page)
    kept = [p for p in range(1, count + 1) if p not in deleted]
    if not kept:
        raise ValidationError("delete", "A document keeps at least one page: not all can go.")
    order = list(changes.order) if changes.order is not None else kept
    if changes.order is not None:
        for page in order:
            _check_page(page, count, "order")
        if sorted(order) != kept:
            raise ValidationError(
                "order",
                f"The order must list every page that stays, once each ({_ranges(kept)}).",
            )
    result = [(p - 1, turns.get(p, 0)) for p in order]
    if result == [(p, 0) for p in range(count)]:
        raise ValidationError("pages", "Nothing to change: the pages are already so.")
    return result


def reason(changes: PageChanges) -> str:
    """The edit in words, as the earlier version's record keeps it."""
    parts = [f"rotated page {p} by {d % 360}°" for p, d in changes.rotate]
    if changes.delete:
        pages = sorted(set(changes.delete))
        parts.append(f"deleted page{'s' if len(pages) > 1 else ''} {_ranges(pages)}")
    if changes.order is not None:
        parts.append("pages reordered as " + ", ".join(str(p) for p in changes.order))
    return "; ".join(parts)


def _check_page(page: int, count: int, field: str) -> None:
    if not 1 <= page <= count:
        raise ValidationError(
            field, f"This document has pages 1{DASH}{count}; there is no page {page}."
        )


def _ranges(pages: Sequence[int]) -> str:
    """1, 2, 3, 5 as "1-3, 5" (with an en dash)."""
    spans: list[list[int]] = []
    for p in pages:
        if spans and p == spans[-1][1] + 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return ", ".join(f"{a}{DASH}{b}" if b > a else str(a) for a, b in spans)


# -- edits -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Current:
    id: int
    blob_name: str
    sha256: str
    size: int
    media_type: str
    page_count: int | None
    original_name: str
    title: str
    text: str
    text_status: str


def edit_pages(
    store: Store,
    doc_id: int,
    changes: PageChanges,
    *,
    clock: Clock = utcnow,
    options: Options = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Changed[PageEditResult]:
    """Rotate, delete and reorder pages; the content as it was becomes an earlier version."""
    step = _Steps(progress, 4)
    current, content, kind = _read_current(store, doc_id)
    count = page_content.page_count(content, kind)
    steps = plan(count, changes)
    step("Editing the pages")
    edited = page_content.apply(content, kind, steps)
    step("Reading the text again")
    turned = {i for i, (_src, turn) in enumerate(steps) if turn}
    extracted = _reread(current, count, [s for s, _ in steps], turned, edited, options, cancel)
    step("Saving")
    why = reason(changes)
    result, clients = _replace(store, current, edited, extracted, why, clock())
    step("Done")
    return Changed(result, Changes(frozenset({Change.DOCUMENTS}), clients))


def split(
    store: Store,
    doc_id: int,
    at: int,
    *,
    clock: Clock = utcnow,
    options: Options = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Changed[PageEditResult]:
    """Pages ``at``… become a new document linked where this one is; this one keeps the rest.

    The new document's source says where it came from ("pages 4 to 6 of <title>,
    split on <date>"); the whole content as it was stays this document's
    earlier version.
    """
    step = _Steps(progress, 4)
    current, content, kind = _read_current(store, doc_id)
    count = page_content.page_count(content, kind)
    if not 2 <= at <= count:
        raise ValidationError(
            "at",
            f"Split at a page from 2 to {count}: each part keeps at least one page."
            if count > 1
            else "A one-page document cannot be split.",
        )
    step("Splitting the pages")
    first = list(range(at - 1))
    second = list(range(at - 1, count))
    kept = page_content.apply(content, kind, [(p, 0) for p in first])
    moved = page_content.apply(content, kind, [(p, 0) for p in second])
    step("Reading the text")
    kept_text = _reread(current, count, first, set(), kept, options, cancel)
    moved_text = _reread(current, count, second, set(), moved, options, cancel)
    step("Saving")
    now = clock()
    pages = f"pages {at}{DASH}{count}" if at < count else f"page {at}"
    fp = store.vault.blobs.put_bytes(moved.content)
    kept_fp = store.vault.blobs.put_bytes(kept.content)
    with store.transaction() as session:
        _ensure_unused(session, fp.name, doc_id)
        new_id: int = session.execute(
            insert(Document).returning(Document.id),
            {
                "uid": new_uid(),
                "title": f"{current.title} ({pages})",
                "original_name": _renamed(current.original_name, moved.kind),
                "media_type": moved.kind.value,
                "size": fp.size,
                "page_count": moved_text.page_count,
                "sha256": fp.sha256,
                "blob_name": fp.name,
                "source": f"{pages} of {current.title}, split on {now.date().isoformat()}",
                "text": moved_text.text,
                "text_status": moved_text.text_status,
                "thumbnail": moved_text.thumbnail,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                **_copied_fields(session, doc_id),
            },
        ).scalar_one()
        for link in session.scalars(select(DocumentLink).where(DocumentLink.document_id == doc_id)):
            session.add(
                DocumentLink(
                    document_id=new_id,
                    client_id=link.client_id,
                    matter_id=link.matter_id,
                    request_id=link.request_id,
                    incident_id=link.incident_id,
                )
            )
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "split",
                "document",
                str(new_id),
                {"from_document": str(doc_id), "pages": pages, "sha256": fp.sha256},
            ),
        )
        why = f"split: {pages} moved to document {new_id}"
        result, clients = _record(session, store, current, kept.kind, kept_fp, kept_text, why, now)
    step("Done")
    return Changed(
        PageEditResult(
            doc_id, result.version, result.page_count, result.sha256, why, new_document_id=new_id
        ),
        Changes(frozenset({Change.DOCUMENTS}), clients),
    )


def restore_version(
    store: Store,
    doc_id: int,
    number: int,
    *,
    clock: Clock = utcnow,
    options: Options = DEFAULT_OPTIONS,
    cancel: threading.Event | None = None,
) -> Changed[PageEditResult]:
    """Make earlier version ``number`` current again (Undo of a page edit).

    One more edit, not a rewind: the content replaced becomes an earlier
    version too, and version ``number`` stays listed as it was.
    """
    current, _content, _kind = _read_current(store, doc_id)
    with store.reading() as session:
        version = session.scalar(
            select(DocumentVersion).where(
                DocumentVersion.document_id == doc_id, DocumentVersion.number == number
            )
        )
        if version is None:
            raise NotFound(f"Document #{doc_id} has no earlier version {number}.")
        name, media, original = version.blob_name, version.media_type, version.original_name
    content = store.vault.blobs.read_bytes(name, f"document {doc_id} version {number}")
    kind = FileType(media)
    edited = page_content.Edited(content, kind)
    extracted = _reread(current, -1, [], set(), edited, options, cancel)
    why = f"restored earlier version {number}"
    result, clients = _replace(
        store, current, edited, extracted, why, clock(), original_name=original
    )
    return Changed(result, Changes(frozenset({Change.DOCUMENTS}), clients))


# -- earlier versions ------------------------------------------------------------------------


def versions(store: Store, doc_id: int) -> list[VersionSummary]:
    """The document's earlier versions, oldest first."""
    with store.reading() as session:
        if session.scalar(select(Document.id).where(Document.id == doc_id)) is None:
            raise NotFound(f"There is no document #{doc_id}.")
        rows = session.execute(
            select(
                DocumentVersion.document_id,
                DocumentVersion.number,
                DocumentVersion.sha256,
                DocumentVersion.size,
                DocumentVersion.media_type,
                DocumentVersion.page_count,
                DocumentVersion.original_name,
                DocumentVersion.replaced_at,
                DocumentVersion.reason,
            )
            .where(DocumentVersion.document_id == doc_id)
            .order_by(DocumentVersion.number)
        ).all()
    return [VersionSummary(*row) for row in rows]


def read_version(store: Store, doc_id: int, number: int) -> tuple[VersionSummary, bytes]:
    """An earlier version and its decrypted content, in memory only (for the viewer)."""
    summary, name = _version(store, doc_id, number)
    return summary, store.vault.blobs.read_bytes(name, f"document {doc_id} version {number}")


def export_version(store: Store, doc_id: int, number: int, destination: Path) -> None:
    """Write a decrypted copy of an earlier version where the person asked."""
    _summary, name = _version(store, doc_id, number)
    store.vault.blobs.export_to(name, destination, f"document {doc_id} version {number}")
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export",
                "document",
                str(doc_id),
                {"to": destination.name, "version": number},
            ),
        )


def _version(store: Store, doc_id: int, number: int) -> tuple[VersionSummary, str]:
    found = [v for v in versions(store, doc_id) if v.number == number]
    if not found:
        raise NotFound(f"Document #{doc_id} has no earlier version {number}.")
    with store.reading() as session:
        name = session.scalar(
            select(DocumentVersion.blob_name).where(
                DocumentVersion.document_id == doc_id, DocumentVersion.number == number
            )
        )
    assert name is not None
    return found[0], name


# -- internals -------------------------------------------------------------------------------


class _Steps:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self._total, self._done = progress, total, 0

    def __call__(self, what: str) -> None:
        if self._progress is not None:
            self._progress(self._done, self._total, what)
        self._done = min(self._done + 1, self._total)


def _read_current(store: Store, doc_id: int) -> tuple[_Current, bytes, FileType]:
    with store.reading() as session:
        row = session.execute(
            select(
                Document.id,
                Document.blob_name,
                Document.sha256,
                Document.size,
                Document.media_type,
                Document.page_count,
                Document.original_name,
                Document.title,
                Document.text,
                Document.text_status,
            ).where(Document.id == doc_id, Document.deleted_at.is_(None))
        ).first()
    if row is None:
        raise NotFound(f"There is no document #{doc_id}.")
    current = _Current(**row._mapping)
    try:
        kind = FileType(current.media_type)
    except ValueError:
        kind = FileType.OTHER
    if kind is not FileType.PDF and not kind.is_image:
        raise page_content.CannotEdit("Only PDFs and images have pages to edit.")
    content = store.vault.blobs.read_bytes(current.blob_name, f"document {doc_id}")
    return current, content, kind


def _reread(
    current: _Current,
    count: int,
    sources: list[int],
    turned: set[int],
    edited: page_content.Edited,
    options: Options,
    cancel: threading.Event | None,
) -> extract.Extracted:
    """The edited content's text, thumbnail and page count.

    A page moved keeps the text read before; only turned pages (and all of
    them, when the old text cannot be told apart page by page) are read again,
    with OCR when the document's text came from OCR.
    """
    base = extract.extract(edited.content, edited.kind, None)
    if current.text_status != "ocr":
        return base  # a text layer (read again above), or nothing OCR read before
    ocr_page = extract.make_ocr(options.languages, cancel) if options.ocr else None
    old = current.text.split(PAGE_BREAK) if current.text else []
    if len(old) != count or not sources:  # the old text cannot be told apart page by page
        if ocr_page is None:
            return base
        return extract.extract(edited.content, edited.kind, ocr_page)
    texts = []
    notes = [n for n in base.notes if "OCR" not in n]
    for index, source in enumerate(sources):
        if index not in turned or ocr_page is None:
            texts.append(old[source])  # as read before (a turned page, when OCR is off)
            continue
        page, kind = edited.content, edited.kind
        if len(sources) > 1:
            page = page_content.apply(edited.content, edited.kind, [(index, 0)]).content
            kind = FileType.PDF
        one = extract.extract(page, kind, ocr_page)
        notes.extend(n for n in one.notes if n not in notes)
        texts.append(one.text)
    text = PAGE_BREAK.join(texts).strip()[: extract.MAX_TEXT_CHARS]
    return extract.Extracted(text, base.page_count, base.thumbnail, tuple(notes), "ocr")


def _replace(
    store: Store,
    current: _Current,
    edited: page_content.Edited,
    extracted: extract.Extracted,
    why: str,
    now: datetime,
    *,
    original_name: str | None = None,
) -> tuple[PageEditResult, frozenset[int]]:
    """Store the new content; the old one becomes the next earlier version (one transaction)."""
    fp = store.vault.blobs.put_bytes(edited.content)
    with store.transaction() as session:
        return _record(session, store, current, edited.kind, fp, extracted, why, now, original_name)


def _record(
    session: Any,
    store: Store,
    current: _Current,
    kind: FileType,
    fp: Fingerprint,
    extracted: extract.Extracted,
    why: str,
    now: datetime,
    original_name: str | None = None,
) -> tuple[PageEditResult, frozenset[int]]:
    """In the caller's transaction: the version row, the document on its new blob, the audit."""
    if fp.name == current.blob_name:
        raise ValidationError("pages", "Nothing to change: the content would be the same.")
    doc = session.get(Document, current.id)
    if doc is None or doc.deleted_at is not None:
        raise NotFound(f"There is no document #{current.id}.")
    if doc.blob_name != current.blob_name:
        raise CasebookError(
            f"Document #{current.id} was changed meanwhile; open it again and redo the edit."
        )
    _ensure_unused(session, fp.name, current.id)
    number = (
        session.scalar(
            select(func.max(DocumentVersion.number)).where(
                DocumentVersion.document_id == current.id
            )
        )
        or 0
    ) + 1
    session.add(
        DocumentVersion(
            document_id=current.id,
            number=number,
            blob_name=doc.blob_name,
            sha256=doc.sha256,
            size=doc.size,
            media_type=doc.media_type,
            page_count=doc.page_count,
            original_name=doc.original_name,
            replaced_at=now,
            reason=why,
        )
    )
    doc.blob_name, doc.sha256, doc.size = fp.name, fp.sha256, fp.size
    doc.media_type = kind.value
    doc.original_name = original_name or _renamed(doc.original_name, kind)
    doc.page_count = extracted.page_count
    doc.text, doc.text_status = extracted.text, extracted.text_status
    doc.thumbnail = extracted.thumbnail
    doc.updated_at = audit.edited_at(doc.updated_at)
    audit.record(
        session,
        store.audit_key,
        audit.AuditEvent(
            "edit-pages",
            "document",
            str(current.id),
            {
                "reason": why,
                "earlier_version": number,
                "earlier_sha256": current.sha256,
                "sha256": fp.sha256,
                "page_count": extracted.page_count,
            },
        ),
    )
    clients = frozenset(
        c
        for c in session.scalars(
            select(DocumentLink.client_id).where(DocumentLink.document_id == current.id)
        )
        if c is not None
    )
    return PageEditResult(current.id, number, extracted.page_count or 1, fp.sha256, why), clients


def _ensure_unused(session: Any, name: str, doc_id: int) -> None:
    other = session.scalar(
        select(Document.id).where(Document.blob_name == name, Document.id != doc_id)
    )
    if other is not None:
        raise CasebookError(
            f"The edited pages are exactly the content of document #{other}: nothing was changed."
        )


def _copied_fields(session: Any, doc_id: int) -> dict[str, Any]:
    doc = session.get(Document, doc_id)
    return {
        "kind": doc.kind,
        "received_on": doc.received_on,
        "in_inbox": doc.in_inbox,
        "is_translation": doc.is_translation,
    }


def _renamed(name: str, kind: FileType) -> str:
    """``scan.tiff`` as ``scan.pdf`` once its pages became a PDF (a JPEG stays a JPEG)."""
    suffix = _SUFFIX.get(kind)
    if not name or suffix is None or kind is FileType.JPEG:
        return name
    old = PurePath(name).suffix
    if old.lower() == suffix:
        return name
    return (name[: -len(old)] if old else name) + suffix
