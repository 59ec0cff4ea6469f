"""Text, page count and thumbnail of a file, by its real type.

pypdfium2 reads PDFs (1.6 ms/page for text against pypdf's 9-11 ms, and it
renders thumbnails and scanned pages for OCR); Pillow reads images, with
pillow-heif for phones' HEIC photos. PDFium is not thread-safe, so every call
into it holds ``PDFIUM_LOCK``; OCR (a separate process) runs outside it, the
pages of one document on every core at once (``_OcrPages``): a ten-page scan
is read by as many Tesseracts as there are cores, not one after another.

A file that cannot be opened at all raises ``Unreadable`` (the import rejects
it, naming why). A file that opens but whose reader fails further on (a page
PDFium cannot load, EXIF that Pillow chokes on, a frame cut short) is kept:
what could be read is read, and a note says what was not. Readers are
third-party C and Python code fed hostile bytes, so any exception they raise
for one file stays with that file. What is read is capped (``limits``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageOps, UnidentifiedImageError

from casebook.domain.errors import CasebookError
from casebook.services import limits, ocr
from casebook.services.filetypes import FileType
from casebook.services.imaging import viewable

_log = logging.getLogger(__name__)

PDFIUM_LOCK = threading.RLock()
THUMBNAIL_PX = 200
OCR_DPI = 300
SCANNED_PAGE_MIN_CHARS = 16  # a page with fewer characters of text layer is treated as a scan
MAX_TEXT_CHARS = limits.MAX_TEXT_CHARS
_TEXT_CHUNK = 1 << 20  # characters read from a text file at a time

_heif_registered = False
_heif_lock = threading.Lock()


class Unreadable(CasebookError):
    """The file's content cannot be read as the type it is."""


@dataclass(frozen=True)
class Extracted:
    text: str
    page_count: int | None
    thumbnail: bytes | None  # PNG
    notes: tuple[str, ...] = ()  # said to the user, e.g. "OCR is not installed"
    text_status: str = ""  # "", "ocr", "ocr-unavailable", "encrypted", "none"


# One page image and the seconds it may take; returns the page's words.
OcrFunction = Callable[[Image.Image, float], str]


# A file on disk (an import) or decrypted content in memory (a page edit: no plaintext file).
Source = Path | bytes


def extract(path: Source, kind: FileType, ocr_page: OcrFunction | None) -> Extracted:
    """Read what a person would want to search and see; ``ocr_page`` None means OCR is off."""
    if kind is FileType.PDF:
        return _pdf(path, ocr_page)
    if kind.is_image:
        return _image(path, kind, ocr_page)
    if kind in (FileType.TEXT, FileType.HTML):
        return _text(path, kind)
    return Extracted(
        "", None, None, ("stored as an attachment: no preview for this kind of file",), "none"
    )


def make_ocr(languages: Sequence[str], cancel: threading.Event | None) -> OcrFunction | None:
    """An OCR function for the installed engine, or None when there is none."""
    if not ocr.ocr_available().available:
        return None

    def run(image: Image.Image, timeout: float) -> str:
        return ocr.recognise(image, languages, cancel=cancel, timeout=timeout)

    return run


@dataclass
class _Reading:
    """What one file's reading has cost so far, and the notes for the person."""

    kind: FileType
    deadline: float = field(default_factory=lambda: time.monotonic() + limits.FILE_SECONDS)
    ocr_done: int = 0
    notes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    chars: int = 0
    timed_out: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)  # notes come from OCR threads

    def note(self, text: str) -> None:
        with self._lock:
            if text not in self.notes:
                self.notes.append(text)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def out_of_time(self) -> bool:
        if not self.timed_out and self.remaining() <= 0:
            self.timed_out = True
        return self.timed_out

    def add_text(self, text: str) -> None:
        room = MAX_TEXT_CHARS - self.chars
        if room <= 0:
            return
        if len(text) > room:
            text = text[:room]
            self.note(_text_cap_note())
        self.texts.append(text)
        self.chars += len(text) + 3  # the page separator

    def ocr(self, image: Image.Image, ocr_page: OcrFunction, number: int) -> str:
        """OCR page ``number`` within the file's time left; a failure becomes a note."""
        timeout = min(ocr.DEFAULT_PAGE_TIMEOUT, max(self.remaining(), 1.0))
        try:
            return ocr_page(image, timeout)
        except ocr.OcrCancelled:
            raise
        except CasebookError as exc:
            self.note(exc.message)
            return ""
        except Exception as exc:  # preparing the page for Tesseract failed on odd metadata
            _library_failure(self, exc, f"OCR of page {number}")
            self.note(f"OCR could not read page {number}; the page is stored and viewable")
            return ""

    def text(self) -> str:
        return "\n\f\n".join(self.texts).strip()[:MAX_TEXT_CHARS]


