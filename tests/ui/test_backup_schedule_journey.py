"""Backups that keep themselves, walked as a person: a folder chosen in Settings, a backup
made as the vault locks, "Last backup" in the status bar, a drive that is not plugged in.

The clock is injected (``now``): the status says "today" of that clock, not the real one.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QSpinBox, QTabWidget

from casebook.services import backups
from casebook.ui.backup_status import local_time
from casebook.ui.controller import CasebookApp
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.ui.journey import click, dialog_named, find, open_file_menu_item, type_into

pytestmark = pytest.mark.dates
SHOTS = Path("/tmp/shots")


class Clock:
    """The injected wall clock (naive UTC); the test moves it."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def wall() -> Clock:
    return Clock(NOW + timedelta(hours=2))


@pytest.fixture
def app(qtbot, settings, clock, wall: Clock):
    app = CasebookApp(
        settings, clock=clock, today=lambda: TODAY, now=wall, install_excepthook=False
    )
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    yield app
    app.shutdown()


def label_text(root, name: str) -> str:
    label = find(root, name, QLabel)
    assert isinstance(label, QLabel)
    return label.text()


def unlock_by_typing(qtbot, app: CasebookApp) -> None:
    page = app.start_window.unlock_page
    type_into(page, "Passphrase", PASSPHRASE)
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(app.main_window.isVisible, timeout=20_000)


