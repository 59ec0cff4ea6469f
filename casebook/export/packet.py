"""The immigration-court filing packet: exhibits in, one (or a few) court-ready PDFs out.

Order of the packet (ICPM ch. 3.3(c), 8 CFR 1003.32): cover page, the brief
if there is one, the table of contents / proposed exhibit list, then for each
exhibit its lettered tab page, its pages and, for a translation, the
certificate of translation (8 CFR 1003.33, ICPM 3.3(a)); last the
certificate of service (8 CFR 1003.32(c)).

Every page ends up letter size (8 CFR 1003.32(d)): a source page is scaled,
never cropped, onto an 8.5 x 11 inch page in its own orientation (a
landscape page becomes an 11 x 8.5 inch page) above a blank strip at the foot
where the consecutive page number is printed, so the number never covers
content. Pages are placed by rewriting only their page dictionaries: content
streams and images are copied as they are, so merging costs about what
``qpdf --pages`` costs and scans keep their quality; visible annotations
(filled-in form fields, stamps) are drawn into the page first.

Every exhibit is opened and checked before anything is built, and nothing is
written unless the whole packet was built: a damaged or password-protected
source stops the export with its name. The court's electronic filing takes
files of at most 25 MB (EOIR ECAS upload guidelines), so a larger packet is
split at exhibit boundaries into ``..._Part1.pdf``, ``..._Part2.pdf`` whose
page numbers continue from part to part.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from casebook.domain.errors import CasebookError
from casebook.export import packet_pages as pp
from casebook.export.packet_sources import ExhibitSource, ExhibitUnreadable, ImageData, Source, load
from casebook.export.page import PRODUCER
from casebook.vault.files import atomic_write_bytes, remove_quietly

__all__ = [
    "BRIEF_PAGE_LIMIT",
    "ECAS_LIMIT",
    "ExhibitSource",
    "ExhibitUnreadable",
    "PacketCancelled",
    "PacketOutput",
    "PacketSpec",
    "Placement",
    "build_packet",
    "part_paths",
    "write_packet",
]

# ECAS upload guidelines: "25 megabytes (MB) or less"; counted in decimal, the safe side.
ECAS_LIMIT = 25 * 1000 * 1000
BRIEF_PAGE_LIMIT = 25  # ICPM 4.19(b): "Parties must limit the body of their briefs to 25 pages"

LETTER = (612.0, 792.0)
_SIDE = 18.0  # a quarter inch beside and above scaled content
_PER_PART_OVERHEAD = 400_000  # embedded font subsets, page tree, outline: a generous guess

Progress = Callable[[int, int, str], None]


class PacketCancelled(CasebookError):
    def __init__(self) -> None:
        super().__init__("The packet export was cancelled; no file was written.")


@dataclass(frozen=True)
class PacketSpec:
    filer: pp.Filer
    caption: pp.Caption
    exhibits: tuple[ExhibitSource, ...]
    service: pp.Service
    filed_on: date
    brief: ExhibitSource | None = None


@dataclass(frozen=True)
class Placement:
    """Where something landed in the packet (1-based, consecutive page numbers)."""

    tab: str  # "" for the cover, list, brief and certificate of service
    description: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class PacketOutput:
    """The built packet, not yet written: one PDF per part."""

    parts: tuple[bytes, ...]
    part_first_pages: tuple[int, ...]
    page_count: int
    placements: tuple[Placement, ...]
    warnings: tuple[str, ...]


def tab_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ... for exhibit ``index`` (0-based)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- loading and checking the sources ---------------------------------------------------------


# -- the plan: which page goes where --------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """One page of the packet."""

    origin: str  # "front", "insert", "pdf", "image"
    source: int  # index into sources (pdf/image), else -1
    index: int  # page index within its origin
    size: tuple[float, float]
    estimate: int  # bytes, for splitting
    unit: int  # pages of one unit (front matter, one exhibit) stay together when splitting
    hidden_text: str = ""


@dataclass(frozen=True)
class _Mark:
    """A bookmark: its title and the slot it points at."""

    title: str
    slot: int
    continued: str = ""  # title used when a part starts inside this unit


def build_packet(
    spec: PacketSpec,
    *,
    size_limit: int = ECAS_LIMIT,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PacketOutput:
    """Check every exhibit, then lay out, number and assemble the packet in memory."""
    cancel = cancel or threading.Event()
    report = progress or (lambda done, total, what: None)
    everything = [*spec.exhibits, *([spec.brief] if spec.brief else [])]
    sources: list[Source] = []
    for done, exhibit in enumerate(everything):
        _check(cancel)
        report(done, len(everything), f"Checking {exhibit.label}")
        sources.append(load(exhibit))
    brief = sources.pop() if spec.brief else None
    warnings: list[str] = []
    if brief is not None and brief.pages > BRIEF_PAGE_LIMIT:
        warnings.append(
            f"The brief has {brief.pages} pages; the Practice Manual (4.19(b)) limits a brief's "
            f"body to {BRIEF_PAGE_LIMIT} pages unless the judge grants a motion to exceed it."
        )
    if not spec.exhibits:
        raise CasebookError("A filing packet needs at least one exhibit.")
    layout = _layout(spec, sources, brief)
    _check(cancel)
    hidden = [i for i, slot in enumerate(layout.slots) if slot.hidden_text]
    overlay_pdf = pp.overlay(
        [pp.OverlayPage(layout.slots[i].size, layout.slots[i].hidden_text) for i in hidden]
    )
    readers = _Readers(
        front=PdfReader(io.BytesIO(layout.front)),
        inserts=PdfReader(io.BytesIO(layout.inserts)),
        overlay=PdfReader(io.BytesIO(overlay_pdf)),
        hidden={slot: index for index, slot in enumerate(hidden)},
        digits=_digits_font(PdfReader(io.BytesIO(pp.digits_pdf()))),
        sources=[*sources, *([brief] if brief else [])],
    )
    total = len(layout.slots)
    parts: tuple[bytes, ...] = ()
    firsts: tuple[int, ...] = (1,)
    if sum(slot.estimate for slot in layout.slots) <= size_limit * 1.2:  # else surely too big
        parts = (_assemble(spec, layout, readers, range(total), report, cancel),)
    if not parts or len(parts[0]) > size_limit:
        parts, firsts = _split(spec, layout, readers, size_limit, report, cancel)
        warnings.append(
            f"The packet is larger than the court's {size_limit / 1e6:g} MB limit for one "
            f"file, so it was split into {len(parts)} parts with continuous page numbers; "
            "upload them in order."
        )
    report(total, total, "Done")
    return PacketOutput(parts, firsts, total, layout.placements, tuple(warnings))


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise PacketCancelled()


@dataclass(frozen=True)
class _Layout:
    slots: tuple[_Slot, ...]
    marks: tuple[_Mark, ...]
    placements: tuple[Placement, ...]
    front: bytes  # cover and exhibit list
    inserts: bytes  # tab pages and certificates, in packet order


def _layout(spec: PacketSpec, sources: list[Source], brief: Source | None) -> _Layout:
    """Number every page; the exhibit list's own length is found by building it."""
    list_pages = 1 + len(sources) // 30  # about 30 rows fit a page; checked below
    while True:
        layout, inserts = _layout_with(spec, sources, brief, list_pages)
        actual = pp.count_pages(layout.front) - 1
        if actual == list_pages:
            return replace(layout, inserts=pp.inserted_pages(inserts))
        list_pages = actual


