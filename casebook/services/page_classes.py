"""Is a scanned page blank, a separator sheet, or content? From its pixels alone (no OCR).

Both tests take the page as a greyscale image at about ``ANALYSIS_DPI`` and
its scale in pixels per millimetre; they use Pillow's C statistics and a few
thousand pixel reads, so a page costs milliseconds beside OCR's seconds.

Blank: the margins are cut off (feeder shadows, punch holes, a skewed
page's edge), the paper's own grey is measured (recycled paper, a grey
scanner background), and a pixel is ink only if clearly darker than the
paper, so a faint bleed-through of the other side is not ink. Scanner
speckle is a pixel or two on its own; ink that counts has inked neighbours.
A page is blank only if almost nothing is left: a signature, initials or one
line of text is far more than the limit, because a page of content dropped
is much worse than a blank page kept.

Separator: the bullseye of ``domain.separator_mark``. Its centre is found
where the dark mass of the page's row and column profiles is densest over
the mark's width, refined by a search that scores every candidate centre by
sampling each ring band along rays; the sheet is a separator when nearly all
samples along rays in every direction agree with the rings, at the printed
size or a printer's "fit to page" shrink of it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

from casebook.domain import separator_mark as mark
from casebook.domain.batch_split import PageClass

ANALYSIS_DPI = 150
MM_PER_INCH = 25.4
MARGIN_FRACTION = 0.05  # cut from each side before looking for ink
INK_CONTRAST = 0.18  # darker than the paper by this fraction of its grey: ink
BLANK_INK_LIMIT_MM2 = 1.5  # more connected ink than this (a 1.2 mm square): not blank
SEPARATOR_SCORE = 0.9  # share of ring samples that must agree
_SEPARATOR_PX_PER_MM = 2.0  # the mark is looked for at about 50 dpi
_SCALES = (1.0, 0.97, 0.94, 0.91, 1.03)  # printed as is, shrunk to fit A4 or a margin


@dataclass(frozen=True)
class PageLook:
    """What a page's pixels (and its text layer, if any) say."""

    kind: PageClass
    ink_mm2: float  # connected ink inside the margins
    separator_score: float  # 0..1, how well the bullseye fits


def classify(image: Image.Image, px_per_mm: float, *, text_chars: int = 0) -> PageLook:
    """Class one page; ``text_chars`` is the length of its text layer (a PDF's), if it has one."""
    grey = image if image.mode == "L" else image.convert("L")
    score = separator_score(grey, px_per_mm)
    if score >= SEPARATOR_SCORE:
        return PageLook(PageClass.SEPARATOR, ink_mm2(grey, px_per_mm), score)
    ink = ink_mm2(grey, px_per_mm)
    blank = ink <= BLANK_INK_LIMIT_MM2 and text_chars == 0
    return PageLook(PageClass.BLANK if blank else PageClass.CONTENT, ink, score)


# -- blank -----------------------------------------------------------------------------------


def ink_mm2(grey: Image.Image, px_per_mm: float) -> float:
    """Square millimetres of connected ink inside the margins."""
    width, height = grey.size
    dx, dy = int(width * MARGIN_FRACTION), int(height * MARGIN_FRACTION)
    inner = grey.crop((dx, dy, max(dx + 1, width - dx), max(dy + 1, height - dy)))
    paper = _percentile(inner.histogram(), 0.75)
    threshold = paper * (1 - INK_CONTRAST)
    ink = inner.point(lambda v: 255 if v < threshold else 0)
    # A 3x3 box mean >= 3/9: the pixel has at least two inked neighbours (speckle has none).
    crowded = ink.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v >= 84 else 0)
    connected = ImageChops.darker(ink, crowded)
    pixels = connected.histogram()[255]
    return pixels / (px_per_mm * px_per_mm)


def _percentile(histogram: Sequence[int], fraction: float) -> float:
    total = sum(histogram)
    if total == 0:
        return 255.0
    wanted = total * fraction
    seen = 0
    for value, count in enumerate(histogram):
        seen += count
        if seen >= wanted:
            return float(value)
    return 255.0


