"""The separator sheet: one letter page, the words for a person, the same bytes every time."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from casebook.export.separator_sheet import (
    HEADLINE,
    INSTRUCTIONS,
    separator_sheet_pdf,
    write_separator_sheet,
)


def test_the_sheet_is_one_letter_page_that_says_what_it_is_for(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_separator_sheet(target)
    assert (target.stat().st_mode & 0o777) == 0o600
    reader = PdfReader(target)
    [page] = reader.pages
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    text = " ".join(page.extract_text().split())
    assert HEADLINE in text
    assert "Put this sheet between documents in the scanner tray." in text
    assert all(" ".join(line.split()) in text for line in INSTRUCTIONS)
    assert reader.metadata is not None and not reader.metadata.author


def test_the_sheet_names_nothing_and_is_the_same_every_time() -> None:
    first = separator_sheet_pdf()
    assert first == separator_sheet_pdf()  # no date, no id: one printout serves every vault
    text = PdfReader(io.BytesIO(first)).pages[0].extract_text()
    assert "casebook" in text and ".casebook" not in text