def _layout_with(
    spec: PacketSpec, sources: list[Source], brief: Source | None, list_pages: int
) -> tuple[_Layout, list[pp.Inserted]]:
    slots: list[_Slot] = [_Slot("front", -1, 0, LETTER, 4_000, 0)]
    marks = [_Mark("Cover page", 0)]
    placements = [Placement("", "Cover page", 1, 1)]
    unit = 0
    brief_index = len(sources)
    if brief is not None:
        unit += 1
        first = len(slots) + 1
        marks.append(_Mark("Brief", len(slots), "Brief (continued)"))
        slots += _source_slots(brief, brief_index, unit)
        placements.append(Placement("", brief.exhibit.description, first, len(slots)))
    list_first = len(slots) + 1
    marks.append(_Mark("Table of contents and proposed exhibit list", len(slots)))
    slots += [_Slot("front", -1, 1 + i, LETTER, 3_000, unit) for i in range(list_pages)]
    placements.append(
        Placement("", "Table of contents and proposed exhibit list", list_first, len(slots))
    )
    inserts: list[pp.Inserted] = []
    exhibit_places: list[Placement] = []
    pending_tabs: list[tuple[int, str, str, int]] = []  # insert index, tab, words, first page
    for number, source in enumerate(sources):
        unit += 1
        tab = tab_letter(number)
        words = source.exhibit.description
        first = len(slots) + 1
        marks.append(_Mark(f"Tab {tab}: {words}", len(slots), f"Tab {tab} (continued)"))
        pending_tabs.append((len(inserts), tab, words, first))
        inserts.append(pp.TabPage(tab, words, first, first))  # last page filled in below
        slots.append(_Slot("insert", -1, len(inserts) - 1, LETTER, 3_000, unit))
        slots += _source_slots(source, number, unit)
        if source.exhibit.translation is not None:
            inserts.append(pp.TranslationPage(tab, words, source.exhibit.translation))
            slots.append(_Slot("insert", -1, len(inserts) - 1, LETTER, 3_000, unit))
        exhibit_places.append(Placement(tab, words, first, len(slots)))
    for (at, tab, words, first), place in zip(pending_tabs, exhibit_places, strict=True):
        inserts[at] = pp.TabPage(tab, words, first, place.last_page)
    unit += 1
    inserts.append(pp.ServicePage(spec.caption, spec.service))
    marks.append(_Mark("Certificate of service", len(slots)))
    slots.append(_Slot("insert", -1, len(inserts) - 1, LETTER, 3_000, unit))
    service_place = Placement("", "Certificate of service", len(slots), len(slots))
    entries = [
        *(pp.ListEntry(p.tab, p.description, p.first_page, p.last_page) for p in exhibit_places),
        pp.ListEntry("", service_place.description, service_place.first_page, len(slots)),
    ]
    front = pp.cover_and_list(spec.filer, spec.caption, entries, spec.filed_on)
    layout = _Layout(
        tuple(slots),
        tuple(marks),
        (*placements, *exhibit_places, service_place),
        front,
        b"",
    )
    return layout, inserts


