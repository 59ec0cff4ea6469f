"""The immigration-court filing packet: exhibits in, court-ready PDFs out (pikepdf/qpdf).

Two filings, never one file (EOIR ECAS: "do not combine submissions for
different document types"): the brief, if there is one, and the evidence.
Each is paginated from 1 and has its own cover page and certificate of
service (8 CFR 1003.32(a), (c)).

Order of the evidence (ICPM 3.3(c), 8 CFR 1003.32): cover page, the table of
contents / proposed exhibit list, then for each exhibit its lettered tab page
and its pages; a translation shares its tab with the foreign-language
original, in the order English translation, certificate of translation,
original (8 CFR 1003.33, ICPM 3.3(a)); last the certificate of service. The
brief: cover page, the brief, certificate of service.

Every page ends up letter size (8 CFR 1003.32(d)): a source page is scaled,
never cropped, onto an 8.5 x 11 inch page in its own orientation (a
landscape page becomes an 11 x 8.5 inch page) above a blank strip at the foot
where the consecutive page number is printed, so the number never covers
content. Assembly uses only pikepdf's public API: a source page becomes a
form XObject placed in its rectangle (``Page.add_overlay``; qpdf applies
/Rotate and renames resources), images are image XObjects, the page number
and a scan's text layer are overlays of their own; content streams and images
are copied as they are, so scans keep their quality. Visible annotations
(filled-in form fields, stamps) are drawn into the page first
(``Pdf.flatten_annotations``).

A scanned page's searchable text is Tesseract's own text-only PDF page for
that scan (``textonly_pdf=1``, as OCRmyPDF's sandwich renderer does), laid
over the image in the same rectangle: each word is found where the image shows
it.

Every exhibit is opened and checked before anything is built, and nothing is
written unless the whole packet was built: a damaged or password-protected
source stops the export with its name. The court's electronic filing takes
files of at most 25 MB (EOIR ECAS upload guidelines), so a larger filing is
split at exhibit boundaries into ``..._Part1.pdf``, ``..._Part2.pdf`` whose
page numbers continue from part to part.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, Rectangle

from casebook.domain.errors import CasebookError
from casebook.export import packet_pages as pp
from casebook.export.packet_sources import ExhibitSource, ExhibitUnreadable, ImageData, Source, load
from casebook.export.page import PRODUCER
from casebook.vault.files import atomic_write_files

__all__ = [
    "BRIEF_PAGE_LIMIT",
    "ECAS_LIMIT",
    "ExhibitSource",
    "ExhibitUnreadable",
    "Filing",
    "LoneCertificate",
    "PacketCancelled",
    "PacketOutput",
    "PacketSpec",
    "Placement",
    "brief_path",
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


class LoneCertificate(CasebookError):
    """A certificate of translation with no foreign-language original to accompany."""


@dataclass(frozen=True)
class PacketSpec:
    filer: pp.Filer
    caption: pp.Caption
    exhibits: tuple[ExhibitSource, ...]
    service: pp.Service
    filed_on: date
    brief: ExhibitSource | None = None
    brief_title: str = ""  # the brief's cover title; default from the caption's title
    notes: tuple[str, ...] = ()  # warnings found while reading the vault, passed on


@dataclass(frozen=True)
class Placement:
    """Where something landed in its filing (1-based, consecutive page numbers)."""

    tab: str  # "" for the cover, list, brief and certificate of service
    description: str
    first_page: int
    last_page: int
    dated: date | None = None
    source: str = ""
    parts: tuple[tuple[str, int, int], ...] = ()  # a translation's tab: its three parts


@dataclass(frozen=True)
class Filing:
    """One filing (the evidence, or the brief), built, not yet written: one PDF per part."""

    kind: str  # "evidence" or "brief"
    parts: tuple[bytes, ...]
    part_first_pages: tuple[int, ...]
    page_count: int
    placements: tuple[Placement, ...]


@dataclass(frozen=True)
class PacketOutput:
    """The evidence and, when there is one, the brief, as separate filings (ECAS)."""

    evidence: Filing
    brief: Filing | None
    warnings: tuple[str, ...]

    @property
    def parts(self) -> tuple[bytes, ...]:
        return self.evidence.parts

    @property
    def part_first_pages(self) -> tuple[int, ...]:
        return self.evidence.part_first_pages

    @property
    def page_count(self) -> int:
        return self.evidence.page_count

    @property
    def placements(self) -> tuple[Placement, ...]:
        return self.evidence.placements


def tab_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ... for exhibit ``index`` (0-based)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def check_translations(exhibits: Sequence[ExhibitSource]) -> None:
    """``LoneCertificate`` for a translation with no original: 8 CFR 1003.33 has the
    translation and its certificate accompany the foreign-language document."""
    for exhibit in exhibits:
        if exhibit.translation is not None and exhibit.original is None:
            raise LoneCertificate(
                f"Exhibit {exhibit.label} is a translation, but no foreign-language original "
                "is paired with it: a certificate of translation must accompany the original "
                "it translates (8 CFR 1003.33). Pair it with its original, or file it as an "
                "ordinary exhibit. No file was written."
            )


# -- the plan: which page goes where --------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """One page of a filing."""

    origin: str  # "front", "insert", "pdf", "image"
    source: int  # index into the layout's sources (pdf/image), else -1
    index: int  # page index within its origin
    size: tuple[float, float]
    estimate: int  # bytes, for splitting
    unit: int  # pages of one unit (front matter, one exhibit) stay together when splitting


@dataclass(frozen=True)
class _Mark:
    """A bookmark: its title and the slot it points at."""

    title: str
    slot: int
    continued: str = ""  # title used when a part starts inside this unit


@dataclass
class _Layout:
    kind: str
    title: str
    slots: list[_Slot] = field(default_factory=list)
    marks: list[_Mark] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    inserts: list[pp.Inserted] = field(default_factory=list)
    front: bytes = b""  # cover (and exhibit list), then the inserts' pages
    opened: dict[str, pikepdf.Pdf] = field(default_factory=dict)  # front, numbers


def build_packet(
    spec: PacketSpec,
    *,
    size_limit: int = ECAS_LIMIT,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PacketOutput:
    """Check every exhibit, then lay out, number and assemble each filing in memory."""
    cancel = cancel or threading.Event()
    report = progress or (lambda done, total, what: None)
    if not spec.exhibits:
        raise CasebookError("A filing packet needs at least one exhibit.")
    check_translations(spec.exhibits)
    originals = [e.original for e in spec.exhibits if e.original is not None]
    everything = [*spec.exhibits, *originals, *([spec.brief] if spec.brief else [])]
    loaded: dict[int, Source] = {}
    for done, exhibit in enumerate(everything):
        _check(cancel)
        report(done, len(everything), f"Checking {exhibit.label}")
        loaded[id(exhibit)] = load(exhibit)
    warnings: list[str] = list(spec.notes)
    brief: Filing | None = None
    if spec.brief is not None:
        source = loaded[id(spec.brief)]
        if source.pages > BRIEF_PAGE_LIMIT:
            warnings.append(
                f"The brief has {source.pages} pages; the Practice Manual (4.19(b)) limits a "
                f"brief's body to {BRIEF_PAGE_LIMIT} pages unless the judge grants a motion "
                "to exceed it."
            )
        layout = _brief_layout(spec, source)
        brief = _build(spec, layout, size_limit, report, cancel, warnings)
    layout = _evidence_layout(spec, loaded)
    evidence = _build(spec, layout, size_limit, report, cancel, warnings)
    return PacketOutput(evidence, brief, tuple(warnings))


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise PacketCancelled()


def _build(
    spec: PacketSpec,
    layout: _Layout,
    size_limit: int,
    report: Progress,
    cancel: threading.Event,
    warnings: list[str],
) -> Filing:
    _check(cancel)
    layout.opened = {
        "front": pikepdf.open(io.BytesIO(layout.front)),  # cover, list, then the inserts
        "digits": pikepdf.open(io.BytesIO(pp.digit_pages())),
    }
    total = len(layout.slots)
    parts: tuple[bytes, ...] = ()
    firsts: tuple[int, ...] = (1,)
    if sum(slot.estimate for slot in layout.slots) <= size_limit * 1.2:  # else surely too big
        parts = (_assemble(spec, layout, range(total), report, cancel),)
    if not parts or len(parts[0]) > size_limit:
        parts, firsts = _split(spec, layout, size_limit, report, cancel)
        what = "brief" if layout.kind == "brief" else "evidence"
        warnings.append(
            f"The {what} is larger than the court's {size_limit / 1e6:g} MB limit for one "
            f"file, so it was split into {len(parts)} parts with continuous page numbers; "
            "upload them in order."
        )
    report(total, total, "Done")
    return Filing(layout.kind, parts, firsts, total, tuple(layout.placements))


def _brief_layout(spec: PacketSpec, brief: Source) -> _Layout:
    """Cover page, the brief, certificate of service: a filing of its own (ECAS)."""
    title = spec.brief_title.strip() or _brief_title(spec.caption.title)
    caption = replace(spec.caption, title=title)
    layout = _Layout("brief", title)
    layout.slots.append(_Slot("front", -1, 0, LETTER, 4_000, 0))
    layout.marks.append(_Mark("Cover page", 0))
    layout.placements.append(Placement("", "Cover page", 1, 1))
    layout.sources.append(brief)
    first = len(layout.slots) + 1
    layout.marks.append(_Mark("Brief", len(layout.slots), "Brief (continued)"))
    layout.slots += _source_slots(brief, 0, 1)
    layout.placements.append(Placement("", brief.exhibit.description, first, len(layout.slots)))
    _service(layout, caption, spec.service, 2)
    layout.front = pp.cover_and_list(
        spec.filer, caption, (), spec.filed_on, with_list=False, inserts=layout.inserts
    )
    return layout


def _brief_title(title: str) -> str:
    """RESPONDENT'S DOCUMENTS IN SUPPORT OF X -> RESPONDENT'S BRIEF IN SUPPORT OF X."""
    words = title.upper()
    marker = "IN SUPPORT OF"
    if marker in words:
        return "RESPONDENT'S BRIEF " + words[words.index(marker) :]
    return "RESPONDENT'S BRIEF"


def _evidence_layout(spec: PacketSpec, loaded: dict[int, Source]) -> _Layout:
    """Number every page; the exhibit list's own length is found by building it."""
    list_pages = 1 + len(spec.exhibits) // 24  # about 24 rows fit a page; checked below
    while True:
        layout = _evidence_with(spec, loaded, list_pages)
        actual = pp.count_pages(layout.front) - 1 - len(layout.inserts)
        if actual == list_pages:
            return layout
        list_pages = actual


