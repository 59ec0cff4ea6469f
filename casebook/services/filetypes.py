"""What a file really is, decided by its first bytes, never by its name.

A scan named ``.pdf`` that is really a web page saved from a portal, or a
phone photo named ``.jpg`` that is HEIC, is common in intake; trusting the
extension would either reject a good file or hand a parser the wrong bytes.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

HEAD_BYTES = 4096


class FileType(StrEnum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"
    TIFF = "image/tiff"
    HEIC = "image/heic"
    BMP = "image/bmp"
    GIF = "image/gif"
    WEBP = "image/webp"
    TEXT = "text/plain"
    HTML = "text/html"
    OTHER = "application/octet-stream"

    @property
    def is_image(self) -> bool:
        return self in _IMAGES

    @property
    def label(self) -> str:
        return _LABELS[self]


_IMAGES = frozenset(
    {
        FileType.JPEG,
        FileType.PNG,
        FileType.TIFF,
        FileType.HEIC,
        FileType.BMP,
        FileType.GIF,
        FileType.WEBP,
    }
)
_LABELS = {
    FileType.PDF: "PDF",
    FileType.JPEG: "JPEG image",
    FileType.PNG: "PNG image",
    FileType.TIFF: "TIFF image",
    FileType.HEIC: "HEIC photo",
    FileType.BMP: "BMP image",
    FileType.GIF: "GIF image",
    FileType.WEBP: "WebP image",
    FileType.TEXT: "text file",
    FileType.HTML: "web page (HTML)",
    FileType.OTHER: "file",
}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
_EXPECTED_BY_SUFFIX = {
    ".pdf": FileType.PDF,
    ".jpg": FileType.JPEG,
    ".jpeg": FileType.JPEG,
    ".png": FileType.PNG,
    ".tif": FileType.TIFF,
    ".tiff": FileType.TIFF,
    ".heic": FileType.HEIC,
    ".heif": FileType.HEIC,
    ".bmp": FileType.BMP,
    ".gif": FileType.GIF,
    ".webp": FileType.WEBP,
    ".txt": FileType.TEXT,
    ".html": FileType.HTML,
    ".htm": FileType.HTML,
}


def detect(head: bytes) -> FileType:
    """The type of a file from its first ``HEAD_BYTES`` bytes."""
    if b"%PDF-" in head[:1024]:
        return FileType.PDF
    if head.startswith(b"\xff\xd8\xff"):
        return FileType.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType.PNG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return FileType.TIFF
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return FileType.HEIC
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return FileType.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileType.WEBP
    if _is_bmp(head):
        return FileType.BMP
    text = _as_text(head)
    if text is None:
        return FileType.OTHER
    lowered = text.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html", "<head", "<body")):
        return FileType.HTML
    return FileType.TEXT


def detect_file(path: Path) -> FileType:
    with path.open("rb") as f:
        return detect(f.read(HEAD_BYTES))


def mismatch_note(name: str, actual: FileType) -> str:
    """A note when the name promises another type than the content holds ("" if none)."""
    expected = _EXPECTED_BY_SUFFIX.get(Path(name).suffix.lower())
    if expected is None or expected == actual:
        return ""
    return f"named like a {expected.label} but it is a {actual.label}"


# Sizes of the BMP info headers Windows and OS/2 define: "BM" alone starts many a text file.
_BMP_HEADER_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def _is_bmp(head: bytes) -> bool:
    return (
        len(head) >= 26
        and head[:2] == b"BM"
        and head[6:10] == b"\x00\x00\x00\x00"
        and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES
    )


def _as_text(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head[2:].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "ignore")
        except UnicodeDecodeError:
            return None
    if b"\x00" in head:
        return None
    try:
        # A multi-byte character may be cut at the end of the sample.
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return head[: exc.start].decode("utf-8")
        return None
