"""A document's pages turned, dropped and reordered, bytes in and bytes out, in memory.

A *plan* lists the pages of the result in order, each as (page of the source,
0-based; degrees to turn it clockwise). Every page edit (rotate, delete,
reorder, split) is a plan; nothing here touches the disk or the database.

- A PDF is edited with pikepdf in place: pages keep their content streams,
  fonts and text layer; a turn sets the page's ``/Rotate`` (no re-rendering,
  so nothing is lost). Saved with a deterministic ``/ID``, so the same edit of
  the same content gives the same bytes (and so the same blob).
- A single-page image turned stays an image: a JPEG is turned losslessly by
  its EXIF orientation tag (the compressed picture is not touched), PNG, TIFF
  and BMP are turned pixel for pixel and written in their own (lossless)
  format; other formats (HEIC, WebP, GIF) become a PNG of exactly the decoded
  pixels, so nothing further is lost.
- A multi-page image (a TIFF fax, a HEIC sequence) edited, or an image whose
  pages are dropped or reordered, becomes a PDF: each frame upright, Flate
  compressed (lossless), on a page of its size at its resolution.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf
from PIL import Image, ImageOps

from casebook.domain.errors import CasebookError
from casebook.services import extract
from casebook.services.filetypes import FileType
from casebook.services.imaging import viewable

Plan = Sequence[tuple[int, int]]  # (source page, 0-based; clockwise degrees)
TURNS = (0, 90, 180, 270)
_DEFAULT_DPI = 200.0

# EXIF orientation (TIFF tag 274) of a picture stored upright and shown turned clockwise
# by the key's degrees; the mirrored orientations (2, 4, 5, 7) are re-encoded instead.
_ORIENTATION_OF_TURN = {0: 1, 90: 6, 180: 3, 270: 8}
_TURN_OF_ORIENTATION = {v: k for k, v in _ORIENTATION_OF_TURN.items()}
_EXIF_ORIENTATION = 0x0112


class CannotEdit(CasebookError):
    """These pages cannot be edited (a password-protected PDF, an undecodable image)."""


@dataclass(frozen=True)
class Edited:
    content: bytes
    kind: FileType


def page_count(content: bytes, kind: FileType) -> int:
    """How many pages the content has, as the editor counts them."""
    if kind is FileType.PDF:
        with _open_pdf(content) as pdf:
            return len(pdf.pages)
    if kind.is_image:
        with _open_image(content, kind) as img:
            frames = max(int(getattr(img, "n_frames", 1)), 1)
        if frames > 1 and kind not in _PAGED:  # an animated GIF, PNG or WebP: not pages
            raise CannotEdit(
                f"This {kind.label} is an animation: its frames cannot be edited as pages "
                "(a new image would keep only the first)."
            )
        return frames
    raise CannotEdit("Only PDFs and images have pages to edit.")


def apply(content: bytes, kind: FileType, plan: Plan) -> Edited:
    """The content rearranged as ``plan`` says."""
    if not plan:
        raise CannotEdit("A document keeps at least one page.")
    for _source, turn in plan:
        if turn % 360 not in TURNS:
            raise CannotEdit("Pages turn by 90, 180 or 270 degrees.")
    if kind is FileType.PDF:
        return Edited(_edit_pdf(content, plan), FileType.PDF)
    if not kind.is_image:
        raise CannotEdit("Only PDFs and images have pages to edit.")
    frames = page_count(content, kind)
    if frames == 1 and len(plan) == 1 and plan[0][0] == 0:
        return _turn_image(content, kind, plan[0][1] % 360)
    return Edited(_edit_pdf(_image_pdf(content, kind), plan), FileType.PDF)


# -- PDF -------------------------------------------------------------------------------------


class _open_pdf:
    def __init__(self, content: bytes) -> None:
        try:
            self.pdf = pikepdf.open(io.BytesIO(content))
        except pikepdf.PasswordError:
            raise CannotEdit(
                "This PDF is password-protected: its pages cannot be edited in casebook."
            ) from None
        except pikepdf.PdfError:
            raise CannotEdit("This PDF is damaged: its pages cannot be edited.") from None

    def __enter__(self) -> pikepdf.Pdf:
        return self.pdf

    def __exit__(self, *_exc: object) -> None:
        self.pdf.close()


def _edit_pdf(content: bytes, plan: Plan) -> bytes:
    with _open_pdf(content) as pdf:
        if pdf.is_encrypted:
            raise CannotEdit("This PDF is encrypted: its pages cannot be edited in casebook.")
        pages = list(pdf.pages)
        for source, _turn in plan:
            if not 0 <= source < len(pages):
                raise CannotEdit(f"This document has no page {source + 1}.")
        # A page listed twice would share one page object; copy-free plans never do that.
        if len({s for s, _ in plan}) != len(plan):
            raise CannotEdit("A page can appear only once.")
        for source, turn in plan:
            if turn % 360:
                pages[source].rotate(turn % 360, relative=True)
        pdf.pages[:] = [pages[source] for source, _turn in plan]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


# -- images ----------------------------------------------------------------------------------

_PAGED = frozenset({FileType.TIFF, FileType.HEIC})
_KEEP_FORMAT = {FileType.PNG: "PNG", FileType.TIFF: "TIFF", FileType.BMP: "BMP"}


class _open_image:
    def __init__(self, content: bytes, kind: FileType) -> None:
        if kind is FileType.HEIC:
            extract._register_heif()
        try:
            self.img = Image.open(io.BytesIO(content))
        except Exception:
            raise CannotEdit(
                f"This {kind.label} cannot be decoded, so it cannot be edited."
            ) from None

    def __enter__(self) -> Image.Image:
        return self.img

    def __exit__(self, *_exc: object) -> None:
        self.img.close()


def _turn_image(content: bytes, kind: FileType, turn: int) -> Edited:
    if turn == 0:
        raise CannotEdit("Nothing to change: the page is already this way round.")
    if kind is FileType.JPEG:
        turned = _turn_jpeg_by_tag(content, turn)
        if turned is not None:
            return Edited(turned, FileType.JPEG)
    with _open_image(content, kind) as img:
        picture = ImageOps.exif_transpose(img)
        picture = viewable(picture).rotate(-turn, expand=True)
        out = io.BytesIO()
        if kind is FileType.JPEG:  # a mirrored orientation tag: re-encoded, its tables kept
            picture.convert("RGB").save(out, "JPEG", quality=95, dpi=_dpi(img))
            return Edited(out.getvalue(), FileType.JPEG)
        fmt = _KEEP_FORMAT.get(kind, "PNG")
        picture.save(out, fmt, dpi=_dpi(img))
        return Edited(out.getvalue(), kind if kind in _KEEP_FORMAT else FileType.PNG)


def _dpi(img: Image.Image) -> tuple[float, float]:
    dpi = img.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2 and all(float(d) > 1 for d in dpi):
        return float(dpi[0]), float(dpi[1])
    return _DEFAULT_DPI, _DEFAULT_DPI


def _turn_jpeg_by_tag(content: bytes, turn: int) -> bytes | None:
    """The JPEG with its EXIF orientation turned ``turn`` more degrees, picture untouched;
    None when its orientation is mirrored or its markers cannot be walked."""
    with _open_image(content, FileType.JPEG) as img:
        exif = img.getexif()
    current = int(exif.get(_EXIF_ORIENTATION, 1) or 1)
    if current not in _TURN_OF_ORIENTATION:
        return None
    exif[_EXIF_ORIENTATION] = _ORIENTATION_OF_TURN[(_TURN_OF_ORIENTATION[current] + turn) % 360]
    payload = exif.tobytes()
    if not payload.startswith(b"Exif\x00\x00"):
        payload = b"Exif\x00\x00" + payload
    if len(payload) + 2 > 0xFFFF:
        return None
    walked = _exif_segment(content)
    if walked is None:
        return None
    app1_segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    if walked:
        start, end = walked
        return content[:start] + app1_segment + content[end:]
    # No EXIF yet: after SOI and a JFIF APP0 if there is one.
    insert = 2
    if content[2:4] == b"\xff\xe0":
        insert = 4 + struct.unpack(">H", content[4:6])[0]
    return content[:insert] + app1_segment + content[insert:]


def _exif_segment(content: bytes) -> tuple[int, int] | tuple[()] | None:
    """The span of the JPEG's EXIF APP1 segment, () if it has none, None if its header
    segments cannot be walked up to the start of the picture."""
    if content[:2] != b"\xff\xd8":
        return None
    pos = 2
    while pos + 4 <= len(content):
        if content[pos] != 0xFF:
            return None
        marker = content[pos + 1]
        if marker == 0xDA:  # start of scan: the picture follows, no EXIF before it
            return ()
        length = struct.unpack(">H", content[pos + 2 : pos + 4])[0]
        if length < 2:
            return None
        if marker == 0xE1 and content[pos + 4 : pos + 10] == b"Exif\x00\x00":
            return (pos, pos + 2 + length)
        pos += 2 + length
    return None


def _image_pdf(content: bytes, kind: FileType) -> bytes:
    """Every frame of the image, upright, as the pages of a PDF (Flate: lossless)."""
    pdf = pikepdf.new()
    with _open_image(content, kind) as img:
        frames = max(int(getattr(img, "n_frames", 1)), 1) if kind in _PAGED else 1
        for index in range(frames):
            try:
                img.seek(index)
                frame = ImageOps.exif_transpose(img.copy())
            except Exception:
                raise CannotEdit(
                    f"Page {index + 1} of this {kind.label} cannot be decoded, so its pages "
                    "cannot be edited."
                ) from None
            _add_image_page(pdf, viewable(frame), _dpi(img))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _add_image_page(pdf: pikepdf.Pdf, picture: Image.Image, dpi: tuple[float, float]) -> None:
    if picture.mode == "1":
        picture = picture.convert("L")
    if picture.mode == "RGBA":
        background = Image.new("RGB", picture.size, "white")
        background.paste(picture, mask=picture.getchannel("A"))
        picture = background
    space = pikepdf.Name.DeviceGray if picture.mode == "L" else pikepdf.Name.DeviceRGB
    if picture.mode not in ("L", "RGB"):
        picture = picture.convert("RGB")
    image = pikepdf.Stream(pdf, zlib.compress(picture.tobytes(), 6))
    image.Type = pikepdf.Name.XObject
    image.Subtype = pikepdf.Name.Image
    image.Width, image.Height = picture.width, picture.height
    image.ColorSpace = space
    image.BitsPerComponent = 8
    image.Filter = pikepdf.Name.FlateDecode
    width = picture.width * 72 / dpi[0]
    height = picture.height * 72 / dpi[1]
    # PDF pages measure 3 to 14,400 units a side: a tiny or huge scan is drawn to fit.
    scale = max(3 / min(width, height), 1.0)
    scale = min(scale, 14400 / max(width, height))
    width, height = max(width * scale, 3.0), max(height * scale, 3.0)
    page = pdf.add_blank_page(page_size=(width, height))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    drawing = f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode()
    page.Contents = pikepdf.Stream(pdf, drawing)