class _OcrPages:
    """A document's page texts in order, the scanned ones OCR'd on every core at once.

    At most one rendered page per core waits for an engine, so a long scan is
    never all in memory. Leaving the block waits for every page and adds the
    texts to the reading in page order; OCR cancelled for one page cancels the
    rest and is raised.
    """

    def __init__(self, reading: _Reading, ocr_page: OcrFunction | None) -> None:
        self._reading, self._ocr_page = reading, ocr_page
        self._slots = ocr.engine_slots()
        self._texts: list[str | tuple[Future[str], str]] = []
        self._running: set[Future[str]] = set()
        self._pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> _OcrPages:
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        if self._pool is None:
            self._add_texts()
            return
        if error is not None:
            for future in self._running:
                future.cancel()
        self._pool.shutdown(wait=True)
        if error is None:
            self._add_texts()

    def text(self, text: str) -> None:
        self._texts.append(text)

    def ocr(self, image: Image.Image, fallback: str = "") -> None:
        """OCR ``image`` (the next page); ``fallback`` stands if OCR reads nothing."""
        assert self._ocr_page is not None
        reading = self._reading
        reading.ocr_done += 1
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._slots, thread_name_prefix="ocr-page")
        while len(self._running) >= self._slots:
            done, _ = wait(self._running, return_when=FIRST_COMPLETED)
            self._running -= done
            for future in done:
                future.result()  # a cancelled page stops the document here
        future = self._pool.submit(reading.ocr, image, self._ocr_page, reading.ocr_done)
        self._running.add(future)
        self._texts.append((future, fallback))

    def _add_texts(self) -> None:
        for item in self._texts:
            if isinstance(item, str):
                self._reading.add_text(item)
            else:
                future, fallback = item
                self._reading.add_text(future.result() or fallback)


def _text_cap_note() -> str:
    return f"only the first {MAX_TEXT_CHARS:,} characters are searchable; the whole file is stored"


def _library_failure(reading: _Reading, exc: BaseException, what: str) -> None:
    """Log where a reader failed (type and code lines only: no names, no content)."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames)
    _log.warning("%s failed reading %s of a %s (%s)", type(exc).__name__, what, reading.kind, where)


# -- PDF -------------------------------------------------------------------------------------


def _pdf(path: Source, ocr_page: OcrFunction | None) -> Extracted:
    reading = _Reading(FileType.PDF)
    with _open_pdf(path) as pdf:
        with PDFIUM_LOCK:
            count = len(pdf)
        if count <= 0:
            raise Unreadable("damaged PDF: no pages could be read")
        thumbnail: bytes | None = None
        failed: list[int] = []
        scans_skipped = 0
        needs_ocr = False
        with _OcrPages(reading, ocr_page) as pages:
            for index in range(count):
                if reading.out_of_time():
                    reading.note(_out_of_time_note(index, count))
                    break
                try:
                    text, scan, small = _read_page(pdf, index, reading, ocr_page is not None)
                except Exception as exc:  # PDFium (or pypdfium2) failed on this page
                    if not isinstance(exc, pdfium.PdfiumError):
                        _library_failure(reading, exc, f"page {index + 1}")
                    failed.append(index + 1)
                    pages.text("")
                    continue
                if small is not None:
                    thumbnail = small
                if scan is not None and ocr_page is not None:
                    needs_ocr = True
                    pages.ocr(scan, fallback=text)
                    continue
                if len(text) < SCANNED_PAGE_MIN_CHARS:
                    needs_ocr = True
                    if ocr_page is not None:
                        scans_skipped += 1
                pages.text(text)
    return _pdf_result(reading, count, thumbnail, failed, scans_skipped, needs_ocr, ocr_page)


def _read_page(
    pdf: pdfium.PdfDocument, index: int, reading: _Reading, ocr_on: bool
) -> tuple[str, Image.Image | None, bytes | None]:
    """One page's text layer, its scan image if it needs OCR, and the thumbnail for page 1."""
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            thumbnail = None
            if index == 0:
                try:
                    thumbnail = _png(_render(page, THUMBNAIL_PX, reading, index))
                except Exception as exc:  # no thumbnail; the text may still read
                    _library_failure(reading, exc, "the thumbnail")
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_bounded().strip()
            finally:
                textpage.close()
            want_scan = (
                ocr_on
                and len(text) < SCANNED_PAGE_MIN_CHARS
                and reading.ocr_done < limits.MAX_OCR_PAGES
            )
            scan = _render(page, None, reading, index) if want_scan else None
        finally:
            page.close()
    return text, scan, thumbnail


