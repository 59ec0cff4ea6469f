"""The pages casebook draws for a filing packet: cover, exhibit list, tabs, certificates, numbers.

Everything here is plain data in, PDF bytes out (reportlab, fonts embedded);
``packet`` puts these pages between the exhibits. Court-format rules are cited
beside the layout they drive:

- Letter paper, 8.5 x 11 inches: 8 CFR 1003.32(d) (formerly (b)).
- Cover page with the filer's block, the court, the caption, the A-number,
  the judge, the next hearing and DETAINED / NON-DETAINED in the top right
  (only what the chosen immigration matter records; blank lines otherwise):
  Immigration Court Practice Manual (ICPM) ch. 3.3(c) and Appendix F (sample
  cover page); the title says what is filed, e.g. "RESPONDENT'S DOCUMENTS IN
  SUPPORT OF ..." (ICPM 4.19(c)(1) labels filings the same way).
- Exhibits indexed with a table of contents / proposed exhibit list, each
  behind a lettered tab, pages numbered consecutively: 8 CFR 1003.32(d)
  ("indexed, paginated, ... a table of contents"), ICPM 3.3(c).
- Certificate of translation: the translator's competence and the accuracy
  of the translation, name, address and telephone, signature: 8 CFR 1003.33,
  ICPM 3.3(a) and Appendix G. It stands between the English translation and
  the foreign-language original it certifies, all three behind one tab.
- The exhibit list gives each exhibit's description, date and source (what
  the person typed, else the document's title and recorded date) and its
  pages; a translation's tab lists its three parts with their pages.
- Certificate (proof) of service on DHS (ICE Office of the Principal Legal
  Advisor) with the date and manner of service: 8 CFR 1003.32(c), ICPM 3.2.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from casebook.export import fonts, page
from casebook.export.plain_line import para
from casebook.export.text import paragraph

__all__ = [
    "NUMBER_BAND",
    "Caption",
    "Filer",
    "ListEntry",
    "Service",
    "Translation",
    "count_pages",
    "cover_and_list",
    "digit_pages",
    "number_placements",
    "text_pages",
]

# The strip at the foot of every page kept free for the page number: exhibit
# pages are scaled to sit above it, so the number never covers content.
NUMBER_BAND = 0.5 * inch
_NUMBER_BASELINE = 0.25 * inch
_NUMBER_SIZE = 10

ECAS = "ecas"
SERVICE_METHODS: dict[str, str] = {
    ECAS: "electronic service through the EOIR Courts & Appeals System (ECAS)",
    "mail": "first-class mail",
    "hand": "personal (hand) delivery",
}
OPLA = "DHS/ICE Office of the Principal Legal Advisor"


@dataclass(frozen=True)
class Filer:
    """Who files: the advocate profile. Empty fields are left out."""

    name: str = ""
    organisation: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    eoir_id: str = ""


@dataclass(frozen=True)
class Caption:
    """What the cover page says about the case (ICPM Appendix F)."""

    respondent: str
    a_number: str  # formatted A-123-456-789, or ""
    court_city: str  # e.g. "NEW YORK, NEW YORK"
    judge: str
    next_hearing: datetime | None
    hearing_kind: str  # e.g. "Individual hearing"
    detained: bool
    title: str  # e.g. "RESPONDENT'S DOCUMENTS IN SUPPORT OF ..."
    proceedings: str = "In removal proceedings"
    # False when nobody recorded whether the respondent is detained: the cover then
    # says neither DETAINED nor NON-DETAINED rather than guess.
    detention_known: bool = True
    hearing_judge: str = ""  # who sits at the next hearing, when recorded on it


@dataclass(frozen=True)
class Translation:
    """The translator's certificate; blank fields become lines to fill in by hand."""

    translator: str = ""
    address: str = ""
    phone: str = ""
    language: str = ""  # the language translated from


@dataclass(frozen=True)
class Service:
    """How DHS was served (8 CFR 1003.32(c))."""

    served_on: date
    method: str = ECAS  # a key of SERVICE_METHODS
    party: str = OPLA
    address: str = ""
    signer: str = ""


