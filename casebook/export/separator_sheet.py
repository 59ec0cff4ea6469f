"""The separator sheet: printed once, put between documents in the scanner tray.

One letter page: the bullseye of ``domain.separator_mark`` in the middle (how
casebook finds the sheet in a scan, with or without OCR) and, above and
below it, words for the person holding it. Nothing on it names a client,
a vault or a date, so one printout serves every vault and can be copied.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from casebook.domain import separator_mark as mark
from casebook.export import fonts, page
from casebook.vault.files import atomic_write_bytes

__all__ = ["HEADLINE", "INSTRUCTIONS", "TITLE", "separator_sheet_pdf", "write_separator_sheet"]

TITLE = "casebook separator sheet"
HEADLINE = "casebook \N{EM DASH} separator sheet"
INSTRUCTIONS = (
    "Put this sheet between documents in the scanner tray.",
    "casebook starts a new document after it and leaves this page out.",
    "Print it on one side only. Copies work as well as the original.",
)
_ALSO = "A blank page splits a batch too, unless the scanner scans both sides."


def separator_sheet_pdf() -> bytes:
    """The sheet as PDF bytes (the same bytes every time: no date, no id)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    width, height = page.PAGE_SIZE
    canvas = Canvas(
        buffer,
        pagesize=page.PAGE_SIZE,
        invariant=True,
        pageCompression=1,
        initialFontName=fonts.SANS,  # else reportlab adds a non-embedded Helvetica
    )
    canvas.setAuthor("")  # else "anonymous": nothing about the person belongs on it
    canvas.setProducer(page.PRODUCER)
    canvas.setTitle(TITLE)
    canvas.setSubject("Splits a scanned batch into documents")
    canvas.setCreator(page.PRODUCER)
    centre_x, centre_y = width / 2, height / 2
    for band in range(mark.BANDS - 1, -1, -1):  # outermost first, each inner disc on top
        canvas.setFillColor(black if mark.band_is_dark(band) else white)
        canvas.circle(centre_x, centre_y, (band + 1) * mark.BAND_MM * mm, stroke=0, fill=1)
    bold = fonts.bold_of(fonts.SANS)
    canvas.setFillColor(page.INK)
    top = centre_y + mark.CLEAR_MM * mm
    canvas.setFont(bold, 26)
    canvas.drawCentredString(centre_x, top + 62, HEADLINE)
    canvas.setFont(fonts.SANS, 13)
    for n, line in enumerate(INSTRUCTIONS[:2]):
        canvas.drawCentredString(centre_x, top + 34 - n * 18, line)
    bottom = centre_y - mark.CLEAR_MM * mm
    canvas.setFont(fonts.SANS, 11)
    canvas.drawCentredString(centre_x, bottom - 24, INSTRUCTIONS[2])
    canvas.setFillColor(page.MUTED)
    canvas.drawCentredString(centre_x, bottom - 42, _ALSO)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_separator_sheet(path: Path) -> None:
    """Write the sheet to ``path`` atomically (0600), as every casebook PDF."""
    atomic_write_bytes(path, separator_sheet_pdf())
