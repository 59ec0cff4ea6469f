"""Start window: create a vault, unlock one, recent vaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from casebook.services import vaults
from casebook.ui.unlock_page import WRONG_UNLOCK_TEXT
from tests.helpers import PASSPHRASE


def test_create_refuses_a_weak_passphrase_then_shows_the_recovery_key_once(
    qtbot, casebook_app, tmp_path
):
    window = casebook_app.start_window
    window.show()
    window.show_create()
    page = window.create_page
    folder = tmp_path / "New.casebook"
    page.folder.setText(str(folder))

    page.passphrase.setText("password1")
    page.repeat.setText("password1")
    qtbot.waitUntil(lambda: page.feedback.text().startswith("Too weak"))
    assert not page.create_button.isEnabled()
    page.create_vault()  # even forced, the service refuses it, beside the form
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert "too weak" in page.error_label.text()
    assert not folder.exists()

    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    qtbot.waitUntil(lambda: page.create_button.isEnabled())
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    recovery = window.recovery_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is recovery, timeout=10_000)
    key = recovery.key.text()
    assert key and recovery.key.isReadOnly()
    assert not recovery.continue_button.isEnabled()
    qtbot.mouseClick(recovery.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key

    kit = tmp_path / "printouts" / "New emergency kit"
    kit.parent.mkdir()
    asked: list[str] = []
    recovery._choose_kit_path = lambda _parent, suggested: asked.append(suggested) or str(kit)
    qtbot.mouseClick(recovery.kit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(recovery.kit_status.isVisible, timeout=10_000)
    assert asked[0].endswith("New emergency kit.pdf")
    saved = kit.with_name("New emergency kit.pdf")
    assert saved.read_bytes().startswith(b"%PDF") and "Print it now" in recovery.kit_status.text()
    assert saved.stat().st_mode & 0o077 == 0

    recovery.confirm.setChecked(True)
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casebook_app.main_window.isVisible())
    assert recovery.key.text() == ""  # shown once
    assert QGuiApplication.clipboard().text() == ""  # Continue takes the key back at once
    assert casebook_app.settings.recent_vaults() == [folder]
    casebook_app.lock()
    assert QGuiApplication.clipboard().text() == ""  # what the app copied is taken back


def test_unlock_with_wrong_then_right_passphrase(qtbot, casebook_app, demo_vault_path):
    window = casebook_app.start_window
    window.show()
    window.show_unlock(demo_vault_path)
    page = window.unlock_page
    page.passphrase.setText("not-the-passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.busy.isVisible()  # the KDF runs on the worker; the window is not blocked
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    assert page.error_label.text() == WRONG_UNLOCK_TEXT
    assert not page.busy.isVisible()
    assert not casebook_app.main_window.isVisible()

    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: casebook_app.main_window.isVisible())
    assert not window.isVisible()
    assert page.passphrase.text() == ""


def test_caps_lock_is_hinted_while_typing(qtbot, casebook_app, demo_vault_path):
    window = casebook_app.start_window
    window.show()
    window.show_unlock(demo_vault_path)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, "PLUM")  # capitals without Shift: Caps Lock is on
    assert page.caps_label.isVisible()
    qtbot.keyClicks(page.passphrase, "plum")
    assert not page.caps_label.isVisible()


def test_damaged_and_busy_vaults_are_said_inline(qtbot, casebook_app, demo_vault_path, tmp_path):
    window = casebook_app.start_window
    window.show()
    page = window.unlock_page

    not_a_vault = tmp_path / "Holiday photos"
    not_a_vault.mkdir()
    window.show_unlock(not_a_vault)
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    assert "is not a casebook vault" in page.error_label.text()

    other = vaults.open_store(demo_vault_path, PASSPHRASE)  # another window holds the lock
    try:
        window.show_unlock(demo_vault_path)
        page.passphrase.setText(PASSPHRASE)
        page.unlock()
        qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
        assert "open in another casebook" in page.error_label.text()
    finally:
        other.close()


def test_recent_vaults_hold_paths_only_and_open_on_enter(qtbot, casebook_app, tmp_path):
    settings = casebook_app.settings
    first, second = tmp_path / "A.casebook", tmp_path / "B.casebook"
    settings.remember_vault(first)
    settings.remember_vault(second)
    settings.remember_vault(first)
    assert settings.recent_vaults() == [first, second]
    ini = (tmp_path / "settings.ini").read_text()
    assert "A.casebook" in ini

    window = casebook_app.start_window
    window.show()
    window.show_choose()
    assert window.choose_page.recent.count() == 2
    with qtbot.waitSignal(window.choose_page.open_requested) as blocker:
        qtbot.keyClick(window.choose_page.recent, Qt.Key.Key_Return)
    assert blocker.args == [first]
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.passphrase.hasFocus() or not window.isActiveWindow()


def test_open_another_folder_uses_the_folder_chooser(qtbot, settings, clock, tmp_path: Path):
    from casebook.ui.controller import CasebookApp

    chosen = tmp_path / "Elsewhere.casebook"
    app = CasebookApp(
        settings,
        clock=clock,
        install_excepthook=False,
        choose_vault=lambda parent, start: str(chosen),
    )
    try:
        app.show_start()
        page = app.start_window.choose_page
        qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
        assert app.start_window.unlock_page.folder == chosen
    finally:
        app.shutdown()
        app.start_window.close()
