"""A conviction added through the real main window, as a person would: the Arrests and
convictions tab shows when it seals, in a cell and in words, with the immigration note;
the Deadlines page shows "expected to seal on …, if no new conviction"; a pending arrest
takes the date away again.

Today is Sun 2026-11-29 (tests.helpers.TODAY, injected). A misdemeanor sentenced
2023-10-02 with a release from jail on 2023-12-20: Clean Slate counts from the release,
2023-12-20 + 3 years = Sun 2026-12-20 (GCL §30; not moved off the weekend), 21 days
ahead (Nov 29 -> Nov 30 is 1, + 20 days of December). CPL 160.59: 2023-12-20 + 10 years
= Tue 2033-12-20.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from casebook.ui.controller import CasebookApp
from tests.ui.journey import dialog_named, find

pytestmark = pytest.mark.dates

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/shots")


def _shot(widget: QWidget, name: str) -> None:
    """A look at what the person sees, when the shots folder exists (not in CI)."""
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"sealing-{name}.png"))


def _click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot, field: QWidget, text: str) -> None:
    _click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _tab(qtbot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "").startswith(text))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _back(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _deadline_lines(tree: QTreeWidget) -> list[tuple[str, str, str]]:
    rows = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [(r.text(0), r.text(1), r.text(2)) for r in rows]


def test_a_conviction_shows_when_it_seals_on_the_tab_and_the_deadlines(
    qtbot, casebook_app: CasebookApp, vault_path: Path, unlock
) -> None:
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # File > New client…
    new_client = dialog_named(qtbot, "New client")
    _type(qtbot, find(new_client, "Name", QLineEdit), "Marisol Quispe")
    _click(qtbot, find(new_client, "Save", QAbstractButton))
    qtbot.waitUntil(lambda: "Marisol Quispe" in window.clients.detail.heading.text())
    _back(qtbot, window)

    tabs = find(window, "Client file", QTabWidget)
    assert isinstance(tabs, QTabWidget)
    _tab(qtbot, tabs, "Arrests and convictions")
    _click(qtbot, find(window, "Add conviction…", QAbstractButton))
    add = dialog_named(qtbot, "New conviction")

    # a screen reader announces a combo box by its choice; the field is named "Level"
    [level] = [c for c in add.findChildren(QComboBox) if c.accessibleName() == "Level"]
    _click(qtbot, level)
    qtbot.keyClick(level.view(), Qt.Key.Key_Down)
    qtbot.keyClick(level.view(), Qt.Key.Key_Return)
    assert level.currentText() == "Misdemeanor"
    assert not find(add, "Registrable", QCheckBox).isChecked()
    _type(qtbot, find(add, "Offense", QLineEdit), "PL 155.25 petit larceny")
    _type(qtbot, find(add, "Sentenced on", QLineEdit), "10/02/2023")
    _type(qtbot, find(add, "Release date", QLineEdit), "12/20/2023")
    _click(qtbot, find(add, "Add release", QAbstractButton))
    releases = find(add, "Releases from incarceration", QListWidget)
    assert isinstance(releases, QListWidget)
    qtbot.waitUntil(lambda: releases.count() == 1)
    assert releases.item(0).text() == "Released Wed 2023-12-20"
    _shot(add, "dialog")
    _click(qtbot, find(add, "Save", QAbstractButton))  # saved, the dialog closes and goes

    table = find(window, "Convictions", QTableWidget)
    assert isinstance(table, QTableWidget)
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    _back(qtbot, window)
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row == [
        "2023-10-02",
        "Misdemeanor",
        "PL 155.25 petit larceny",
        "Expected Sun 2026-12-20",
        "From Tue 2033-12-20",
    ]
    words = find(window, "Sealing picture", QLabel)
    assert isinstance(words, QLabel)
    assert "expected to seal on Sun 2026-12-20, if no new conviction" in words.text()
    assert "until Tue 2027-11-16" in words.text()
    note = find(window, "Immigration note", QLabel)
    assert isinstance(note, QLabel)
    assert note.text().startswith("State sealing does not remove immigration consequences")
    assert "certified dispositions" in note.text()
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Arrests and convictions (1)"
    window.resize(1400, 900)
    qtbot.wait(50)
    _shot(window, "tab")

    # -- the timeline: the sentence and the day it is expected to seal -------------------------
    _tab(qtbot, tabs, "Timeline")
    marks = {(m.label, m.start) for m in window.clients.detail.timeline.marks}
    assert {("Sentenced", date(2023, 10, 2)), ("Expected to seal", date(2026, 12, 20))} <= marks
    _shot(window, "timeline")

    # -- the Deadlines page ----------------------------------------------------------------
    sections = find(window, "Sections", QListWidget)
    assert isinstance(sections, QListWidget)
    deadlines_row = next(
        i for i in range(sections.count()) if sections.item(i).text() == "Deadlines"
    )
    qtbot.mouseClick(
        sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(sections.item(deadlines_row)).center(),
    )
    tree = find(window, "Deadlines, overdue first", QTreeWidget)
    assert isinstance(tree, QTreeWidget)
    expected = (
        "21 days",
        "Marisol Quispe",
        "Expected to seal on Sun 2026-12-20, if no new conviction (CPL 160.57) \u2014 21 days",
    )
    qtbot.waitUntil(lambda: expected in _deadline_lines(tree))
    _shot(window, "deadlines")

    # -- a new pending arrest: no seal to expect ---------------------------------------------
    qtbot.mouseClick(
        sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(sections.item(0)).center(),
    )
    _tab(qtbot, tabs, "Arrests and convictions")
    _click(qtbot, find(window, "Add arrest…", QAbstractButton))
    arrest = dialog_named(qtbot, "New arrest")
    _type(qtbot, find(arrest, "Date", QLineEdit), "11/02/2026")
    pending = find(arrest, "Pending", QCheckBox)
    _click(qtbot, pending)
    assert isinstance(pending, QCheckBox) and pending.isChecked()
    _click(qtbot, find(arrest, "Save", QAbstractButton))
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "Not while a charge is pending")
    assert "cannot seal while a New York charge is pending" in words.text()
    qtbot.waitUntil(lambda: not any("Marisol" in line[1] for line in _deadline_lines(tree)))