def _pdf_result(
    reading: _Reading,
    count: int,
    thumbnail: bytes | None,
    failed: list[int],
    scans_skipped: int,
    needs_ocr: bool,
    ocr_page: OcrFunction | None,
) -> Extracted:
    status = ""
    if needs_ocr:
        status = "ocr" if ocr_page is not None else "ocr-unavailable"
    if failed and len(failed) == count:
        reading.note(
            "no page of this PDF could be read (damaged, or made in a way casebook cannot "
            "read): it is stored as it is; export a copy to open it in another program"
        )
        status = "none"
    elif failed:
        reading.note(
            f"{_pages(failed)} could not be read (damaged, or made in a way casebook "
            "cannot read); the rest of the PDF was read and all of it is stored"
        )
    if scans_skipped:
        read = reading.ocr_done
        reading.note(
            f"OCR read the first {read} scanned page{'s' if read != 1 else ''} only (at most "
            f"{limits.MAX_OCR_PAGES} per document); {scans_skipped} more are stored and "
            "viewable but their words are not searchable"
        )
    if status == "ocr-unavailable":
        reading.note(_ocr_off_note())
    return Extracted(reading.text(), count, thumbnail, tuple(reading.notes), status)


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    more = f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
    return f"page{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _out_of_time_note(index: int, count: int) -> str:
    minutes = limits.FILE_SECONDS / 60
    return (
        f"reading stopped after {minutes:g} minutes at page {index + 1} of {count}: the "
        "pages before it are searchable; the whole document is stored and viewable"
    )


