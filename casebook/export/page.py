"""Page furniture every casebook PDF shares: US letter, margins, one type scale, safe writing.

Immigration courts want letter-size paper (8.5 by 11 inches); one type scale keeps
casebook's documents looking like one family. A PDF is built in memory and
written with one atomic, private (0600) write, so a failure leaves no partial
file and nothing else touches the disk.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, SimpleDocTemplate

from casebook.export import fonts
from casebook.vault.files import atomic_write_bytes

__all__ = ["INK", "MARGIN", "MUTED", "PAGE_SIZE", "RULE", "Styles", "styles", "write_pdf"]

PAGE_SIZE = LETTER
MARGIN = 0.75 * inch
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#8a8a8a")

PRODUCER = "casebook"


@dataclass(frozen=True)
class Styles:
    """The type scale: body 10.5 pt on 14 pt, headings on a 4:3 step."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle


def styles() -> Styles:
    """Paragraph styles in the shipped fonts (registers them first)."""
    fonts.register_fonts()
    bold = fonts.bold_of(fonts.SANS)
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10.5, leading=14, textColor=INK, spaceAfter=4
    )
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=24, leading=29),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=13, leading=17, spaceBefore=10
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        label=ParagraphStyle("label", parent=body, fontName=bold, fontSize=9, leading=12),
    )


def write_pdf(path: Path, story: Sequence[Flowable], *, title: str, subject: str) -> None:
    """Lay out ``story`` on letter pages and write it to ``path`` atomically, mode 0600.

    The document carries a title and subject but no author: reportlab would
    otherwise write "anonymous", and nothing about the person or machine
    belongs in a file that may be filed or shared. It is never encrypted.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        subject=subject,
        author="",
        creator=PRODUCER,
        producer=PRODUCER,
        lang="en-US",
        initialFontName=fonts.SANS,  # else reportlab adds a non-embedded Helvetica
        initialFontSize=10.5,
    )
    doc.build(list(story))
    atomic_write_bytes(path, buffer.getvalue())
