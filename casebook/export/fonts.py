"""The embedded fonts: where they live, registering them once, and which one draws a character.

Every PDF casebook writes embeds its fonts (TrueType subsets), so a client's
name prints the same on any machine and never as empty boxes. No single font
covers Latin, Cyrillic, Arabic, Bengali and Chinese, so text is drawn from a
fallback chain: each character goes to the first font that has it, and
punctuation, digits and spaces stay with the font of the text around them so
words are not cut into pieces.

Arabic and Bengali need OpenType shaping (joined letters, conjuncts, vowel
signs that move). reportlab does it with HarfBuzz (the ``uharfbuzz`` package)
when a paragraph style has ``shaping=1``; ``register_fonts`` refuses to run
without it rather than print disconnected Arabic.

The window draws names with the same files: ``font_files`` lists them without
importing reportlab (or Qt), and ``casebook.app`` hands them to Qt's font
database at start-up, so Qt's fallback finds Bengali, Arabic and Chinese even
on a system with no such fonts. reportlab is imported only when a PDF needs it.
"""

from __future__ import annotations

import importlib.resources
import sysconfig
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from casebook.domain.errors import CasebookError

__all__ = [
    "ARABIC",
    "BENGALI",
    "CJK",
    "MONO",
    "SANS",
    "FontFace",
    "bold_of",
    "covers",
    "ensure_face",
    "font_dir",
    "font_files",
    "font_for_text",
    "register_fonts",
    "shapes",
]

# Registered font names (what reportlab's <font name="..."> and styles use).
SANS = "CasebookSans"  # Noto Sans: Latin (Spanish, French, Haitian Creole), Cyrillic, Greek
ARABIC = "CasebookArabic"  # Noto Naskh Arabic
BENGALI = "CasebookBengali"  # Noto Sans Bengali
CJK = "CasebookCJK"  # Droid Sans Fallback: Chinese (simplified and traditional), kana, Hangul
MONO = "CasebookMono"  # Noto Sans Mono: recovery keys, hashes


@dataclass(frozen=True)
class FontFace:
    """One registered family: its regular file and, if shipped, its bold file."""

    name: str
    regular: str
    bold: str | None
    shaped: bool  # needs HarfBuzz: joins, reorders or substitutes glyphs


FACES: tuple[FontFace, ...] = (
    FontFace(SANS, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", shaped=False),
    FontFace(ARABIC, "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", shaped=True),
    FontFace(BENGALI, "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", shaped=True),
    FontFace(CJK, "DroidSansFallbackFull.ttf", None, shaped=False),
    FontFace(MONO, "NotoSansMono-Regular.ttf", None, shaped=False),
)

# The order in which fonts are asked for a character nobody around it claims.
FALLBACK_CHAIN: tuple[str, ...] = (SANS, ARABIC, BENGALI, CJK)

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """The folder of shipped fonts, from a source checkout or from an installed wheel.

    A checkout has ``resources/fonts`` at the top of the repository; a wheel
    installs the same files as data under ``<prefix>/share/casebook/fonts``; a
    frozen app may carry them as package data in ``casebook/resources/fonts``.
    """
    candidates: tuple[Callable[[], Path], ...] = (  # each tried only if the last failed
        lambda: Path(__file__).resolve().parents[2] / "resources" / "fonts",
        lambda: Path(sysconfig.get_path("data")) / "share" / "casebook" / "fonts",
        lambda: Path(str(importlib.resources.files("casebook"))) / "resources" / "fonts",
    )
    for candidate in candidates:
        folder = candidate()
        if (folder / FACES[0].regular).is_file():
            return folder
    raise CasebookError(
        "casebook's fonts are missing from this installation; reinstall casebook to print PDFs."
    )


def font_files() -> list[Path]:
    """Every shipped font file (regular and bold faces), for the window's font database.

    Cheap: no font is opened here. Raises ``CasebookError`` if the fonts are missing.
    """
    folder = font_dir()
    names = [n for face in FACES for n in (face.regular, face.bold) if n is not None]
    return [folder / n for n in names if (folder / n).is_file()]


def bold_of(name: str) -> str:
    """The bold face of a family, or the family itself where no bold is shipped."""
    face = _face(name)
    return f"{name}-Bold" if face.bold else name


def register_fonts() -> None:
    """Register the shipped faces with reportlab, once per process (thread-safe).

    The CJK and monospace faces are registered on first use instead
    (``ensure_face``, which ``covers`` and so ``font_for_text`` call before
    choosing a font; a style naming ``MONO`` calls it first)."""
    global _registered
    with _lock:
        if _registered:
            return
        _require_harfbuzz()
        folder = font_dir()
        for face in FACES:
            if face.name not in _LAZY:
                _register_face(face, folder)
        _install_per_font_shaping()
        _registered = True


# Parsed only when first needed: the CJK font is 4 MB (28,602 glyphs) and its parsing
# took longer than everything else in a packet's start; it is the last font of the
# fallback chain, so a character only ever asks for it when no other font has it.
# The monospace face is named only by the recovery key and hashes (``ensure_face``).
_LAZY = frozenset((CJK, MONO))
_loaded: set[str] = set()


def _register_face(face: FontFace, folder: Path) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(face.name, str(folder / face.regular)))
    bold = face.name
    if face.bold:
        bold = f"{face.name}-Bold"
        pdfmetrics.registerFont(TTFont(bold, str(folder / face.bold)))
    # <b> and <i> inside a paragraph pick these; no italics are shipped.
    addMapping(face.name, 0, 0, face.name)
    addMapping(face.name, 0, 1, face.name)
    addMapping(face.name, 1, 0, bold)
    addMapping(face.name, 1, 1, bold)
    _loaded.add(face.name)