def _evidence_with(spec: PacketSpec, loaded: dict[int, Source], list_pages: int) -> _Layout:
    layout = _Layout("evidence", spec.caption.title)
    slots = layout.slots
    slots.append(_Slot("front", -1, 0, LETTER, 4_000, 0))
    layout.marks.append(_Mark("Cover page", 0))
    layout.placements.append(Placement("", "Cover page", 1, 1))
    list_first = len(slots) + 1
    layout.marks.append(_Mark("Table of contents and proposed exhibit list", len(slots)))
    slots += [_Slot("front", -1, 1 + i, LETTER, 3_000, 0) for i in range(list_pages)]
    layout.placements.append(
        Placement("", "Table of contents and proposed exhibit list", list_first, len(slots))
    )
    exhibit_places: list[Placement] = []
    tab_inserts: list[int] = []
    unit = 0
    for number, exhibit in enumerate(spec.exhibits):
        unit += 1
        tab = tab_letter(number)
        words = exhibit.description
        first = len(slots) + 1
        layout.marks.append(_Mark(f"Tab {tab}: {words}", len(slots), f"Tab {tab} (continued)"))
        tab_inserts.append(len(layout.inserts))
        layout.inserts.append(pp.TabPage(tab, words, first, first))  # filled in below
        slots.append(_Slot("insert", -1, len(layout.inserts) - 1, LETTER, 3_000, unit))
        source = loaded[id(exhibit)]
        layout.sources.append(source)
        start = len(slots) + 1
        slots += _source_slots(source, len(layout.sources) - 1, unit)
        parts: tuple[tuple[str, int, int], ...] = ()
        if exhibit.original is not None:
            translated = len(slots)
            certificate = exhibit.translation or pp.Translation()
            language = certificate.language
            layout.inserts.append(
                pp.TranslationPage(tab, words, certificate, exhibit.original.description)
            )
            slots.append(_Slot("insert", -1, len(layout.inserts) - 1, LETTER, 3_000, unit))
            original = loaded[id(exhibit.original)]
            layout.sources.append(original)
            slots += _source_slots(original, len(layout.sources) - 1, unit)
            parts = (
                ("English translation", start, translated),
                ("Certificate of translation", translated + 1, translated + 1),
                (f"Original{f' ({language})' if language else ''}", translated + 2, len(slots)),
            )
        exhibit_places.append(
            Placement(tab, words, first, len(slots), exhibit.dated, exhibit.source, parts)
        )
    for at, place in zip(tab_inserts, exhibit_places, strict=True):
        layout.inserts[at] = pp.TabPage(
            place.tab,
            place.description,
            place.first_page,
            place.last_page,
            place.dated,
            place.source,
            tuple(f"{w}: page{'s' * (a != b)} {pp.page_range(a, b)}" for w, a, b in place.parts),
        )
    layout.placements += exhibit_places
    _service(layout, spec.caption, spec.service, unit + 1)
    service_place = layout.placements[-1]
    entries = [
        *(
            pp.ListEntry(
                p.tab, p.description, p.first_page, p.last_page, p.dated, p.source, p.parts
            )
            for p in exhibit_places
        ),
        pp.ListEntry("", service_place.description, service_place.first_page, len(slots)),
    ]
    layout.front = pp.cover_and_list(
        spec.filer, spec.caption, entries, spec.filed_on, inserts=layout.inserts
    )
    return layout


