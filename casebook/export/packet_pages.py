"""The pages casebook draws for a filing packet: cover, exhibit list, tabs, certificates, numbers.

Everything here is plain data in, PDF bytes out (reportlab, fonts embedded);
``packet`` puts these pages between the exhibits. Court-format rules are cited
beside the layout they drive:

- Letter paper, 8.5 x 11 inches: 8 CFR 1003.32(d) (formerly (b)).
- Cover page with the filer's block, the court, the caption, the A-number,
  the judge, the next hearing and DETAINED / NON-DETAINED in the top right:
  Immigration Court Practice Manual (ICPM) ch. 3.3(c) and Appendix F (sample
  cover page); the title says what is filed, e.g. "RESPONDENT'S DOCUMENTS IN
  SUPPORT OF ..." (ICPM 4.19(c)(1) labels filings the same way).
- Exhibits indexed with a table of contents / proposed exhibit list, each
  behind a lettered tab, pages numbered consecutively: 8 CFR 1003.32(d)
  ("indexed, paginated, ... a table of contents"), ICPM 3.3(c).
- Certificate of translation: the translator's competence and the accuracy
  of the translation, name, address and telephone, signature: 8 CFR 1003.33,
  ICPM 3.3(a) and Appendix G.
- Certificate (proof) of service on DHS (ICE Office of the Principal Legal
  Advisor) with the date and manner of service: 8 CFR 1003.32(c), ICPM 3.2.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
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
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from casebook.export import fonts, page
from casebook.export.text import markup, paragraph, runs

__all__ = [
    "NUMBER_BAND",
    "Caption",
    "Filer",
    "ListEntry",
    "Service",
    "Translation",
    "count_pages",
    "cover_and_list",
    "digits_pdf",
    "inserted_pages",
    "number_ops",
    "overlay",
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

    @property
    def pages(self) -> str:
        if self.first_page == self.last_page:
            return str(self.first_page)
        return f"{self.first_page}\u2013{self.last_page}"


# -- cover and exhibit list -------------------------------------------------------------------


def cover_and_list(
    filer: Filer, caption: Caption, entries: Sequence[ListEntry], filed_on: date
) -> bytes:
    """The cover page, then the proposed exhibit list (one or more pages)."""
    story: list[Flowable] = [
        _one_page(_cover(filer, caption, filed_on)),
        PageBreak(),
        *_exhibit_list(caption, entries),
    ]
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
    hearing = (
        f"Next hearing: {caption.hearing_kind or 'Hearing'}, "
        f"{_long_date(caption.next_hearing.date())} at {_clock(caption.next_hearing)}"
        + (f", before {caption.hearing_judge}" if caption.hearing_judge else "")
        if caption.next_hearing
        else "Next hearing: none scheduled"
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
    rows: list[list[Any]] = [
        [paragraph("Tab", head), paragraph("Description", head), paragraph("Pages", head)]
    ]
    rows += [
        [_para(e.tab, head), _para(e.description, cell), _para(e.pages, pages_style)]
        for e in entries
    ]
    table = Table(
        rows,
        colWidths=[0.55 * inch, page.CONTENT_WIDTH - 1.65 * inch, 1.1 * inch],
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


@dataclass(frozen=True)
class TranslationPage:
    tab: str
    document: str
    translation: Translation


@dataclass(frozen=True)
class ServicePage:
    caption: Caption
    service: Service


Inserted = TabPage | TranslationPage | ServicePage


def inserted_pages(pages: Sequence[Inserted]) -> bytes:
    """One PDF page for each tab page or certificate, in the order given."""
    story: list[Flowable] = []
    for index, item in enumerate(pages):
        if index:
            story.append(PageBreak())
        if isinstance(item, TabPage):
            story += _tab(item)  # short: always fits, no shrink-to-fit pass needed
        elif isinstance(item, TranslationPage):
            story.append(_one_page(_translation(item)))
        else:
            story.append(_one_page(_service(item)))
    return _build(story)


def _tab(item: TabPage) -> list[Flowable]:
    s = page.styles()
    big = ParagraphStyle(
        "tab", parent=s.title, fontSize=44, leading=52, alignment=TA_CENTER, spaceAfter=18
    )
    centre = ParagraphStyle("tab-desc", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    pages = ListEntry(item.tab, "", item.first_page, item.last_page).pages
    return [
        Spacer(1, 2.6 * inch),
        _para(f"TAB {item.tab}", big),
        _para(item.description, centre),
        Spacer(1, 6),
        _para(f"Pages {pages}", ParagraphStyle("tab-pages", parent=s.small, alignment=1)),
    ]


def _translation(item: TranslationPage) -> list[Flowable]:
    s = page.styles()
    t = item.translation
    centre = ParagraphStyle("cert-head", parent=s.heading, alignment=TA_CENTER, spaceBefore=0)
    language = t.language or "______________"
    name = t.translator or "______________________________"
    body = (
        f"I, {name}, certify that I am competent to translate from {language} into English, "
        f"and that the English translation of the document at Tab {item.tab} "
        f"(\u201c{item.document}\u201d) is true and accurate to the best of my abilities."
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


# -- page numbers (and an invisible text layer for scans) --------------------------------------


@dataclass(frozen=True)
class OverlayPage:
    """OCR text to hide on a scanned page of ``size``."""

    size: tuple[float, float]
    hidden_text: str


def overlay(pages: Sequence[OverlayPage]) -> bytes:
    """One page per scanned page: its OCR text drawn invisibly (text render mode 3).

    The packet can then be searched and copied from where the sources had
    OCR text but the image itself has none.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, initialFontName=fonts.SANS, initialFontSize=10)
    for item in pages:
        width, height = item.size
        canvas.setPageSize((width, height))
        _hidden_text(canvas, item.hidden_text, width, height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


DIGITS = "0123456789"


def digits_pdf() -> bytes:
    """A page drawing the ten digits: its embedded font subset prints every page number.

    reportlab's first subset of a TrueType font keeps ASCII codes, so a page
    number is written straight into a content stream (``number_ops``) with
    this font: no reportlab page per packet page.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0, initialFontName=fonts.SANS, initialFontSize=10)
    canvas.setFont(fonts.SANS, _NUMBER_SIZE)
    canvas.drawString(0, 0, DIGITS)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def number_ops(number: int, page_width: float, font: str) -> bytes:
    """Content-stream operators printing ``number`` centred in the bottom band (ICPM 3.3(c))."""
    text = str(number)
    width = pdfmetrics.stringWidth(text, fonts.SANS, _NUMBER_SIZE)
    x = page_width / 2 - width / 2
    grey = page.INK.red  # INK is a neutral grey
    return (
        f"q BT {font} {_NUMBER_SIZE} Tf {grey:.3f} g 1 0 0 1 {x:.2f} {_NUMBER_BASELINE:.2f} Tm "
        f"({text}) Tj ET Q\n"
    ).encode()


def _hidden_text(canvas: Canvas, text: str, width: float, height: float) -> None:
    size = 8.0
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return
    leading = min(size * 1.2, (height - NUMBER_BAND - 36) / len(lines))
    canvas.saveState()  # the invisible text mode is graphics state: keep it in here
    obj = canvas.beginText()
    obj.setTextRenderMode(3)  # invisible: searchable and selectable, never drawn
    y = height - 36.0
    for line in lines:
        obj.setTextOrigin(18, y)
        for run in runs(line, 0):
            obj.setFont(run.font, max(leading / 1.2, 1.0))
            obj.textOut(run.text)
        y -= leading
    canvas.drawText(obj)
    canvas.restoreState()


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
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


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


def _para(text: str, style: ParagraphStyle) -> Flowable:
    """``text.paragraph``, minus HarfBuzz shaping for plain Latin-1 text, which needs none.

    The exhibit list and 40 tab pages are mostly document titles in plain
    Latin letters; shaping each costs more than laying out the page.
    """
    if all(ord(c) < 0x100 for c in text):
        bold = style.fontName.endswith("-Bold")
        plain = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
        return Paragraph(markup(text, bold=bold), plain)
    return paragraph(text, style)


def _long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"
