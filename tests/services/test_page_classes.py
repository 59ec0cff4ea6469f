"""Separator sheets, blank pages and content told apart from pixels alone (no OCR).

The set: the printed separator sheet and ordinary pages, rendered at 200 and
300 dpi, skewed, speckled and JPEG-compressed as a feeder gives them, turned
0/90/180/270 degrees, then drawn small as the importer draws them
(``ANALYSIS_DPI``). Every case must come out right; the tally is written to
``/tmp/shots/sepsplit-detection.txt`` (and printed with ``-s``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from casebook.domain.batch_split import PageClass
from casebook.services.page_classes import ANALYSIS_DPI, MM_PER_INCH, classify
from tests import batch_scans as scans

S, B, C = PageClass.SEPARATOR, PageClass.BLANK, PageClass.CONTENT


def _seal(dpi: int) -> Image.Image:
    """A letter with a round notary seal: thick concentric rings, like a small bullseye."""
    page = scans.form(scans.FOIL, dpi)
    draw = ImageDraw.Draw(page)
    cx, cy = int(5.5 * dpi), int(8.5 * dpi)
    for r_mm, width_mm in ((20, 2.5), (14, 2.5), (6, 6)):
        r, w = r_mm / 25.4 * dpi, max(1, int(width_mm / 25.4 * dpi))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=0, width=w)
    return page


def _photo_copy(dpi: int) -> Image.Image:
    """A copy of an identity card: a large dark photo block and text lines."""
    page = scans.form(["Copy of identity document", "Name: Maria Lopez"], dpi)
    draw = ImageDraw.Draw(page)
    x, y = int(1.5 * dpi), int(3 * dpi)
    draw.rectangle((x, y, x + int(5.5 * dpi), y + int(3.4 * dpi)), fill=70)
    draw.ellipse((x + 40, y + 40, x + int(2 * dpi), y + int(2.8 * dpi)), fill=160)
    return page


def _shrunk_separator(dpi: int) -> Image.Image:
    """The sheet printed "fit to page" on A4: 94% of its size, centred."""
    sheet = scans.separator(dpi)
    small = sheet.resize((int(sheet.width * 0.94), int(sheet.height * 0.94)), Image.Resampling.BOX)
    page = Image.new("L", sheet.size, 255)
    page.paste(small, ((sheet.width - small.width) // 2, (sheet.height - small.height) // 2))
    return page


def _cases() -> list[tuple[str, PageClass, int, object]]:
    cases: list[tuple[str, PageClass, int, object]] = []
    for dpi in (200, 300):
        for angle, turn in ((0.0, 0), (2.5, 1), (2.5, 2), (-3.0, 3), (-3.0, 0)):
            cases.append((f"separator {angle:+} deg, turned {turn * 90}", S, dpi, (angle, turn)))
        cases.append(("separator printed at 94%", S, dpi, "shrunk"))
        for name in ("NTA", "NTA_PAGE_2", "HEARING", "FOIL"):
            for angle in (0.0, -2.5):
                cases.append((f"{name} {angle:+} deg", C, dpi, (name, angle)))
        for what in ("signature pen", "signature pencil", "one line", "seal", "photo copy"):
            cases.append((what, C, dpi, what))
        for what in ("blank", "blank, bleed-through 10%", "blank, bleed-through 20%", "grey paper"):
            cases.append((what, B, dpi, what))
    return cases


def _page(dpi: int, spec: object) -> Image.Image:
    if spec == "shrunk":
        return scans.scan(_shrunk_separator(dpi), angle=1.0)
    if isinstance(spec, tuple) and isinstance(spec[0], float):
        angle, turn = spec
        return scans.scan(scans.separator(dpi), angle=angle, turn=turn, seed=turn + 1)
    if isinstance(spec, tuple):
        name, angle = spec
        return scans.scan(scans.form(getattr(scans, name), dpi), angle=angle, noisy=angle != 0)
    made = {
        "signature pen": lambda: scans.signature_only(dpi),
        "signature pencil": lambda: scans.signature_only(dpi, ink=150),
        "one line": lambda: scans.form(["Continued on the next page."], dpi),
        "seal": lambda: _seal(dpi),
        "photo copy": lambda: _photo_copy(dpi),
        "blank": lambda: scans.blank(dpi),
        "blank, bleed-through 10%": lambda: scans.blank(dpi, bleed=0.1),
        "blank, bleed-through 20%": lambda: scans.blank(dpi, bleed=0.2),
        "grey paper": lambda: scans.blank(dpi, grey=215),
    }
    assert isinstance(spec, str)
    return scans.scan(made[spec](), angle=1.2)


def _as_imported(image: Image.Image, dpi: int) -> Image.Image:
    factor = ANALYSIS_DPI / dpi
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.BOX)


@pytest.mark.slow
def test_every_page_of_the_set_is_classed_right_and_the_tally_is_reported() -> None:
    tally: Counter[str] = Counter()
    lines: list[str] = []
    wrong: list[str] = []
    for name, want, dpi, spec in _cases():
        look = classify(_as_imported(_page(dpi, spec), dpi), ANALYSIS_DPI / MM_PER_INCH)
        got = look.kind
        if want is S:
            tally["separators found" if got is S else "separators missed"] += 1
        elif got is S:
            tally["false separators"] += 1
        if want is B:
            tally["blank pages found" if got is B else "blank pages kept as content"] += 1
        elif want is C and got is B:
            tally["content pages taken for blank"] += 1
        line = (
            f"{dpi} dpi  {name:<32} {want.value:>9} -> {got.value:<9} "
            f"ink {look.ink_mm2:8.1f} mm2  rings {look.separator_score:.3f}"
        )
        lines.append(line)
        if got is not want:
            wrong.append(line)
    keys = (
        "separators found",
        "separators missed",
        "false separators",
        "blank pages found",
        "blank pages kept as content",
        "content pages taken for blank",
    )
    report = "\n".join([*lines, "", *(f"{k}: {tally[k]}" for k in keys)])
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    (shots / "sepsplit-detection.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
    assert not wrong, "\n".join(wrong)
    assert tally["separators found"] == 12 and tally["blank pages found"] == 8


def test_an_empty_page_with_a_text_layer_is_content() -> None:
    page = _as_imported(scans.blank(200), 200)
    assert classify(page, ANALYSIS_DPI / MM_PER_INCH).kind is B
    assert classify(page, ANALYSIS_DPI / MM_PER_INCH, text_chars=40).kind is C


def test_a_page_smaller_than_the_mark_is_never_a_separator() -> None:
    receipt = Image.new("L", (300, 450), 255)  # 2 x 3 inches at 150 dpi
    ImageDraw.Draw(receipt).ellipse((20, 20, 280, 280), fill=0)
    assert classify(receipt, ANALYSIS_DPI / MM_PER_INCH).kind is not S
