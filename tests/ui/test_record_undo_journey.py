"""Undo and redo of clients, record requests and incidents, through the real main window
and only as a person would (issue 11, "Forgiveness"): edit a client's name and take it
back with Ctrl+Z; delete a request or an incident and see it come back, its deadline and
its cells as they were; Ctrl+Y does it again. The status bar says what was undone.

Widgets are found by their accessible names (or a button by its words) and driven by key
presses and mouse clicks; what is checked is what the person sees.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from casebook.ui.main_window import MainWindow
from tests.ui.test_matter_journey import back_to, cells, click, click_row, dialog, find, type_into

pytestmark = pytest.mark.dates  # the request's clock is counted from the injected TODAY
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_accented(qtbot, field: QWidget, text: str) -> None:
    """Like ``type_into``, for text QTest cannot type (é, ó): each letter arrives as the
    key event a keyboard layout with it sends."""
    click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(field, event)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def go_to(qtbot, window: MainWindow, section: str) -> None:
    sections = find(window, QListWidget, "Sections")
    item = sections.findItems(section, Qt.MatchFlag.MatchStartsWith)[0]
    rect = sections.visualItemRect(item)
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def names_listed(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def undo(qtbot, window: MainWindow) -> None:
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # Edit > Undo


def redo(qtbot, window: MainWindow) -> None:
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)  # Edit > Redo


def test_a_client_edit_is_undone_and_redone_and_an_added_client_goes_to_the_trash(
    qtbot, casebook_app, vault_path, unlock
):
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    clients = find(window, QTableView, "Client list")

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # File > New client…
    new_client = dialog(qtbot, window, "New client")
    type_into(qtbot, find(new_client, QLineEdit, "Name"), "Ana Perez")
    click(qtbot, find(new_client, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Perez"])
    back_to(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)  # Edit > Edit client…
    edit = dialog(qtbot, window, "Edit client")
    type_accented(qtbot, find(edit, QLineEdit, "Name"), "Ana Pérez Gómez")
    click(qtbot, find(edit, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Pérez Gómez"])
    heading = window.clients.detail.heading
    qtbot.waitUntil(lambda: "Ana Pérez Gómez" in heading.text())

    undo(qtbot, window)
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Perez"])
    qtbot.waitUntil(lambda: "Ana Perez" in heading.text())  # the open file follows
    assert status(window) == "Undid: Edit Ana Pérez Gómez"

    redo(qtbot, window)
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Pérez Gómez"])
    assert status(window) == "Redid: Edit Ana Pérez Gómez"

    undo(qtbot, window)  # the edit
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Perez"])
    undo(qtbot, window)  # the adding: the client goes to the trash, not away for good
    qtbot.waitUntil(lambda: names_listed(clients) == [])
    assert status(window).startswith("Undid: Add Ana Perez (moved to the trash")
    redo(qtbot, window)
    qtbot.waitUntil(lambda: names_listed(clients) == ["Ana Perez"])
    qtbot.waitUntil(lambda: "Ana Perez" in heading.text())


def test_a_deleted_request_comes_back_with_its_deadline(qtbot, casebook_app, vault_path, unlock):
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    go_to(qtbot, window, "Record requests")
    click(qtbot, find(window, QAbstractButton, "New request…"))
    form = dialog(qtbot, window, "New record request")
    records = find(form, QPlainTextEdit, "Records asked for")
    click(qtbot, records)
    qtbot.keyClicks(records, "Arrest report and body-worn camera footage")
    type_into(qtbot, find(form, QLineEdit, "Received by the agency"), "11/20/2026")
    click(qtbot, find(form, QAbstractButton, "Save"))
    table = find(window, QTableView, "Record requests")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    back_to(qtbot, window)

    def row() -> list[str]:
        model = table.model()
        return [model.index(0, c).data() for c in range(model.columnCount())]

    before = row()
    assert before[2] == "Fri 2026-11-20"
    assert "2026-11-30" in before[3]  # acknowledgement due five business days on
    clock = find(window, QLabel, "Clock")
    qtbot.waitUntil(lambda: before[3] in clock.text())

    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert status(window) == f"Deleted {before[0]}. Undo with Ctrl+Z."

    undo(qtbot, window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert row() == before  # the same request, received the same day, the same deadline
    qtbot.waitUntil(lambda: before[3] in clock.text())
    assert status(window) == f"Undid: Delete {before[0]}"

    redo(qtbot, window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert row() == before


def test_a_deleted_or_edited_incident_comes_back_as_it_was(qtbot, casebook_app, vault_path, unlock):
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    go_to(qtbot, window, "Incidents")
    click(qtbot, find(window, QAbstractButton, "New incident…"))
    form = dialog(qtbot, window, "New incident")
    type_into(qtbot, find(form, QLineEdit, "Date"), "10/14/2026")
    type_into(qtbot, find(form, QLineEdit, "Precinct"), "75")
    click(qtbot, find(form, QAbstractButton, "Save"))
    log = find(window, QTableWidget, "Incident log")
    qtbot.waitUntil(lambda: log.rowCount() == 1)
    back_to(qtbot, window)
    before = cells(log, 0)
    assert before[0] == "2026-10-14" and "Pct 75" in before[2]

    # an edit, undone
    click_row(qtbot, log, 0)
    qtbot.keyClick(log, Qt.Key.Key_E, CTRL | SHIFT)  # Edit incident…
    edit = dialog(qtbot, window, "Edit incident")
    kind = find(edit, QComboBox, "Kind")
    click(qtbot, kind)
    qtbot.keyClick(kind.view(), Qt.Key.Key_Down)
    qtbot.keyClick(kind.view(), Qt.Key.Key_Return)
    edited_kind = kind.currentText()
    assert edited_kind != before[1]
    click(qtbot, find(edit, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: cells(log, 0)[1] == edited_kind)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: cells(log, 0) == before)
    assert status(window) == f"Undid: Edit incident of 2026-10-14 ({edited_kind})"
    redo(qtbot, window)
    qtbot.waitUntil(lambda: cells(log, 0)[1] == edited_kind)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: cells(log, 0) == before)

    # a deletion, undone
    click_row(qtbot, log, 0)
    qtbot.keyClick(log, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: log.rowCount() == 0)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: log.rowCount() == 1)
    assert cells(log, 0) == before
    assert status(window).startswith("Undid: Delete incident of 2026-10-14")
