"""The aggregate report's PDF and CSV, drawn from plain (already protected) counts."""

from __future__ import annotations

import csv
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from casebook.export.aggregate_report import (
    AggregateReport,
    Cell,
    CountTable,
    write_csv,
    write_report_pdf,
)

REPORT = AggregateReport(
    title="NYPD-ICE information-sharing incidents",
    period="Jan 2025 to Dec 2025",
    prepared="November 2026",
    threshold=5,
    total=Cell("all incidents", 30),
    tables=(
        CountTable(
            "kind",
            "By kind",
            (
                Cell("Detainer request or honoured", 18),
                Cell("Notification to ICE", None, "withheld"),
                Cell("Other", None, "suppressed"),
            ),
            chart=True,
        ),
        CountTable(
            "law",
            "By law implicated",
            (Cell("CPL 160.50", None, "withheld"),),
            "Why.",
            withheld=True,
        ),
    ),
    method=("Counts below 5 are hidden.",),
)


def test_csv_rows_say_hidden_counts_in_words(tmp_path: Path):
    path = tmp_path / "r.csv"
    write_csv(path, REPORT)
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows == [
        ["table", "category", "count"],
        ["total", "all incidents", "30"],
        ["kind", "Detainer request or honoured", "18"],
        ["kind", "Notification to ICE", "withheld"],
        ["kind", "Other", "fewer than 5"],
        ["law", "all categories", "withheld"],
    ]
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_pdf_has_tables_charts_and_the_method(tmp_path: Path):
    path = tmp_path / "r.pdf"
    write_report_pdf(path, REPORT)
    reader = PdfReader(path)
    assert reader.metadata is not None and reader.metadata.title == REPORT.title
    text = "\n".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(path))
    assert "Incidents logged: 30" in text
    assert "How the counts were protected" in text
    # the table and the chart both print the words, never a bar for a hidden count
    assert text.count("fewer than 5") == 2
    assert text.count("withheld") == 2
    assert "Why." in text
