"""Searchable scans in a filing packet: Tesseract's text-only page for each scanned page.

A document OCR'd at import keeps its words as plain text, which says nothing
of where each word is. For the packet, each scanned page is read again into
Tesseract's text-only PDF (``ocr.text_layer``), which ``export.packet`` lays
over the scan in the rectangle the scan fills, so a search in Acrobat
highlights the word where the image shows it. Everything stays in memory:
the page image is piped to Tesseract and its PDF comes back on stdout.

Which pages: every frame of an image, and each PDF page with (almost) no
text layer of its own (as the import decided, ``extract.SCANNED_PAGE_MIN_CHARS``),
drawn the way a viewer shows it (its /Rotate applied), as the packet places it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence

import pypdfium2 as pdfium
from PIL import Image, ImageOps, ImageSequence

from casebook.services import limits, ocr
from casebook.services.extract import OCR_DPI, PDFIUM_LOCK, SCANNED_PAGE_MIN_CHARS

__all__ = ["scan_layers"]


def scan_layers(
    content: bytes,
    media_type: str,
    languages: Sequence[str],
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[bytes | None, ...]:
    """One text-only PDF page per page of the document (None where the page is not a scan).

    Raises the ``ocr`` errors (``OcrUnavailable`` when Tesseract is missing,
    ``OcrCancelled``); the caller decides what a packet without them says.
    """
    kind = media_type.split(";")[0].strip().lower()
    if kind.startswith("image/"):
        frames = list(_frames(content))
        return tuple(ocr.text_layers(frames, languages, cancel=cancel, progress=progress))
    if kind != "application/pdf":
        return ()
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(content)
    try:
        scans = _scan_indices(pdf)
        if not scans:
            return ()
        rendered = (_render(pdf, index) for index in scans)  # lazily: a page at a time
        layers = dict(
            zip(
                scans,
                ocr.text_layers(rendered, languages, cancel=cancel, progress=progress),
                strict=True,
            )
        )
        with PDFIUM_LOCK:
            count = len(pdf)
        return tuple(layers.get(index) for index in range(count))
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _frames(content: bytes) -> Iterator[Image.Image]:
    """Each frame upright, as the packet places it (EXIF orientation applied)."""
    with Image.open(io.BytesIO(content)) as image:
        for frame in ImageSequence.Iterator(image):
            frame.load()
            upright = ImageOps.exif_transpose(frame) or frame
            yield upright.convert("L") if upright.mode not in ("L", "1") else upright.copy()


def _scan_indices(pdf: pdfium.PdfDocument) -> list[int]:
    """The pages with (almost) no text layer of their own: scans."""
    found: list[int] = []
    with PDFIUM_LOCK:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_bounded().strip()
                finally:
                    textpage.close()
            finally:
                page.close()
            if len(text) < SCANNED_PAGE_MIN_CHARS:
                found.append(index)
    return found


def _render(pdf: pdfium.PdfDocument, index: int) -> Image.Image:
    """The page as a viewer shows it, at the OCR resolution (capped like the import's)."""
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            width, height = (max(float(v), 1.0) for v in page.get_size())
            scale = OCR_DPI / 72
            if width * height * scale * scale > limits.MAX_RENDER_PIXELS:
                scale = float((limits.MAX_RENDER_PIXELS / (width * height)) ** 0.5) * 0.999
            image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
    image.info["dpi"] = (round(scale * 72), round(scale * 72))
    return image
