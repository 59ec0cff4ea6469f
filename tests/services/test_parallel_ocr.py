"""A scanned document's pages are read by as many OCR engines as there are cores.

The OCR function is replaced by one that waits at a barrier for a second page
to be in OCR at the same moment: read one after another, the barrier breaks and
the page's words are lost, so the test fails rather than runs slow.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from casebook.services import extract, ocr
from casebook.services.filetypes import FileType


def _scan(path: Path, pages: int) -> Path:
    images = []
    for number in range(pages):
        img = Image.new("L", (850, 1100), 255)
        ImageDraw.Draw(img).rectangle((100, 100 + number * 40, 700, 130 + number * 40), fill=0)
        images.append(img)
    images[0].save(path, "PDF", resolution=100, save_all=True, append_images=images[1:])
    return path


@pytest.fixture
def two_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "engine_slots", lambda: 2)


def test_the_pages_of_one_scan_are_read_at_the_same_time(tmp_path: Path, two_engines) -> None:
    barrier = threading.Barrier(2, timeout=10)
    seen: list[int] = []
    lock = threading.Lock()

    def read(image: Image.Image, timeout: float) -> str:
        with lock:
            seen.append(image.height)
            number = len(seen)
        barrier.wait()  # a second page must be in OCR now
        return f"words of scanned page {number}"

    result = extract.extract(_scan(tmp_path / "scan.pdf", 4), FileType.PDF, read)

    assert result.notes == ()
    assert result.page_count == 4
    pages = result.text.split("\n\f\n")
    assert sorted(pages) == [f"words of scanned page {n}" for n in range(1, 5)]


def test_page_texts_keep_the_document_order_whatever_finishes_first(
    tmp_path: Path, two_engines
) -> None:
    first_may_finish = threading.Event()
    order: list[str] = []

    def read(image: Image.Image, timeout: float) -> str:
        # Page heights differ by nothing; tell pages apart by the bar drawn on each.
        top = next(y for y in range(image.height) if image.getpixel((400, y)) < 128)
        label = f"page at {top}"
        if not order:
            order.append(label)
            assert first_may_finish.wait(10)  # the second page finishes first
        else:
            order.append(label)
            first_may_finish.set()
        return label

    result = extract.extract(_scan(tmp_path / "scan.pdf", 2), FileType.PDF, read)
    tops = [int(t.split()[-1]) for t in result.text.split("\n\f\n")]
    assert len(tops) == 2 and tops == sorted(tops)  # page 1 first, though read second


def test_a_cancelled_page_stops_the_document(tmp_path: Path, two_engines) -> None:
    def read(image: Image.Image, timeout: float) -> str:
        raise ocr.OcrCancelled("OCR was cancelled.")

    with pytest.raises(ocr.OcrCancelled):
        extract.extract(_scan(tmp_path / "scan.pdf", 5), FileType.PDF, read)
