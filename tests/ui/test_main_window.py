"""Main window: trash and undo, auto-lock, lock and unlock, keyboard use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casebook.ui.client_dialog import ClientDialog
from tests.helpers import PASSPHRASE, TODAY


def _inside_qt_internals(w: QWidget) -> bool:
    """Parts Qt builds itself (a combo box's popup, a table's corner button)."""
    while w is not None:
        if w.objectName().startswith("qt_") or isinstance(w, QComboBox):
            return True
        w = w.parentWidget()
    return False


def _select_row(qtbot, app, row: int) -> int:
    page = app.main_window.clients
    page.table.selectRow(row)
    client = page.model.client_at(row)
    assert client is not None
    qtbot.waitUntil(lambda: page.detail.stack.currentWidget() is page.detail.tabs)
    assert page.detail.client_id == client.id
    return client.id


def test_trash_goes_with_undo(qtbot, unlocked_app):
    window = unlocked_app.main_window
    page = window.clients
    client_id = _select_row(qtbot, unlocked_app, 4)
    page.table.setFocus()
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 29)
    assert page.detail.client_id is None
    assert "Undo" in window.statusBar().currentMessage()
    assert window.undo_stack.canUndo()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30)
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 4)
    assert page.detail.client_id == client_id

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 29)


def test_auto_lock_after_idle_minutes_clears_every_view(qtbot, unlocked_app, clock):
    window = unlocked_app.main_window
    page = window.clients
    _select_row(qtbot, unlocked_app, 1)
    unlocked_app.clipboard.copy("A-123-456-789")
    page.table.setFocus()
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 29)
    page.new_client()
    dialog = page.dialog
    assert isinstance(dialog, ClientDialog)

    clock.advance(4 * 60)
    unlocked_app.autolock.check()
    assert window.isVisible()  # not yet: five minutes by default
    clock.advance(61)
    unlocked_app.autolock.check()

    assert not window.isVisible()
    assert unlocked_app.start_window.pages.currentWidget() is unlocked_app.start_window.unlock_page
    assert page.model.rowCount() == 0
    assert page.detail.client_id is None and page.detail.notes.count() == 0
    assert page.detail.heading.text() == ""
    assert window.undo_stack.count() == 0
    assert page.dialog is None and not dialog.isVisible()
    assert unlocked_app.autolock.armed is False
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == ""


def test_activity_postpones_auto_lock(qtbot, unlocked_app, clock):
    clock.advance(4 * 60)
    qtbot.keyClick(unlocked_app.main_window.clients.filter, Qt.Key.Key_A)
    clock.advance(4 * 60)
    unlocked_app.autolock.check()
    assert unlocked_app.main_window.isVisible()


def test_lock_and_unlock_return_to_the_same_client(qtbot, unlocked_app, demo_vault_path, unlock):
    window = unlocked_app.main_window
    page = window.clients
    client_id = _select_row(qtbot, unlocked_app, 7)
    page.detail.tabs.setCurrentIndex(2)
    page.detail.note_editor.setPlainText("Called about the master hearing.")
    page.detail.add_note()
    qtbot.waitUntil(lambda: page.detail.notes.count() == 1)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert unlocked_app.start_window.unlock_page.folder == demo_vault_path

    unlock(qtbot, unlocked_app, demo_vault_path, PASSPHRASE)
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 7)
    assert page.detail.client_id == client_id
    qtbot.waitUntil(lambda: page.detail.notes.count() == 1)
    assert window.sidebar.currentRow() == 0


def test_keyboard_only_filter_then_enter_opens_the_client(qtbot, unlocked_app):
    window = unlocked_app.main_window
    page = window.clients
    window.activateWindow()
    window.filter_action.trigger()
    assert page.filter.hasFocus() or not window.isActiveWindow()
    first = page.model.client_at(0)
    qtbot.keyClicks(page.filter, first.a_number)
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.model.is_loaded(0) and page.table.currentIndex().row() == 0, timeout=5000
    )
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.client_id == first.id)


def test_sidebar_pages_and_accessible_names(qtbot, unlocked_app):
    window = unlocked_app.main_window
    for row, page in ((2, window.requests), (3, window.incidents), (4, window.deadlines)):
        window.sidebar.setCurrentRow(row)
        assert window.pages.currentWidget() is page
    window.sidebar.setCurrentRow(1)
    assert window.pages.currentWidget() is window.inbox
    window.sidebar.setCurrentRow(0)
    page = window.clients
    _select_row(qtbot, unlocked_app, 0)
    page.new_client()
    widgets = [*window.findChildren(QWidget), *page.dialog.findChildren(QWidget)]
    for w in widgets:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside_qt_internals(w):
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit | QAbstractItemView) or (
            isinstance(w, QAbstractButton) and not w.text()
        ):
            assert w.accessibleName(), f"{type(w).__name__} {w.objectName()} has no name"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert {s.toString() for s in window.find_action.shortcuts()} == {"Ctrl+F", "Ctrl+K"}
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_long_lived_objects_are_frozen_while_unlocked_and_released_at_lock(
    qtbot, settings, clock, demo_vault_path, unlock
):
    import gc

    from casebook.ui.controller import CasebookApp

    app = CasebookApp(
        settings,
        clock=clock,
        today=lambda: TODAY,
        install_excepthook=False,
        freeze_after_unlock=True,
    )
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    try:
        assert gc.get_freeze_count() == 0
        unlock(qtbot, app, demo_vault_path)
        assert gc.get_freeze_count() > 10_000  # modules, classes, the windows
        app.lock()
        assert gc.get_freeze_count() == 0  # what the session held can be collected again
        unlock(qtbot, app, demo_vault_path)
        assert gc.get_freeze_count() > 10_000
    finally:
        app.shutdown()
    assert gc.get_freeze_count() == 0