def _source_slots(source: Source, number: int, unit: int) -> list[_Slot]:
    ocr = source.exhibit.ocr_pages
    slots: list[_Slot] = []
    if source.reader is not None:
        average = len(source.exhibit.content) // max(1, source.pages) + 2_000
        for index, page in enumerate(source.reader.pages):
            width, height = _display_size(page)
            scan = "/Font" not in page.get("/Resources", DictionaryObject()).get_object()
            text = ocr[index] if scan and index < len(ocr) else ""
            slots.append(
                _Slot("pdf", number, index, _letter_like(width, height), average, unit, text)
            )
    else:
        for index, image in enumerate(source.images):
            size = _letter_like(image.width, image.height)
            text = ocr[index] if index < len(ocr) else ""
            slots.append(_Slot("image", number, index, size, len(image.data) + 1_000, unit, text))
    return slots


def _display_size(page: Any) -> tuple[float, float]:
    box = page.cropbox
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    width, height = float(box.width), float(box.height)
    return (height, width) if rotate in (90, 270) else (width, height)


def _letter_like(width: float, height: float) -> tuple[float, float]:
    """Letter paper in the orientation of the content (landscape stays landscape)."""
    return (LETTER[1], LETTER[0]) if width > height else LETTER


# -- assembly ---------------------------------------------------------------------------------


@dataclass
class _Readers:
    front: PdfReader
    inserts: PdfReader
    overlay: PdfReader  # hidden OCR text, one page per scanned slot listed in ``hidden``
    hidden: dict[int, int]
    digits: tuple[str, dict[str, Any]]  # the font resource that prints page numbers
    sources: list[Source]