# -- separator -------------------------------------------------------------------------------


def separator_score(grey: Image.Image, px_per_mm: float) -> float:
    """How well the page fits the bullseye at its best centre and size (0..1)."""
    factor = px_per_mm / _SEPARATOR_PX_PER_MM
    small = grey
    if factor > 1.2:
        size = (max(1, round(grey.width / factor)), max(1, round(grey.height / factor)))
        small = grey.resize(size, Image.Resampling.BOX)
    scale = px_per_mm * small.width / grey.width  # px per mm in ``small``
    outer = mark.OUTER_MM * scale
    if small.width < outer * 1.6 or small.height < outer * 1.6:
        return 0.0  # smaller than the mark: a receipt, a card
    paper = _percentile(small.histogram(), 0.9)
    dark_share = sum(small.histogram()[: int(paper * 0.55)]) / (small.width * small.height)
    if not 0.04 <= dark_share <= 0.45:  # the rings are ~13% of a letter page
        return 0.0
    binary = small.point(lambda v: 0 if v < paper * 0.55 else 255)
    pixels = binary.load()
    assert pixels is not None
    rings = _Rings(pixels, binary.width, binary.height, scale)
    cx, cy = _densest_centre(binary, outer)
    best = (rings.score(cx, cy, 1.0, 16, 1), cx, cy)
    step = mark.BAND_MM * scale / 4
    for radius, steps in ((step * 4, 4), (step, 2), (step / 3, 2)):
        _, bx, by = best
        for ix in range(-steps, steps + 1):
            for iy in range(-steps, steps + 1):
                x, y = bx + ix * radius / steps, by + iy * radius / steps
                found = rings.score(x, y, 1.0, 24, 2)
                if found > best[0]:  # ties keep the earlier, nearer centre
                    best = (found, x, y)
    _, bx, by = best
    return max(rings.score(bx, by, s, 48, 3) for s in _SCALES)


def _densest_centre(binary: Image.Image, outer: float) -> tuple[float, float]:
    """Where the dark mass is densest over the mark's diameter, across and down the page."""
    dark = binary.point(lambda v: 255 - v)
    columns = list(dark.resize((dark.width, 1), Image.Resampling.BOX).tobytes())
    rows = list(dark.resize((1, dark.height), Image.Resampling.BOX).tobytes())
    return _window_centre(columns, 2 * outer), _window_centre(rows, 2 * outer)


def _window_centre(profile: Sequence[int], width: float) -> float:
    span = max(1, min(len(profile), round(width)))
    total = sum(profile[:span])
    best, best_at = total, 0
    for start in range(1, len(profile) - span + 1):
        total += profile[start + span - 1] - profile[start - 1]
        if total > best:
            best, best_at = total, start
    return best_at + span / 2


class _Rings:
    """Samples a binary page along rays, against the bands of the mark."""

    def __init__(self, pixels: object, width: int, height: int, px_per_mm: float) -> None:
        self._pixels = pixels
        self._width, self._height = width, height
        self._band = mark.BAND_MM * px_per_mm

    def score(self, cx: float, cy: float, size: float, rays: int, per_band: int) -> float:
        """Share of samples matching the rings (outside the page counts as a miss)."""
        pixels = self._pixels
        band = self._band * size
        # Samples in the middle half of each band, where a slightly wrong centre or size
        # still falls inside it; the quiet ring and the disc included.
        offsets = [(k + 1) / (per_band + 1) * 0.5 + 0.25 for k in range(per_band)]
        radii = [
            ((b + f) * band, mark.band_is_dark(b)) for b in range(mark.BANDS + 1) for f in offsets
        ]
        hits = total = 0
        for n in range(rays):
            angle = 2 * math.pi * (n + 0.5) / rays
            cos, sin = math.cos(angle), math.sin(angle)
            for radius, dark in radii:
                x, y = int(cx + radius * cos), int(cy + radius * sin)
                total += 1
                inside = 0 <= x < self._width and 0 <= y < self._height
                if inside and (pixels[x, y] == 0) == dark:  # type: ignore[index]
                    hits += 1
        return hits / total if total else 0.0
