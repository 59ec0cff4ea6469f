"""Settings > General: the list of recent vault folders can be switched off and forgotten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox

from tests.ui.test_recovery_journey import find


def test_switching_off_recent_vaults_forgets_them_and_keeps_forgetting(
    qtbot, unlocked_app, unlock, demo_vault_path
) -> None:
    app = unlocked_app
    assert app.settings.recent_vaults() == [demo_vault_path]
    QTest.keySequence(app.main_window, "Ctrl+,")
    dialog = app.settings_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    remember = find(dialog, "Remember recent vaults", QCheckBox)
    forget = find(dialog, "Forget recent vaults", QAbstractButton)
    assert remember.isChecked() and forget.isEnabled() and "(1)" in forget.text()
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.settings_dialog is None)  # saved and closed
    assert app.settings.recent_vaults() == []

    app.lock()
    app.start_window.show_choose()
    assert app.start_window.choose_page.recent.count() == 0  # the start window lists nothing
    unlock(qtbot, app, demo_vault_path)
    assert app.settings.recent_vaults() == []  # and opening a vault adds nothing


def test_forget_them_empties_the_list_at_once(qtbot, unlocked_app, demo_vault_path) -> None:
    app = unlocked_app
    dialog = app.open_settings()
    forget = find(dialog, "Forget recent vaults", QAbstractButton)
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert app.settings.recent_vaults() == [] and not forget.isEnabled()
    assert find(dialog, "Remember recent vaults", QCheckBox).isChecked()  # still kept from now on
    dialog.reject()
