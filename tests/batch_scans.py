"""Scanner batches made in the tests: forms, separator sheets, blank and signed pages.

Every page is drawn (reportlab), rendered at 200 or 300 dpi and, for a
"scanned" copy, skewed, blurred, speckled and JPEG-compressed as
``tests.form_scans`` does; a batch is then one scanner PDF (a JPEG per page)
or one multi-page TIFF, which goes through casebook's real import path.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from benchmarks.ocr_pages import scanned
from casebook.export.separator_sheet import separator_sheet_pdf
from tests.form_scans import draw_form, render

NTA = [
    "U.S. DEPARTMENT OF HOMELAND SECURITY",
    "NOTICE TO APPEAR",
    "In removal proceedings under section 240 of the Immigration and Nationality Act",
    "File No: A 123 456 789",
    "In the Matter of:",
    "Respondent: Maria Lopez",
    "DOB: 07/22/1991        Country of citizenship: Ecuador",
    "You are ordered to appear before an immigration judge of the United States",
    "Department of Justice at: 26 Federal Plaza, 12th Floor, New York, NY 10278",
    "on a date to be set at a time to be set.",
    "Date: November 2, 2026",
]
NTA_PAGE_2 = [
    "NOTICE TO RESPONDENT",
    "Warning: Any statement you make may be used against you in removal proceedings.",
    "Alien Registration: This copy of the Notice to Appear served upon you is evidence",
    "of your alien registration while you are under removal proceedings.",
]
HEARING = [
    "UNITED STATES DEPARTMENT OF JUSTICE",
    "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
    "IMMIGRATION COURT",
    "26 FEDERAL PLAZA, 12TH FLOOR, NEW YORK, NY 10278",
    "RE: LOPEZ, MARIA",
    "FILE: A123-456-789",
    "DATE: Nov 20, 2026",
    "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS",
    "Your case has been scheduled for a MASTER hearing before the Immigration Court",
    "on Jan 26, 2027 at 08:30 A.M. at:",
    "26 FEDERAL PLAZA, 12TH FLOOR, NEW YORK, NY 10278",
    "Immigration Judge: Hon. R. Alvarez",
]
FOIL = [
    "NEW YORK CITY POLICE DEPARTMENT",
    "Legal Bureau - FOIL Unit, One Police Plaza, New York, NY 10038",
    "November 25, 2026",
    "Re: FOIL-2026-056-01234",
    "The New York City Police Department (NYPD) has acknowledged your FOIL request",
    "FOIL-2026-056-01234. You can expect a response on or about January 15, 2027.",
    "Sincerely, Records Access Officer",
]


def form(lines: list[str], dpi: int = 300) -> Image.Image:
    return render(draw_form(lines), dpi)


def separator(dpi: int = 300) -> Image.Image:
    return render(separator_sheet_pdf(), dpi)


def blank(dpi: int = 300, *, bleed: float = 0.0, grey: int = 255) -> Image.Image:
    """An empty page; ``bleed``: the other side's lines show through (mirrored), at this
    share of black (0.1: faint, 0.2: thin paper)."""
    page = Image.new("L", (int(8.5 * dpi), 11 * dpi), grey)
    if bleed:
        other = form(HEARING, dpi).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        faint = other.point(lambda v: 255 - int((255 - v) * bleed))
        page = Image.composite(faint, page, faint.point(lambda v: 255 if v < 255 else 0)).filter(
            ImageFilter.GaussianBlur(1.5)
        )
    return page


def signature_only(dpi: int = 300, *, seed: int = 3, ink: int = 40) -> Image.Image:
    """A page with nothing on it but a handwritten signature (pen strokes) near the bottom."""
    rng = random.Random(seed)
    page = Image.new("L", (int(8.5 * dpi), 11 * dpi), 255)
    draw = ImageDraw.Draw(page)
    x, y = 1.2 * dpi, 8.8 * dpi
    points = []
    for n in range(40):
        x += dpi * 0.05
        y = 8.8 * dpi + (rng.random() - 0.5) * dpi * 0.35 + (n % 5 - 2) * dpi * 0.03
        points.append((x, y))
    draw.line(points, fill=ink, width=max(2, dpi // 120), joint="curve")
    return page


def scan(
    page: Image.Image, *, angle: float = 0.0, turn: int = 0, seed: int = 7, noisy: bool = True
) -> Image.Image:
    """As a feeder gives the page: skewed ``angle`` degrees, noisy, turned ``turn`` x 90 degrees."""
    dpi = page.info.get("dpi", (300, 300))
    out = scanned(page, seed=seed, angle=angle) if noisy else page
    if turn % 4:
        out = out.rotate(90 * turn, expand=True)
    out.info["dpi"] = dpi
    return out


def batch_pdf(pages: list[Image.Image], path: Path, dpi: int = 300) -> Path:
    """A scanner's PDF: each page one JPEG drawn over the whole page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=True)
    for image in pages:
        width, height = image.width * 72 / dpi, image.height * 72 / dpi
        c.setPageSize((width, height))
        jpeg = io.BytesIO()
        image.convert("L").save(jpeg, "JPEG", quality=90)
        jpeg.seek(0)
        c.drawImage(ImageReader(jpeg), 0, 0, width, height)
        c.showPage()
    c.save()
    return path


def batch_tiff(pages: list[Image.Image], path: Path, dpi: int = 300) -> Path:
    """A multi-page TIFF as a fax or a document scanner writes it (LZW, greyscale)."""
    first, *rest = [p.convert("L") for p in pages]
    first.save(
        path, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw", dpi=(dpi, dpi)
    )
    return path
