# ruff: noqa: RUF001  (Cyrillic and Chinese test text is meant to contain look-alike letters)
"""OCR test pages made at run time, with their reference text (shared by tests and benchmarks).

Each page is drawn as a letter-size PDF with reportlab and rendered at 300 dpi
with pypdfium2, which is how a scanned or printed page reaches OCR in casebook.
Nothing is stored: the reference text is the text drawn, so the character
error rate (CER) is measured against ground truth, not against another engine.
The "scanned" variants add what a flatbed or phone scan adds: a small skew,
blur, speckle noise and JPEG artefacts.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

DPI = 300
FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

ENGLISH = [
    "NOTICE TO APPEAR",
    "You are being placed in removal proceedings under section 240 of the Immigration "
    "and Nationality Act. You are required to appear before an immigration judge of the "
    "United States Department of Justice at 26 Federal Plaza, 12th Floor, New York, "
    "New York 10278, on a date and at a time to be set.",
    "If you fail to appear at the hearing, the immigration judge may order you removed "
    "in your absence. You may be represented by an attorney or other representative of "
    "your choice at no expense to the Government. A list of free legal service providers "
    "is enclosed with this notice.",
    "Your alien registration number is A-123-456-789. Keep this number and bring this "
    "notice with you to every hearing and appointment.",
]

SPANISH = [
    "AVISO DE AUDIENCIA",
    "Usted ha sido citado a una Audiencia ante el juez de inmigración en la Corte de "
    "Inmigración de Nueva York. La audiencia se celebrará el miércoles 14 de marzo de "
    "2027 a las 8:30 de la mañana, en el piso doce.",
    "Si no asiste a la audiencia, el juez podrá ordenar su deportación en su ausencia. "
    "Tiene derecho a un abogado sin costo para el Gobierno. ¿Necesita un intérprete? "
    "Indique su idioma al empleado de la corte antes de la sesión.",
    "Su número de registro es A-123-456-789. Conserve este aviso y tráigalo a cada "
    "audiencia, junto con su pasaporte, su acta de nacimiento y cualquier "
    "documentación de protección que haya recibido.",
]

FORM = [
    "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
    "Respondent: GARCÍA LÓPEZ, María José",
    "A-Number: A-123-456-789",
    "Date of birth: 07/22/1991    Country: Ecuador",
    "Hearing date: 03/14/2027    Time: 08:30 AM",
    "Court: New York - Broadway, 290 Broadway, 5th Floor",
    "Judge: Hon. R. Castellanos    Docket: NYC-2027-004512",
    "Language: Spanish    Interpreter requested: Yes",
    "Received by NYPD Precinct 034 on 11/02/2026; FOIL request 2026-056-11873.",
]

FRENCH = [
    "CONVOCATION À UNE AUDIENCE",
    "Vous êtes convoqué devant le juge de l'immigration à New York. L'audience aura lieu "
    "le mercredi 14 mars 2027 à 8 h 30. Si vous ne vous présentez pas, le juge pourra "
    "ordonner votre expulsion en votre absence. Vous avez le droit d'être représenté par "
    "un avocat, à vos frais. Votre numéro d'étranger est A-123-456-789.",
]

HAITIAN = [
    "AVI ODYANS",
    "Yo rele ou devan yon jij imigrasyon nan Nouyòk. Odyans lan ap fèt mèkredi 14 mas 2027 "
    "a 8:30 nan maten. Si ou pa vini, jij la ka bay lòd pou yo depòte ou menm si ou pa la. "
    "Ou gen dwa pou yon avoka reprezante ou. Nimewo etranje ou se A-123-456-789.",
]

RUSSIAN = [
    "УВЕДОМЛЕНИЕ О СЛУШАНИИ",
    "Вы вызваны к иммиграционному судье в Нью-Йорке. Слушание состоится в среду, "
    "14 марта 2027 года, в 8:30 утра. Если вы не явитесь, судья может вынести решение "
    "о вашей депортации в ваше отсутствие. Ваш регистрационный номер A-123-456-789.",
]

CHINESE = [
    "出庭通知",
    "您被传唤到纽约移民法官面前出庭。听证会将于二零二七年三月十四日星期三上午八点三十分举行。"
    "如果您不出庭，法官可以在您缺席的情况下下令将您驱逐出境。您有权聘请律师代表您。"
    "请携带本通知和您的护照参加每一次听证会。",
]


@dataclass(frozen=True)
class Page:
    """A rendered page, the text drawn on it, and the casebook language names it is in."""

    name: str
    image: Image.Image
    reference: str
    languages: tuple[str, ...]


def _register_ttf() -> tuple[str, str]:
    """Noto Sans (Latin, Cyrillic) and Droid Sans Fallback (Chinese) from the repository."""
    sans, cjk = "OcrBenchSans", "OcrBenchCJK"
    if sans not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(sans, str(FONT_DIR / "NotoSans-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(cjk, str(FONT_DIR / "DroidSansFallbackFull.ttf")))
    return sans, cjk


def _draw(paragraphs: list[str], font: str, size: float, leading: float) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=LETTER, leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch
    )
    style = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading)
    story: list[object] = []
    for text in paragraphs:
        story += [Paragraph(text, style), Spacer(1, leading * 0.6)]
    doc.build(story)
    return buf.getvalue()


def _render(pdf: bytes) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=DPI / 72, grayscale=True).to_pil()
    finally:
        document.close()
    image = image.convert("L")
    image.info["dpi"] = (DPI, DPI)
    return image


def _grain(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Grey noise around mid-grey from ``rng`` alone (``Image.effect_noise`` draws from C's
    global ``rand()``, so the same seed gave another page depending on the process's past)."""
    noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return noise.point(lambda v: 128 + (v - 128) * 40 // 74)  # uniform, spread like sigma 40


def scanned(image: Image.Image, seed: int = 7, angle: float = 1.2) -> Image.Image:
    """A 'scanned' copy: skewed by ``angle`` degrees, blurred, speckled and JPEG-compressed."""
    rng = random.Random(seed)
    out = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(0.8))
    out = Image.blend(out, _grain(out.size, rng), 0.08)  # grey grain
    pixels = out.load()
    assert pixels is not None
    width, height = out.size
    for _ in range(4000):  # dust and toner specks
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 40, 220))
    jpeg = io.BytesIO()
    out.save(jpeg, "JPEG", quality=60)
    result = Image.open(io.BytesIO(jpeg.getvalue())).convert("L")
    result.info["dpi"] = (DPI, DPI)
    return result