def _service(layout: _Layout, caption: pp.Caption, service: pp.Service, unit: int) -> None:
    layout.inserts.append(pp.ServicePage(caption, service))
    layout.marks.append(_Mark("Certificate of service", len(layout.slots)))
    layout.slots.append(_Slot("insert", -1, len(layout.inserts) - 1, LETTER, 3_000, unit))
    n = len(layout.slots)
    layout.placements.append(Placement("", "Certificate of service", n, n))


def _source_slots(source: Source, number: int, unit: int) -> list[_Slot]:
    slots: list[_Slot] = []
    if source.pdf is not None:
        average = len(source.exhibit.content) // max(1, source.pages) + 2_000
        for index, page in enumerate(source.pdf.pages):
            width, height = _display_size(page)
            size = _letter_like(width, height)
            slots.append(_Slot("pdf", number, index, size, average, unit))
    else:
        for index, image in enumerate(source.images):
            size = _letter_like(image.width, image.height)
            slots.append(_Slot("image", number, index, size, len(image.data) + 1_000, unit))
    return slots


def _display_size(page: pikepdf.Page) -> tuple[float, float]:
    """The page as a viewer shows it: its trim box (what qpdf's form XObject keeps), turned."""
    box = page.trimbox
    width, height = abs(float(box[2]) - float(box[0])), abs(float(box[3]) - float(box[1]))
    rotate = int(page.obj.get("/Rotate", 0) or 0) % 360
    return (height, width) if rotate in (90, 270) else (width, height)


