"""Names in every script draw with real glyphs in the window, from the bundled fonts.

casebook ships Noto Sans Bengali, Noto Naskh Arabic and Droid Sans Fallback for
its PDFs; ``casebook.app.install_fonts`` gives the same files to Qt at start-up,
so a machine with no such fonts (CI has only DejaVu) still draws the names,
instead of empty boxes (glyph 0, ".notdef").
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QTableView

from casebook.app import install_fonts
from casebook.domain.clients import ClientDraft
from casebook.export.fonts import font_files
from casebook.services import clients, vaults
from tests.helpers import PASSPHRASE, TODAY

NAMES = ("ফাতেমা রহমান", "فاطمة الأحمد", "王秀英")  # Bengali, Arabic, Chinese


@pytest.fixture
def script_vault(vault_path: Path) -> Path:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        for name in NAMES:
            clients.add_client(store, ClientDraft(name=name), today=TODAY)
    finally:
        store.close()
    return vault_path


def glyphs(text: str, font) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt would draw ``text`` with."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    runs = line.glyphRuns()
    out = []
    for i in range(len(runs)):  # by index: iterating the list directly crashes PySide 6.11
        run = runs[i]
        out.append((run.rawFont().familyName(), list(run.glyphIndexes())))
    return out


def test_the_bundled_fonts_join_qt_and_cost_little(qapp):
    started = time.perf_counter()
    families = install_fonts()
    elapsed = time.perf_counter() - started
    assert {"Noto Sans Bengali", "Noto Naskh Arabic", "Droid Sans Fallback"} <= set(families)
    assert set(families) <= set(QFontDatabase.families())
    assert len(font_files()) == 8  # every regular and bold face shipped
    assert elapsed < 0.5  # ~6 ms here; a second call is free
    assert install_fonts() == families


def test_bengali_arabic_and_chinese_names_draw_in_the_client_list(
    qtbot, casebook_app, script_vault, unlock
):
    install_fonts()  # as casebook.app.run does before the first window
    unlock(qtbot, casebook_app, script_vault)
    window = casebook_app.main_window
    table = next(t for t in window.findChildren(QTableView) if t.accessibleName() == "Client list")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 3)
    shown = {}
    model = table.model()
    for row in range(3):
        index = model.index(row, 0)
        qtbot.waitUntil(lambda index=index: model.data(index) != "…")
        shown[model.data(index)] = row
    assert set(shown) == set(NAMES)  # what the person sees in the Name column

    for name in NAMES:
        runs = glyphs(name, table.font())
        drawn = [g for _, indexes in runs for g in indexes]
        assert drawn and 0 not in drawn, (name, runs)  # glyph 0 is the empty box

    table.resizeColumnToContents(0)
    window.resize(900, 300)
    window.grab().save("/tmp/casebook-client-list-scripts.png")  # to look at