def ensure_face(name: str) -> None:
    """Register ``name``'s family if it is one parsed lazily and not yet registered."""
    register_fonts()
    face = _face(name)
    if face.name in _loaded:
        return
    with _lock:
        if face.name not in _loaded:
            _register_face(face, font_dir())


def shapes(name: str) -> bool:
    """True if text in this font must go through HarfBuzz to look right."""
    return _face(name).shaped


def covers(name: str, char: str) -> bool:
    """True if the font has a glyph for ``char``."""
    return ord(char) in _cmap(name)


def font_for_text(text: str, chain: Sequence[str] = FALLBACK_CHAIN) -> list[str]:
    """The font for each character of ``text`` (same length), by the fallback chain.

    Letters and numbers in a script take the first font in ``chain`` that has
    them. Combining marks stay with their base letter. Spaces, punctuation and
    symbols keep the font of the text before them if it has them, else take
    the font of the next letter, else the first font that has them, so that
    "(محمد)" or "王秀英," does not fall apart into needless font changes.
    """
    register_fonts()
    fonts: list[str | None] = [None] * len(text)
    for i, ch in enumerate(text):
        if _is_strong(ch):
            fonts[i] = _first_covering(ch, chain)
    previous: str | None = None
    for i, ch in enumerate(text):
        chosen = fonts[i]
        if chosen is None:
            if previous is not None and (
                unicodedata.category(ch).startswith("M") or covers(previous, ch)
            ):
                chosen = previous
            else:
                following = next((f for f in fonts[i + 1 :] if f is not None), None)
                if following is not None and covers(following, ch):
                    chosen = following
                else:
                    chosen = _first_covering(ch, chain)
            fonts[i] = chosen
        previous = chosen
    return [f if f is not None else chain[0] for f in fonts]


def _is_strong(ch: str) -> bool:
    """Letters and digits belong to a script; everything else can go with its neighbours."""
    category = unicodedata.category(ch)
    return category[0] == "L" or (category == "Nd" and not ch.isascii())


def _first_covering(ch: str, chain: Sequence[str]) -> str:
    for name in chain:
        if covers(name, ch):
            return name
    return chain[0]  # nothing has it (e.g. an emoji): the default font's .notdef box


def _face(name: str) -> FontFace:
    base = name.removesuffix("-Bold")
    for face in FACES:
        if face.name == base:
            return face
    raise KeyError(name)


@cache
def _cmap(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    ensure_face(name)
    font: Any = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def _require_harfbuzz() -> None:
    try:
        import uharfbuzz  # noqa: F401  (imported only to prove it is there)
    except ImportError as exc:  # pragma: no cover - a packaging error, not a user's
        raise CasebookError(
            "casebook needs the uharfbuzz package to print Arabic and Bengali; reinstall casebook."
        ) from exc


def _install_per_font_shaping() -> None:
    """Make reportlab shape each font run of a word with its own font.

    reportlab 4-5 shapes a whole "word" (text between spaces) with the font of
    its first piece, so "王秀英(Wang)" or "(محمد)" come out as boxes: the
    second font's glyph numbers are read from the first font. Shaping each
    piece on its own fixes that, and also keeps a run of digits inside Arabic
    from being reversed with it. Idempotent.
    """
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.platypus import paragraph

    current = paragraph.shapeFragWord
    if getattr(current, "_casebook_per_font", False):
        return
    original = ttfonts.shapeFragWord

    def shape_each_piece(word: Any, features: Any = None, force: bool = False) -> Any:
        pieces = word[1:]
        kwargs: dict[str, Any] = {"force": force}
        if features is not None:
            kwargs["features"] = features
        if (
            len(pieces) <= 1
            or isinstance(word, ttfonts.ShapedFragWord)
            or any(hasattr(frag, "cbDefn") for frag, _ in pieces)
        ):
            return original(word, **kwargs)
        total = 0.0
        parts: list[Any] = []
        changed = False
        for frag, text in pieces:
            single = [pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize), (frag, text)]
            shaped = original(single, **kwargs)
            if shaped is single:
                total += single[0]
                parts.append((frag, text))
            else:
                changed = True
                total += shaped[0]
                parts.extend(shaped[1:])
        if not changed:
            return word
        return ttfonts.makeShapedFragWord(word)([total, *parts])

    shape_each_piece._casebook_per_font = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_each_piece