def _letter_like(width: float, height: float) -> tuple[float, float]:
    """Letter paper in the orientation of the content (landscape stays landscape)."""
    return (LETTER[1], LETTER[0]) if width > height else LETTER


def _fit(shown: tuple[float, float], size: tuple[float, float], enlarge: bool = True) -> Rectangle:
    """Where content of ``shown`` size goes: scaled to fit above the number band, centred."""
    width, height = size
    room_w, room_h = width - 2 * _SIDE, height - pp.NUMBER_BAND - _SIDE
    scale = min(room_w / shown[0], room_h / shown[1])
    if not enlarge:
        scale = min(scale, 1.0)
    w, h = shown[0] * scale, shown[1] * scale
    x = (width - w) / 2
    y = pp.NUMBER_BAND + (room_h - h) / 2
    return Rectangle(x, y, x + w, y + h)


# -- assembly ---------------------------------------------------------------------------------


def _assemble(
    spec: PacketSpec,
    layout: _Layout,
    pages: range,
    report: Progress,
    cancel: threading.Event,
) -> bytes:
    """The PDF of filing pages ``pages`` (0-based slot indices), numbered as in the whole.

    Each page is made in one step: its content stream and its /Resources are
    written whole (one stream, one dictionary) rather than grown call by call,
    and every foreign object is copied once per part (``Pdf.copy_foreign``).
    """
    pdf = pikepdf.new()
    total = len(layout.slots)
    digits = [pdf.copy_foreign(page.as_form_xobject()) for page in layout.opened["digits"].pages]
    for slot_index in pages:
        _check(cancel)
        slot = layout.slots[slot_index]
        if slot_index % 10 == 0:
            report(slot_index, total, f"Page {slot_index + 1} of {total}")
        number = _number(digits, slot_index + 1, slot.size[0])
        if slot.origin in ("front", "insert"):
            drawn = layout.opened["front"]
            first_insert = len(drawn.pages) - len(layout.inserts)
            pdf.pages.append(
                drawn.pages[slot.index + (first_insert if slot.origin == "insert" else 0)]
            )
            target = pdf.pages[-1]
            _add_xobjects(target, number.xobjects)
            own = target.obj.get("/Contents")
            streams = list(own) if isinstance(own, Array) else [own] if own is not None else []
            # its graphics state stays its own; the number comes last, in a clean state
            target.obj.Contents = Array(
                [pdf.make_stream(b"q\n"), *streams, pdf.make_stream(b"Q\n" + number.ops)]
            )
            continue
        target = pdf.add_blank_page(page_size=slot.size)
        source = layout.sources[slot.source]
        xobjects: dict[str, pikepdf.Object] = {}
        ops: list[bytes] = []
        if slot.origin == "pdf":
            assert source.pdf is not None
            page = source.pdf.pages[slot.index]
            rect = _fit(_display_size(page), slot.size)
            ops.append(_place_form(pdf, target, page, "/CbPage", rect, xobjects))
        else:
            image = source.images[slot.index]
            rect = _fit(_natural_size(image), slot.size, enlarge=False)
            xobjects["/CbImage"] = _image_stream(pdf, image)
            ops.append(
                f"q {rect.width:.4f} 0 0 {rect.height:.4f} {rect.llx:.4f} {rect.lly:.4f} cm "
                "/CbImage Do Q\n".encode()
            )
        layer = source.layers.get(slot.index)
        if layer is not None:  # invisible words, in the rectangle the scan fills
            ops.append(_place_form(pdf, target, layer.pages[0], "/CbText", rect, xobjects))
        xobjects.update(number.xobjects)
        target.obj.Resources = Dictionary(XObject=Dictionary(xobjects))
        target.obj.Contents = pdf.make_stream(b"".join(ops) + number.ops)
    _outline(pdf, layout, pages)
    pdf.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(S=Name.D, St=pages.start + 1)]))
    pdf.Root.Lang = pikepdf.String("en-US")
    pdf.docinfo["/Title"] = layout.title
    pdf.docinfo["/Subject"] = f"In the Matter of {spec.caption.respondent}"
    pdf.docinfo["/Creator"] = PRODUCER
    pdf.docinfo["/Producer"] = PRODUCER
    buffer = io.BytesIO()
    pdf.save(
        buffer,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
    )
    return buffer.getvalue()