@dataclass(frozen=True)
class ListEntry:
    """One row of the exhibit list: tab letter ("" for non-exhibit rows), words, pages."""

    tab: str
    description: str
    first_page: int
    last_page: int
    dated: date | None = None
    source: str = ""
    # the parts of a tab, each with its pages: translation, certificate, original
    parts: tuple[tuple[str, int, int], ...] = ()

    @property
    def pages(self) -> str:
        return page_range(self.first_page, self.last_page)


def page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}\u2013{last}"


# -- cover and exhibit list -------------------------------------------------------------------


def cover_and_list(
    filer: Filer,
    caption: Caption,
    entries: Sequence[ListEntry],
    filed_on: date,
    *,
    with_list: bool = True,
    inserts: Sequence[Inserted] = (),
) -> bytes:
    """The cover page, then the proposed exhibit list (one or more pages) unless not asked,
    then a page for each of ``inserts`` (tab pages, certificates) in the order given.

    One document for every page casebook draws, so each font is subset and
    embedded once for all of them.
    """
    story: list[Flowable] = [_one_page(_cover(filer, caption, filed_on))]
    if with_list:
        story += [PageBreak(), *_exhibit_list(caption, entries)]
    for item in inserts:
        story.append(PageBreak())
        if isinstance(item, TabPage):
            story.append(_TabPage(item))
        else:
            flowable = _translation(item) if isinstance(item, TranslationPage) else _service(item)
            story.append(_one_page(flowable))
    return _build(story)


