"""Exhibit sources for a filing packet: opened, checked and made ready to become pages.

Every exhibit is read completely before anything is built (so a damaged or
password-protected source stops the export with its name, before a file is
written), images become page-ready streams (a JPEG goes in as it is, with no
loss), and visible annotations such as filled-in form fields are drawn into
their pages, the way a printer shows them (PDF 32000-1 12.5.5).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PdfStreamError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    PdfObject,
    StreamObject,
)

from casebook.domain.errors import CasebookError
from casebook.export import packet_pages as pp

__all__ = ["ExhibitSource", "ExhibitUnreadable", "Source", "load"]

_DEFAULT_DPI = 150.0  # for images that do not say
_PHOTO_QUALITY = 90


class ExhibitUnreadable(CasebookError):
    """An exhibit that cannot go into a filing as it is (damaged, locked, unsupported)."""


@dataclass(frozen=True)
class ExhibitSource:
    """One exhibit (or the brief): its decrypted bytes and what to call it."""

    description: str  # one line for the exhibit list and the tab page
    media_type: str  # application/pdf, image/*, text/plain
    content: bytes
    label: str  # names it in messages, e.g. 'document #12 "Birth certificate"'
    translation: pp.Translation | None = None  # set: a certificate of translation follows
    ocr_pages: tuple[str, ...] = ()  # OCR text per page, for scans without a text layer


@dataclass
class ImageData:
    """One image ready to be a page: encoded stream data and how to decode it."""

    data: bytes
    filter: str  # /DCTDecode or /FlateDecode
    width: int
    height: int
    colour: str  # /DeviceGray, /DeviceRGB
    bits: int
    dpi: float


@dataclass
class Source:
    exhibit: ExhibitSource
    reader: PdfReader | None = None
    images: list[ImageData] = field(default_factory=list)
    # page index -> operators drawing its visible annotations, run after its content
    annotation_draws: dict[int, bytes] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.reader.pages) if self.reader is not None else len(self.images)


def load(source: ExhibitSource) -> Source:
    """Open ``source`` and check every page can be read; ``ExhibitUnreadable`` if not."""
    kind = source.media_type.split(";")[0].strip().lower()
    try:
        if kind == "application/pdf":
            reader, draws = _open_pdf(source)
            return Source(source, reader=reader, annotation_draws=draws)
        if kind.startswith("image/"):
            return Source(source, images=_images(source.content))
        if kind == "text/plain":
            text = source.content.decode("utf-8", errors="replace")
            pdf = pp.text_pages(text)
            return Source(source, reader=PdfReader(io.BytesIO(pdf)))
    except ExhibitUnreadable:
        raise
    except (PdfReadError, PdfStreamError, UnidentifiedImageError, zlib.error) as exc:
        raise _unreadable(source, "it is damaged and could not be read") from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise _unreadable(source, "it is damaged and could not be read") from exc
    raise _unreadable(source, "only PDFs, images and plain text can go into a packet")


def _unreadable(source: ExhibitSource, why: str) -> ExhibitUnreadable:
    return ExhibitUnreadable(
        f"Exhibit {source.label} cannot go into the packet: {why}. No file was written."
    )


def _open_pdf(source: ExhibitSource) -> tuple[PdfReader, dict[int, bytes]]:
    reader = PdfReader(io.BytesIO(source.content), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        # A PDF that opens without a password (only "owner" restrictions) is
        # readable and is copied unencrypted; one that needs a password is not.
        raise _unreadable(source, "it is password-protected; save an unlocked copy and import it")
    if not reader.pages:
        raise _unreadable(source, "it has no pages")
    annotation_draws: dict[int, bytes] = {}
    for number, page in enumerate(reader.pages, start=1):
        box = page.cropbox
        if box.width <= 0 or box.height <= 0:
            raise _unreadable(source, f"page {number} has no size")
        contents = page.get("/Contents")
        if contents is not None:  # decode every content stream: a broken one fails here
            resolved = contents.get_object()
            for stream in resolved if isinstance(resolved, ArrayObject) else [resolved]:
                stream.get_object().get_data()
        if not _resolves(page, set()):
            raise _unreadable(source, f"page {number} refers to parts missing from the file")
        draws = _flatten_annotations(page)
        if draws:
            annotation_draws[number - 1] = draws
    return reader, annotation_draws


def _resolves(obj: Any, seen: set[int]) -> bool:
    """Every object the page's drawing needs is present (a cut-off file loses some).

    pypdf reads a damaged file leniently and gives a missing object as null;
    a page whose font or image is missing would print wrong, so it is refused.
    """
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return True
        seen.add(obj.idnum)
        target = obj.get_object()
        if target is None or isinstance(target, NullObject):
            return False
        return _resolves(target, seen)
    if isinstance(obj, DictionaryObject):
        return all(
            _resolves(value, seen)
            for key, value in obj.items()
            if key not in ("/Parent", "/P", "/Annots", "/B", "/StructParents", "/Dest", "/A")
        )
    if isinstance(obj, ArrayObject):
        return all(_resolves(item, seen) for item in obj)
    return True


def _images(data: bytes) -> list[ImageData]:
    result: list[ImageData] = []
    with Image.open(io.BytesIO(data)) as image:
        fmt = image.format
        for frame in ImageSequence.Iterator(image):
            result.append(_image_page(frame, data if fmt == "JPEG" else None, fmt or ""))
    if not result:
        raise ValueError("no image frames")
    return result


def _image_page(frame: Image.Image, jpeg: bytes | None, fmt: str) -> ImageData:
    dpi_info = frame.info.get("dpi")
    dpi = float(dpi_info[0]) if dpi_info and dpi_info[0] and dpi_info[0] > 1 else _DEFAULT_DPI
    orientation = frame.getexif().get(0x0112, 1)
    if jpeg is not None and frame.mode in ("L", "RGB") and orientation == 1:
        _check_jpeg(jpeg)
        # A JPEG goes in as it is (no decoding, no loss): PDF's DCTDecode is JPEG.
        colour = "/DeviceGray" if frame.mode == "L" else "/DeviceRGB"
        return ImageData(jpeg, "/DCTDecode", frame.width, frame.height, colour, 8, dpi)
    frame.load()
    upright = ImageOps.exif_transpose(frame) or frame
    if upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    ):
        background = Image.new("RGB", upright.size, "white")
        background.paste(upright.convert("RGBA"), mask=upright.convert("RGBA").getchannel("A"))
        upright = background
    if upright.mode == "1":  # bilevel scan: 1 bit per pixel, lossless
        raw = upright.tobytes()
        return ImageData(
            zlib.compress(raw, 6), "/FlateDecode", *upright.size, "/DeviceGray", 1, dpi
        )
    if upright.mode not in ("L", "RGB"):
        upright = upright.convert("RGB")
    colour = "/DeviceGray" if upright.mode == "L" else "/DeviceRGB"
    if fmt in ("JPEG", "HEIF", "MPO") or jpeg is not None:  # photos stay photos
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=_PHOTO_QUALITY)
        return ImageData(out.getvalue(), "/DCTDecode", *upright.size, colour, 8, dpi)
    raw = upright.tobytes()
    return ImageData(zlib.compress(raw, 6), "/FlateDecode", *upright.size, colour, 8, dpi)


def _check_jpeg(data: bytes) -> None:
    """Decode the JPEG at 1/8 scale (cheap): a cut-off or corrupt scan fails here."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()