def _assemble(
    spec: PacketSpec,
    layout: _Layout,
    readers: _Readers,
    pages: range,
    report: Progress,
    cancel: threading.Event,
) -> bytes:
    """The PDF of packet pages ``pages`` (0-based slot indices), numbered as in the whole."""
    writer = PdfWriter()
    fonts: dict[str, IndirectObject] = {}
    total = len(layout.slots)
    for slot_index in pages:
        _check(cancel)
        slot = layout.slots[slot_index]
        if slot_index % 10 == 0:
            report(slot_index, total, f"Page {slot_index + 1} of {total}")
        overlay_page = _overlay(readers, slot_index, slot.size[0])
        if slot.origin in ("front", "insert"):
            reader = readers.front if slot.origin == "front" else readers.inserts
            target = writer.add_page(reader.pages[slot.index])
            _stamp(writer, target, overlay_page, fonts, None)
        elif slot.origin == "pdf":
            source = readers.sources[slot.source]
            assert source.reader is not None
            target = writer.add_page(source.reader.pages[slot.index])
            matrix = _fit_matrix(target, slot.size)
            draws = source.annotation_draws.get(slot.index, b"")
            _stamp(writer, target, overlay_page, fonts, matrix, slot.size, draws)
        else:
            image = readers.sources[slot.source].images[slot.index]
            target = writer.add_blank_page(*slot.size)
            _draw_image(writer, target, image, slot.size)
            _stamp(writer, target, overlay_page, fonts, None)
    _outline(writer, layout, pages)
    first = pages.start + 1
    writer.set_page_label(0, len(pages) - 1, style=PageLabelStyle.DECIMAL, start=first)
    title = spec.caption.title
    writer.add_metadata(
        {
            "/Title": title,
            "/Subject": f"In the Matter of {spec.caption.respondent}",
            "/Creator": PRODUCER,
            "/Producer": PRODUCER,
        }
    )
    writer._root_object[NameObject("/Lang")] = TextStringObject("en-US")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _stamp(
    writer: PdfWriter,
    target: Any,
    overlay_page: tuple[bytes, dict[str, Any]],
    fonts: dict[str, IndirectObject],
    matrix: tuple[float, ...] | None,
    size: tuple[float, float] = LETTER,
    annotations: bytes = b"",
) -> None:
    """Put the page number (and hidden OCR text) first, then the page's own content.

    The number is drawn before the content, in its own saved graphics state,
    so nothing the source page does to the graphics state can move or hide
    it, and the content, scaled above the bottom band, never overlaps it.
    """
    data, names = overlay_page
    for name, ref in names.items():
        ours = f"/CbPacket{name[1:]}"
        data = data.replace(f"{name} ".encode(), f"{ours} ".encode())
        if ours not in fonts:
            fonts[ours] = ref.clone(writer)
    number = DecodedStreamObject()
    number.set_data(data)
    streams: list[Any] = [writer._add_object(_compressed(number))]
    original = target.get("/Contents")
    if matrix is not None:
        head = DecodedStreamObject()
        box = target.cropbox  # what the source showed: anything outside it stays hidden
        clip = f"{float(box.left):.4f} {float(box.bottom):.4f} {float(box.width):.4f} "
        clip += f"{float(box.height):.4f} re W n\n"
        cm = " ".join(f"{v:.6f}" for v in matrix)
        head.set_data(f"q {cm} cm {clip}q\n".encode())  # inner q: the source's own state
        streams.append(writer._add_object(head))
    if original is not None:
        resolved = original.get_object()
        if isinstance(resolved, ArrayObject):  # direct streams (ours) become indirect
            streams += [
                item if isinstance(item, IndirectObject) else writer._add_object(item)
                for item in resolved
            ]
        elif isinstance(original, IndirectObject):
            streams.append(original)
        else:
            streams.append(writer._add_object(resolved))
    if matrix is not None:
        tail = DecodedStreamObject()
        tail.set_data(b"\nQ\n" + annotations + b"Q\n")  # annotations in a clean state
        streams.append(writer._add_object(tail))
    target[NameObject("/Contents")] = ArrayObject(streams)
    resources = DictionaryObject(target.get("/Resources", DictionaryObject()).get_object())
    existing = resources.get("/Font")
    font_dict = (
        DictionaryObject(existing.get_object()) if existing is not None else DictionaryObject()
    )
    for name in names:
        ours = f"/CbPacket{name[1:]}"
        font_dict[NameObject(ours)] = fonts[ours]
    resources[NameObject("/Font")] = font_dict
    target[NameObject("/Resources")] = resources
    if matrix is not None:
        width, height = size
        target[NameObject("/MediaBox")] = RectangleObject([0, 0, width, height])
        target[NameObject("/CropBox")] = RectangleObject([0, 0, width, height])
        for key in ("/Rotate", "/TrimBox", "/BleedBox", "/ArtBox", "/UserUnit"):
            if key in target:
                del target[NameObject(key)]


