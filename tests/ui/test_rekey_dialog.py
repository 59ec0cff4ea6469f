"""Change passphrase… with "Also lock out old copies and backups": a new data key.

Driven as a person does it: the File menu, typing, the checkbox and buttons
found by their accessible names; then the new recovery key shown once, the
emergency kit saved again, and the vault still open, under the new key.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from casebook.services import vaults
from casebook.services.demo_documents import add_demo_documents
from casebook.ui.controller import CasebookApp
from casebook.ui.passphrase_change_dialog import CANCELLED_TEXT, REKEYED_TEXT
from casebook.ui.settings import AppSettings
from casebook.vault.vault import open_vault, open_with_recovery_key
from tests.helpers import PASSPHRASE, TODAY

NEW = "saffron tundra bicycle 7"


def _named(parent: QWidget, kind: type, name: str):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, (name, len(found))
    return found[0]


def _button(parent: QWidget, text: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


@pytest.fixture
def app(qtbot, settings: AppSettings, clock, vault_path: Path, tmp_path: Path, unlock):
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        add_demo_documents(store, 3, ocr=False)
    finally:
        store.close()
    kit = tmp_path / "kit.pdf"
    app = CasebookApp(
        settings,
        clock=clock,
        today=lambda: TODAY,
        install_excepthook=False,
        choose_kit_path=lambda _parent, _suggested: str(kit),
    )
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    unlock(qtbot, app, vault_path)
    yield app
    app.shutdown()
    box = app.errors.last_box
    if box is not None:
        with contextlib.suppress(RuntimeError):
            box.close()


def _shot(widget: QWidget, name: str) -> None:
    """A look at what the person sees, when the shots folder exists (not in CI)."""
    if Path("/tmp/shots").is_dir():
        widget.grab().save(f"/tmp/shots/{name}")


def _open_dialog(qtbot, app: CasebookApp):
    app.main_window.passphrase_action.trigger()
    dialog = app.passphrase_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(_named(dialog, QLineEdit, "Current passphrase"), PASSPHRASE)
    QTest.keyClicks(dialog.new.passphrase, NEW)
    QTest.keyClicks(dialog.new.repeat, NEW)
    box = _named(dialog, QCheckBox, "Also lock out old copies and backups")
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.waitUntil(_button(dialog, "Change passphrase").isEnabled)
    return dialog


def test_lock_out_old_copies_shows_the_new_recovery_key_once(
    qtbot, app: CasebookApp, vault_path: Path, tmp_path: Path
) -> None:
    old_header = (vault_path / "vault.json").read_bytes()
    dialog = _open_dialog(qtbot, app)
    assert dialog.rekey_hint.isVisible()
    _shot(dialog, "rekey-form.png")
    QTest.mouseClick(_button(dialog, "Change passphrase"), Qt.MouseButton.LeftButton)
    key_field = _named(dialog, QLineEdit, "Recovery key")
    qtbot.waitUntil(key_field.isVisible, timeout=30_000)
    recovery_key = key_field.text()
    assert len(recovery_key.replace("-", "")) == 32
    _shot(dialog, "rekey.png")

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # shown once: Escape does not lose it
    assert dialog.isVisible()
    QTest.mouseClick(
        _button(dialog, "Save the printable emergency kit (PDF)…"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: (tmp_path / "kit.pdf").is_file(), timeout=10_000)
    confirm = next(b for b in dialog.findChildren(QCheckBox) if b.text().startswith("I have"))
    QTest.mouseClick(confirm, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        QTest.mouseClick(_button(dialog, "Continue"), Qt.MouseButton.LeftButton)
    assert app.main_window.statusBar().currentMessage() == REKEYED_TEXT

    # Still open and working, on the new key: the client list reloads from the new database.
    model = app.main_window.clients.model
    app.worker.submit(lambda s: s.vault.header.vault_id)
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    assert app.errors.last_box is None
    assert model.rowCount() >= 0
    app.lock()
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    with open_vault(vault_path, NEW):
        pass
    with open_with_recovery_key(vault_path, recovery_key):
        pass
    assert (vault_path / "vault.json").read_bytes() != old_header


def test_cancel_during_the_rekey_changes_nothing(qtbot, app: CasebookApp, vault_path: Path):
    import threading

    release = threading.Event()
    app.worker.submit(lambda _store: release.wait(10))  # holds the re-key in the queue
    dialog = _open_dialog(qtbot, app)
    QTest.mouseClick(_button(dialog, "Change passphrase"), Qt.MouseButton.LeftButton)
    assert dialog.is_rekeying
    cancel = _button(dialog, "Cancel")
    assert cancel.isEnabled()
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    error = _named(dialog, type(dialog.error_label), "Change passphrase error")
    qtbot.waitUntil(error.isVisible, timeout=30_000)
    assert error.text() == CANCELLED_TEXT and dialog.isVisible()
    assert not (vault_path / ".rekey").exists()
    app.lock()
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    with open_vault(vault_path, PASSPHRASE):
        pass


def test_file_new_recovery_key_replaces_the_old_one(
    qtbot, app: CasebookApp, vault_path: Path, tmp_path: Path
) -> None:
    from casebook.domain.errors import WrongPassphrase
    from casebook.ui.recovery_key_dialog import ISSUED_TEXT

    app.main_window.recovery_key_action.trigger()
    dialog = app.recovery_key_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(_named(dialog, QLineEdit, "Current passphrase"), "not it at all")
    QTest.mouseClick(_button(dialog, "Issue new recovery key"), Qt.MouseButton.LeftButton)
    error = _named(dialog, type(dialog.error_label), "New recovery key error")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    field = _named(dialog, QLineEdit, "Current passphrase")
    field.clear()
    QTest.keyClicks(field, PASSPHRASE)
    QTest.mouseClick(_button(dialog, "Issue new recovery key"), Qt.MouseButton.LeftButton)
    key_field = _named(dialog, QLineEdit, "Recovery key")
    qtbot.waitUntil(key_field.isVisible, timeout=10_000)
    recovery_key = key_field.text()
    _shot(dialog, "new-recovery-key.png")
    QTest.mouseClick(
        _button(dialog, "Save the printable emergency kit (PDF)…"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: (tmp_path / "kit.pdf").is_file(), timeout=10_000)
    confirm = next(b for b in dialog.findChildren(QCheckBox) if b.text().startswith("I have"))
    QTest.mouseClick(confirm, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        QTest.mouseClick(_button(dialog, "Continue"), Qt.MouseButton.LeftButton)
    assert app.main_window.statusBar().currentMessage() == ISSUED_TEXT
    app.lock()
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10_000)
    with open_with_recovery_key(vault_path, recovery_key):
        pass
    with pytest.raises(WrongPassphrase):
        open_with_recovery_key(vault_path, "0000-0000-0000-0000-0000-0000-0000-0000")
