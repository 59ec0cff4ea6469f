"""The immigration-court filing packet from a client's documents (the app's Export packet dialog).

This maps vault data onto ``export.packet``: the filer comes from the
advocate profile (``services.profile``), the caption from the chosen
immigration-court matter only (removal, asylum or bond: its court, judge,
detention and next hearing; never another case's hearing), exhibits are the
chosen documents decrypted in memory, in the order given, each with the
description, date and source the person gave (else the document's title and
date). A translation is paired with its foreign-language original, which
joins its tab. Nothing is written until the whole packet is built and checked
(see ``export.packet``).

Where it goes: the evidence is written to the path asked for (a folder gets
the ECAS name ``Lastname_A123456789_Evidence.pdf``), a brief beside it as a
file of its own (``..._Brief.pdf``), and either, over 25 MB, in parts
``..._Part1.pdf``, ``..._Part2.pdf``.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from casebook.domain.errors import CasebookError, NotFound, ValidationError
from casebook.export import packet as pk
from casebook.export import packet_pages as pp
from casebook.services import clients, documents, ocr, packet_ocr, preferences
from casebook.services.clients import ClientDetail
from casebook.services.packet_caption import caption as cover_caption
from casebook.services.packet_caption import court_matter
from casebook.services.profile import get_profile
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink, Matter

SERVICE_METHODS = tuple(pp.SERVICE_METHODS)

Progress = pk.Progress


@dataclass(frozen=True)
class PacketRequest:
    """What the person chose in the dialog (or on the command line)."""

    client_id: int
    exhibit_ids: tuple[int, ...]
    matter_id: int | None = None
    title: str = ""  # default: "RESPONDENT'S DOCUMENTS IN SUPPORT OF ..." for the matter
    brief_id: int | None = None
    translations: tuple[int, ...] = ()  # exhibits that are translations (besides marked ones)
    translator: pp.Translation = field(default_factory=pp.Translation)
    # (translation, original): the original joins the translation's tab, after the
    # certificate; listed among the exhibits or not, it gets no tab of its own.
    originals: tuple[tuple[int, int], ...] = ()
    not_translations: tuple[int, ...] = ()  # marked in the vault, filed as ordinary exhibits
    # per document: what the exhibit list says (default: its title, its date, nothing)
    descriptions: tuple[tuple[int, str], ...] = ()
    dates: tuple[tuple[int, date | None], ...] = ()
    sources: tuple[tuple[int, str], ...] = ()
    brief_title: str = ""  # default: "RESPONDENT'S BRIEF IN SUPPORT OF ..."
    service_method: str = pp.ECAS
    service_address: str = ""
    served_on: date | None = None  # default: today
    court: str = ""  # default: the matter's court, else New York
    size_limit: int = pk.ECAS_LIMIT


@dataclass(frozen=True)
class PacketResult:
    """What was written: evidence (and brief) files, pages, the table of contents."""

    paths: tuple[Path, ...]  # the brief's files first, then the evidence's
    sizes: tuple[int, ...]
    page_count: int  # the evidence's pages
    placements: tuple[pk.Placement, ...]  # the evidence's table of contents
    warnings: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # "brief" or "evidence", per path
    brief_pages: int = 0

    def to_json(self) -> dict[str, Any]:
        kinds = self.kinds or ("evidence",) * len(self.paths)
        return {
            "files": [
                {"path": str(p), "bytes": size, "kind": kind}
                for p, size, kind in zip(self.paths, self.sizes, kinds, strict=True)
            ],
            "pages": self.page_count,
            "brief_pages": self.brief_pages or None,
            "contents": [
                {
                    "tab": p.tab or None,
                    "description": p.description,
                    "date": p.dated.isoformat() if p.dated else None,
                    "source": p.source or None,
                    "first_page": p.first_page,
                    "last_page": p.last_page,
                    "parts": [
                        {"what": what, "first_page": a, "last_page": b} for what, a, b in p.parts
                    ],
                }
                for p in self.placements
            ],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class PacketEstimate:
    """For the dialog before exporting: pages and bytes, roughly."""

    pages: int
    bytes: int
    parts: int


def estimate_packet(store: Store, request: PacketRequest) -> PacketEstimate:
    """Pages from the stored page counts, size from the stored files: no decryption."""
    ids = _document_ids(request, check=False)
    with store.reading() as session:
        rows = session.execute(
            select(Document.id, Document.page_count, Document.size, Document.is_translation).where(
                Document.id.in_(ids)
            )
        ).all()
    originals = dict(request.originals)
    tabs = tab_order(request)
    list_pages = 1 + len(tabs) // 24
    pages = 1 + list_pages + 1  # cover, exhibit list, certificate of service
    pages += sum((count or 1) for _, count, _, _ in rows)
    pages += sum(1 for i in tabs if i in originals) + len(tabs)  # certificates, tab pages
    if request.brief_id is not None:
        pages += 2  # the brief's own cover and certificate of service
    size = sum(s for _, _, s, _ in rows) + 60_000 + 3_000 * pages
    return PacketEstimate(pages, size, max(1, -(-size // request.size_limit)))


def export_packet(
    store: Store,
    request: PacketRequest,
    output: Path,
    *,
    today: date,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PacketResult:
    """Build, check and write the packet; ``CasebookError`` (nothing written) if it cannot."""
    cancel = cancel or threading.Event()
    spec = packet_spec(store, request, today=today, progress=progress, cancel=cancel)
    built = pk.build_packet(spec, size_limit=request.size_limit, progress=progress, cancel=cancel)
    if cancel.is_set():
        raise pk.PacketCancelled()
    if output.is_dir():
        output = output / ecas_name(clients.show_client(store, request.client_id))
    paths = pk.write_packet(output, built)
    brief_parts = built.brief.parts if built.brief is not None else ()
    data = (*brief_parts, *built.evidence.parts)
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export",
                "client",
                str(request.client_id),
                {
                    "packet": [p.name for p in paths],
                    "documents": list(_document_ids(request)),
                    "pages": built.page_count,
                },
            ),
        )
    return PacketResult(
        paths,
        tuple(len(p) for p in data),
        built.page_count,
        built.placements,
        built.warnings,
        ("brief",) * len(brief_parts) + ("evidence",) * len(built.evidence.parts),
        built.brief.page_count if built.brief is not None else 0,
    )


def ecas_name(detail: ClientDetail, kind: str = "Evidence") -> str:
    """``Lastname_A123456789_Evidence.pdf``: the file name ECAS asks for (ASCII letters)."""
    words = unicodedata.normalize("NFKD", detail.draft.name).encode("ascii", "ignore").decode()
    surname = "".join(c for c in (words.split() or [""])[-1] if c.isalnum() or c == "-")
    digits = "".join(c for c in detail.draft.a_number if c.isdigit())
    parts = [surname or "Respondent", *([f"A{digits}"] if digits else []), kind]
    return "_".join(parts) + ".pdf"


def packet_spec(
    store: Store,
    request: PacketRequest,
    *,
    today: date,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> pk.PacketSpec:
    """Everything the export needs, read from the vault (documents decrypted in memory)."""
    if not request.exhibit_ids:
        raise ValidationError("exhibit", "Choose at least one document as an exhibit.")
    if len(set(request.exhibit_ids)) != len(request.exhibit_ids):
        raise ValidationError("exhibit", "A document is listed twice as an exhibit.")
    if request.service_method not in pp.SERVICE_METHODS:
        raise ValidationError(
            "service", f"Service method must be one of {', '.join(pp.SERVICE_METHODS)}."
        )
    detail = clients.show_client(store, request.client_id)
    if detail.deleted:
        raise NotFound(f"Client #{request.client_id} is in the trash.")
    matter = court_matter(store, request.client_id, request.matter_id)
    profile = get_profile(store)
    ids = _document_ids(request)
    _check_documents(store, request.client_id, ids)
    for what, given in (
        ("description", request.descriptions),
        ("date", request.dates),
        ("source", request.sources),
    ):
        stray = [doc for doc, _ in given if doc not in ids]
        if stray:
            raise ValidationError(
                "exhibit",
                f"Document #{stray[0]} is given a {what} but is not in the packet: add it as "
                "an exhibit, or check the number.",
            )
    titles = _titles(store, ids)
    translations = translation_ids(store, request)
    problem = translation_problem(request, translations, titles)
    if problem:
        raise ValidationError("translation", problem)
    languages = _languages(store, detail)
    notes: list[str] = []
    sources: dict[int, pk.ExhibitSource] = {}
    for done, doc_id in enumerate(ids):
        if cancel is not None and cancel.is_set():
            raise pk.PacketCancelled()
        if progress is not None:
            progress(done, len(ids), f"Reading document #{doc_id}")
        sources[doc_id] = _source(
            store, request, doc_id, languages, notes, cancel, _page_progress(progress, done, ids)
        )
    originals = dict(request.originals)
    exhibits = []
    for doc_id in tab_order(request):
        exhibit = sources[doc_id]
        if doc_id in originals:
            exhibit = replace(
                exhibit, translation=request.translator, original=sources[originals[doc_id]]
            )
        exhibits.append(exhibit)
    brief = sources[request.brief_id] if request.brief_id is not None else None
    caption, caption_notes = cover_caption(
        detail, matter, title=request.title, court=request.court, today=today
    )
    return pk.PacketSpec(
        filer=pp.Filer(
            profile.name,
            profile.organisation,
            profile.address,
            profile.phone,
            profile.email,
            profile.eoir_id,
        ),
        caption=caption,
        exhibits=tuple(exhibits),
        service=pp.Service(
            served_on=request.served_on or today,
            method=request.service_method,
            address=request.service_address,
            signer=profile.name,
        ),
        filed_on=today,
        brief=brief,
        brief_title=request.brief_title,
        notes=(*caption_notes, *notes),
    )


def translation_ids(store: Store, request: PacketRequest) -> set[int]:
    """The exhibits that are translations: marked in the vault or in the request, less those
    the person filed as ordinary exhibits."""
    with store.reading() as session:
        marked = set(
            session.scalars(
                select(Document.id).where(
                    Document.id.in_(request.exhibit_ids),
                    or_(Document.is_translation.is_(True), Document.kind == "translation"),
                )
            )
        )
    marked |= set(request.translations) | {t for t, _ in request.originals}
    return marked - set(request.not_translations)


def translation_problem(
    request: PacketRequest, translations: Iterable[int], titles: dict[int, str]
) -> str:
    """Why the translations cannot be filed as paired, or "" (the app and the command alike).

    8 CFR 1003.33 and ICPM 3.3(a): a foreign-language document is filed with its
    English translation and the translator's certificate; a certificate with no
    original certifies nothing the court can compare, so it is refused.
    """
    originals = dict(request.originals)
    used: dict[int, int] = {}
    for translation, original in request.originals:
        if translation not in request.exhibit_ids:
            return (
                f"Document #{translation} is paired with an original but is not an exhibit: "
                "tick it as an exhibit, or remove the pairing."
            )
        if original == translation:
            return f"Document #{translation} cannot be its own original."
        if original in originals:
            return f"Document #{original} is a translation; it cannot also be an original."
        if original in used:
            return (
                f"Document #{original} is already the original of document "
                f"#{used[original]}; a document goes into one tab only."
            )
        if original == request.brief_id:
            return f"Document #{original} is the brief; it cannot also be an original."
        used[original] = translation
    for doc_id in request.exhibit_ids:
        if doc_id in translations and doc_id not in originals:
            title = titles.get(doc_id, "")
            return (
                f"Document #{doc_id}{f' “{title}”' if title else ''} is a translation, but no "
                "foreign-language original is paired with it: the certificate of translation "
                "goes with the original it translates (8 CFR 1003.33, ICPM 3.3(a)). Pair it "
                "with its original, or file it as an ordinary exhibit. No file was written."
            )
    return ""


def tab_order(request: PacketRequest) -> tuple[int, ...]:
    """The exhibits that get a tab, in order: an original listed as an exhibit joins its
    translation's tab instead, which takes the earlier of the two places."""
    originals = dict(request.originals)
    absorbed = set(originals.values())
    order = {doc: i for i, doc in enumerate(request.exhibit_ids)}
    first = {t: min(order[t], order.get(o, order[t])) for t, o in originals.items() if t in order}
    tabs = [d for d in request.exhibit_ids if d not in absorbed]
    return tuple(sorted(tabs, key=lambda d: first.get(d, order[d])))


