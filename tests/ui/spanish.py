"""Walk a window's visible words and find the ones that escaped translation.

A visible string passes if it is the Spanish of a catalogue entry (its
placeholders, ``%n`` and ``{name}``, standing for anything), or data: digits,
dates, punctuation, or a name the test says is data. Item views' cells are
data (client names, sentences read from the vault); their headers are not.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Digits, dates, times, counts and punctuation: the same in every language.
DATA = re.compile("^[\\d\\s\\-+:/.,()%\N{HORIZONTAL ELLIPSIS}\N{EM DASH}\N{EN DASH}]*$")
# Names and words that are the same in both languages.
SAME = {"casebook", "English", "Español", "FOIL", "Clean Slate", "CPL 160.59", "NYSID", "NYPD"}


def _plain(text: str) -> str:
    """Without accelerators, the "…" a tool button drops and a form label's colon."""
    return text.replace("&", "").strip().removesuffix("…").removesuffix(":").strip()


def _pattern(text: str) -> str:
    parts = re.split(r"(%L?n|%\d|\{[a-z_]+\})", _plain(text))
    return "".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(parts))


@cache
def catalogue(lang: str = "es") -> tuple[dict[str, list[str]], re.Pattern[str]]:
    """English sources (without accelerators) and one pattern matching every translation."""
    tree = ET.parse(CATALOGUES / f"casebook_{lang}.ts")
    sources: dict[str, list[str]] = {}
    patterns = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        sources.setdefault(_plain(source), []).extend(_plain(f) for f in forms)
        patterns += [_pattern(form) for form in forms if form]
    patterns.sort(key=len, reverse=True)
    return sources, re.compile("^(?:" + "|".join(patterns) + ")$", re.S)


def _qt_own() -> set[str]:
    """Standard buttons as Qt's own catalogue (qtbase_es) words them, if it is installed."""
    words = ("OK", "Save", "Cancel", "Close", "Apply", "Yes", "No", "Open", "Discard", "Help")
    said = {w: QCoreApplication.translate("QPlatformTheme", w) for w in words}
    return {_plain(t) for w, t in said.items() if t != w}


def visible_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a person can see in ``root`` and its menus."""
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if (not w.isVisibleTo(root) and w is not root) or w.objectName().startswith("qt_"):
            continue
        where = f"{type(w).__name__}({w.accessibleName() or w.objectName()})"
        if w.isWindow():
            yield where + " title", w.windowTitle()
        if w.toolTip():
            yield where + " tooltip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " item", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + " tab", w.tabText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            if w.objectName() == "sidebar":  # its rows are the window's sections
                for row in range(model.rowCount()):
                    yield where + " row", str(model.index(row, 0).data())
            header = w.header() if isinstance(w, QTreeView) else None
            if isinstance(w, QTableView):
                header = w.horizontalHeader()
            for column in range(header.count() if header is not None else 0):
                if header is not None and not header.isSectionHidden(column):
                    text = model.headerData(column, Qt.Orientation.Horizontal)
                    yield where + " header", str(text or "")
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                yield "menu item", action.text()


def untranslated(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    """What in ``root`` is still English (the source of a message) or matches no catalogue."""
    sources, translated = catalogue()
    allowed = SAME | set(data) | _qt_own()
    found = []
    for where, text in visible_strings(root):
        plain = _plain(text)
        if not plain or DATA.match(plain) or plain in allowed:
            continue
        if translated.match(plain) and plain not in sources:
            continue
        if translated.match(plain) and plain in sources.get(plain, []):  # same in both
            continue
        found.append(f"{where}: {text!r}")
    return found
