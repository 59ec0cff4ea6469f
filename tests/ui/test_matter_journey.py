"""Journey (a) of issue 11, through the real main window and only as a person would:
open a new vault, add a client, a removal matter with its judge and an individual
hearing typed as 01/26/2027 9:30 AM; see the hearing and its 15-day filing deadline
in the client's file and on the Deadlines page; export a packet whose cover names
the judge and the hearing. Then move the hearing and see the deadline move; delete
the matter, undo, and see it back with its hearing; redo.

Widgets are found by their accessible names (or a button by its words) and driven
by key presses and mouse clicks; what is checked is what the person sees.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from casebook.ui.controller import CasebookApp
from casebook.ui.main_window import MainWindow
from casebook.ui.settings import AppSettings
from tests.ui.conftest import write_pdf

# The day the person works (injected): the hearing is three weeks off, its filings due in a week.
JOURNEY_TODAY = date(2027, 1, 4)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app(qtbot, settings: AppSettings, clock) -> Iterator[CasebookApp]:
    app = CasebookApp(settings, clock=clock, today=lambda: JOURNEY_TODAY, install_excepthook=False)
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    yield app
    app.shutdown()
    box = app.errors.last_box
    if box is not None:
        with contextlib.suppress(RuntimeError):
            box.close()


def find(root: QWidget, kind: type, name: str) -> QWidget:
    """The one visible ``kind`` under ``root`` named ``name`` (a button: or showing it)."""

    def named(w: QWidget) -> bool:
        if w.accessibleName() == name:
            return True
        return isinstance(w, QAbstractButton) and w.text().replace("&", "") == name

    found = [w for w in root.findChildren(kind) if w.isVisible() and named(w)]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def dialog(qtbot, window: MainWindow, title: str) -> QDialog:
    qtbot.waitUntil(
        lambda: any(d.isVisible() and d.windowTitle() == title for d in _dialogs(window))
    )
    return next(d for d in _dialogs(window) if d.isVisible() and d.windowTitle() == title)


def _dialogs(window: MainWindow) -> list[QDialog]:
    return window.findChildren(QDialog)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Click into a field, select what is there, type ``text``, then Tab out of it."""
    click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def click_row(qtbot, table: QTableWidget | QListWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def back_to(qtbot, window: MainWindow) -> None:
    """The window is active again once a dialog closes (offscreen, nothing makes it so)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def drop(window: MainWindow, widget: QWidget, where: QPoint, path: Path) -> None:
    """Drag a file from outside the app onto ``where`` in ``widget`` and let go."""
    point = widget.mapTo(window, where)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(point, copy, mime, left, none)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(point), copy, mime, left, none))


def test_a_removal_case_with_its_hearing_from_the_first_client_to_the_packet(
    qtbot, app, vault_path, unlock, tmp_path
):
    unlock(qtbot, app, vault_path)
    window = app.main_window
    sections = find(window, QListWidget, "Sections")

    # -- a client --------------------------------------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # File > New client…
    new_client = dialog(qtbot, window, "New client")
    type_into(qtbot, find(new_client, QLineEdit, "Name"), "Wilner Pierre")
    click(qtbot, find(new_client, QAbstractButton, "Save"))
    heading = window.clients.detail.heading
    qtbot.waitUntil(lambda: "Wilner Pierre" in heading.text())

    # -- a removal matter with its judge -------------------------------------------------------
    tabs = find(window, QTabWidget, "Client file")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert bar.tabText(bar.currentIndex()).replace("&", "") == "Matters and hearings"
    click(qtbot, find(window, QAbstractButton, "New matter"))
    new_matter = dialog(qtbot, window, "New matter")
    assert find(new_matter, QComboBox, "Type").currentText() == "Removal defence"
    type_into(qtbot, find(new_matter, QLineEdit, "Court"), "New York - Broadway Immigration Court")
    type_into(qtbot, find(new_matter, QLineEdit, "Docket number"), "A123-456-789")
    type_into(qtbot, find(new_matter, QLineEdit, "Judge"), "Hon. R. Lee")
    click(qtbot, find(new_matter, QAbstractButton, "Save"))
    matters = find(window, QTableWidget, "Matters")
    qtbot.waitUntil(lambda: matters.rowCount() == 1)
    assert cells(matters, 0) == [
        "Removal defence\nA123-456-789",
        "Hon. R. Lee",
        "Open\nDetention unknown",
        "New York - Broadway Immigration Court",
    ]
    back_to(qtbot, window)

    # -- an individual hearing typed as 01/26/2027 9:30 AM -----------------------------------------
    click(qtbot, find(window, QAbstractButton, "New hearing"))
    hearing = dialog(qtbot, window, "New hearing")
    assert find(hearing, QLineEdit, "Judge").text() == "Hon. R. Lee"  # the matter's judge
    kind = find(hearing, QComboBox, "Kind")
    click(qtbot, kind)
    qtbot.keyClick(kind.view(), Qt.Key.Key_Down)
    qtbot.keyClick(kind.view(), Qt.Key.Key_Return)
    assert kind.currentText() == "Individual hearing"
    type_into(qtbot, find(hearing, QLineEdit, "Date"), "01/26/2027")
    type_into(qtbot, find(hearing, QLineEdit, "Time"), "9:30 AM")
    assert find(hearing, QLabel, "Filings due").text() == "Filings due: Mon 2027-01-11"
    type_into(qtbot, find(hearing, QLineEdit, "Courtroom or address"), "26 Federal Plaza, Room 12")
    click(qtbot, find(hearing, QAbstractButton, "Save"))
    events = find(window, QTableWidget, "Hearings and deadlines")
    qtbot.waitUntil(lambda: events.rowCount() == 1)
    assert cells(events, 0) == [
        "Tue 2027-01-26\n9:30 AM",
        "Individual hearing\n26 Federal Plaza, Room 12",
        "Mon 2027-01-11",
        "Hon. R. Lee",
    ]
    back_to(qtbot, window)

    # -- the Deadlines page shows the hearing and the filing deadline ---------------------------
    qtbot.mouseClick(
        sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(sections.item(4)).center(),
    )
    deadlines = find(window, QTreeWidget, "Deadlines, overdue first")

    def shown() -> set[tuple[str, str]]:
        rows = (deadlines.topLevelItem(i) for i in range(deadlines.topLevelItemCount()))
        return {(item.text(1), item.text(2)) for item in rows}

    def names(day: str) -> bool:
        return any(client == "Wilner Pierre" and day in what for client, what in shown())

    qtbot.waitUntil(lambda: names("Mon 2027-01-11") and names("Tue 2027-01-26"))

    # -- a packet whose cover names the judge and the hearing -------------------------------
    qtbot.mouseClick(
        sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(sections.item(0)).center(),
    )
    notice = write_pdf(tmp_path / "notice.pdf", "Notice of Hearing")
    with qtbot.waitSignal(window.imports.finished, timeout=20_000):
        drop(
            window,
            matters.viewport(),
            matters.visualRect(matters.model().index(0, 0)).center(),
            notice,
        )
    target = tmp_path / "out" / "Pierre - Exhibits.pdf"
    target.parent.mkdir()
    window._choose_save_path = lambda _parent, _name, _filter, chosen: chosen(str(target))
    for box in window.findChildren(QMessageBox):  # an import used to end in a box: close it
        if box.isVisible():
            qtbot.keyClick(box, Qt.Key.Key_Escape)
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)  # File > Export filing packet…
    packet = dialog(qtbot, window, "Export filing packet")
    exhibits = find(packet, QListWidget, "Exhibits")
    qtbot.waitUntil(lambda: exhibits.count() == 1)
    click_row(qtbot, exhibits, 0)
    qtbot.keyClick(exhibits, Qt.Key.Key_Space)  # tick it
    export = find(packet, QAbstractButton, "Export packet…")
    qtbot.waitUntil(export.isEnabled)
    with qtbot.waitSignal(window.packet_dialog.exported, timeout=30_000):
        click(qtbot, export)
    cover = PdfReader(target).pages[0].extract_text()
    assert "Immigration Judge: Hon. R. Lee" in cover
    assert "Next hearing: Individual hearing, January 26, 2027 at 9:30 a.m." in cover
    qtbot.keyClick(packet, Qt.Key.Key_Escape)
    back_to(qtbot, window)

    # -- the hearing moves, and its filing deadline with it --------------------------------------
    click_row(qtbot, events, 0)
    qtbot.keyClick(events, Qt.Key.Key_Return)  # Enter edits the hearing
    moved = dialog(qtbot, window, "Edit hearing")
    type_into(qtbot, find(moved, QLineEdit, "Date"), "02/16/2027")
    assert find(moved, QLabel, "Filings due").text() == "Filings due: Mon 2027-02-01"
    click(qtbot, find(moved, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: events.item(0, 2).text() == "Mon 2027-02-01")
    assert events.item(0, 0).text() == "Tue 2027-02-16\n9:30 AM"
    back_to(qtbot, window)

    # -- delete the matter, undo, redo ----------------------------------------------------------
    click_row(qtbot, matters, 0)
    qtbot.keyClick(matters, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    confirm = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "its 1 hearing" in confirm.text()
    click(qtbot, find(confirm, QAbstractButton, "Delete matter"))
    qtbot.waitUntil(lambda: matters.rowCount() == 0 and events.rowCount() == 0)
    back_to(qtbot, window)
    qtbot.keyClick(matters, Qt.Key.Key_Z, CTRL)  # Edit > Undo
    qtbot.waitUntil(lambda: matters.rowCount() == 1 and events.rowCount() == 1)
    assert matters.item(0, 1).text() == "Hon. R. Lee"
    assert cells(events, 0)[0] == "Tue 2027-02-16\n9:30 AM"
    assert cells(events, 0)[2] == "Mon 2027-02-01"
    redo = window.redo_action.shortcut()[0]  # Ctrl+Y or Ctrl+Shift+Z, as the platform has it
    qtbot.keyClick(matters, redo.key(), redo.keyboardModifiers())  # Edit > Redo
    qtbot.waitUntil(lambda: matters.rowCount() == 0 and events.rowCount() == 0)
