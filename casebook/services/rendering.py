"""Pages of a document drawn from decrypted bytes in memory, for the in-app viewer.

Nothing is written to disk: pypdfium2 reads the PDF from a bytes buffer and
Pillow decodes images from one. Every call into PDFium holds
``extract.PDFIUM_LOCK`` (PDFium is not thread-safe, and imports may be
rendering thumbnails on other threads). Results are PNG bytes, which any
toolkit can show; matches of a search are painted over the page as
translucent boxes so the viewer needs no geometry of its own.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from casebook.domain.errors import CasebookError
from casebook.domain.text_matches import match_spans
from casebook.services import extract, limits
from casebook.services.filetypes import FileType
from casebook.services.imaging import viewable

MIN_ZOOM = 0.1
MAX_ZOOM = 6.0
MAX_PIXELS = limits.MAX_RENDER_PIXELS  # a page bigger than this at the asked zoom is drawn smaller
HIGHLIGHT = (255, 200, 0, 110)
_CANNOT_DRAW = "casebook cannot draw this image; export a copy to open it."


class CannotRender(CasebookError):
    """This document has no pages to draw (a text file, an attachment, a damaged file)."""


@dataclass(frozen=True)
class RenderedPage:
    png: bytes
    width: int
    height: int
    page: int  # 0-based
    page_count: int
    matches: int  # hits of ``find`` on this page (PDF text only; 0 for images)
    # Where the first mark is on the image (left, top, right, bottom px), so a viewer can
    # scroll to it; None when nothing is marked or the page is turned.
    first_mark: tuple[int, int, int, int] | None = None


def can_render(media_type: str) -> bool:
    """Whether the viewer can draw this kind of document (PDFs and images)."""
    try:
        kind = FileType(media_type)
    except ValueError:
        return False
    return kind is FileType.PDF or kind.is_image


def render_page(
    content: bytes,
    media_type: str,
    page: int = 0,
    *,
    zoom: float = 1.0,
    rotation: int = 0,
    find: str = "",
    terms: tuple[str, ...] = (),
) -> RenderedPage:
    """Draw page ``page`` at ``zoom`` (1.0 = 96 dpi, i.e. actual size on a normal screen),
    turned clockwise by ``rotation`` degrees (a multiple of 90), with ``find`` marked and
    the words of a search (``terms``, matched as the index does: accents folded) marked.

    Only a PDF's own text has places on the page; OCR text of a scan keeps none, so a
    scan's matches are not drawn (the viewer marks them in the page's text instead)."""
    if not can_render(media_type):
        raise CannotRender("This kind of file has no pages to show; export a copy to open it.")
    zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
    rotation %= 360
    if rotation % 90:
        raise ValueError("rotation must be a multiple of 90 degrees")
    if media_type == FileType.PDF.value:
        image, count, page, matches, first_mark = _render_pdf(content, page, zoom, find, terms)
    else:
        image, count, page = _render_image(content, media_type, page, zoom)
        matches, first_mark = 0, None
    if rotation:
        image = image.rotate(-rotation, expand=True)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return RenderedPage(
        out.getvalue(),
        image.width,
        image.height,
        page,
        count,
        matches,
        None if rotation else first_mark,
    )


class _pdf:
    """A PDF opened from memory and closed under the lock (a context manager)."""

    def __init__(self, content: bytes) -> None:
        try:
            with extract.PDFIUM_LOCK:
                self.doc = pdfium.PdfDocument(content)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise CannotRender(
                    "This PDF is password-protected; export a copy and open it with its password."
                ) from None
            raise CannotRender("This PDF is damaged: no page could be drawn.") from None

    def __enter__(self) -> pdfium.PdfDocument:
        return self.doc

    def __exit__(self, *_exc: object) -> None:
        with extract.PDFIUM_LOCK:
            self.doc.close()


def _render_pdf(
    content: bytes, page: int, zoom: float, find: str, terms: tuple[str, ...] = ()
) -> tuple[Image.Image, int, int, int, tuple[int, int, int, int] | None]:
    with _pdf(content) as pdf, extract.PDFIUM_LOCK:
        count = len(pdf)
        if count == 0:
            raise CannotRender("This PDF has no pages.")
        page = min(max(page, 0), count - 1)
        try:
            pdf_page = pdf[page]
            width, height = pdf_page.get_size()  # points
            width, height = max(float(width), 1.0), max(float(height), 1.0)
            scale = zoom * 96 / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            image: Image.Image = pdf_page.render(scale=scale).to_pil().convert("RGB")
            boxes = _find_boxes(pdf_page, find) if find.strip() else []
            if terms:
                boxes += _term_boxes(pdf_page, terms, first=len({b[4] for b in boxes}))
        except Exception:  # PDFium failing on this page of a hostile file
            raise CannotRender(
                f"Page {page + 1} could not be drawn (damaged, or made in a way casebook "
                "cannot read); export a copy to open it in another program."
            ) from None
    # PDF space has its origin at the bottom left; the image's is at the top left.
    rects = [
        (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale)
        for left, bottom, right, top, _match in boxes
    ]
    if rects:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for rect in rects:
            draw.rectangle(rect, fill=HIGHLIGHT)
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    first = min(rects, key=lambda r: (r[1], r[0])) if rects else None
    first_mark = (
        (int(first[0]), int(first[1]), int(first[2]) + 1, int(first[3]) + 1) if first else None
    )
    return image, count, page, len({b[4] for b in boxes}), first_mark


def _find_boxes(page: pdfium.PdfPage, needle: str) -> list[tuple[float, float, float, float, int]]:
    """Rectangles (left, bottom, right, top, match number) of each match on the page.

    A phrase broken over two lines is not one run of text to PDFium, so when the
    whole phrase is not found its words are marked one by one.
    """
    text_page = page.get_textpage()
    boxes = _search(text_page, needle.strip())
    words = needle.split()
    if not boxes and len(words) > 1:
        for word in words:
            boxes += _search(text_page, word, first=len({b[4] for b in boxes}))
    return boxes


def _term_boxes(
    page: pdfium.PdfPage, terms: tuple[str, ...], first: int = 0
) -> list[tuple[float, float, float, float, int]]:
    """Rectangles of the search's words on the page, accent-folded like the index.

    The page's characters are read one by one so that a position in the text is a
    character index to PDFium (its text export may insert or drop characters).
    """
    text_page = page.get_textpage()
    count = text_page.count_chars()
    chars = []
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(text_page, i)
        chars.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " ")
    boxes: list[tuple[float, float, float, float, int]] = []
    for number, (start, end) in enumerate(match_spans("".join(chars), terms)[:500], first):
        rects = text_page.count_rects(start, end - start)
        boxes += [(*text_page.get_rect(i), number) for i in range(rects)]
    return boxes


def _search(
    text_page: pdfium.PdfTextPage, needle: str, first: int = 0
) -> list[tuple[float, float, float, float, int]]:
    boxes: list[tuple[float, float, float, float, int]] = []
    searcher = text_page.search(needle, match_case=False)
    number = first
    while (hit := searcher.get_next()) is not None and number < first + 500:
        start, length = hit
        count = text_page.count_rects(start, length)
        boxes += [(*text_page.get_rect(i), number) for i in range(count)]
        number += 1
    return boxes


class _image:
    def __init__(self, content: bytes, media_type: str) -> None:
        if media_type == FileType.HEIC.value:
            extract._register_heif()
        try:
            self.img = Image.open(io.BytesIO(content))
        except Image.DecompressionBombError:
            raise CannotRender("This image is too large to draw safely.") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise CannotRender("This image is damaged: it could not be drawn.") from exc
        except Exception:  # a decoder failing on hostile bytes
            raise CannotRender(_CANNOT_DRAW) from None
        if self.img.width * self.img.height > limits.MAX_DECODE_PIXELS:
            self.img.close()
            raise CannotRender("This image is too large to draw safely.")

    def __enter__(self) -> Image.Image:
        return self.img

    def __exit__(self, *_exc: object) -> None:
        self.img.close()


def _render_image(
    content: bytes, media_type: str, page: int, zoom: float
) -> tuple[Image.Image, int, int]:
    with _image(content, media_type) as img:
        try:
            count = max(int(getattr(img, "n_frames", 1)), 1)
        except Exception:  # counting walks the file; a damaged one stops it
            count = 1
        page = min(max(page, 0), count - 1)
        try:
            img.seek(page)
            picture = img.copy()
            picture.load()
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise CannotRender("This image is damaged: it could not be drawn.") from exc
        except Exception:  # a decoder failing on hostile bytes
            raise CannotRender(_CANNOT_DRAW) from None
        with contextlib.suppress(Exception):  # EXIF Pillow cannot rewrite: show it as stored
            picture = ImageOps.exif_transpose(picture)
        try:
            picture = viewable(picture)
        except Exception:  # a colour format with no conversion
            raise CannotRender("casebook cannot draw this image's colour format.") from None
    # Scans are usually 150-300 dpi: show them as if they were 150 dpi at zoom 1.
    scale = zoom * 96 / 150
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    if size[0] * size[1] > MAX_PIXELS:
        factor = (MAX_PIXELS / (size[0] * size[1])) ** 0.5
        size = (max(1, int(size[0] * factor)), max(1, int(size[1] * factor)))
    if picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    return picture.resize(size, Image.Resampling.LANCZOS), count, page
