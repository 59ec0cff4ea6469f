"""Settings > Scanner folder: "my scanner scans both sides", and batches the folder splits.

Checked by a click, saved, read back; then batches dropped into the watched
folder: a single-sided one splits at its blank page, and with the setting on
a duplex one (blank backs) stays one document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox

from tests import batch_scans as scans
from tests.helpers import PASSPHRASE
from tests.ui.journey import find
from tests.ui.test_search_settings_scanner import scanner_app  # noqa: F401  (the fixture)


def _settings(qtbot, app):
    dialog = app.open_settings()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled)
    dialog.tabs.setCurrentIndex(1)
    return dialog


def test_the_duplex_setting_is_saved_and_the_scanner_folder_follows_it(
    qtbot,
    scanner_app,  # noqa: F811
    unlock,
    document_vault_path,
    tmp_path: Path,
) -> None:
    unlock(qtbot, scanner_app, document_vault_path, PASSPHRASE)
    window = scanner_app.main_window
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2)
    folder = tmp_path / "Scans"
    folder.mkdir()

    dialog = _settings(qtbot, scanner_app)
    dialog.set_folder(str(folder))
    box = find(dialog, "My scanner scans both sides", QCheckBox)
    assert isinstance(box, QCheckBox) and not box.isChecked()  # single-sided by default
    with qtbot.waitSignal(dialog.saved):
        QTest.mouseClick(find(dialog, "Save", QAbstractButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.scanner_label.text() == "Scanner folder: watching", timeout=5000)

    single = [scans.scan(scans.form(scans.NTA, 200)), scans.scan(scans.blank(200))]
    single += [scans.scan(scans.form(scans.FOIL, 200))]
    with qtbot.waitSignal(scanner_app.scanner.imported, timeout=60_000):
        scans.batch_pdf(single, tmp_path / "single.pdf", 200).rename(folder / "single.pdf")
    said = "single.pdf: split into 2 documents in the inbox, leaving out page 2 blank"
    assert said in window.statusBar().currentMessage(), window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 4, timeout=10_000)

    dialog = _settings(qtbot, scanner_app)
    box = find(dialog, "My scanner scans both sides", QCheckBox)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center() - box.rect().topLeft())
    assert box.isChecked()
    dialog.grab().save("/tmp/shots/sepsplit-settings.png")
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.mouseClick(find(dialog, "Save", QAbstractButton), Qt.MouseButton.LeftButton)
    assert saved.args[0].duplex is True
    dialog = _settings(qtbot, scanner_app)
    assert find(dialog, "My scanner scans both sides", QCheckBox).isChecked()
    dialog.reject()

    duplex = [scans.scan(scans.form(scans.NTA, 200)), scans.scan(scans.blank(200))]
    duplex += [scans.scan(scans.form(scans.NTA_PAGE_2, 200)), scans.scan(scans.blank(200))]
    with qtbot.waitSignal(scanner_app.scanner.imported, timeout=60_000):
        scans.batch_pdf(duplex, tmp_path / "duplex.pdf", 200).rename(folder / "duplex.pdf")
    message = window.statusBar().currentMessage()
    assert "duplex.pdf: added to the inbox" in message, message
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 5, timeout=10_000)
