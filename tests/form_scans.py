"""Fictional forms drawn as a printer would, rendered to page images as a scanner gives them.

Each page is laid out line by line (reportlab, letter size), rendered with
pypdfium2 at ``dpi`` and, for a "scanned" copy, skewed, blurred, speckled and
JPEG-compressed (``benchmarks.ocr_pages.scanned``). The images then go through
casebook's real import and OCR path, so the rules meet OCR's own errors.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from benchmarks.ocr_pages import FONT_DIR, scanned

_FONT = "FormScanSans"


def _font() -> str:
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(FONT_DIR / "NotoSans-Regular.ttf")))
    return _FONT


def draw_form(lines: list[str]) -> bytes:
    """A one-page PDF: the first line as a heading, then each line at 11 pt (accents kept)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER)
    font = _font()
    _width, height = LETTER
    y = height - 72
    for n, line in enumerate(lines):
        size = 13 if n == 0 else 11
        c.setFont(font, size)
        c.drawString(72, y, line)
        y -= size * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf: bytes, dpi: int) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    image.info["dpi"] = (dpi, dpi)
    return image


def write_scan(
    path: Path,
    lines: list[str],
    *,
    dpi: int = 300,
    skew: float = 0.0,
    seed: int = 7,
) -> Path:
    """``lines`` as a scanned page image at ``path`` (PNG); ``skew`` degrees makes it a
    noisy, skewed scan, 0 a clean one."""
    image = render(draw_form(lines), dpi)
    if skew:
        image = scanned(image, seed=seed, angle=skew)
    image.save(path, "PNG", dpi=(dpi, dpi))
    return path
