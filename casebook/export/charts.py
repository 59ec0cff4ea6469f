"""Horizontal bar charts drawn with reportlab graphics, for counts some of which are hidden.

A hidden count gets no bar, only its words ("fewer than 5", "withheld"), so
the picture never hints at a number the table does not print.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics

from casebook.export import fonts, page

__all__ = ["bar_chart"]

BAR = HexColor("#3b6ea5")
_FONT_SIZE = 7.5
_LABEL_GAP = 4


def _fit(text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, fonts.SANS, _FONT_SIZE) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "\u2026", fonts.SANS, _FONT_SIZE) > width:
        text = text[:-1]
    return text + "\u2026"


def bar_chart(
    items: Sequence[tuple[str, int | None, str]],
    threshold: int,
    *,
    width: float,
    height: float,
) -> Drawing:
    """One bar per (label, count, status); status other than "shown" draws words, no bar."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    if not items:
        return drawing
    label_width = min(
        width * 0.38,
        max(pdfmetrics.stringWidth(i[0], fonts.SANS, _FONT_SIZE) for i in items) + _LABEL_GAP,
    )
    value_room = pdfmetrics.stringWidth("fewer than 000", fonts.SANS, _FONT_SIZE)
    plot_left = label_width + _LABEL_GAP
    plot_width = max(10.0, width - plot_left - value_room)
    row = height / len(items)
    bar_height = min(row * 0.7, 12.0)
    top = (
        max((c or 0) for _, c, status in items if status == "shown")
        if any(s == "shown" for _, _, s in items)
        else 0
    )
    scale = plot_width / top if top else 0.0
    drawing.add(Line(plot_left, 0, plot_left, height, strokeColor=page.RULE, strokeWidth=0.5))
    for index, (label, count, status) in enumerate(items):
        y = height - (index + 1) * row + (row - bar_height) / 2
        text_y = y + bar_height / 2 - _FONT_SIZE * 0.35
        drawing.add(
            String(
                label_width,
                text_y,
                _fit(label, label_width),
                fontName=fonts.SANS,
                fontSize=_FONT_SIZE,
                fillColor=page.INK,
                textAnchor="end",
            )
        )
        if status == "shown" and count is not None:
            length = count * scale
            if length > 0:
                drawing.add(Rect(plot_left, y, length, bar_height, fillColor=BAR, strokeColor=None))
            words, colour = str(count), page.INK
        else:
            length = 0
            words = f"fewer than {threshold}" if status == "suppressed" else "withheld"
            colour = page.MUTED
        drawing.add(
            String(
                plot_left + length + 3,
                text_y,
                words,
                fontName=fonts.SANS,
                fontSize=_FONT_SIZE,
                fillColor=colour,
            )
        )
    return drawing