def _document_ids(request: PacketRequest, *, check: bool = True) -> tuple[int, ...]:
    """Every document the packet reads: exhibits, originals not listed as exhibits, the brief."""
    if check and request.brief_id in request.exhibit_ids:
        raise ValidationError("brief", "The brief cannot also be an exhibit.")
    extra = [o for _, o in request.originals if o not in request.exhibit_ids]
    if request.brief_id is not None:
        extra.append(request.brief_id)
    return tuple(dict.fromkeys((*request.exhibit_ids, *extra)))


def document_date(doc: documents.DocumentSummary) -> date | None:
    """The document's date as someone recorded it, or None.

    Import sets the date to the day of import when nobody gives one; that day
    says nothing about the document, so the exhibit list leaves it blank
    rather than print it as the document's date.
    """
    if doc.received_on is None or doc.received_on == doc.created_at.date():
        return None
    return doc.received_on


def _titles(store: Store, ids: tuple[int, ...]) -> dict[int, str]:
    with store.reading() as session:
        rows = session.execute(select(Document.id, Document.title).where(Document.id.in_(ids)))
        return {doc_id: title for doc_id, title in rows}


def _languages(store: Store, detail: ClientDetail) -> tuple[str, ...]:
    """The languages scans are read in: the client's, then the office's OCR choice."""
    chosen = preferences.get_preferences(store).ocr_languages
    return tuple(dict.fromkeys((*detail.draft.languages, *chosen)))


