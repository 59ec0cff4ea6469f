"""Exhibit sources for a filing packet: opened, checked and made ready to become pages.

Every exhibit is read completely before anything is built (so a damaged or
password-protected source stops the export with its name, before a file is
written), images become page-ready streams (a JPEG goes in as it is, with no
loss), and visible annotations such as filled-in form fields are drawn into
their pages, the way a printer shows them (PDF 32000-1 12.5.5). PDFs are read
with pikepdf (qpdf), which also assembles the packet.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pikepdf
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

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
    # Set on an English translation: the certificate printed between it and its original.
    translation: pp.Translation | None = None
    # Tesseract's text-only PDF (one page, the scan's size) per scanned page, or None:
    # laid over the scan so every word is found where the image shows it.
    text_layers: tuple[bytes | None, ...] = ()
    dated: date | None = None  # the document's date, for the exhibit list
    source: str = ""  # who issued it, for the exhibit list
    # The foreign-language original this translation renders: same tab, after the
    # certificate (8 CFR 1003.33; ICPM 3.3(a)).
    original: ExhibitSource | None = None


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
    pdf: pikepdf.Pdf | None = None
    images: list[ImageData] = field(default_factory=list)
    # page index -> Tesseract's text-only page for that scan, opened
    layers: dict[int, pikepdf.Pdf] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.pdf.pages) if self.pdf is not None else len(self.images)


def load(source: ExhibitSource) -> Source:
    """Open ``source`` and check every page can be read; ``ExhibitUnreadable`` if not."""
    kind = source.media_type.split(";")[0].strip().lower()
    try:
        if kind == "application/pdf":
            loaded = Source(source, pdf=_open_pdf(source))
        elif kind.startswith("image/"):
            loaded = Source(source, images=_images(source.content))
        elif kind == "text/plain":
            text = source.content.decode("utf-8", errors="replace")
            loaded = Source(source, pdf=pikepdf.open(io.BytesIO(pp.text_pages(text))))
        else:
            raise _unreadable(source, "only PDFs, images and plain text can go into a packet")
        loaded.layers = _layers(source, loaded.pages)
        return loaded
    except ExhibitUnreadable:
        raise
    except (pikepdf.PdfError, UnidentifiedImageError, zlib.error) as exc:
        raise _unreadable(source, "it is damaged and could not be read") from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise _unreadable(source, "it is damaged and could not be read") from exc


def _layers(source: ExhibitSource, pages: int) -> dict[int, pikepdf.Pdf]:
    """The text-only pages Tesseract made, opened; one that does not open is left out."""
    layers: dict[int, pikepdf.Pdf] = {}
    for index, data in enumerate(source.text_layers[:pages]):
        if data:
            try:
                layer = pikepdf.open(io.BytesIO(data))
            except pikepdf.PdfError:
                continue  # the scan goes in without a text layer rather than not at all
            if len(layer.pages) == 1:
                layers[index] = layer
    return layers


def _unreadable(source: ExhibitSource, why: str) -> ExhibitUnreadable:
    return ExhibitUnreadable(
        f"Exhibit {source.label} cannot go into the packet: {why}. No file was written."
    )


def _open_pdf(source: ExhibitSource) -> pikepdf.Pdf:
    try:
        # A PDF that opens without a password (only "owner" restrictions) is
        # readable and is copied unencrypted; one that needs a password is not.
        pdf = pikepdf.open(io.BytesIO(source.content))
    except pikepdf.PasswordError:
        raise _unreadable(
            source, "it is password-protected; save an unlocked copy and import it"
        ) from None
    if not pdf.pages:
        raise _unreadable(source, "it has no pages")
    checked: set[tuple[int, int]] = set()  # shared fonts and resources: walked once per file
    for number, page in enumerate(pdf.pages, start=1):
        box = page.mediabox
        if float(box[2]) - float(box[0]) <= 0 or float(box[3]) - float(box[1]) <= 0:
            raise _unreadable(source, f"page {number} has no size")
        contents = page.obj.get("/Contents")
        streams = contents if isinstance(contents, pikepdf.Array) else [contents]
        for stream in streams:  # decode every content stream: a broken one fails here
            if isinstance(stream, pikepdf.Stream):
                stream.read_bytes()
        if not _resolves(page.obj, checked):
            raise _unreadable(source, f"page {number} refers to parts missing from the file")
    # Filled-in form fields and stamps are drawn into their pages the way a printer
    # shows them (their appearance streams, PDF 32000-1 12.5.5), by qpdf.
    pdf.flatten_annotations("print")
    return pdf


_SKIPPED = frozenset(("/Parent", "/P", "/Annots", "/B", "/StructParents", "/Dest", "/A"))
# Arrays of numbers (a font's hundreds of glyph widths, boxes, matrices): they must be
# there, but there is nothing inside them to be missing.
_NUMBERS = frozenset(
    (
        *("/Widths", "/W", "/W2", "/MediaBox", "/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"),
        *("/BBox", "/FontBBox", "/Matrix", "/Decode", "/Domain", "/Range", "/Encode", "/Size"),
    )
)


def _resolves(obj: Any, seen: set[tuple[int, int]]) -> bool:
    """Every object the page's drawing needs is present (a cut-off file loses some).

    qpdf reads a damaged file leniently and gives a missing object as null;
    a page whose font or image is missing would print wrong, so it is refused.
    """
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        if obj.is_indirect:
            if obj.objgen in seen:
                return True
            seen.add(obj.objgen)
        for key in obj.keys():  # noqa: SIM118 - a pikepdf object, not a dict
            if key in _SKIPPED:
                continue
            value = obj.get(key)
            if value is None:
                return False
            if key not in _NUMBERS and not _resolves(value, seen):
                return False
        return True
    if isinstance(obj, pikepdf.Array):
        return all(item is not None and _resolves(item, seen) for item in obj)
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
    """``ValueError`` for a JPEG that is cut off or whose structure is broken.

    The scan goes into the PDF as it is, so it is never decoded here: its
    markers are walked (ITU-T T.81 B.1: segments with lengths up to each
    start-of-scan, entropy-coded data up to the next marker, FF00 and RSTn
    inside it) and it must reach its end-of-image marker. A download or copy
    that stopped early has none.
    """
    size = len(data)
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    at = 2
    while True:
        if at + 2 > size or data[at] != 0xFF:
            raise ValueError("JPEG segment expected")
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        at += 2
        if marker == 0xD9:  # EOI
            return
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # TEM, RSTn: no length
            continue
        if at + 2 > size:
            raise ValueError("JPEG cut off")
        at += int.from_bytes(data[at : at + 2], "big")
        if at > size:
            raise ValueError("JPEG cut off")
        if marker == 0xDA:  # SOS: entropy-coded data up to the next real marker
            found = _NEXT_MARKER.search(data, at)
            if found is None:
                raise ValueError("JPEG cut off")
            at = found.start()


# In entropy-coded data 0xFF is followed by 0x00 (a stuffed byte), RSTn or more 0xFF
# (fill); anything else is the next marker.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
