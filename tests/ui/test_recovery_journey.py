"""Journey (b): lock, unlock with the recovery key, set a new passphrase, unlock with it;
then File > Change passphrase…, and unlock with the newest.

Driven through the real controller and windows, only by key presses and
clicks on widgets found by their accessible names, asserting what the person
sees. Argon2id is at the test floor (tests/conftest.py), as for every test vault.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
)

from casebook.services import vaults
from casebook.ui.controller import CasebookApp
from casebook.ui.passphrase_change_dialog import CHANGED_TEXT, WRONG_CURRENT_TEXT
from casebook.ui.recover_page import RECOVERED_TEXT
from casebook.ui.unlock_page import WRONG_UNLOCK_TEXT
from tests.helpers import PASSPHRASE
from tests.ui.journey import (
    accessible_name,
    click,
    dialog_named,
    find,
    open_file_menu_item,
    type_into,
    visible_error,
)

NEW = "kettle lantern mosaic river"
NEWEST = "saffron tundra bicycle 7"


def _unlock(qtbot, app: CasebookApp, passphrase: str) -> None:
    start = app.start_window
    assert start.isVisible() and start.unlock_page.isVisible()
    field = type_into(start, "Passphrase", passphrase)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(app.main_window.isVisible, timeout=10_000)


def _lock(qtbot, app: CasebookApp) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.main_window)
    QTest.keyClick(app.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.start_window.unlock_page.isVisible())
    assert not app.main_window.isVisible()


def _recover(qtbot, app: CasebookApp, key: str, new: str) -> None:
    start = app.start_window
    click(start, "Use the recovery key")
    page = find(start, "Set a new passphrase with the recovery key")
    type_into(page, "Recovery key", key)
    type_into(page, "New passphrase", new)
    type_into(page, "Repeat the new passphrase", new)
    button = find(page, "Set passphrase and unlock", QAbstractButton)
    qtbot.waitUntil(button.isEnabled)  # once the strength meter has judged it
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def kit_vault(tmp_path: Path) -> tuple[Path, str]:
    """A new vault and the recovery key its emergency kit prints."""
    folder = tmp_path / "Clients.casebook"
    return folder, vaults.create(folder, PASSPHRASE)


@pytest.fixture
def app_at_unlock(qtbot, casebook_app: CasebookApp, kit_vault: tuple[Path, str]) -> CasebookApp:
    casebook_app.start_window.show_unlock(kit_vault[0])
    casebook_app.start_window.show()
    qtbot.waitExposed(casebook_app.start_window)
    return casebook_app


def _no_secret_left(app: CasebookApp, *secrets: str) -> None:
    for window in (app.start_window, app.main_window):
        for field in window.findChildren(QLineEdit):
            assert field.text() not in secrets or not field.text(), accessible_name(field)


def test_recovery_key_then_new_passphrase_then_change_it(qtbot, app_at_unlock, kit_vault):
    app, (_folder, key) = app_at_unlock, kit_vault
    _unlock(qtbot, app, PASSPHRASE)
    _lock(qtbot, app)

    # Forgot it: the kit's key, typed back off paper in lower case with spaces.
    _recover(qtbot, app, key.lower().replace("-", " "), NEW)
    qtbot.waitUntil(app.main_window.isVisible, timeout=10_000)
    assert app.main_window.statusBar().currentMessage() == RECOVERED_TEXT
    _no_secret_left(app, key, key.lower().replace("-", " "), NEW)

    _lock(qtbot, app)
    _unlock(qtbot, app, NEW)

    open_file_menu_item(qtbot, app, "Change passphrase…")
    dialog = dialog_named(qtbot, "Change passphrase")
    type_into(dialog, "Current passphrase", NEW)
    type_into(dialog, "New passphrase", NEWEST)
    type_into(dialog, "Repeat the new passphrase", NEWEST)
    change = find(dialog, "Change passphrase", QAbstractButton)
    qtbot.waitUntil(change.isEnabled)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        QTest.mouseClick(change, Qt.MouseButton.LeftButton)
    assert app.main_window.statusBar().currentMessage() == CHANGED_TEXT
    assert app.passphrase_dialog is None

    _lock(qtbot, app)
    type_into(app.start_window, "Passphrase", NEW)  # the one before no longer opens it
    click(app.start_window, "Unlock")
    qtbot.waitUntil(lambda: visible_error(app.start_window, "Unlock error") == WRONG_UNLOCK_TEXT)
    app.start_window.unlock_page.passphrase.clear()
    _unlock(qtbot, app, NEWEST)
    _lock(qtbot, app)
    _no_secret_left(app, key, NEW, NEWEST, PASSPHRASE)


def test_a_wrong_recovery_key_says_so_and_the_old_passphrase_still_opens(
    qtbot, app_at_unlock, kit_vault
):
    app, (_folder, key) = app_at_unlock, kit_vault
    wrong = ("Z" if key[0] != "Z" else "Y") + key[1:]
    _recover(qtbot, app, wrong, NEW)
    page = find(app.start_window, "Set a new passphrase with the recovery key")
    qtbot.waitUntil(lambda: find(page, "Recovery error", QLabel).isVisible(), timeout=10_000)
    assert visible_error(page, "Recovery error") == (
        "That recovery key is not right for this vault. Nothing was changed."
    )
    assert not app.main_window.isVisible()
    assert app.errors.last_box is None

    # A key with a character missing is named as such, before any vault work.
    key_field = find(page, "Recovery key", QLineEdit)
    assert isinstance(key_field, QLineEdit)
    key_field.selectAll()
    QTest.keyClicks(key_field, key[:-1])
    assert find(page, "Recovery key length", QLabel).text() == "31 of 32 letters and digits"
    click(page, "Set passphrase and unlock")
    qtbot.waitUntil(lambda: "groups of four" in visible_error(page, "Recovery error"))

    click(page, "Back to the passphrase")
    assert app.start_window.unlock_page.isVisible()
    assert page.key.text() == "" and page.new.passphrase.text() == ""
    _unlock(qtbot, app, PASSPHRASE)


def test_the_new_passphrase_follows_the_creation_rules(qtbot, app_at_unlock, kit_vault):
    app, (_folder, key) = app_at_unlock, kit_vault
    click(app.start_window, "Use the recovery key")
    page = find(app.start_window, "Set a new passphrase with the recovery key")
    type_into(page, "Recovery key", key)
    type_into(page, "New passphrase", "password123")
    type_into(page, "Repeat the new passphrase", "password123")
    feedback = find(page, "Passphrase strength feedback", QLabel)
    qtbot.waitUntil(lambda: feedback.text().startswith("Too weak."))
    assert not find(page, "Set passphrase and unlock", QAbstractButton).isEnabled()

    page.new.passphrase.clear()
    page.new.repeat.clear()
    type_into(page, "New passphrase", NEW)
    type_into(page, "Repeat the new passphrase", NEW[:-1] + "x")
    assert find(page, "Passphrases differ", QLabel).text() == "The two passphrases differ."
    qtbot.wait(200)
    assert not find(page, "Set passphrase and unlock", QAbstractButton).isEnabled()


def test_changing_with_the_wrong_current_passphrase_changes_nothing(
    qtbot, app_at_unlock, kit_vault
):
    app = app_at_unlock
    _unlock(qtbot, app, PASSPHRASE)
    open_file_menu_item(qtbot, app, "Change passphrase…")
    dialog = dialog_named(qtbot, "Change passphrase")
    type_into(dialog, "Current passphrase", "plum-orchard-violin-43")
    type_into(dialog, "New passphrase", NEWEST)
    type_into(dialog, "Repeat the new passphrase", NEWEST)
    change = find(dialog, "Change passphrase", QAbstractButton)
    qtbot.waitUntil(change.isEnabled)
    QTest.mouseClick(change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: find(dialog, "Change passphrase error", QLabel).isVisible(), timeout=10_000
    )
    assert visible_error(dialog, "Change passphrase error") == WRONG_CURRENT_TEXT
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.finished):
        click(dialog, "Cancel")
    assert dialog.current.text() == "" and dialog.new.passphrase.text() == ""
    assert dialog.new.repeat.text() == ""
    _lock(qtbot, app)
    _unlock(qtbot, app, PASSPHRASE)


def test_locking_with_the_dialog_open_closes_it_and_wipes_it(qtbot, app_at_unlock):
    app = app_at_unlock
    _unlock(qtbot, app, PASSPHRASE)
    open_file_menu_item(qtbot, app, "Change passphrase…")
    dialog = dialog_named(qtbot, "Change passphrase")
    type_into(dialog, "Current passphrase", PASSPHRASE)
    app.lock()  # the idle lock, while the person is away from the open dialog
    assert not dialog.isVisible()
    assert dialog.current.text() == ""
    assert app.passphrase_dialog is None
    assert app.errors.last_box is None
