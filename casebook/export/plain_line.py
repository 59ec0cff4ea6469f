"""One line of plain text drawn as a string, where a paragraph would draw exactly that string.

A packet's generated pages hold a few hundred short texts (tab letters, document
titles, dates, page ranges). Through ``text.paragraph`` each is parsed as markup,
split into font runs, shaped by HarfBuzz and broken into lines, which took more
time than assembling the 300 pages. Most of them are one line of text in the
sans face that HarfBuzz leaves as it is (no ligature, kerning or mark in it):
a paragraph then draws that string at the place its alignment gives. ``para``
returns such a text as ``PlainLine``, which draws the same string at the same
place; any other text, or one that does not fit on one line, is the paragraph
it always was.
"""

from __future__ import annotations

import unicodedata

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable, Paragraph

from casebook.export import fonts
from casebook.export.text import markup, paragraph

__all__ = ["PlainLine", "para", "plain_width"]

_OTHER = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs", "Cn"))


def plain_width(text: str, style: ParagraphStyle) -> float | None:
    """The drawn width of ``text`` if its paragraph would draw it as one plain string in
    ``style``'s font (sans, every character in it, nothing HarfBuzz would change,
    no right-to-left text), else None. Whether it fits is the caller's to check."""
    name = style.fontName
    if name not in (fonts.SANS, fonts.bold_of(fonts.SANS)):
        return None
    if not text or text != text.strip() or "  " in text:
        return None
    latin1 = True
    for c in text:
        if c < " " or "\x7f" <= c <= "\xa0" or c == "\xad":
            return None  # controls, no-break and soft hyphens: the paragraph's business
        if not fonts.covers(fonts.SANS, c):
            return None  # the fallback chain would give it another font
        if c >= "\u0100":
            latin1 = False
            if unicodedata.bidirectional(c) in ("R", "AL") or unicodedata.category(c) in _OTHER:
                return None  # right-to-left, or spaces and format marks of other widths
    if not latin1:  # shaped, as the paragraph would shape it: word by word
        for word in text.split(" "):
            if isinstance(shapeStr(word, name, style.fontSize), ShapedStr):
                return None
    return float(pdfmetrics.stringWidth(text, name, style.fontSize))


class PlainLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """``text`` on one line in ``style``, placed as a one-line ``Paragraph`` places it:
    the full available width, first baseline ``fontSize`` below the line's top,
    ``leading`` tall. Too wide for the room given, it is that paragraph instead."""

    def __init__(self, text: str, style: ParagraphStyle, width: float) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.text_width = width
        self._para: Flowable | None = None

    def _paragraph(self) -> Flowable:
        if self._para is None:
            self._para = _paragraph(self.text, self.style)
        return self._para

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """One line if it fits the width, else the paragraph's own wrapping."""
        room = avail_width - self.style.leftIndent - self.style.rightIndent
        if self.text_width > room + 1e-6:
            self._paragraph()
        if self._para is not None:
            width, height = self._para.wrap(avail_width, avail_height)
        else:
            width, height = avail_width, self.style.leading
        self.width, self.height = width, height
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Like a paragraph: a line that does not fit the height moves on whole."""
        parts: list[Flowable] = self._paragraph().split(avail_width, avail_height)
        return parts

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        """The string at the paragraph's first baseline, aligned in the width."""
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        style = self.style
        room = self.width - style.leftIndent - style.rightIndent
        x = style.leftIndent
        if style.alignment == TA_CENTER:
            x += (room - self.text_width) / 2
        elif style.alignment == TA_RIGHT:
            x += room - self.text_width
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawString(x, self.height - style.fontSize, self.text)


def para(text: str, style: ParagraphStyle) -> Flowable:
    """``text`` (plain, any script) in ``style``: a ``PlainLine`` where that draws the
    same, else the paragraph (see ``_paragraph``)."""
    width = plain_width(text, style)
    if width is not None and style.firstLineIndent == 0:
        return PlainLine(text, style, width)
    return _paragraph(text, style)


def _paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """``text.paragraph``, minus HarfBuzz shaping for Latin-1 text, which needs none."""
    if all(ord(c) < 0x100 for c in text):
        bold = style.fontName.endswith("-Bold")
        plain = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
        return Paragraph(markup(text, bold=bold), plain)
    return paragraph(text, style)