def _page(name: str, paragraphs: list[str], languages: tuple[str, ...], font: str) -> Page:
    pdf = _draw(paragraphs, font, 11, 15)
    return Page(name, _render(pdf), "\n".join(paragraphs), languages)


def english_page() -> Page:
    return _page("english", ENGLISH, ("English",), "Times-Roman")


def spanish_page() -> Page:
    return _page("spanish", SPANISH, ("Spanish",), "Helvetica")


def form_page() -> Page:
    return _page("form", FORM, ("English", "Spanish"), "Courier")


def all_pages() -> list[Page]:
    """Every benchmark page; the non-Latin ones use the repository's Noto and Droid fonts."""
    sans, cjk = _register_ttf()
    english, spanish, form = english_page(), spanish_page(), form_page()
    return [
        english,
        spanish,
        form,
        Page("english-scanned", scanned(english.image), english.reference, english.languages),
        Page(
            "spanish-scanned",
            scanned(spanish.image, seed=8, angle=-1.0),
            spanish.reference,
            spanish.languages,
        ),
        _page("french", FRENCH, ("French",), sans),
        _page("haitian", HAITIAN, ("Haitian Creole",), sans),
        _page("russian", RUSSIAN, ("Russian",), sans),
        _page("chinese", CHINESE, ("Chinese",), cjk),
    ]


def normalise(text: str) -> str:
    """Whitespace-insensitive form: line breaks and wrapping differ between engines and layouts."""
    return re.sub(r"\s+", " ", text).strip()


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions), two rows at a time."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: edit distance over the reference's length, whitespace normalised.

    For Chinese, spaces are dropped altogether, since engines put them between
    characters at will.
    """
    ref, hyp = normalise(reference), normalise(hypothesis)
    if any("\u4e00" <= ch <= "\u9fff" for ch in ref):
        ref, hyp = ref.replace(" ", ""), hyp.replace(" ", "")
    return levenshtein(ref, hyp) / max(1, len(ref))
