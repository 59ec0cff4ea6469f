"""The summary layout from plain data: every section, the timeline drawing, every script."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from casebook.export.summary import Section, SummaryData, TimelineEvent, write_summary
from casebook.export.timeline_chart import timeline_drawing

DATA = SummaryData(
    name="Jean-Baptiste Pierre-Louis / Мария Иванова / 王秀英 / মোহাম্মদ রহমান",
    subtitle="A-XXX-XXX-789",
    generated_on=date(2026, 11, 29),
    profile=(("Name", "Jean-Baptiste"), ("Address", "[redacted]")),
    timeline=(
        TimelineEvent(date(2024, 1, 5), "arrest", "Arrest (75 Pct)"),
        TimelineEvent(date(2026, 12, 3), "hearing", "Master hearing"),
        TimelineEvent(date(2025, 3, 1), "request", "NYPD FOIL received"),
    ),
    sections=(
        Section(
            "Document index",
            ("#", "Title", "SHA-256"),
            (("1", "NTA", "a" * 64),),
            (0.1, 0.4, 0.5),
            mono=(2,),
        ),
        Section("Arrests", ("Date",), (), (1.0,), empty="No arrests recorded."),
    ),
    notice="Prepared for sharing: address redacted.",
)


def test_summary_pdf_has_every_section(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    write_summary(out, DATA)
    document = pdfium.PdfDocument(out)
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert "\ufffd" not in text
    for words in (
        "王秀英",
        "Мария",
        "Timeline",
        "Document index",
        "No arrests recorded.",
        "Prepared for sharing",
        "2026-12-03",
        "Master hearing",
    ):
        assert words in text, words
    reader = PdfReader(out)
    assert not reader.is_encrypted
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)


def test_timeline_has_a_lane_per_kind_and_a_dot_per_event() -> None:
    drawing = timeline_drawing(DATA.timeline, width=500, today=date(2026, 11, 29))
    labels = [getattr(s, "text", "") for s in drawing.contents]
    assert {"Arrests", "Hearings", "Requests"} <= set(labels)
    assert "Incidents" not in labels  # no empty lanes
    assert sum(type(s).__name__ == "Circle" for s in drawing.contents) == 3
