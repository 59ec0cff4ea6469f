"""File > Back up…: a verified backup file on a removable drive, and the reminder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from casebook.services.backups import SUFFIX, verify
from casebook.ui.backup_dialog import removable_drives
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE, TODAY

LATER = TODAY + timedelta(days=10)  # the demo vault was made on TODAY


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


@pytest.fixture
def backup_app(qtbot, settings, clock, demo_vault_path, unlock, drive):
    app = CasebookApp(
        settings,
        clock=clock,
        today=lambda: LATER,
        install_excepthook=False,
        backup_drives=lambda: [("KINGSTON (removable drive, 8 GB free)", drive)],
    )
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    unlock(qtbot, app, demo_vault_path)
    yield app
    app.shutdown()


def test_reminder_shows_until_a_verified_backup_is_written_to_the_drive(qtbot, backup_app, drive):
    window = backup_app.main_window
    qtbot.waitUntil(lambda: window.backup_label.text() != "")
    assert "No backup in the last 7 days" in window.backup_label.text()
    assert window.backup_action.shortcut().toString() == "Ctrl+Shift+B"

    dialog = backup_app.open_backup()
    assert "removable drive" in dialog.place.itemText(0)
    assert dialog.folder.text() == str(drive)
    assert dialog.name.text() == f"{demo_name(backup_app)} {LATER.isoformat()}{SUFFIX}"
    with qtbot.waitSignal(dialog.backed_up, timeout=30_000) as done:
        dialog.back_up()
    result = done.args[0]
    assert result.path == drive / dialog.name.text()
    assert "verified" in dialog.status.text()
    assert verify(result.path, PASSPHRASE).blobs == result.blobs
    assert window.backup_label.isHidden()

    dialog.back_up()  # the same name again is refused, nothing overwritten
    assert dialog.form.errors["name"].isVisible()
    dialog.reject()


def test_a_missing_folder_is_refused_beside_the_field(qtbot, backup_app, tmp_path):
    dialog = backup_app.open_backup()
    dialog.folder.setText(str(tmp_path / "gone"))
    dialog.back_up()
    assert dialog.form.errors["folder"].isVisible()
    assert not list(tmp_path.glob(f"*{SUFFIX}"))
    dialog.reject()


def test_no_reminder_for_a_vault_made_this_week(qtbot, unlocked_app):
    window = unlocked_app.main_window
    done = []
    unlocked_app.worker.submit(lambda _s: None, on_success=done.append)
    qtbot.waitUntil(lambda: done == [None])  # the reminder check, queued before, has answered
    assert window.backup_label.isHidden()


def test_removable_drives_lists_only_writable_volumes(qapp):
    for label, folder in removable_drives():
        assert "removable drive" in label and isinstance(folder, Path)


def demo_name(app: CasebookApp) -> str:
    assert app.folder is not None
    return app.folder.name.removesuffix(".casebook")
