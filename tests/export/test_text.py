"""Multilingual text: fonts per script, bidi order, shaping, and what a PDF proves."""

# ruff: noqa: RUF001  (the fixtures are real text in seven scripts, not look-alikes)

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from casebook.export import fonts, text

SAMPLES = {
    "es": "María José Núñez López, ¿dónde nació? En Cuenca, Ecuador.",
    "ht": "Jan-Bátis Desrosiers: mwen pa konprann lèt sa a; tanpri ede m.",
    "fr": "Élodie-Françoise Lefèvre, née à Cap-Haïtien; « dossier complété ».",
    "ru": "Анна Сергеевна Иванова, дата рождения: 12 марта 1990 г.",
    "zh": "王秀英，出生于福建省福州市。张伟（粤语）。",
    "bn": "মোহাম্মদ রহমান, জন্ম ঢাকা, বাংলাদেশ।",
    "ar": "محمد الأحمد، مواليد دمشق، سوريا.",
}
MIXED = "María López / 王秀英 / محمد الأحمد / মোহাম্মদ রহমান / Анна Иванова"


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    fonts.register_fonts()
    return ParagraphStyle("t", fontName=fonts.SANS, fontSize=13, leading=19)


def _render(story: list[str], style: ParagraphStyle, width: float = 430) -> tuple[bytes, list]:
    """Draw each text at a known place; return the PDF and each block's (x, y, w, h)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, initialFontName=fonts.SANS)
    boxes = []
    y = LETTER[1] - 72
    for item in story:
        flowable = text.paragraph(item, style)
        _, h = flowable.wrapOn(canvas, width, 500)
        y -= h
        flowable.drawOn(canvas, 72, y)
        boxes.append((72, y, width, h))
        y -= 14
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), boxes


def _page_text(pdf_bytes: bytes) -> str:
    page = pdfium.PdfDocument(pdf_bytes)[0]
    return page.get_textpage().get_text_range()


def test_each_script_gets_a_font_that_has_it() -> None:
    chosen = dict(zip(MIXED, fonts.font_for_text(MIXED), strict=True))
    assert chosen["M"] == chosen["А"] == fonts.SANS
    assert chosen["王"] == fonts.CJK
    assert chosen["م"] == fonts.ARABIC
    assert chosen["র"] == fonts.BENGALI
    for char, name in chosen.items():
        assert fonts.covers(name, char), (char, name)


def test_punctuation_stays_with_the_word_it_touches() -> None:
    sample = "王秀英，(محمد)"
    names = fonts.font_for_text(sample)
    assert names[sample.index("，")] == fonts.CJK
    assert names[sample.index(")")] == fonts.SANS  # Naskh has no parentheses


def test_levels_follow_uax9_for_a_name_inside_english() -> None:
    sample = "Client: محمد الأحمد (A 123)"
    levels = text.bidi_levels(sample, 0)
    arabic = sample.index("محمد")
    assert levels[: sample.index(":") + 1] == [0] * (sample.index(":") + 1)
    assert set(levels[arabic : arabic + len("محمد الأحمد")]) == {1}
    assert levels[sample.index("1")] == 0  # digits after Latin stay left-to-right


def test_arabic_indic_digits_keep_their_order_inside_arabic() -> None:
    sample = "شارع ١٢٣"
    levels = text.bidi_levels(sample, 1)
    assert levels[sample.index("١")] == 2
    assert text.visual_order(list("abc"), [1, 1, 1]) == ["c", "b", "a"]
    assert text.visual_order(list("abcd"), [1, 2, 2, 1]) == ["d", "b", "c", "a"]


def test_markup_escapes_xml() -> None:
    assert "&lt;b&gt;" in text.markup("<b>Tom & Jerry</b>")
    assert "&amp;" in text.markup("<b>Tom & Jerry</b>")


def test_every_language_round_trips_and_is_drawn(style: ParagraphStyle) -> None:
    pdf_bytes, boxes = _render(list(SAMPLES.values()), style)
    extracted = _page_text(pdf_bytes)
    assert "\ufffd" not in extracted  # no .notdef boxes anywhere
    for lang in ("es", "ht", "fr", "ru", "zh"):
        assert SAMPLES[lang] in extracted, lang
    # Bengali: words without conjuncts come back exactly. A conjunct such as
    # ম্ম is one glyph with no code point; reportlab maps it to a private-use
    # character, so "মোহাম্মদ" itself cannot be proven by extraction.
    # Pre-base vowel signs (ে in বাংলাদেশ) come back in drawing order, so only
    # words without them are compared.
    for word in ("রহমান", "ঢাকা"):
        assert word in extracted, word
    # Arabic: glyphs are drawn in visual (right-to-left) order, so extraction
    # yields each word reversed; lam-alef ligatures come back as private-use.
    for word in ("محمد", "مواليد", "دمشق", "سوريا"):
        assert word[::-1] in extracted or word in extracted, word
    _assert_every_box_has_ink(pdf_bytes, boxes)


def test_mixed_scripts_in_one_paragraph(style: ParagraphStyle) -> None:
    pdf_bytes, boxes = _render([MIXED, "王秀英(Wang) and (محمد) & <tag>"], style)
    extracted = _page_text(pdf_bytes)
    assert "\ufffd" not in extracted
    # pdfium mirrors brackets it believes sit in right-to-left text, so "<tag>"
    # after an Arabic word is not compared character for character.
    for part in ("María López", "王秀英", "Анна Иванова", "রহমান", "(Wang)", "tag>"):
        assert part in extracted, part
    _assert_every_box_has_ink(pdf_bytes, boxes)


def test_arabic_words_are_laid_out_right_to_left(style: ParagraphStyle) -> None:
    """In visual (left-to-right) order the last logical word comes first."""
    pdf_bytes, _ = _render(["A: واحد اثنان ثلاثة :Z"], style)
    page = pdfium.PdfDocument(pdf_bytes)[0]
    textpage = page.get_textpage()
    xs: dict[str, float] = {}
    for i in range(textpage.count_chars()):
        char = textpage.get_text_range(i, 1)
        if char in "وثA" and char not in xs:
            xs[char] = textpage.get_charbox(i)[0]
    # واحد (one) must be rightmost, ثلاثة (three) leftmost, all right of "A:".
    assert xs["A"] < xs["ث"] < xs["و"]


def test_arabic_is_shaped_into_joined_forms(style: ParagraphStyle) -> None:
    """محمد becomes final dal, medial meem, medial hah, initial meem, left to right."""
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    shaped = shapeStr("محمد", fonts.ARABIC, 12)
    assert isinstance(shaped, ShapedStr)
    assert str(shaped) == "\ufeaa\ufee4\ufea4\ufee3"


def test_bengali_is_shaped(style: ParagraphStyle) -> None:
    """The e-kar of ো moves before its consonant and ম্ম becomes one conjunct glyph."""
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    word = "মোহাম্মদ"
    shaped = shapeStr(word, fonts.BENGALI, 12)
    assert isinstance(shaped, ShapedStr)
    assert str(shaped)[1] == "ম"  # after the pre-base e-kar glyph
    assert unicodedata.category(str(shaped)[0]) == "Co"  # a glyph with no code point
    assert len(shaped) < len(word)


def test_long_right_to_left_text_wraps_onto_lines(style: ParagraphStyle, tmp_path: Path) -> None:
    long_text = "محمد الأحمد يعيش في بروكلين منذ عام 2019 مع عائلته. " * 5
    flowable = text.paragraph(long_text, style)
    _, height = flowable.wrap(300, 1000)
    assert height > 3 * style.leading
    pdf_bytes, boxes = _render([long_text], style, width=300)
    assert "2019" in _page_text(pdf_bytes)
    _assert_every_box_has_ink(pdf_bytes, boxes)


def _assert_every_box_has_ink(pdf_bytes: bytes, boxes: list) -> None:
    scale = 2
    page = pdfium.PdfDocument(pdf_bytes)[0]
    image = page.render(scale=scale).to_pil().convert("L")
    page_height = page.get_height()
    for x, y, w, h in boxes:
        region = image.crop(
            (
                int(x * scale),
                int((page_height - y - h) * scale),
                int((x + w) * scale),
                int((page_height - y) * scale),
            )
        )
        dark = sum(region.histogram()[:128])
        assert dark > 50, (x, y, w, h)


def test_samples_really_contain_their_scripts() -> None:
    names = {
        lang: {unicodedata.name(c).split()[0] for c in s if c.isalpha()}
        for lang, s in SAMPLES.items()
    }
    assert "ARABIC" in names["ar"] and "BENGALI" in names["bn"] and "CJK" in names["zh"]
    assert "CYRILLIC" in names["ru"]