@dataclass(frozen=True)
class _Number:
    ops: bytes
    xobjects: dict[str, pikepdf.Object]


def _number(digits: list[pikepdf.Object], number: int, width: float) -> _Number:
    """The page number, last and in a clean graphics state, made of the digit forms:
    the drawing operators and the resources they name."""
    ops = [b"q\n"]
    placed = pp.number_placements(number, width)
    for digit, x, y in placed:
        ops.append(f"q 1 0 0 1 {x:.3f} {y:.3f} cm /CbDigit{digit} Do Q\n".encode())
    ops.append(b"Q\n")
    return _Number(b"".join(ops), {f"/CbDigit{d}": digits[d] for d, _, _ in placed})


def _add_xobjects(target: pikepdf.Page, xobjects: dict[str, pikepdf.Object]) -> None:
    """Name ``xobjects`` in a drawn page's own resources (reportlab's pages name none
    starting with /Cb)."""
    resources = target.obj.get("/Resources")
    if resources is None:
        target.obj.Resources = resources = Dictionary()
    named = resources.get("/XObject")
    if named is None:
        resources.XObject = named = Dictionary()
    for name, value in xobjects.items():
        named[name] = value


def _place_form(
    pdf: pikepdf.Pdf,
    target: pikepdf.Page,
    page: pikepdf.Page,
    name: str,
    rect: Rectangle,
    xobjects: dict[str, pikepdf.Object],
) -> bytes:
    """``page`` (of another PDF) as a form XObject named ``name``, placed in ``rect`` the
    way ``Page.add_overlay`` places it (qpdf applies /Rotate and the scale)."""
    form = pdf.copy_foreign(page.as_form_xobject())
    xobjects[name] = form
    placed: bytes = target.calc_form_xobject_placement(
        form, Name(name), rect, allow_shrink=True, allow_expand=True
    )
    return placed


