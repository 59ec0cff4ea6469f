"""The emergency kit PDF: one letter page, the key exactly, embedded fonts, private and atomic."""

from __future__ import annotations

import errno
import os
import re
import stat
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from casebook.domain.errors import DiskFull
from casebook.export.emergency_kit import TITLE, write_emergency_kit
from tests.helpers import TODAY

KEY = "GET1-9985-1F27-EKCE-1RQ4-ANKQ-YSD6-NG1E"


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    path = tmp_path / "casebook Emergency Kit.pdf"
    write_emergency_kit(path, KEY, "Clients.casebook", TODAY)
    return path


def _text(path: Path) -> str:
    page = pdfium.PdfDocument(path)[0]
    return page.get_textpage().get_text_range()


def test_one_letter_page_with_metadata_and_no_password(kit: Path) -> None:
    reader = PdfReader(kit)
    assert not reader.is_encrypted
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == TITLE
    assert not meta.author  # nothing about the person or the machine
    assert meta.creator == meta.producer == "casebook"


def test_key_printed_exactly_and_nothing_like_client_data(kit: Path) -> None:
    text = _text(kit)
    assert KEY in text
    assert "Clients.casebook" in text
    assert "November 29, 2026" in text
    # Any other long digit run could be an A-number, phone or NYSID.
    without_key = text.replace(KEY, "")
    assert not re.search(r"\d{5,}", without_key)
    assert not re.search(r"A-?\d{3}-?\d{3}-?\d{3}", without_key)
    for word in ("passphrase hint", "locked drawer", "lost or stolen"):
        assert word in text.lower()


def test_every_font_is_embedded(kit: Path) -> None:
    reader = PdfReader(kit)
    seen = 0
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources["/Font"].values():
            font = ref.get_object()
            seen += 1
            assert _embedded(font), font.get("/BaseFont")
    assert seen >= 2


def _embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_file_is_private(kit: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX modes")
    assert stat.S_IMODE(kit.stat().st_mode) == 0o600


def test_page_is_not_blank_and_key_box_has_ink(kit: Path) -> None:
    page = pdfium.PdfDocument(kit)[0]
    image = page.render(scale=1).to_pil().convert("L")
    assert sum(image.histogram()[:128]) > 2000


def test_disk_full_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "kit.pdf"
    with pytest.raises(DiskFull):
        write_emergency_kit(target, KEY, "Clients.casebook", date(2026, 1, 2))
    assert list(tmp_path.iterdir()) == []


def test_overwrite_replaces_the_old_kit(kit: Path) -> None:
    other = "ABCD-0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV"
    write_emergency_kit(kit, other, "Clients.casebook", TODAY)
    text = _text(kit)
    assert other in text and KEY not in text
    assert [p.name for p in kit.parent.iterdir()] == [kit.name]


def test_empty_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="recovery key"):
        write_emergency_kit(tmp_path / "k.pdf", "  ", "Clients.casebook", TODAY)
