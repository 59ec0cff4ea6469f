"""Locking is quiet: the person asked for it, so no path to the lock says anything went wrong.

Each way of locking (Ctrl+L, the toolbar's Lock button, the idle lock, and the
demo vault's lock) is driven through the real controller, both while the
pages are still loading after an unlock (their work is dropped by the lock)
and once they are settled with a client open. Afterwards no message box is
open and no visible text in either window speaks of a locked vault — also
after unlocking again, where a stale inline error would show.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox, QWidget

from casebook.services import vaults
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE
from tests.ui.conftest import FakeClock

Locker = Callable[[CasebookApp, FakeClock], None]


def _press_ctrl_l(app: CasebookApp, _clock: FakeClock) -> None:
    QTest.keyClick(app.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def _click_lock_button(app: CasebookApp, _clock: FakeClock) -> None:
    window = app.main_window
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.text().replace("&", "") == "Lock"
    ]
    assert len(buttons) == 1, "one visible Lock button in the toolbar"
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def _go_idle(app: CasebookApp, clock: FakeClock) -> None:
    clock.advance(app.autolock.minutes * 60 + 1)
    app.autolock.check()


LOCKERS: dict[str, Locker] = {
    "ctrl-l": _press_ctrl_l,
    "lock-button": _click_lock_button,
    "auto-lock": _go_idle,
}


def _visible_texts(*windows: QWidget) -> list[str]:
    texts: list[str] = []
    for window in windows:
        if not window.isVisible():
            continue
        texts += [
            label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
        ]
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            texts.append(bar().currentMessage())
    return texts


def _assert_quiet(qtbot, app: CasebookApp) -> None:
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [b.text() for b in boxes if b.isVisible()]
    assert app.errors.last_box is None, app.errors.last_box.text()
    assert shown == []
    said = [t for t in _visible_texts(app.start_window, app.main_window) if "lock" in t.lower()]
    # The unlock page names what happened only through its own hint, never as a warning.
    assert [t for t in said if "unlock it first" in t or "is locked" in t] == []


def _unlock_by_typing(qtbot, app: CasebookApp, passphrase: str = PASSPHRASE) -> None:
    page = app.start_window.unlock_page
    assert page.isVisible()
    QTest.keyClicks(page.passphrase, passphrase)
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(app.main_window.isVisible, timeout=10_000)


def _settle(qtbot, app: CasebookApp) -> None:
    model = app.main_window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 30 and model.is_loaded(0), timeout=10_000)
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)


def _open_a_client(qtbot, app: CasebookApp) -> None:
    page = app.main_window.clients
    page.table.selectRow(3)
    qtbot.waitUntil(lambda: page.detail.stack.currentWidget() is page.detail.tabs)


@pytest.mark.parametrize("how", sorted(LOCKERS))
def test_locking_while_the_pages_load_says_nothing(
    qtbot, casebook_app, demo_vault_path, unlock, clock, how
):
    unlock(qtbot, casebook_app, demo_vault_path)
    LOCKERS[how](casebook_app, clock)  # at once: the pages' first loads are still queued
    assert not casebook_app.main_window.isVisible()
    _assert_quiet(qtbot, casebook_app)

    _unlock_by_typing(qtbot, casebook_app)
    _settle(qtbot, casebook_app)
    _assert_quiet(qtbot, casebook_app)


@pytest.mark.parametrize("how", sorted(LOCKERS))
def test_locking_with_a_client_open_says_nothing(
    qtbot, casebook_app, demo_vault_path, unlock, clock, how
):
    unlock(qtbot, casebook_app, demo_vault_path)
    _settle(qtbot, casebook_app)
    _open_a_client(qtbot, casebook_app)
    casebook_app.main_window.clients.table.selectRow(5)  # a detail load in flight
    LOCKERS[how](casebook_app, clock)
    assert not casebook_app.main_window.isVisible()
    _assert_quiet(qtbot, casebook_app)

    _unlock_by_typing(qtbot, casebook_app)
    _settle(qtbot, casebook_app)
    _assert_quiet(qtbot, casebook_app)


def test_locking_the_demo_vault_says_nothing(qtbot, casebook_app, demo_vault_path, clock):
    """``casebook --demo`` hands the controller an open store; its lock is as quiet."""
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    casebook_app.open_demo(store, demo_vault_path, PASSPHRASE)
    qtbot.waitUntil(casebook_app.main_window.isVisible, timeout=10_000)
    _press_ctrl_l(casebook_app, clock)
    assert not casebook_app.main_window.isVisible()
    _assert_quiet(qtbot, casebook_app)
    hint = casebook_app.start_window.unlock_page.hint_label
    assert hint.isVisible() and PASSPHRASE in hint.text()

    _unlock_by_typing(qtbot, casebook_app)
    _settle(qtbot, casebook_app)
    _open_a_client(qtbot, casebook_app)
    _click_lock_button(casebook_app, clock)
    _assert_quiet(qtbot, casebook_app)


def test_locking_from_every_page_says_nothing(qtbot, records_app, records_vault_path, clock):
    """Each page clears itself at lock (the requests page even reloads its filter then);
    whatever work that queues on the locked vault is dropped without a word."""
    window = records_app.main_window
    for row in range(window.sidebar.count()):
        for how in sorted(LOCKERS):
            if not window.isVisible():
                _unlock_by_typing(qtbot, records_app)
                _settle(qtbot, records_app)
            window.sidebar.setCurrentRow(row)
            LOCKERS[how](records_app, clock)
            assert not window.isVisible()
            _assert_quiet(qtbot, records_app)


DIALOGS: dict[str, Callable[[CasebookApp], object]] = {
    "packet": lambda app: app.main_window.open_packet_dialog(),
    "summary": lambda app: app.main_window.open_summary_dialog(),
    "settings": lambda app: app.open_settings(),
    "backup": lambda app: app.open_backup(),
    "new client": lambda app: app.main_window.new_action.trigger(),
    "search": lambda app: app.main_window.open_search(),
    "change passphrase": lambda app: app.change_passphrase(),
}


@pytest.mark.parametrize("dialog", sorted(DIALOGS))
def test_the_idle_lock_over_an_open_dialog_closes_it_without_a_word(
    qtbot, records_app, clock, dialog
):
    """The idle lock fires while the person is away, often with a dialog open and
    its first load in flight."""
    _open_a_client(qtbot, records_app)
    DIALOGS[dialog](records_app)
    open_now = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert any(w.isVisible() for w in open_now)
    _go_idle(records_app, clock)
    _assert_quiet(qtbot, records_app)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        records_app.start_window
    ]