def _digits_font(reader: PdfReader) -> tuple[str, dict[str, Any]]:
    """The resource name the digits page prints with, and that page's fonts."""
    page: Any = reader.pages[0]
    names = dict(page["/Resources"].get_object()["/Font"].get_object().items())
    found = re.search(
        rb"(/\S+) [\d.]+ Tf[^(]*\(" + pp.DIGITS.encode(), page.get_contents().get_data()
    )
    if found is None:
        raise RuntimeError("reportlab wrote the digits page differently")
    return found.group(1).decode(), names


def _overlay(readers: _Readers, slot: int, width: float) -> tuple[bytes, dict[str, Any]]:
    """The page number's operators (and any hidden OCR text) with the fonts they name."""
    name, fonts = readers.digits
    names = dict(fonts)
    data = pp.number_ops(slot + 1, width, name)
    if slot in readers.hidden:
        page: Any = readers.overlay.pages[readers.hidden[slot]]
        ocr_fonts = page["/Resources"].get_object().get("/Font", DictionaryObject()).get_object()
        hidden = page.get_contents().get_data()
        for font, ref in ocr_fonts.items():  # both reportlab documents name fonts /F1...
            hidden = hidden.replace(f"{font} ".encode(), f"{font}Ocr ".encode())
            names[f"{font}Ocr"] = ref
        data = b"q\n" + hidden + b"\nQ\n" + data
    return data, names


def _compressed(stream: DecodedStreamObject) -> StreamObject:
    return stream.flate_encode() if len(stream.get_data()) > 200 else stream


