"""The client summary PDF: profile, matters, a drawn timeline, documents, requests, arrests.

Plain data in (strings the service already redacted where asked), one letter
page PDF out. Tables break across pages with their header row repeated; the
SHA-256 of each document is printed in full, in monospace, so a copy of a
file can be checked against it (chain of custody).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from casebook.export import fonts, page
from casebook.export.text import paragraph
from casebook.export.timeline_chart import LANES, MONTHS, TimelineEvent, timeline_drawing

__all__ = ["LABELS", "WEEKDAYS", "Section", "SummaryData", "TimelineEvent", "write_summary"]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # before an ISO date, as everywhere
# The words this module prints itself, by their English; ``SummaryData.labels`` gives them in
# the summary's language (the service words everything else).
LABELS = (
    "Client summary: {name}",
    "Client summary prepared {date}. Confidential.",
    "Profile",
    "Timeline",
    "Date",
    "What",
    "Event",
    "Nothing dated recorded yet.",
    "None recorded.",
    "today",
    *(name for name, _ in LANES.values()),
    *(LANES[lane][0].rstrip("s") for lane in LANES),
    *MONTHS,
    *WEEKDAYS,
)


@dataclass(frozen=True)
class Section:
    """A titled table; ``widths`` are fractions of the text width; ``mono`` columns in monospace."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "None recorded."
    mono: tuple[int, ...] = ()


@dataclass(frozen=True)
class SummaryData:
    name: str
    subtitle: str  # e.g. "A-XXX-XXX-789 · born 1990-04-02"
    generated_on: date
    profile: tuple[tuple[str, str], ...]
    timeline: tuple[TimelineEvent, ...]
    sections: tuple[Section, ...]  # after the timeline, in order
    notice: str = ""  # e.g. what was redacted for sharing
    labels: Mapping[str, str] = field(default_factory=dict)  # LABELS in the summary's language

    def say(self, english: str) -> str:
        return self.labels.get(english, english)


def write_summary(path: Path, data: SummaryData) -> None:
    """Write the summary to ``path`` atomically (0600), never encrypted."""
    page.write_pdf(
        path,
        _story(data),
        title=data.say("Client summary: {name}").format(name=data.name),
        subject="casebook client summary",
    )


def _story(data: SummaryData) -> list[Flowable]:
    s = page.styles()
    say = data.say
    day = data.generated_on
    made = f"{say(WEEKDAYS[day.weekday()])} {day.isoformat()}"
    story: list[Flowable] = [
        paragraph(data.name, s.title),
        paragraph(data.subtitle, s.small) if data.subtitle else Spacer(1, 1),
        paragraph(say("Client summary prepared {date}. Confidential.").format(date=made), s.small),
    ]
    if data.notice:
        story += [Spacer(1, 4), paragraph(data.notice, s.label)]
    story += [paragraph(say("Profile"), s.heading), _pairs(data.profile)]
    story += [CondPageBreak(2.2 * 72), paragraph(say("Timeline"), s.heading)]
    if data.timeline:
        story += [
            timeline_drawing(
                data.timeline,
                width=page.CONTENT_WIDTH,
                today=data.generated_on,
                lane_names={lane: say(name) for lane, (name, _) in LANES.items()},
                months=tuple(say(m) for m in MONTHS),
                today_word=say("today"),
            ),
            Spacer(1, 6),
            _table(
                Section(
                    "",
                    (say("Date"), say("What"), say("Event")),
                    tuple(
                        (e.day.isoformat(), say(LANES[e.lane][0].rstrip("s")), e.label)
                        for e in sorted(data.timeline, key=lambda e: (e.day, e.lane))
                    ),
                    (0.16, 0.14, 0.70),
                )
            ),
        ]
    else:
        story.append(paragraph(say("Nothing dated recorded yet."), s.body))
    for section in data.sections:
        story += [
            CondPageBreak(1.2 * 72),
            paragraph(section.title, s.heading),
            _table(section, say),
        ]
    return story


def _pairs(pairs: Sequence[tuple[str, str]]) -> Flowable:
    s = page.styles()
    cell = ParagraphStyle("pair", parent=s.body, spaceAfter=0)
    label = ParagraphStyle("pair-label", parent=s.label, spaceAfter=0, textColor=page.MUTED)
    rows = [[paragraph(k, label), paragraph(v or "\u2014", cell)] for k, v in pairs]
    table = Table(rows, colWidths=[page.CONTENT_WIDTH * 0.28, page.CONTENT_WIDTH * 0.72])
    table.setStyle(_style([("LINEBELOW", (0, 0), (-1, -1), 0.3, page.RULE)]))
    return table


def _table(section: Section, say: Callable[[str], str] = str) -> Flowable:
    s = page.styles()
    if not section.rows:
        return paragraph(say(section.empty), s.body)
    cell = ParagraphStyle("cell", parent=s.body, fontSize=9, leading=11.5, spaceAfter=0)
    fonts.ensure_face(fonts.MONO)
    mono = ParagraphStyle("cell-mono", parent=cell, fontName=fonts.MONO, fontSize=6.2, leading=9)
    head = ParagraphStyle("cell-head", parent=s.label, fontSize=8.5, spaceAfter=0)
    rows: list[list[Any]] = [[paragraph(c, head) for c in section.columns]]
    for row in section.rows:
        rows.append(
            [paragraph(value, mono if i in section.mono else cell) for i, value in enumerate(row)]
        )
    table = Table(rows, colWidths=[page.CONTENT_WIDTH * w for w in section.widths], repeatRows=1)
    table.setStyle(
        _style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, page.INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, page.RULE),
            ]
        )
    )
    return table


def _style(extra: list[tuple[Any, ...]]) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else Helvetica, not embedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )
