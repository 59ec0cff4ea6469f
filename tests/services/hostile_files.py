"""Hand-made hostile files, built in the test that uses them (never committed as data)."""

from __future__ import annotations

import io
import struct

from PIL import Image


def pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table around ``objects`` (1 is the catalog)."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def page(width: int = 612, height: int = 792) -> bytes:
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (width, height)


def self_referencing_pages() -> bytes:
    """The page tree's only kid is the tree itself."""
    return pdf([CATALOG, b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


def unloadable_page() -> bytes:
    """PDFium opens it, but its only page is not a page: "Failed to load page"."""
    return pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Foo >>"])


def count_lies() -> bytes:
    """One good page, and a tree that claims five."""
    return pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 5 >>", page(), b"42"])


def huge_page(inches: int = 200) -> bytes:
    """569 bytes that would be 3.6 gigapixels at 300 dpi."""
    side = inches * 72
    return pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page(side, side)])


def blank_pages(count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    return pdf(
        [CATALOG, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
        + [page() for _ in range(count)]
    )


def _ifd(entries: list[tuple[int, int, int, bytes]]) -> bytes:
    out = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        out += struct.pack("<HHI", tag, kind, count) + value
    return out + struct.pack("<I", 0) + b"\xff" * 16


def jpeg(exif: bytes | None = None, size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 100, 50)).save(buf, "JPEG")
    data = buf.getvalue()
    if exif is None:
        return data
    segment = b"Exif\x00\x00" + exif
    app1 = b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment
    return data[:2] + app1 + data[2:]


ROTATED = (0x0112, 3, 1, b"\x06\x00\x00\x00")  # Orientation 6: Pillow turns it, re-encoding EXIF

# EXIF Pillow 13 reads but cannot write back when turning the photo upright,
# each raising a different exception from ImageOps.exif_transpose.
BAD_EXIF = {
    "struct.error": _ifd([ROTATED, (0x0100, 1, 1, b"\xff\xff\xff\xff")]),
    "TypeError": _ifd([ROTATED, (0x011A, 1, 1, b"\xff\xff\xff\xff")]),
    "ValueError": _ifd([ROTATED, (0x011A, 11, 1, b"\xff\xff\xff\xff")]),
    "AttributeError": _ifd([ROTATED, (0x0132, 5, 1, b"\x1a\x00\x00\x00")]),
}


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **options)
    return buf.getvalue()