def lock_by_key(qtbot, app: CasebookApp) -> None:
    """Ctrl+L once the window has the focus back (a closed dialog leaves none offscreen)."""
    app.main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.main_window)
    QTest.keyClick(app.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(app.start_window.isVisible)


def open_backups_tab(qtbot, app: CasebookApp):
    open_file_menu_item(qtbot, app, "Settings…")
    dialog = dialog_named(qtbot, "Settings")
    tabs = dialog.findChild(QTabWidget)
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Backups")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: find(dialog, "Back up now").isEnabled())
    qtbot.waitUntil(lambda: label_text(dialog, "Last verified backup") != "Last verified backup: …")
    return dialog


def test_a_folder_chosen_in_settings_gets_a_verified_backup_at_lock_and_the_status_says_so(
    qtbot, app: CasebookApp, vault_path: Path, tmp_path: Path, wall: Clock, unlock
):
    drive = tmp_path / "media" / "KINGSTON"
    drive.mkdir(parents=True)
    unlock(qtbot, app, vault_path)
    window = app.main_window
    assert not find_all_visible(window, "Last backup")  # no folder, never backed up: silent

    dialog = open_backups_tab(qtbot, app)
    assert label_text(dialog, "Last verified backup") == "Last verified backup: never."
    # A combo box announces its current entry as its name; its own name is the question.
    (schedule,) = [
        w
        for w in dialog.findChildren(QComboBox)
        if w.isVisible() and w.accessibleName() == "Back up automatically"
    ]
    assert schedule.currentText() == "On lock and on quit, at most once a day"
    daily, weekly = (
        find(dialog, "Keep daily backups", QSpinBox),
        find(dialog, "Keep weekly backups", QSpinBox),
    )
    assert isinstance(daily, QSpinBox) and isinstance(weekly, QSpinBox)
    assert (daily.value(), weekly.value()) == (7, 4)
    type_into(dialog, "Backup folder", str(drive))
    dialog.grab().save(str(SHOTS / "backups-settings.png"))
    click(dialog, "Save")
    qtbot.waitUntil(lambda: app.settings_dialog is None)
    qtbot.waitUntil(lambda: bool(find_all_visible(window, "Last backup")))
    assert label_text(window, "Last backup") == (
        f"No backup yet: one is made at the next lock or quit, to {drive}."
    )

    lock_by_key(
        qtbot, app
    )  # the window is cleared at once; the backup runs before the store closes
    page = app.start_window.unlock_page
    qtbot.waitUntil(
        lambda: label_text(page, "Backup status").startswith("Backed up"), timeout=30_000
    )
    made = local_time(wall.at).strftime("%H:%M")
    assert label_text(page, "Backup status") == f"Backed up and verified today {made} to {drive}."
    app.start_window.grab().save(str(SHOTS / "backups-after-lock.png"))
    (written,) = drive.iterdir()
    assert written.name.startswith("casebook-") and written.name.endswith("Z.cbbackup")
    assert backups.verify(written, PASSPHRASE).vault_id

    wall.at += timedelta(minutes=20)
    unlock_by_typing(qtbot, app)
    qtbot.waitUntil(lambda: bool(find_all_visible(window, "Last backup")))
    assert label_text(window, "Last backup") == f"Last backup: today {made} to {drive}"
    window.grab().save(str(SHOTS / "backups-status-bar.png"))

    lock_by_key(qtbot, app)  # the same day again: once a day is enough, no second backup
    qtbot.waitUntil(lambda: app.start_window.isVisible())
    assert not find_all_visible(page, "Backup status")
    assert len(list(drive.iterdir())) == 1


def test_a_drive_not_plugged_in_is_said_plainly_and_the_next_lock_tries_again(
    qtbot, app: CasebookApp, vault_path: Path, tmp_path: Path, wall: Clock, unlock
):
    drive = tmp_path / "media" / "KINGSTON"
    drive.mkdir(parents=True)
    unlock(qtbot, app, vault_path)
    dialog = open_backups_tab(qtbot, app)
    type_into(dialog, "Backup folder", str(drive))
    click(dialog, "Save")
    qtbot.waitUntil(lambda: app.settings_dialog is None)
    window = app.main_window
    qtbot.waitUntil(lambda: bool(find_all_visible(window, "Last backup")))
    drive.rmdir()  # unplugged

    lock_by_key(qtbot, app)
    page = app.start_window.unlock_page
    absent = (
        f"The backup drive {drive} is not connected; "
        "the next backup will be tried at the next lock or quit."
    )
    qtbot.waitUntil(lambda: label_text(page, "Backup status") == absent, timeout=30_000)
    assert app.errors.last_box is None  # said on the page, no dialog
    app.start_window.grab().save(str(SHOTS / "backups-drive-absent-lock.png"))

    unlock_by_typing(qtbot, app)
    qtbot.waitUntil(lambda: label_text(window, "Last backup") == absent)
    window.grab().save(str(SHOTS / "backups-drive-absent-status.png"))

    drive.mkdir()  # plugged in again; Settings > Back up now, without waiting for a lock
    wall.at += timedelta(hours=1)
    dialog = open_backups_tab(qtbot, app)
    assert absent in label_text(dialog, "Last verified backup")
    click(dialog, "Back up now")
    qtbot.waitUntil(
        lambda: label_text(dialog, "Last verified backup").startswith("Backed up"), timeout=30_000
    )
    made = local_time(wall.at).strftime("%H:%M")
    assert label_text(dialog, "Last verified backup") == (
        f"Backed up and verified today {made} to {drive} (1 backup kept)."
    )
    dialog.grab().save(str(SHOTS / "backups-back-up-now.png"))
    qtbot.waitUntil(lambda: label_text(window, "Last backup").startswith("Last backup: today"))
    assert label_text(window, "Last backup") == f"Last backup: today {made} to {drive}"


def find_all_visible(root, name: str) -> list[QLabel]:
    from tests.ui.journey import accessible_name

    return [w for w in root.findChildren(QLabel) if w.isVisible() and accessible_name(w) == name]


def test_quitting_backs_up_before_the_vault_closes(
    qtbot, app: CasebookApp, vault_path: Path, tmp_path: Path, unlock
):
    drive = tmp_path / "USB"
    drive.mkdir()
    unlock(qtbot, app, vault_path)
    dialog = open_backups_tab(qtbot, app)
    type_into(dialog, "Backup folder", str(drive))
    click(dialog, "Save")
    qtbot.waitUntil(lambda: app.settings_dialog is None)
    window = app.main_window
    qtbot.waitUntil(lambda: bool(find_all_visible(window, "Last backup")))
    window.close()  # the window's close button: quit
    assert not window.isVisible()
    (written,) = drive.iterdir()  # shutdown waited for it
    assert backups.verify(written, PASSPHRASE).vault_id
