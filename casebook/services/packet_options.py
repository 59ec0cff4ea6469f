"""What the Export packet dialog offers and prefills, and the export it runs.

The desktop UI may not import ``casebook.export``; this module gives it the few
names it needs from there (the translator's details, the service methods) and
reads, in one worker call, everything the dialog shows before the person
starts: the client's documents (with the ones already marked as translations),
each court matter with the caption it would print (court, judge, next hearing,
detained or not, the default title) and the advocate profile that signs.

``export_with_preview`` runs ``services.packet.export_packet`` and, when the
packet is one file, reads that file back into memory so the dialog can show it
in the document viewer: it is the person's own export, already on their disk.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import or_, select

from casebook.domain.vocabulary import MATTER_LABELS, MatterStatus
from casebook.export import packet as pk
from casebook.export import packet_pages as pp
from casebook.services import clients, documents, matters, packet_caption
from casebook.services import packet as packet_service
from casebook.services.documents import DocumentSummary
from casebook.services.packet import PacketRequest, PacketResult, Progress
from casebook.services.profile import AdvocateProfile, get_profile
from casebook.store.session import Store
from casebook.store.tables import Document

__all__ = [
    "DEFAULT_SERVICE_METHOD",
    "SERVICE_METHODS",
    "UPLOAD_LIMIT",
    "ExhibitChoice",
    "MatterCaption",
    "PacketChoices",
    "PacketExport",
    "Translation",
    "export_with_preview",
    "packet_choices",
    "tab_letter",
    "translation",
]

Translation = pp.Translation
SERVICE_METHODS: dict[str, str] = dict(pp.SERVICE_METHODS)  # key -> words on the certificate
DEFAULT_SERVICE_METHOD = pp.ECAS
UPLOAD_LIMIT = pk.ECAS_LIMIT  # bytes per file the court's electronic filing takes
tab_letter = pk.tab_letter  # A, B, ... Z, AA: the exhibit tabs


def translation(name: str, address: str = "", phone: str = "", language: str = "") -> Translation:
    """The translator's details printed on each certificate of translation."""
    return pp.Translation(name.strip(), address.strip(), phone.strip(), language.strip())


@dataclass(frozen=True)
class ExhibitChoice:
    document: DocumentSummary
    is_translation: bool  # marked as one in the vault (kind or flag)


@dataclass(frozen=True)
class MatterCaption:
    """One matter as the cover page would show it."""

    matter_id: int | None  # None: no immigration-court matter (the cover names no hearing)
    label: str
    court: str
    judge: str
    next_hearing: datetime | None
    hearing_kind: str
    detained: bool
    title: str
    detention_known: bool = True  # False: the cover prints neither DETAINED nor NON-DETAINED
    hearing_judge: str = ""
    notes: tuple[str, ...] = ()  # what the cover leaves out, and why (shown in the dialog)


@dataclass(frozen=True)
class PacketChoices:
    client_id: int
    client_name: str
    exhibits: tuple[ExhibitChoice, ...]
    matters: tuple[MatterCaption, ...]  # the default (as the export picks it) first
    profile: AdvocateProfile
    file_name: str = "Evidence.pdf"  # what ECAS asks: Lastname_A123456789_Evidence.pdf


@dataclass(frozen=True)
class PacketExport:
    result: PacketResult
    preview: bytes | None  # the written PDF, when the packet is a single file


def packet_choices(store: Store, client_id: int, *, today: date) -> PacketChoices:
    """Everything the dialog shows before the person starts choosing."""
    detail = clients.show_client(store, client_id)
    docs = documents.client_documents(store, client_id)
    ids = [d.id for d in docs]
    with store.reading() as session:
        marked = set(
            session.scalars(
                select(Document.id).where(
                    Document.id.in_(ids),
                    or_(Document.is_translation.is_(True), Document.kind == "translation"),
                )
            )
        )
    blank = PacketRequest(client_id, ())
    default = packet_caption.court_matter(store, client_id, None)
    options: list[matters.MatterInfo | None] = [default]
    for m in matters.list_matters(store, client_id):
        if (
            m.draft.status is not MatterStatus.CLOSED
            and m.draft.type in packet_caption.IMMIGRATION_KINDS
            and (default is None or m.id != default.id)
        ):
            options.append(m)
    if default is not None:
        options.append(None)  # the person may file without naming a court matter
    captions = []
    for option in options:
        caption, notes = packet_caption.caption(
            detail, option, title=blank.title, court=blank.court, today=today
        )
        captions.append(
            MatterCaption(
                matter_id=option.id if option is not None else None,
                label=_matter_label(option),
                court=caption.court_city,
                judge=caption.judge or caption.hearing_judge,
                next_hearing=caption.next_hearing,
                hearing_kind=caption.hearing_kind,
                detained=caption.detained,
                title=caption.title,
                detention_known=caption.detention_known,
                hearing_judge=caption.hearing_judge,
                notes=notes,
            )
        )
    return PacketChoices(
        client_id=client_id,
        client_name=detail.draft.name,
        exhibits=tuple(ExhibitChoice(d, d.id in marked) for d in docs),
        matters=tuple(captions),
        profile=get_profile(store),
        file_name=packet_service.ecas_name(detail),
    )


def export_with_preview(
    store: Store,
    request: PacketRequest,
    output: Path,
    *,
    today: date,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PacketExport:
    """Export the packet; evidence in a single file is read back for the preview."""
    result = packet_service.export_packet(
        store, request, output, today=today, progress=progress, cancel=cancel
    )
    evidence = [p for p, kind in zip(result.paths, result.kinds, strict=True) if kind == "evidence"]
    preview = evidence[0].read_bytes() if len(evidence) == 1 else None
    return PacketExport(result, preview)


def _matter_label(m: matters.MatterInfo | None) -> str:
    if m is None:
        return "No immigration-court matter"
    words = MATTER_LABELS.get(m.draft.type, m.draft.type.value.replace("-", " ").capitalize())
    extra = ", ".join(x for x in (m.draft.docket_number, m.draft.court) if x)
    return f"{words} ({extra})" if extra else words