def _flatten_annotations(page: Any) -> bytes:
    """Draw visible annotations (filled form fields, stamps) into the page, then drop them all.

    What a printed page shows is each annotation's normal appearance placed in
    its rectangle (PDF 32000-1 12.5.5); links and pop-ups show nothing. The
    drawing (returned) runs after the page's content, so it is scaled with the
    page; the appearance streams are added to the page's resources.
    """
    annots = page.get("/Annots")
    if annots is None:
        return b""
    draws: list[bytes] = []
    xobjects: dict[str, PdfObject] = {}
    for index, ref in enumerate(annots.get_object()):
        annot = ref.get_object()
        flags = int(annot.get("/F", 0))
        if flags & 0b100010 or not (flags & 0b100 or annot.get("/Subtype") == "/Widget"):
            continue  # hidden, no-view or not printed
        appearance = annot.get("/AP")
        normal = appearance.get_object().get("/N") if appearance is not None else None
        if normal is None:
            continue
        form = normal.get_object()
        if not isinstance(form, StreamObject):  # on/off states: the one /AS names
            state = annot.get("/AS")
            if state is None or state not in form:
                continue
            normal = form.raw_get(state)
            form = normal.get_object()
        if not isinstance(form, StreamObject) or "/Rect" not in annot:
            continue
        rect = [float(v) for v in annot["/Rect"]]
        bbox = [float(v) for v in form.get("/BBox", [0, 0, 1, 1])]
        matrix = [float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
        x0, y0, x1, y1 = _bounds(matrix, bbox)
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            continue
        sx = (rect[2] - rect[0]) / (x1 - x0)
        sy = (rect[3] - rect[1]) / (y1 - y0)
        if not isinstance(normal, IndirectObject):
            continue  # an appearance stream must be an indirect object; a broken one is skipped
        name = f"/CbAnnot{index}"
        xobjects[name] = normal
        draws.append(
            f"q {sx:.6f} 0 0 {sy:.6f} {rect[0] - x0 * sx:.4f} {rect[1] - y0 * sy:.4f} cm "
            f"{name} Do Q\n".encode()
        )
    del page[NameObject("/Annots")]
    if not draws:
        return b""
    resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
    existing = resources.get("/XObject")
    xdict = DictionaryObject(existing.get_object()) if existing is not None else DictionaryObject()
    for name, obj in xobjects.items():
        xdict[NameObject(name)] = obj
    resources[NameObject("/XObject")] = xdict
    page[NameObject("/Resources")] = resources
    return b"".join(draws)


def _bounds(matrix: Sequence[float], bbox: Sequence[float]) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for x, y in ((bbox[0], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[1]), (bbox[2], bbox[3])):
        xs.append(matrix[0] * x + matrix[2] * y + matrix[4])
        ys.append(matrix[1] * x + matrix[3] * y + matrix[5])
    return min(xs), min(ys), max(xs), max(ys)