def _natural_size(image: ImageData) -> tuple[float, float]:
    return (image.width * 72 / image.dpi, image.height * 72 / image.dpi)


def _image_stream(pdf: pikepdf.Pdf, image: ImageData) -> pikepdf.Stream:
    """An image XObject whose data goes in as it is (a JPEG stays that JPEG); placed by
    the caller scaled to fit above the number band, never enlarged beyond its printed
    size."""
    stream = pikepdf.Stream(pdf, b"")
    stream.write(image.data, filter=Name(image.filter))
    stream.Type = Name.XObject
    stream.Subtype = Name.Image
    stream.Width = image.width
    stream.Height = image.height
    stream.ColorSpace = Name(image.colour)
    stream.BitsPerComponent = image.bits
    return stream


def _outline(pdf: pikepdf.Pdf, layout: _Layout, pages: range) -> None:
    """A bookmark for the cover, list, brief, every exhibit and the certificate of service."""
    inside = [m for m in layout.marks if m.slot in pages]
    starts_inside = pages.start in {m.slot for m in inside}
    with pdf.open_outline() as outline:
        if not starts_inside and pages.start > 0:
            before = [m for m in layout.marks if m.slot < pages.start]
            if before and before[-1].continued:
                outline.root.append(pikepdf.OutlineItem(before[-1].continued, 0))
        for mark in inside:
            outline.root.append(pikepdf.OutlineItem(mark.title, mark.slot - pages.start))


# -- size limit -------------------------------------------------------------------------------


def _split(
    spec: PacketSpec,
    layout: _Layout,
    limit: int,
    report: Progress,
    cancel: threading.Event,
) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """Parts under ``limit`` bytes, cut between exhibits where possible."""
    budget = limit - _PER_PART_OVERHEAD if limit > 2 * _PER_PART_OVERHEAD else limit // 2
    for _attempt in range(8):
        ranges = _cut(layout.slots, budget)
        parts = [_assemble(spec, layout, r, report, cancel) for r in ranges]
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


def brief_path(path: Path) -> Path:
    """Where the brief goes beside the evidence file ``path``: ``X_Evidence.pdf`` ->
    ``X_Brief.pdf``; any other ``X.pdf`` -> ``X_Brief.pdf``."""
    stem, suffix = path.stem, path.suffix or ".pdf"
    if stem.endswith("_Evidence"):
        stem = stem[: -len("_Evidence")]
    return path.with_name(f"{stem}_Brief{suffix}")


def output_paths(path: Path, output: PacketOutput) -> tuple[tuple[Path, bytes], ...]:
    """Every file the packet is written as: the brief's parts first, then the evidence's."""
    files: list[tuple[Path, bytes]] = []
    if output.brief is not None:
        files += zip(
            part_paths(brief_path(path), len(output.brief.parts)), output.brief.parts, strict=True
        )
    files += zip(part_paths(path, len(output.evidence.parts)), output.evidence.parts, strict=True)
    return tuple(files)


def write_packet(path: Path, output: PacketOutput) -> tuple[Path, ...]:
    """Write every file atomically (0600), all or none: if one fails, none is left."""
    files = output_paths(path, output)
    atomic_write_files(files)
    return tuple(p for p, _ in files)
