"""A plain letter-size PDF of titled paragraphs: used for fictional demo documents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from casebook.export.page import styles, write_pdf
from casebook.export.text import paragraph


def write_text_document(path: Path, title: str, paragraphs: Sequence[str]) -> None:
    s = styles()
    story = [paragraph(title, s.heading), *(paragraph(p, s.body) for p in paragraphs)]
    write_pdf(path, story, title=title, subject="casebook document")
