"""The change-passphrase dialog while its header write runs: it cannot be cancelled
half-way, and a lock in the middle closes it and says which passphrase may open."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casebook.ui.controller import CHANGE_INTERRUPTED_TEXT
from casebook.vault.vault import open_vault
from tests.helpers import PASSPHRASE

NEW = "saffron tundra bicycle 7"


def _fill(qtbot, dialog) -> None:
    QTest.keyClicks(dialog.current, PASSPHRASE)
    QTest.keyClicks(dialog.new.passphrase, NEW)
    QTest.keyClicks(dialog.new.repeat, NEW)
    qtbot.waitUntil(dialog.change_button.isEnabled)


def _hold_worker(app) -> threading.Event:
    """Queue a job that waits, so the change queued after it stays in progress."""
    release = threading.Event()
    app.worker.submit(lambda _store: release.wait(10))
    return release


def test_escape_and_close_wait_for_a_change_in_progress(qtbot, unlocked_app, demo_vault_path):
    app = unlocked_app
    dialog = app.change_passphrase()
    _fill(qtbot, dialog)
    release = _hold_worker(app)
    QTest.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy and dialog.busy.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not dialog.current.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        release.set()
    assert app.main_window.statusBar().currentMessage().startswith("Passphrase changed.")
    app.lock()
    with open_vault(demo_vault_path, NEW):
        pass


def test_a_lock_during_the_change_closes_the_dialog_and_says_what_opens(
    qtbot, unlocked_app, demo_vault_path
):
    app = unlocked_app
    dialog = app.change_passphrase()
    _fill(qtbot, dialog)
    release = _hold_worker(app)
    QTest.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    app.lock("Locked because the screen locked.")
    release.set()
    assert not dialog.isVisible() and dialog.current.text() == ""
    hint = app.start_window.unlock_page.hint_label
    assert hint.isVisible() and CHANGE_INTERRUPTED_TEXT in hint.text()
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    assert app.errors.last_box is None
    with open_vault(demo_vault_path, NEW):  # the write finished after the lock
        pass
