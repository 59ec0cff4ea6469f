"""The anonymised incident report: PDF (tables beside bar charts) and CSV, from counts only.

What comes in is already anonymised and suppressed (``services.aggregate``):
labels, counts, and which cells are hidden. Nothing here can see a client,
a date or a narrative, so nothing here can leak one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from casebook.export import fonts, page
from casebook.export.charts import bar_chart
from casebook.export.text import paragraph
from casebook.vault.files import atomic_write_bytes

__all__ = ["AggregateReport", "Cell", "CountTable", "write_csv", "write_report_pdf"]

Status = Literal["shown", "suppressed", "withheld"]
WITHHELD = "withheld"


@dataclass(frozen=True)
class Cell:
    """One count. ``count`` is None unless ``status`` is "shown"."""

    label: str
    count: int | None
    status: Status = "shown"

    def display(self, threshold: int) -> str:
        if self.status == "suppressed":
            return f"fewer than {threshold}"
        if self.status == "withheld":
            return WITHHELD
        return str(self.count)


@dataclass(frozen=True)
class CountTable:
    key: str  # "month", "kind", ... (the CSV's first column)
    title: str
    cells: tuple[Cell, ...]
    note: str = ""
    chart: bool = False
    withheld: bool = False  # the whole table is withheld (see ``note``)


@dataclass(frozen=True)
class AggregateReport:
    title: str
    period: str  # e.g. "January 2025 to December 2026"
    prepared: str  # month and year only
    threshold: int
    total: Cell
    tables: tuple[CountTable, ...]
    method: tuple[str, ...]


def write_csv(path: Path, report: AggregateReport) -> None:
    """``table,category,count`` rows; hidden counts read "fewer than N" or "withheld"."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["table", "category", "count"])
    writer.writerow(["total", "all incidents", report.total.display(report.threshold)])
    for table in report.tables:
        if table.withheld:
            writer.writerow([table.key, "all categories", WITHHELD])
            continue
        for cell in table.cells:
            writer.writerow([table.key, cell.label, cell.display(report.threshold)])
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))


def write_report_pdf(path: Path, report: AggregateReport) -> None:
    """The report on letter pages (atomically, mode 0600)."""
    page.write_pdf(path, _story(report), title=report.title, subject="casebook aggregate report")


def _story(report: AggregateReport) -> list[Flowable]:
    s = page.styles()
    n = report.threshold
    story: list[Flowable] = [
        paragraph(report.title, s.title),
        paragraph(f"{report.period}   ·   prepared {report.prepared}", s.small),
        Spacer(1, 10),
        paragraph(f"Incidents logged: {report.total.display(n)}", s.heading),
    ]
    story.append(paragraph("How the counts were protected", s.label))
    story += [paragraph(f"\u2022 {line}", s.small) for line in report.method]
    for table in report.tables:
        story.append(_section(table, n))
    return story


def _section(table: CountTable, threshold: int) -> Flowable:
    s = page.styles()
    parts: list[Flowable] = [paragraph(table.title, s.heading)]
    if table.withheld:
        parts.append(paragraph(table.note, s.body))
        return KeepTogether(parts)
    cell_style = ParagraphStyle("count-cell", parent=s.body, fontSize=9, leading=11, spaceAfter=0)
    number_style = ParagraphStyle("count-number", parent=cell_style, alignment=TA_RIGHT)
    rows = [
        [paragraph(c.label, cell_style), paragraph(c.display(threshold), number_style)]
        for c in table.cells
    ]
    grid = Table(rows, colWidths=[2.0 * inch, 1.1 * inch], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, page.RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    if table.chart:
        chart_width = page.CONTENT_WIDTH - 3.3 * inch
        drawing = bar_chart(
            [(c.label, c.count, c.status) for c in table.cells],
            threshold,
            width=chart_width,
            height=13.0 * len(table.cells),  # one row per table row (9 pt on 11 + padding)
        )
        body: Flowable = Table(
            [[grid, drawing]], colWidths=[3.3 * inch, chart_width], hAlign="LEFT"
        )
        body.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    else:
        body = grid
    parts.append(body)
    if table.note:
        parts += [Spacer(1, 3), paragraph(table.note, s.small)]
    return KeepTogether(parts)
