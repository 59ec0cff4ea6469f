"""A few colours and sizes on top of the platform style, light or dark.

Only labels with a role (``error``, ``warning``, ``pageTitle``, ``placeholder``)
are styled; everything else keeps the system's look, so high-DPI and dark
themes come from Qt itself. Colours are picked to stay readable on either.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_style() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    error, warning = ("#ff8a80", "#ffd180") if is_dark() else ("#b3261e", "#8a5300")
    app.setStyleSheet(f"""
        QLabel#error {{ color: {error}; }}
        QLabel#warning {{ color: {warning}; }}
        QLabel#pageTitle {{ font-size: 18pt; font-weight: 600; }}
        QLabel#placeholder {{ color: palette(placeholder-text); }}
        QFrame#duplicateBox {{ border: 1px solid {warning}; border-radius: 4px; }}
        QListWidget#sidebar {{ font-size: 11pt; }}
        QListWidget#sidebar::item {{ padding: 6px 8px; }}
    """)


def add_application_fonts(files: Iterable[Path]) -> list[str]:
    """Give Qt the fonts casebook ships (the PDFs' Noto faces), so names show in every script.

    The system's own fonts stay the default; these only join Qt's fallback, so
    a Bengali, Arabic or Chinese name draws with real glyphs instead of empty
    boxes on a machine that has no such fonts. Qt reads only each file's
    tables here (a few milliseconds for all of them). Returns the families added;
    a file Qt cannot read is skipped (the window still works, as before).
    Adding a file twice adds it once.
    """
    families: list[str] = []
    for path in files:
        key = str(path)
        if key not in _added:
            font_id = QFontDatabase.addApplicationFont(key)
            _added[key] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(f for f in _added[key] if f)
    return sorted(set(families))


_added: dict[str, list[str]] = {}  # file -> its families, per process (Qt's database is)
