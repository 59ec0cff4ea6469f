"""The viewer's pages come from bytes in memory, at the asked zoom and turn, with hits marked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from casebook.export.text_document import write_text_document
from casebook.services.rendering import CannotRender, can_render, render_page


@pytest.fixture
def pdf_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "notice.pdf"
    write_text_document(path, "Notice of Hearing", ["Audiencia en la corte, 26 Federal Plaza."])
    return path.read_bytes()


def _png_size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as img:
        return img.size


def test_a_pdf_page_is_drawn_at_the_zoom_asked(pdf_bytes):
    one = render_page(pdf_bytes, "application/pdf", 0, zoom=1.0)
    two = render_page(pdf_bytes, "application/pdf", 0, zoom=2.0)
    assert one.page_count == 1 and one.page == 0
    assert _png_size(one.png) == (one.width, one.height)
    assert abs(two.width - 2 * one.width) <= 2


def test_rotation_turns_the_page_a_quarter(pdf_bytes):
    upright = render_page(pdf_bytes, "application/pdf", zoom=0.5)
    turned = render_page(pdf_bytes, "application/pdf", zoom=0.5, rotation=90)
    assert (turned.width, turned.height) == (upright.height, upright.width)


def test_find_marks_the_words_on_the_page(pdf_bytes):
    plain = render_page(pdf_bytes, "application/pdf", zoom=1.0)
    found = render_page(pdf_bytes, "application/pdf", zoom=1.0, find="federal plaza")
    missing = render_page(pdf_bytes, "application/pdf", zoom=1.0, find="zebra")
    assert found.matches == 1 and missing.matches == 0
    assert found.png != plain.png


def test_a_page_past_the_end_shows_the_last_page(pdf_bytes):
    assert render_page(pdf_bytes, "application/pdf", 7).page == 0


def test_images_and_their_frames_are_drawn(tmp_path):
    frames = [Image.new("RGB", (300, 150), c) for c in ("white", "gray")]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    second = render_page(out.getvalue(), "image/tiff", 1, zoom=1.0)
    assert second.page_count == 2 and second.page == 1
    assert second.width == 192  # 300 px at 150 dpi shown at 96 dpi


def test_what_cannot_be_drawn_says_so_plainly():
    assert not can_render("text/plain") and not can_render("nonsense/type")
    assert can_render("image/heic") and can_render("application/pdf")
    with pytest.raises(CannotRender, match="no pages"):
        render_page(b"hello", "text/plain")
    with pytest.raises(CannotRender, match="damaged"):
        render_page(b"%PDF-1.7 broken", "application/pdf")
    with pytest.raises(CannotRender, match="damaged"):
        render_page(b"\xff\xd8\xff broken", "image/jpeg")


def test_a_searchs_words_are_marked_with_accents_folded(tmp_path):
    path = tmp_path / "statement.pdf"
    write_text_document(path, "Statement", ["Declaración de Ana Pérez, testigo."])
    content = path.read_bytes()
    plain = render_page(content, "application/pdf", zoom=1.0)
    found = render_page(content, "application/pdf", zoom=1.0, terms=("perez",))
    missing = render_page(content, "application/pdf", zoom=1.0, terms=("zebra",))
    assert found.matches == 1 and missing.matches == 0
    assert found.png != plain.png and missing.png == plain.png
