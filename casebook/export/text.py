"""Plain strings in any script to reportlab flowables that draw every script correctly.

Callers hand in plain text (a client's name, a document title, a note) and get
a flowable back; they never write reportlab markup, so a name containing "<"
or "&" cannot break a layout. Each character is drawn in a font that has it
(see ``fonts``), Arabic and Bengali are shaped by HarfBuzz, and text that
contains right-to-left script is laid out in visual order by the Unicode
bidirectional algorithm (UAX #9, implicit rules; names and notes carry no
embedding controls): reportlab itself only reverses single-font paragraphs,
so mixed lines such as "María / محمد الأحمد / 王秀英" need this.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable, Paragraph

from casebook.export import fonts

__all__ = ["Run", "bidi_levels", "markup", "paragraph", "runs", "visual_order"]

_T = TypeVar("_T")
_NBSP = "\u00a0"
_MIRRORED = dict(zip("()[]{}<>«»\u2039\u203a", ")(][}{><»«\u203a\u2039", strict=True))


@dataclass(frozen=True)
class Run:
    """A stretch of text with one font and one bidi embedding level (odd = right-to-left)."""

    text: str
    font: str
    level: int


def has_rtl(text: str) -> bool:
    """True if any character is strongly right-to-left (Arabic, Hebrew, ...)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def paragraph_level(text: str) -> int:
    """0 (left-to-right) or 1 (right-to-left) from the first strong character (UAX #9 P2-P3)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 0


def bidi_levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of each character (UAX #9 rules W1-W7, N1-N2, I1-I2).

    Explicit embeddings and isolates are treated as neutrals: casebook's text
    comes from typing and OCR, not from documents that nest directions.
    """
    sos = "R" if base % 2 else "L"
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    n = len(types)
    previous = sos
    for i, t in enumerate(types):  # W1
        if t == "NSM":
            types[i] = previous
        previous = types[i]
    last_strong = sos
    for i, t in enumerate(types):  # W2
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]  # W3
    for i in range(1, n - 1):  # W4
        before, t, after = types[i - 1], types[i], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    for start, end in _spans_where(types, lambda t: t == "ET"):  # W5
        if (start > 0 and types[start - 1] == "EN") or (end < n and types[end] == "EN"):
            types[start:end] = ["EN"] * (end - start)
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    last_strong = sos
    for i, t in enumerate(types):  # W7
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    strong = [_strong_direction(t) for t in types]
    for start, end in _spans_where(strong, lambda d: d is None):  # N1-N2
        before_dir = strong[start - 1] if start > 0 else sos
        after_dir = strong[end] if end < n else sos
        fill = before_dir if before_dir == after_dir else sos
        types[start:end] = [fill or sos] * (end - start)
    if base % 2 == 0:  # I1
        return [base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0) for t in types]
    return [base + (1 if t in ("L", "EN", "AN") else 0) for t in types]  # I2


def visual_order(items: Sequence[_T], levels: Sequence[int]) -> list[_T]:
    """Items of one line from logical to visual (left-to-right) order (UAX #9 L2)."""
    if not items:
        return []
    order = list(range(len(items)))
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[i] for i in order]


