"""The immigration-court filing packet from a client's documents (the app's Export packet dialog).

This maps vault data onto ``export.packet``: the filer comes from the
advocate profile (``services.profile``), the caption from the client and the
matter (judge, court, detained or not, the next hearing), exhibits are the
chosen documents decrypted in memory, in the order given. Nothing is written
until the whole packet is built and checked (see ``export.packet``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from casebook.domain.court_events import caption_city
from casebook.domain.errors import CasebookError, NotFound, ValidationError
from casebook.domain.vocabulary import (
    EVENT_LABELS,
    Detention,
    DetentionStatus,
    EventKind,
    MatterStatus,
    MatterType,
)
from casebook.export import packet as pk
from casebook.export import packet_pages as pp
from casebook.services import clients, documents, matters
from casebook.services.clients import ClientDetail
from casebook.services.matters import MatterInfo
from casebook.services.profile import get_profile
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink, Matter

# The events a cover's "next hearing" may be: hearings before an immigration judge.
HEARINGS = {
    k.value: EVENT_LABELS[k]
    for k in (EventKind.MASTER_HEARING, EventKind.INDIVIDUAL_HEARING, EventKind.BOND_HEARING)
}
SERVICE_METHODS = tuple(pp.SERVICE_METHODS)
DEFAULT_COURT = "New York, New York"
_REMOVAL_KINDS = (MatterType.REMOVAL_DEFENCE, MatterType.ASYLUM, MatterType.BOND)
_TITLES = {
    MatterType.ASYLUM: "APPLICATION FOR ASYLUM, WITHHOLDING OF REMOVAL AND PROTECTION "
    "UNDER THE CONVENTION AGAINST TORTURE",
    MatterType.BOND: "REQUEST FOR CUSTODY (BOND) REDETERMINATION",
}

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
    service_method: str = pp.ECAS
    service_address: str = ""
    served_on: date | None = None  # default: today
    court: str = ""  # default: the matter's court, else New York
    size_limit: int = pk.ECAS_LIMIT


@dataclass(frozen=True)
class PacketResult:
    paths: tuple[Path, ...]
    sizes: tuple[int, ...]
    page_count: int
    placements: tuple[pk.Placement, ...]
    warnings: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [
                {"path": str(p), "bytes": size}
                for p, size in zip(self.paths, self.sizes, strict=True)
            ],
            "pages": self.page_count,
            "contents": [
                {
                    "tab": p.tab or None,
                    "description": p.description,
                    "first_page": p.first_page,
                    "last_page": p.last_page,
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
    ids = _document_ids(request)
    with store.reading() as session:
        rows = session.execute(
            select(Document.id, Document.page_count, Document.size, Document.is_translation).where(
                Document.id.in_(ids)
            )
        ).all()
    translations = {i for i, _, _, marked in rows if marked} | set(request.translations)
    list_pages = 1 + len(request.exhibit_ids) // 30
    pages = 1 + list_pages + 1  # cover, exhibit list, certificate of service
    pages += sum((count or 1) for _, count, _, _ in rows)
    pages += sum(1 for i in request.exhibit_ids if i in translations) + len(request.exhibit_ids)
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
    paths = pk.write_packet(output, built)
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
        tuple(len(p) for p in built.parts),
        built.page_count,
        built.placements,
        built.warnings,
    )


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
    matter = _matter(store, request)
    profile = get_profile(store)
    ids = _document_ids(request)
    _check_documents(store, request.client_id, ids)
    with store.reading() as session:
        marked = set(
            session.scalars(
                select(Document.id).where(
                    Document.id.in_(ids),
                    or_(Document.is_translation.is_(True), Document.kind == "translation"),
                )
            )
        )
    marked |= set(request.translations)
    sources: dict[int, pk.ExhibitSource] = {}
    for done, doc_id in enumerate(ids):
        if cancel is not None and cancel.is_set():
            raise pk.PacketCancelled()
        if progress is not None:
            progress(done, len(ids), f"Reading document #{doc_id}")
        sources[doc_id] = _source(store, doc_id, request.translator if doc_id in marked else None)
    brief = sources[request.brief_id] if request.brief_id is not None else None
    return pk.PacketSpec(
        filer=pp.Filer(
            profile.name,
            profile.organisation,
            profile.address,
            profile.phone,
            profile.email,
            profile.eoir_id,
        ),
        caption=_caption(detail, matter, request, today),
        exhibits=tuple(sources[i] for i in request.exhibit_ids),
        service=pp.Service(
            served_on=request.served_on or today,
            method=request.service_method,
            address=request.service_address,
            signer=profile.name,
        ),
        filed_on=today,
        brief=brief,
    )


def _document_ids(request: PacketRequest) -> tuple[int, ...]:
    extra = (request.brief_id,) if request.brief_id is not None else ()
    if request.brief_id in request.exhibit_ids:
        raise ValidationError("brief", "The brief cannot also be an exhibit.")
    return (*request.exhibit_ids, *extra)


def _matter(store: Store, request: PacketRequest) -> MatterInfo | None:
    options = matters.list_matters(store, request.client_id)
    if request.matter_id is not None:
        for m in options:
            if m.id == request.matter_id:
                return m
        raise NotFound(f"Client #{request.client_id} has no matter #{request.matter_id}.")
    court_cases = [
        m
        for m in options
        if m.draft.type in _REMOVAL_KINDS and m.draft.status is not MatterStatus.CLOSED
    ]
    return court_cases[0] if court_cases else None


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


def _source(store: Store, doc_id: int, translation: pp.Translation | None) -> pk.ExhibitSource:
    doc = documents.show_document(store, doc_id)
    ocr: tuple[str, ...] = ()
    if doc.text_status == "ocr":
        ocr = tuple(documents.document_text(store, doc_id).split("\n\f\n"))
    try:
        content = documents.read_content(store, doc_id)
    except CasebookError as exc:
        raise pk.ExhibitUnreadable(
            f'Exhibit document #{doc_id} "{doc.title}" cannot be read from the vault: '
            f"{exc.message} No file was written."
        ) from None
    return pk.ExhibitSource(
        description=doc.title,
        media_type=doc.media_type,
        content=content,
        label=f'document #{doc_id} "{doc.title}"',
        translation=translation,
        ocr_pages=ocr,
    )


def _caption(
    detail: ClientDetail, matter: MatterInfo | None, request: PacketRequest, today: date
) -> pp.Caption:
    d = detail.draft
    start = datetime.combine(today, time())
    hearings = [
        e
        for e in detail.events
        if e.kind in HEARINGS
        and not e.done
        and e.starts_at >= start
        and (matter is None or e.matter_id in (None, matter.id))
    ]
    hearing = min(hearings, key=lambda e: (e.starts_at, e.id)) if hearings else None
    detention = _detention(matter, d.detention_status)
    kind = matter.draft.type if matter is not None else MatterType.REMOVAL_DEFENCE
    title = request.title.strip() or (
        "RESPONDENT'S DOCUMENTS IN SUPPORT OF "
        + _TITLES.get(kind, "THE RESPONDENT'S APPLICATIONS FOR RELIEF")
    )
    court = (
        request.court
        or caption_city(matter.draft.court if matter is not None else "")
        or DEFAULT_COURT
    )
    return pp.Caption(
        respondent=d.name,
        a_number=detail.a_number_display,
        court_city=court,
        judge=matter.draft.judge if matter is not None else "",
        next_hearing=hearing.starts_at if hearing else None,
        hearing_kind=HEARINGS[hearing.kind] if hearing else "",
        detained=detention is Detention.DETAINED,
        title=title,
        detention_known=detention is not Detention.UNKNOWN,
        hearing_judge=hearing.judge if hearing else "",
    )


def _detention(matter: MatterInfo | None, client_status: DetentionStatus | None) -> Detention:
    """The matter's answer; when it has none, the client's (released on bond or ATD: not detained).

    Detained wins over anything else, so a detained person's filing always says so.
    """
    said = matter.draft.detention if matter is not None else Detention.UNKNOWN
    if said is Detention.DETAINED or client_status is DetentionStatus.DETAINED:
        return Detention.DETAINED
    if said is Detention.NOT_DETAINED or client_status is not None:
        return Detention.NOT_DETAINED
    return Detention.UNKNOWN
