"""One scanned batch (a PDF or a multi-page TIFF) cut into documents at separators and blanks.

Each page is drawn small (``page_classes.ANALYSIS_DPI``), classed, and the
classes planned into pieces (``domain.batch_split``). Each piece is a new
PDF made in memory with pikepdf: a PDF's pages are copied as they are (the
scanner's JPEGs untouched, no re-encoding), a TIFF's frames become
lossless (Flate) page images at the frame's resolution. Nothing is written
to disk; the importer stores the pieces encrypted.

A piece is the same bytes every time it is made from the same batch (no
dates, deterministic ids), so importing a batch again finds each piece
already in the vault, and an import interrupted half way finishes the rest
next time.

Anything unexpected (a page PDFium cannot draw, a PDF pikepdf cannot open,
a password) means no split: the batch is imported whole, as before.
"""

from __future__ import annotations

import io
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from casebook.domain.batch_split import PageClass, SplitPlan, plan_split
from casebook.services import limits
from casebook.services.extract import PDFIUM_LOCK
from casebook.services.filetypes import FileType
from casebook.services.imaging import viewable
from casebook.services.page_classes import ANALYSIS_DPI, MM_PER_INCH, classify

_log = logging.getLogger(__name__)

MAX_BATCH_PAGES = 300  # a feeder's stack is far shorter; a longer file is imported whole
_ASSUMED_WIDTH_IN = 8.5  # a TIFF frame without a resolution: as wide as letter paper
_TEXT_LAYER_MIN = 16  # extract.SCANNED_PAGE_MIN_CHARS: fewer is no text layer


@dataclass(frozen=True)
class Piece:
    pages: tuple[int, ...]  # numbered from 1 in the batch
    pdf: bytes


@dataclass(frozen=True)
class Split:
    plan: SplitPlan
    pieces: tuple[Piece, ...]


def split_batch(path: Path, kind: FileType, *, duplex: bool = False) -> Split | None:
    """The pieces ``path`` splits into, or None to import it whole (no split, or unsure)."""
    try:
        if kind is FileType.PDF:
            return _split_pdf(path, duplex)
        if kind is FileType.TIFF:
            return _split_tiff(path, duplex)
    except Exception as exc:  # a reader failing on hostile bytes: import the file whole
        _log.warning("%s while looking for separator pages; imported whole", type(exc).__name__)
    return None


def classes_of(path: Path, kind: FileType) -> list[PageClass]:
    """Each page's class (for the tests and the measurements)."""
    if kind is FileType.PDF:
        return _pdf_classes(path) or []
    return [c for c, _ in _tiff_frames(path)] if kind is FileType.TIFF else []


# -- PDF -------------------------------------------------------------------------------------


def _split_pdf(path: Path, duplex: bool) -> Split | None:
    classes = _pdf_classes(path)
    if classes is None:
        return None
    plan = plan_split(classes, duplex=duplex)
    if not plan.splits:
        return None
    with pikepdf.open(path) as source:
        pieces = tuple(Piece(pages, _copy_pages(source, pages)) for pages in plan.pieces)
    return Split(plan, pieces)


def _pdf_classes(path: Path) -> list[PageClass] | None:
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
    try:
        with PDFIUM_LOCK:
            count = len(pdf)
        if count < 2 or count > MAX_BATCH_PAGES:
            return None
        return [_pdf_page_class(pdf, index) for index in range(count)]
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _pdf_page_class(pdf: pdfium.PdfDocument, index: int) -> PageClass:
    """Drawn under PDFium's lock; classed outside it, so OCR of other files goes on."""
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            width, height = page.get_size()
            scale = ANALYSIS_DPI / 72
            if width * height * scale * scale > limits.MAX_RENDER_PIXELS:
                return PageClass.CONTENT  # a poster-sized page is no separator and no blank
            if not any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])):
                # Not a scan (no image): a made PDF's page, even an empty one, is left
                # alone, and not drawing it keeps a 300-page court record's import quick.
                return PageClass.CONTENT
            textpage = page.get_textpage()
            try:
                chars = len(textpage.get_text_bounded().strip())
            finally:
                textpage.close()
            image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
    return classify(image, ANALYSIS_DPI / MM_PER_INCH, text_chars=_chars(chars)).kind


def _chars(count: int) -> int:
    return count if count >= _TEXT_LAYER_MIN else 0


def _copy_pages(source: pikepdf.Pdf, pages: tuple[int, ...]) -> bytes:
    piece = pikepdf.new()
    for number in pages:
        piece.pages.append(source.pages[number - 1])
    return _saved(piece)


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    pdf.close()
    return out.getvalue()


# -- TIFF ------------------------------------------------------------------------------------


def _split_tiff(path: Path, duplex: bool) -> Split | None:
    frames = _tiff_frames(path)
    if len(frames) < 2:
        return None
    plan = plan_split([c for c, _ in frames], duplex=duplex)
    if not plan.splits:
        return None
    with Image.open(path) as img:
        pieces = tuple(Piece(pages, _frames_pdf(img, pages)) for pages in plan.pieces)
    return Split(plan, pieces)


def _tiff_frames(path: Path) -> list[tuple[PageClass, float]]:
    """Each frame's class and its dots per inch."""
    out: list[tuple[PageClass, float]] = []
    with Image.open(path) as img:
        frames = int(getattr(img, "n_frames", 1))
        if frames < 2 or frames > MAX_BATCH_PAGES:
            return []
        for index in range(frames):
            img.seek(index)
            if img.width * img.height > limits.MAX_DECODE_PIXELS:
                return []
            dpi = _dpi(img)
            frame = viewable(img.copy()).convert("L")
            factor = ANALYSIS_DPI / dpi
            size = (max(1, round(frame.width * factor)), max(1, round(frame.height * factor)))
            small = frame.resize(size, Image.Resampling.BOX)
            out.append((classify(small, ANALYSIS_DPI / MM_PER_INCH).kind, dpi))
    return out


def _dpi(img: Image.Image) -> float:
    dpi = img.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if 50 <= value <= 2400:
        return value
    return max(img.width, 1) / _ASSUMED_WIDTH_IN


def _frames_pdf(img: Image.Image, pages: tuple[int, ...]) -> bytes:
    pdf = pikepdf.new()
    for number in pages:
        img.seek(number - 1)
        dpi = _dpi(img)
        frame = viewable(img.copy())
        if frame.mode == "RGBA":
            frame = frame.convert("RGB")
        _add_image_page(pdf, frame, dpi)
    return _saved(pdf)


def _add_image_page(pdf: pikepdf.Pdf, frame: Image.Image, dpi: float) -> None:
    """One page showing ``frame`` at ``dpi``, its pixels kept exactly (Flate)."""
    colour = {"1": ("/DeviceGray", 1), "L": ("/DeviceGray", 8), "RGB": ("/DeviceRGB", 8)}
    space, bits = colour[frame.mode]
    image = pikepdf.Stream(pdf, zlib.compress(frame.tobytes(), 6))
    image.Type = pikepdf.Name.XObject
    image.Subtype = pikepdf.Name.Image
    image.Width, image.Height = frame.width, frame.height
    image.ColorSpace = pikepdf.Name(space)
    image.BitsPerComponent = bits
    image.Filter = pikepdf.Name.FlateDecode
    width, height = frame.width * 72 / dpi, frame.height * 72 / dpi
    content = f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Scan Do Q".encode()
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, round(width, 4), round(height, 4)],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Scan=image)),
        Contents=pikepdf.Stream(pdf, content),
    )
    pdf.pages.append(pikepdf.Page(page))