def runs(text: str, base: int | None = None, *, bold: bool = False) -> list[Run]:
    """Split ``text`` (one line, logical order) into runs of one font and one level."""
    if not text:
        return []
    level_of_paragraph = paragraph_level(text) if base is None else base
    names = fonts.font_for_text(text)
    if bold:
        names = [fonts.bold_of(name) for name in names]
    levels = bidi_levels(text, level_of_paragraph)
    result: list[Run] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or names[i] != names[start] or levels[i] != levels[start]:
            result.append(Run(text[start:i], names[start], levels[start]))
            start = i
    return result


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for left-to-right text: per-font spans, XML escaped, newlines kept."""
    lines = []
    for line in text.split("\n"):
        spans = [
            f'<font name="{run.font}">{escape(run.text)}</font>' for run in runs(line, 0, bold=bold)
        ]
        lines.append("".join(spans))
    return "<br/>".join(lines)


def paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A flowable drawing ``text`` (plain, any script) in ``style``'s size and alignment.

    Bold styles (font name ending in "-Bold") draw every script in its bold face.
    """
    bold = style.fontName.endswith("-Bold")
    if has_rtl(text):
        return BidiParagraph(text, style, bold=bold)
    return Paragraph(markup(text, bold=bold), _shaping(style))


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph containing right-to-left text, broken into lines and reordered here.

    Lines are broken in logical order at the available width, then each line
    is put in visual order and handed to reportlab as one unbreakable line
    (spaces become no-break spaces) so that HarfBuzz shapes each right-to-left
    run as a whole. A right-to-left paragraph is right-aligned.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self.base = paragraph_level(text)
        self._para: Paragraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Break lines for this width and measure them."""
        lines = [
            self._line_markup(line_runs)
            for hard_line in self.text.split("\n")
            for line_runs in self._break(hard_line, avail_width)
        ]
        alignment = self.style.alignment
        if self.base % 2 and alignment == TA_LEFT:
            alignment = TA_RIGHT
        style = ParagraphStyle(
            f"{self.style.name}-bidi",
            parent=self.style,
            shaping=1,
            splitLongWords=0,  # each line is already one unbreakable word
            alignment=alignment,
        )
        self._para = Paragraph("<br/>".join(lines), style)
        width, height = self._para.wrap(avail_width, avail_height)
        self.width, self.height = width, height
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split between lines, like a reportlab paragraph."""
        self.wrap(avail_width, avail_height)
        assert self._para is not None
        parts: list[Flowable] = self._para.split(avail_width, avail_height)
        return parts

    def draw(self) -> None:
        """Draw the laid-out lines at the flowable's origin."""
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def _break(self, line: str, width: float) -> Iterator[list[Run]]:
        """Greedy line breaking in logical order; yields each line's runs."""
        if not line.strip():
            yield []
            return
        names = fonts.font_for_text(line)
        if self.bold:
            names = [fonts.bold_of(name) for name in names]
        levels = bidi_levels(line, self.base)
        size = self.style.fontSize

        def measure(start: int, end: int) -> float:
            total = 0.0
            i = start
            while i < end:
                j = i + 1
                while j < end and names[j] == names[i] and levels[j] == levels[i]:
                    j += 1
                total += _width(line[i:j].replace(" ", _NBSP), names[i], size)
                i = j
            return total

        # Break opportunities: after spaces, and between Chinese characters.
        breaks = [
            i
            for i in range(1, len(line))
            if (line[i - 1] == " " and line[i] != " ")
            or (names[i - 1] == names[i] == fonts.CJK and unicodedata.category(line[i]) == "Lo")
        ]
        bounds = [0, *breaks, len(line)]
        start, used = 0, 0.0
        for k in range(len(bounds) - 1):
            lo, hi = bounds[k], bounds[k + 1]
            body = hi
            while body > lo and line[body - 1] == " ":
                body -= 1
            if lo > start and used + measure(lo, body) > width:
                yield self._line_runs(line, names, levels, start, lo)
                start, used = lo, 0.0
            used += measure(lo, hi)
        yield self._line_runs(line, names, levels, start, len(line))

    @staticmethod
    def _line_runs(
        line: str, names: list[str], levels: list[int], start: int, end: int
    ) -> list[Run]:
        while end > start and line[end - 1] == " ":  # UAX #9 L1: trailing spaces do not count
            end -= 1
        result: list[Run] = []
        run_start = start
        for i in range(start + 1, end + 1):
            if i == end or names[i] != names[run_start] or levels[i] != levels[run_start]:
                result.append(Run(line[run_start:i], names[run_start], levels[run_start]))
                run_start = i
        return result

    @staticmethod
    def _line_markup(line_runs: list[Run]) -> str:
        spans = []
        for run in visual_order(line_runs, [r.level for r in line_runs]):
            text = run.text
            harfbuzz_reverses = fonts.shapes(run.font) and _arabic_script(text)
            if bool(run.level % 2) != harfbuzz_reverses:
                # HarfBuzz lays a run out right-to-left exactly when it holds
                # Arabic-script characters (letters, but also Arabic-Indic
                # digits, which bidi keeps left-to-right). Where that disagrees
                # with the run's level, hand it over reversed and mirrored.
                text = "".join(_MIRRORED.get(c, c) for c in reversed(text))
            spans.append(f'<font name="{run.font}">{escape(text.replace(" ", _NBSP))}</font>')
        return "".join(spans) or _NBSP


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ``xml.sax.saxutils.escape`` does (which
    would import urllib, http and email along with it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _width(text: str, font: str, size: float) -> float:
    """The drawn width of ``text``, after shaping where the font needs it."""
    if fonts.shapes(font):
        shaped: Any = shapeStr(text, font, size)
        if isinstance(shaped, ShapedStr):
            return float(sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000)
    return float(pdfmetrics.stringWidth(text, font, size))


def _arabic_script(text: str) -> bool:
    """True if HarfBuzz would guess the Arabic script (so right-to-left) for ``text``."""
    return any(unicodedata.name(c, "").startswith(("ARABIC", "EXTENDED ARABIC")) for c in text)


def _shaping(style: ParagraphStyle) -> ParagraphStyle:
    """The style with HarfBuzz shaping on (needed by Arabic and Bengali)."""
    fonts.register_fonts()
    if getattr(style, "shaping", 0):
        return style
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def _strong_direction(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):
        return "R"
    return None


def _spans_where(values: Sequence[Any], test: Any) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal stretch of ``values`` for which ``test`` holds."""
    i = 0
    while i < len(values):
        if test(values[i]):
            j = i
            while j < len(values) and test(values[j]):
                j += 1
            yield i, j
            i = j
        else:
            i += 1