def _fit_matrix(page: Any, size: tuple[float, float]) -> tuple[float, ...]:
    """Scale (never crop) the visible page into the area above the number band, centred.

    The page's /Rotate is applied here and then removed, so a page stored
    sideways is shown the way its author meant.
    """
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    rotation = {
        0: (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
        90: (0.0, -1.0, 1.0, 0.0, 0.0, w),
        180: (-1.0, 0.0, 0.0, -1.0, w, h),
        270: (0.0, 1.0, -1.0, 0.0, h, 0.0),
    }.get(rotate, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    shown_w, shown_h = (h, w) if rotate in (90, 270) else (w, h)
    width, height = size
    room_w, room_h = width - 2 * _SIDE, height - pp.NUMBER_BAND - _SIDE
    scale = min(room_w / shown_w, room_h / shown_h)
    tx = (width - shown_w * scale) / 2
    ty = pp.NUMBER_BAND + (room_h - shown_h * scale) / 2
    m = _multiply((1.0, 0.0, 0.0, 1.0, -x0, -y0), rotation)
    return _multiply(m, (scale, 0.0, 0.0, scale, tx, ty))


def _multiply(a: Sequence[float], b: Sequence[float]) -> tuple[float, ...]:
    """``a`` then ``b`` as PDF matrices [a b c d e f] (row vectors: p' = p * a * b)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _draw_image(
    writer: PdfWriter, target: Any, image: ImageData, size: tuple[float, float]
) -> None:
    """An image as the page's content: scaled to fit above the number band, never enlarged
    beyond its printed size."""
    stream = StreamObject()
    stream._data = image.data
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(image.width),
            NameObject("/Height"): NumberObject(image.height),
            NameObject("/ColorSpace"): NameObject(image.colour),
            NameObject("/BitsPerComponent"): NumberObject(image.bits),
            NameObject("/Filter"): NameObject(image.filter),
        }
    )
    ref = writer._add_object(stream)
    width, height = size
    natural_w, natural_h = image.width * 72 / image.dpi, image.height * 72 / image.dpi
    room_w, room_h = width - 2 * _SIDE, height - pp.NUMBER_BAND - _SIDE
    scale = min(room_w / natural_w, room_h / natural_h, 1.0)
    w, h = natural_w * scale, natural_h * scale
    x = (width - w) / 2
    y = pp.NUMBER_BAND + (room_h - h) / 2
    content = DecodedStreamObject()
    content.set_data(f"q {w:.4f} 0 0 {h:.4f} {x:.4f} {y:.4f} cm /CbImage Do Q\n".encode())
    target[NameObject("/Contents")] = writer._add_object(content)
    target[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/CbImage"): ref})}
    )


def _outline(writer: PdfWriter, layout: _Layout, pages: range) -> None:
    """A bookmark for the cover, list, brief, every exhibit and the certificate of service."""
    inside = [m for m in layout.marks if m.slot in pages]
    starts_inside = pages.start in {m.slot for m in inside}
    if not starts_inside and pages.start > 0:
        before = [m for m in layout.marks if m.slot < pages.start]
        if before and before[-1].continued:
            writer.add_outline_item(title=before[-1].continued, page_number=0)
    for mark in inside:
        writer.add_outline_item(title=mark.title, page_number=mark.slot - pages.start)


# -- size limit -------------------------------------------------------------------------------


def _split(
    spec: PacketSpec,
    layout: _Layout,
    readers: _Readers,
    limit: int,
    report: Progress,
    cancel: threading.Event,
) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """Parts under ``limit`` bytes, cut between exhibits where possible."""
    budget = limit - _PER_PART_OVERHEAD if limit > 2 * _PER_PART_OVERHEAD else limit // 2
    for _attempt in range(8):
        ranges = _cut(layout.slots, budget)
        parts = [_assemble(spec, layout, readers, r, report, cancel) for r in ranges]
        largest = max(len(p) for p in parts)
        if largest <= limit:
            return tuple(parts), tuple(r.start + 1 for r in ranges)
        if any(len(r) == 1 and len(p) > limit for r, p in zip(ranges, parts, strict=True)):
            break
        budget = int(budget * limit / largest * 0.9)
    raise CasebookError(
        f"One page of the packet is larger than {limit / 1e6:g} MB on its own; "
        "re-scan it at a lower resolution and export again. No file was written."
    )


def _cut(slots: Sequence[_Slot], budget: int) -> list[range]:
    """Greedy: whole units while they fit, page by page inside a unit too big for any part."""
    ranges: list[range] = []
    start, used = 0, 0
    index = 0
    while index < len(slots):
        unit = slots[index].unit
        end = index
        while end < len(slots) and slots[end].unit == unit:
            end += 1
        size = sum(s.estimate for s in slots[index:end])
        if used + size <= budget:
            used += size
            index = end
            continue
        if used > 0:
            ranges.append(range(start, index))
            start, used = index, 0
            continue
        for page_index in range(index, end):  # a unit bigger than a part: cut inside it
            estimate = slots[page_index].estimate
            if used and used + estimate > budget:
                ranges.append(range(start, page_index))
                start, used = page_index, 0
            used += estimate
        index = end
    if start < len(slots):
        ranges.append(range(start, len(slots)))
    return ranges


# -- writing ----------------------------------------------------------------------------------


def part_paths(path: Path, parts: int) -> tuple[Path, ...]:
    """``X.pdf`` for one part; ``X_Part1.pdf``, ``X_Part2.pdf``... (ECAS naming) for more."""
    if parts == 1:
        return (path,)
    stem, suffix = path.stem, path.suffix or ".pdf"
    return tuple(path.with_name(f"{stem}_Part{i}{suffix}") for i in range(1, parts + 1))


def write_packet(path: Path, output: PacketOutput) -> tuple[Path, ...]:
    """Write every part atomically (0600); if one fails, the parts written are removed."""
    paths = part_paths(path, len(output.parts))
    written: list[Path] = []
    try:
        for target, data in zip(paths, output.parts, strict=True):
            atomic_write_bytes(target, data)
            written.append(target)
    except BaseException:
        for done in written:
            remove_quietly(done)
        raise
    return paths
