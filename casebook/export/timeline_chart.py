"""A case drawn on a time axis: one lane per kind of event (arrests, hearings, requests...).

The picture shows when things happened relative to each other; the dated
list printed under it carries the words, so no label is drawn here that
could collide with another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import Color, HexColor

from casebook.export import fonts, page

__all__ = ["LANES", "MONTHS", "TimelineEvent", "timeline_drawing"]

# Lane order and colours (colour-blind safe Okabe-Ito hues; the lane name is printed too).
LANES: dict[str, tuple[str, Color]] = {
    "arrest": ("Arrests", HexColor("#D55E00")),
    "hearing": ("Hearings", HexColor("#0072B2")),
    "request": ("Requests", HexColor("#009E73")),
    "incident": ("Incidents", HexColor("#CC79A7")),
    "document": ("Documents", HexColor("#7F7F7F")),
}
# The axis's month words, English unless the caller gives its own (never the C locale's %b).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FONT_SIZE = 7.5
_LABEL_WIDTH = 58.0
_AXIS_HEIGHT = 16.0


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    lane: str  # a key of LANES
    label: str


def timeline_drawing(
    events: Sequence[TimelineEvent],
    *,
    width: float,
    today: date | None = None,
    lane_names: Mapping[str, str] | None = None,
    months: Sequence[str] = MONTHS,
    today_word: str = "today",
) -> Drawing:
    """The lanes, a dated axis with year (or month) ticks, and a dot per event; lanes and
    months are named in ``lane_names`` and ``months`` when given (the summary's language)."""
    fonts.register_fonts()
    lanes = [key for key in LANES if any(e.lane == key for e in events)]
    row = 18.0
    height = _AXIS_HEIGHT + row * max(1, len(lanes)) + 4
    drawing = Drawing(width, height)
    if not events:
        return drawing
    first = min(e.day for e in events)
    last = max(e.day for e in events)
    if today is not None and first <= today <= last + timedelta(days=365):
        last = max(last, today)
    span = max((last - first).days, 30)
    first -= timedelta(days=span // 25 + 1)
    last += timedelta(days=span // 25 + 1)
    left, right = _LABEL_WIDTH + 6, width - 6
    days = (last - first).days

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / days

    for index, key in enumerate(lanes):
        name, colour = LANES[key]
        name = (lane_names or {}).get(key, name)
        y = height - 4 - row * (index + 0.5)
        drawing.add(Line(left, y, right, y, strokeColor=page.RULE, strokeWidth=0.3))
        drawing.add(
            String(
                _LABEL_WIDTH,
                y - _FONT_SIZE * 0.35,
                name,
                fontName=fonts.SANS,
                fontSize=_FONT_SIZE,
                fillColor=page.INK,
                textAnchor="end",
            )
        )
        for event in (e for e in events if e.lane == key):
            drawing.add(
                Circle(x_of(event.day), y, 3.2, fillColor=colour, strokeColor=None, strokeWidth=0)
            )
    axis_y = _AXIS_HEIGHT - 4
    drawing.add(Line(left, axis_y, right, axis_y, strokeColor=page.INK, strokeWidth=0.6))
    for tick, words in _ticks(first, last, months):
        x = x_of(tick)
        drawing.add(Line(x, axis_y, x, axis_y - 3, strokeColor=page.INK, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                0,
                words,
                fontName=fonts.SANS,
                fontSize=_FONT_SIZE,
                fillColor=page.MUTED,
                textAnchor="middle",
            )
        )
    if today is not None and first <= today <= last:
        x = x_of(today)
        drawing.add(
            Rect(x - 0.25, axis_y, 0.5, height - axis_y - 2, fillColor=page.MUTED, strokeColor=None)
        )
        drawing.add(
            String(
                x + 2,
                height - _FONT_SIZE,
                today_word,
                fontName=fonts.SANS,
                fontSize=_FONT_SIZE - 1,
                fillColor=page.INK,
            )
        )
    return drawing


def _ticks(first: date, last: date, months: Sequence[str] = MONTHS) -> list[tuple[date, str]]:
    """Years when the span is long, else every month or quarter, labelled briefly."""
    days = (last - first).days
    if days > 3 * 365:
        return [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1)]
    step = 1 if days <= 400 else 3
    ticks: list[tuple[date, str]] = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > last:
            return ticks
        if (month - 1) % step == 0:
            name = months[month - 1]
            words = f"{name} {year}" if month == 1 or not ticks else name
            ticks.append((day, words))