def _cover(filer: Filer, caption: Caption, filed_on: date) -> list[Flowable]:
    s = page.styles()
    small = ParagraphStyle("cover-small", parent=s.body, fontSize=10, leading=13, spaceAfter=0)
    status_style = ParagraphStyle(
        "status", parent=s.label, fontSize=11, leading=14, alignment=TA_RIGHT
    )
    centre = ParagraphStyle("centre", parent=s.label, fontSize=11, leading=15, alignment=TA_CENTER)
    title = ParagraphStyle(
        "filing-title", parent=s.heading, fontSize=13, leading=18, alignment=TA_CENTER
    )
    filer_lines = [
        filer.name,
        filer.organisation,
        *filer.address.splitlines(),
        f"Tel.: {filer.phone}" if filer.phone else "",
        f"Email: {filer.email}" if filer.email else "",
        f"EOIR ID: {filer.eoir_id}" if filer.eoir_id else "",
    ]
    filer_block = [paragraph(line, small) for line in filer_lines if line.strip()] or [
        paragraph("(filer: set the advocate profile)", small)
    ]
    status = "DETAINED" if caption.detained else "NON-DETAINED" if caption.detention_known else ""
    top = Table(
        [[filer_block, paragraph(status, status_style)]],
        colWidths=[page.CONTENT_WIDTH * 0.68, page.CONTENT_WIDTH * 0.32],
    )
    top.setStyle(_plain_table([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    court = [
        paragraph(line, centre)
        for line in (
            "UNITED STATES DEPARTMENT OF JUSTICE",
            "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
            "IMMIGRATION COURT",
            caption.court_city.upper(),
        )
    ]
    left = [
        paragraph("In the Matter of:", s.body),
        Spacer(1, 4),
        paragraph(caption.respondent.upper(), s.label),
        paragraph("Respondent.", s.body),
        Spacer(1, 8),
        paragraph(caption.proceedings, s.body),
    ]
    right = [paragraph(f"File No.: {caption.a_number or '____________'}", s.label)]
    box = Table([[left, right]], colWidths=[page.CONTENT_WIDTH * 0.6, page.CONTENT_WIDTH * 0.4])
    box.setStyle(
        _plain_table(
            [
                ("BOX", (0, 0), (0, 0), 0.8, page.INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    # Only what the chosen immigration matter records; otherwise a line to fill in by
    # hand, never a hearing of another case (a criminal court date is not one).
    hearing = (
        f"Next hearing: {caption.hearing_kind or 'Hearing'}, "
        f"{_long_date(caption.next_hearing.date())} at {_clock(caption.next_hearing)}"
        + (f", before {caption.hearing_judge}" if caption.hearing_judge else "")
        if caption.next_hearing
        else "Next hearing: ______________________"
    )
    judge_name = caption.judge or caption.hearing_judge
    judge = f"Immigration Judge: {judge_name}" if judge_name else "Immigration Judge: ______"
    return [
        top,
        Spacer(1, 0.45 * inch),
        *court,
        Spacer(1, 0.35 * inch),
        box,
        Spacer(1, 10),
        paragraph(judge, s.body),
        paragraph(hearing, s.body),
        Spacer(1, 0.6 * inch),
        paragraph(caption.title.upper(), title),
        Spacer(1, 0.5 * inch),
        paragraph(f"Filed {_long_date(filed_on)}", ParagraphStyle("d", parent=s.small)),
    ]


def _exhibit_list(caption: Caption, entries: Sequence[ListEntry]) -> list[Flowable]:
    s = page.styles()
    centre = ParagraphStyle("list-head", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    cell = ParagraphStyle("cell", parent=s.body, spaceAfter=0)
    head = ParagraphStyle("cell-head", parent=s.label, spaceAfter=0)
    pages_style = ParagraphStyle("cell-pages", parent=cell, alignment=TA_RIGHT)
    small = ParagraphStyle("cell-small", parent=cell, fontSize=9, leading=11)
    part_style = ParagraphStyle("cell-part", parent=small, leftIndent=10)
    part_pages = ParagraphStyle("cell-part-pages", parent=small, alignment=TA_RIGHT)
    rows: list[list[Any]] = [
        [
            paragraph("Tab", head),
            paragraph("Description", head),
            paragraph("Date", head),
            paragraph("Source", head),
            paragraph("Pages", ParagraphStyle("cell-head-pages", parent=head, alignment=TA_RIGHT)),
        ]
    ]
    for e in entries:
        rows.append(
            [
                para(e.tab, head),
                para(e.description, cell),
                para(_short_date(e.dated) if e.dated else "", small),
                para(e.source, small),
                para(e.pages, pages_style),
            ]
        )
        for words, first, last in e.parts:
            rows.append(
                ["", para(words, part_style), "", "", para(page_range(first, last), part_pages)]
            )
    table = Table(
        rows,
        colWidths=[
            0.5 * inch,
            page.CONTENT_WIDTH - 3.8 * inch,
            1.1 * inch,
            1.4 * inch,
            0.8 * inch,
        ],
        repeatRows=1,
    )
    table.setStyle(
        _plain_table(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, page.INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, page.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-2, -1), 6),
            ]
        )
    )
    return [
        paragraph("TABLE OF CONTENTS AND PROPOSED EXHIBIT LIST", centre),
        paragraph(
            f"In the Matter of {caption.respondent}"
            + (f", {caption.a_number}" if caption.a_number else ""),
            ParagraphStyle("list-sub", parent=s.small, alignment=TA_CENTER),
        ),
        Spacer(1, 10),
        table,
    ]


# -- tabs and certificates --------------------------------------------------------------------


@dataclass(frozen=True)
class TabPage:
    tab: str
    description: str
    first_page: int
    last_page: int
    dated: date | None = None
    source: str = ""
    contents: tuple[str, ...] = ()  # a translation's tab: what it holds, in order


@dataclass(frozen=True)
class TranslationPage:
    tab: str
    document: str
    translation: Translation
    original: str = ""  # what the foreign-language original is called, for the certificate


@dataclass(frozen=True)
class ServicePage:
    caption: Caption
    service: Service


Inserted = TabPage | TranslationPage | ServicePage


class _TabPage(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A tab page, drawn from the top of its frame down: no height of its own, so it
    takes a page to itself between two page breaks without any layout pass."""

    def __init__(self, item: TabPage) -> None:
        super().__init__()
        self.item = item

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Nothing to lay out: the lines are placed by ``_draw_tab``."""
        self.width = avail_width
        return avail_width, 0.0

    def draw(self) -> None:
        """The tab page's lines below this point, the top of the frame."""
        _draw_tab(self.canv, self.item, self.width)


_TAB_DROP = 2.6 * inch  # the tab letter sits this far below the top of the frame


def _tab_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    s = page.styles()
    big = ParagraphStyle(
        "tab", parent=s.title, fontSize=44, leading=52, alignment=TA_CENTER, spaceAfter=18
    )
    centre = ParagraphStyle("tab-desc", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    under = ParagraphStyle("tab-pages", parent=s.small, alignment=TA_CENTER)
    return big, centre, under


def _tab_lines(item: TabPage) -> list[tuple[str, int]]:
    """The tab page's lines, top to bottom, with their style (0 letter, 1 words, 2 facts)."""
    facts = (
        f"Dated {_long_date(item.dated)}" if item.dated else "",
        f"Source: {item.source}" if item.source else "",
        *item.contents,
        f"Pages {page_range(item.first_page, item.last_page)}",
    )
    return [(f"TAB {item.tab}", 0), (item.description, 1), *((f, 2) for f in facts if f)]


def _draw_tab(canvas: Canvas, item: TabPage, width: float) -> None:
    """A tab page: the letter, the exhibit's words, its date, source, parts and pages,
    centred in ``width`` below the canvas's origin, each where a platypus frame would
    stack the same paragraphs (spaceAfter below each, 6 pt more under the words)."""
    styles = _tab_styles()
    top = -_TAB_DROP
    for text, kind in _tab_lines(item):
        style = styles[kind]
        flowable = para(text, style)
        _, height = flowable.wrapOn(canvas, width, page.PAGE_SIZE[1])
        flowable.drawOn(canvas, 0, top - height)
        top -= height + style.spaceAfter + (6 if kind == 1 else 0)


def _translation(item: TranslationPage) -> list[Flowable]:
    s = page.styles()
    t = item.translation
    centre = ParagraphStyle("cert-head", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    language = t.language or "______________"
    name = t.translator or "______________________________"
    original = (
        f", the {language} original of which follows this certificate"
        if t.language
        else (", the original of which follows this certificate")
    )
    body = (
        f"I, {name}, certify that I am competent to translate from {language} into English, "
        f"and that the English translation at Tab {item.tab} "
        f"(\u201c{item.document}\u201d){original}, is true and accurate to the best of my "
        "abilities."
    )
    return [
        paragraph("CERTIFICATE OF TRANSLATION", centre),
        Spacer(1, 14),
        paragraph(body, s.body),
        Spacer(1, 0.5 * inch),
        *_signature_block(
            [
                ("Signature", ""),
                ("Printed name", t.translator),
                ("Address", t.address),
                ("Telephone", t.phone),
                ("Date", ""),
            ]
        ),
    ]


def _service(item: ServicePage) -> list[Flowable]:
    s = page.styles()
    v = item.service
    centre = ParagraphStyle("cert-head", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    method = SERVICE_METHODS.get(v.method, v.method)
    where = f" at {', '.join(v.address.splitlines())}" if v.address.strip() else ""
    if v.method != ECAS and not where:
        where = " at ________________________________________________"
    body = (
        f"On {_long_date(v.served_on)}, I served a copy of this filing, "
        f"\u201c{item.caption.title}\u201d, and all attached pages on the {v.party}{where}, "
        f"by {method}."
    )
    return [
        paragraph("CERTIFICATE OF SERVICE", centre),
        paragraph(
            f"In the Matter of {item.caption.respondent}"
            + (f", {item.caption.a_number}" if item.caption.a_number else ""),
            ParagraphStyle("svc-sub", parent=s.small, alignment=TA_CENTER),
        ),
        Spacer(1, 14),
        paragraph(body, s.body),
        Spacer(1, 0.5 * inch),
        *_signature_block([("Signature", ""), ("Printed name", v.signer), ("Date", "")]),
    ]


def _signature_block(lines: Sequence[tuple[str, str]]) -> list[Flowable]:
    s = page.styles()
    label = ParagraphStyle("sig-label", parent=s.small, spaceAfter=0)
    value = ParagraphStyle("sig-value", parent=s.body, spaceAfter=0)
    rows = [[paragraph(v, value) if v else "", paragraph(k, label)] for k, v in lines]
    table = Table(rows, colWidths=[3.6 * inch, page.CONTENT_WIDTH - 3.6 * inch])
    table.setStyle(
        _plain_table(
            [
                ("LINEBELOW", (0, 0), (0, -1), 0.6, page.INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 16),
                ("LEFTPADDING", (1, 0), (1, -1), 10),
            ]
        )
    )
    return [table]


# -- page numbers ------------------------------------------------------------------------------


DIGIT_BOX = (10.0, 16.0)  # each digit's page: wide and tall enough for any digit
_DIGIT_BASELINE = 4.0


@cache  # the same ten digits every time: drawn once per process
def digit_pages() -> bytes:
    """Ten small pages, the digits 0-9, each drawn at (0, baseline) in the number font.

    Each becomes a form XObject (pikepdf ``as_form_xobject``) that brings its own
    font resources; a page number is those forms placed side by side
    (``number_placements``), so no content stream of ours or anyone's is parsed.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, initialFontName=fonts.SANS, initialFontSize=10)
    grey = page.INK.red  # INK is a neutral grey
    for digit in "0123456789":
        canvas.setPageSize(DIGIT_BOX)
        canvas.setFont(fonts.SANS, _NUMBER_SIZE)
        canvas.setFillGray(grey)
        canvas.drawString(0, _DIGIT_BASELINE, digit)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def number_placements(number: int, page_width: float) -> list[tuple[int, float, float]]:
    """(digit, x, y) of each digit's form for ``number`` centred in the bottom band
    (ICPM 3.3(c): consecutive page numbers)."""
    text = str(number)
    x = page_width / 2 - pdfmetrics.stringWidth(text, fonts.SANS, _NUMBER_SIZE) / 2
    placed = []
    for char in text:
        placed.append((int(char), x, _NUMBER_BASELINE - _DIGIT_BASELINE))
        x += pdfmetrics.stringWidth(char, fonts.SANS, _NUMBER_SIZE)
    return placed


def text_pages(text: str) -> bytes:
    """A plain-text exhibit laid out on letter pages, every script drawn."""
    s = page.styles()
    story: list[Flowable] = [
        paragraph(line, s.body) if line.strip() else Spacer(1, 8) for line in text.splitlines()
    ]
    return _build(story or [Spacer(1, 1)])


# -- helpers ----------------------------------------------------------------------------------


def count_pages(pdf: bytes) -> int:
    """Pages in a PDF reportlab just wrote (counted from its page tree)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as opened:
        return len(opened.pages)


def _build(story: list[Flowable]) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page.PAGE_SIZE,
        leftMargin=page.MARGIN,
        rightMargin=page.MARGIN,
        topMargin=page.MARGIN,
        bottomMargin=page.MARGIN,
        author="",
        creator=page.PRODUCER,
        producer=page.PRODUCER,
        initialFontName=fonts.SANS,
        initialFontSize=10.5,
    )
    doc.build(story)
    return buffer.getvalue()


def _one_page(flowables: list[Flowable]) -> Flowable:
    """Content that must stay on one page: shrunk to fit rather than spilling over."""
    height = page.PAGE_SIZE[1] - 2 * page.MARGIN - 1
    return KeepInFrame(page.CONTENT_WIDTH, height, flowables, mode="shrink")


def _plain_table(commands: list[tuple[Any, ...]]) -> TableStyle:
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else Helvetica, not embedded
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    return TableStyle(base + commands)


def _short_date(day: date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"