def _check_documents(store: Store, client_id: int, ids: tuple[int, ...]) -> None:
    """Every document must be in this client's file (linked to the client or its matters)."""
    with store.reading() as session:
        matter_ids = select(Matter.id).where(Matter.client_id == client_id)
        mine = set(
            session.scalars(
                select(DocumentLink.document_id)
                .join(Document, Document.id == DocumentLink.document_id)
                .where(
                    DocumentLink.document_id.in_(ids),
                    Document.deleted_at.is_(None),
                    or_(
                        DocumentLink.client_id == client_id,
                        DocumentLink.matter_id.in_(matter_ids),
                    ),
                )
            )
        )
    missing = [i for i in ids if i not in mine]
    if missing:
        listed = ", ".join(f"#{i}" for i in missing)
        raise NotFound(f"Document {listed} is not in client #{client_id}'s file.")


def _page_progress(
    progress: Progress | None, done: int, ids: tuple[int, ...]
) -> Callable[[int], None] | None:
    """Progress per scanned page read again for its text layer (seconds a page)."""
    if progress is None:
        return None
    doc_id = ids[done]
    return lambda pages: progress(
        done, len(ids), f"Placing the words of document #{doc_id}, page {pages}"
    )


def _source(
    store: Store,
    request: PacketRequest,
    doc_id: int,
    languages: tuple[str, ...],
    notes: list[str],
    cancel: threading.Event | None,
    pages_done: Callable[[int], None] | None = None,
) -> pk.ExhibitSource:
    doc = documents.show_document(store, doc_id)
    try:
        content = documents.read_content(store, doc_id)
    except CasebookError as exc:
        raise pk.ExhibitUnreadable(
            f'Exhibit document #{doc_id} "{doc.title}" cannot be read from the vault: '
            f"{exc.message} No file was written."
        ) from None
    layers: tuple[bytes | None, ...] = ()
    if doc.text_status == "ocr":
        try:
            layers = packet_ocr.scan_layers(
                content, doc.media_type, languages, cancel=cancel, progress=pages_done
            )
        except ocr.OcrCancelled:
            raise pk.PacketCancelled() from None
        except (ocr.OcrUnavailable, ocr.OcrFailed, ocr.OcrTimeout) as exc:
            notes.append(
                f'The scanned pages of document #{doc_id} "{doc.title}" carry no searchable '
                f"text in the packet: {exc.message}"
            )
    described = dict(request.descriptions)
    dated = dict(request.dates)
    sourced = dict(request.sources)
    return pk.ExhibitSource(
        description=(described.get(doc_id) or "").strip() or doc.title,
        media_type=doc.media_type,
        content=content,
        label=f'document #{doc_id} "{doc.title}"',
        text_layers=layers,
        dated=dated.get(doc_id, document_date(doc)),
        source=sourced.get(doc_id, "").strip(),
    )