@contextmanager
def _open_pdf(path: Source) -> Iterator[pdfium.PdfDocument]:
    try:
        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(path if isinstance(path, bytes) else str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise PasswordProtected from None
        raise Unreadable("damaged PDF: no pages could be read") from None
    try:
        yield pdf
    finally:
        with PDFIUM_LOCK:
            pdf.close()


class PasswordProtected(Exception):
    """Stored as it is; its text cannot be read without the password."""


def _render(
    page: pdfium.PdfPage, longest_px: int | None, reading: _Reading, index: int
) -> Image.Image:
    """The page as an image: a thumbnail ``longest_px`` wide, or for OCR at 300 dpi,
    drawn smaller when that would pass ``limits.MAX_RENDER_PIXELS``."""
    width, height = page.get_size()  # points
    width, height = max(float(width), 1.0), max(float(height), 1.0)
    if longest_px is not None:
        scale = longest_px / max(width, height)
    else:
        scale = OCR_DPI / 72
        if width * height * scale * scale > limits.MAX_RENDER_PIXELS:
            scale = _capped_scale(width, height)
            reading.note(
                f"page {index + 1} is very large: it was read at {scale * 72:.0f} dpi "
                f"(at most {limits.megapixels(limits.MAX_RENDER_PIXELS)} a page)"
            )
    if width * height * scale * scale > limits.MAX_RENDER_PIXELS:  # a thumbnail of a sliver
        scale = _capped_scale(width, height)
    image: Image.Image = page.render(scale=scale, grayscale=longest_px is None).to_pil()
    return image


def _capped_scale(width: float, height: float) -> float:
    """The largest scale whose rendering stays within the pixel cap (PDFium rounds up)."""
    return float((limits.MAX_RENDER_PIXELS / (width * height)) ** 0.5) * 0.999


# -- images ----------------------------------------------------------------------------------

# Formats whose extra frames are pages (a fax, a multi-page scan); in the
# others (animated PNG, GIF, WebP) they are an animation's frames.
_PAGED = frozenset({FileType.TIFF, FileType.HEIC})


def _image(path: Source, kind: FileType, ocr_page: OcrFunction | None) -> Extracted:
    if kind is FileType.HEIC:
        _register_heif()
    reading = _Reading(kind)
    try:
        img = Image.open(io.BytesIO(path) if isinstance(path, bytes) else path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _too_big(kind)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _undecodable(kind, exc) from None
    except Exception as exc:  # a decoder failing on its header
        _library_failure(reading, exc, "the header")
        raise Unreadable(
            f"a {kind.label} that casebook cannot read: it could not be decoded"
        ) from None
    with img:
        if img.width * img.height > limits.MAX_DECODE_PIXELS:
            return _too_big(kind, img.width * img.height)
        try:
            frames = max(int(getattr(img, "n_frames", 1)), 1)
        except Exception:  # counting frames walks the file; a damaged one stops it
            frames = 1
        if ocr_page is None:
            return _image_without_ocr(img, kind, frames, reading)
        limit = limits.MAX_OCR_PAGES if kind in _PAGED else limits.MAX_OCR_FRAMES
        thumbnail: bytes | None = None
        decoded = 0
        with _OcrPages(reading, ocr_page) as pages:
            for index in range(min(frames, limit)):
                if reading.out_of_time():
                    reading.note(_out_of_time_note(index, frames))
                    break
                page = _frame(img, index, kind, reading)
                if page is None:
                    break
                decoded += 1
                if index == 0:
                    thumbnail = _png(_small(page))
                pages.ocr(page)
        if frames > limit and decoded == limit:
            reading.note(_frames_note(kind, frames, limit))
    status = "ocr" if decoded else "none"
    return Extracted(reading.text(), frames, thumbnail, tuple(reading.notes), status)


def _frame(img: Image.Image, index: int, kind: FileType, reading: _Reading) -> Image.Image | None:
    """Frame ``index`` decoded and upright, ready to show; None (with a note) if it is damaged.

    The first frame failing rejects the file: nothing of it can be shown.
    """
    try:
        img.seek(index)
        frame = img.copy()
        frame.load()
    except Exception as exc:
        if not isinstance(exc, (OSError, SyntaxError, ValueError, EOFError)):
            _library_failure(reading, exc, f"frame {index + 1}")
        if index == 0:
            raise _undecodable(kind, exc) from None
        reading.note(
            f"page {index + 1} of this {kind.label} could not be decoded; "
            "the pages before it were read and the whole file is stored"
        )
        return None
    frame = _upright(frame, reading)
    try:
        return _fit(viewable(frame), index, reading)
    except Exception as exc:  # a colour format Pillow decodes but cannot convert
        _library_failure(reading, exc, f"frame {index + 1}")
        reading.note(
            f"casebook cannot show this {kind.label}'s colour format ({frame.mode}): "
            "it is stored as it is, without preview or OCR; export a copy to open it"
        )
        return None


def _undecodable(kind: FileType, exc: BaseException) -> Unreadable:
    """Damage, or a variant of the format the decoder does not support: said apart."""
    if str(exc).lower().startswith(("unsupported", "decoder error")):
        return Unreadable(
            f"a {kind.label} made in a way casebook cannot read (not necessarily damaged): "
            "it could not be decoded"
        )
    return Unreadable(f"damaged {kind.label}: it could not be decoded")


def _upright(image: Image.Image, reading: _Reading) -> Image.Image:
    """Turned as its EXIF orientation says; EXIF a reader chokes on is ignored, with a note."""
    try:
        return ImageOps.exif_transpose(image)
    except Exception as exc:  # Pillow re-encodes EXIF here; bad values raise
        if not isinstance(exc, (OSError, SyntaxError, ValueError, TypeError)):
            _library_failure(reading, exc, "EXIF")
        reading.note("its camera data (EXIF) is damaged: it is shown as stored, not turned upright")
        return image


def _fit(image: Image.Image, index: int, reading: _Reading) -> Image.Image:
    """At most ``limits.MAX_RENDER_PIXELS``: a bigger page is read scaled down."""
    pixels = image.width * image.height
    if pixels <= limits.MAX_RENDER_PIXELS:
        return image
    factor = (limits.MAX_RENDER_PIXELS / pixels) ** 0.5
    size = (max(1, int(image.width * factor)), max(1, int(image.height * factor)))
    reading.note(
        f"page {index + 1} is very large ({limits.megapixels(pixels)}): it was read "
        f"scaled down to {limits.megapixels(size[0] * size[1])}"
    )
    return image.resize(size, Image.Resampling.BOX)


def _frames_note(kind: FileType, frames: int, limit: int) -> str:
    if kind in _PAGED:
        return (
            f"OCR read the first {limit} of its {frames} pages only; the rest are stored "
            "and viewable but their words are not searchable"
        )
    return (
        f"an animation of {frames} frames: OCR read only the first; "
        "all frames are stored and viewable"
    )


def _too_big(kind: FileType, pixels: int | None = None) -> Extracted:
    size = f" ({limits.megapixels(pixels)})" if pixels else ""
    return Extracted(
        "",
        None,
        None,
        (
            f"this {kind.label} is too large to open safely{size}, over "
            f"{limits.megapixels(limits.MAX_DECODE_PIXELS)}: it is stored as it is, "
            "without preview or OCR; export a copy to open it",
        ),
        "none",
    )


def _image_without_ocr(
    img: Image.Image, kind: FileType, frames: int, reading: _Reading
) -> Extracted:
    """Only the thumbnail: a JPEG is decoded at 1/8 scale (draft), several times faster."""
    with contextlib.suppress(Exception):  # draft is an optimisation; else decode in full
        img.draft("RGB", (THUMBNAIL_PX * 2, THUMBNAIL_PX * 2))
    page = _frame(img, 0, kind, reading)  # decodes the first frame fully enough to find damage
    thumbnail = _png(_small(page)) if page is not None else None
    reading.note(_ocr_off_note())
    return Extracted("", frames, thumbnail, tuple(reading.notes), "ocr-unavailable")


def _ocr_off_note() -> str:
    status = ocr.ocr_available()
    if status.available:
        return "its words were not read: OCR was turned off for this import"
    return status.message


def _small(image: Image.Image) -> Image.Image:
    small = image.copy()
    small.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), reducing_gap=2.0)
    return small


def _register_heif() -> None:
    global _heif_registered
    with _heif_lock:
        if not _heif_registered:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif_registered = True


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    viewable(image).save(out, "PNG", optimize=False)
    return out.getvalue()


# -- text ------------------------------------------------------------------------------------


def _text(path: Source, kind: FileType) -> Extracted:
    """Streamed: at most ``MAX_TEXT_CHARS`` characters are decoded, however big the file."""
    with io.BytesIO(path) if isinstance(path, bytes) else path.open("rb") as raw:
        bom = raw.read(2)
        raw.seek(0)
        encoding = "utf-16" if bom in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
        with io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="") as reader:
            parts: list[str] = []
            length = 0
            while length < MAX_TEXT_CHARS:
                chunk = reader.read(min(_TEXT_CHUNK, MAX_TEXT_CHARS - length))
                if not chunk:
                    break
                parts.append(chunk)
                length += len(chunk)
            truncated = length >= MAX_TEXT_CHARS and bool(reader.read(1))
    notes: list[str] = []
    if kind is FileType.HTML:
        notes.append("a web page: stored as an attachment, its text is searchable")
    if truncated:
        notes.append(_text_cap_note())
    return Extracted("".join(parts), None, None, tuple(notes), "")
