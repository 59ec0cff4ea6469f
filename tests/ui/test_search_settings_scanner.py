"""Global search, the settings dialog, the scanner folder feed, system lock, emergency kit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebook.services import ocr
from casebook.services.search import SearchHit
from casebook.ui.search_popup import snippet_html
from casebook.ui.system_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    windows_message_means_lock,
)
from tests.helpers import PASSPHRASE
from tests.ui.conftest import write_pdf

FAST_WATCH = {"interval": 0.05, "checks": 2, "rescan_interval": 0.1, "polling": True}


def test_snippets_bold_the_hits_and_escape_the_rest():
    assert snippet_html("a <b> **López** & co") == "a &lt;b&gt; <b>López</b> &amp; co"


def test_ctrl_k_finds_as_you_type_and_enter_opens_the_client(qtbot, docs_app):
    window = docs_app.main_window
    client = window.clients.model.client_at(9)
    window.activateWindow()
    window.find_action.trigger()
    popup = window.search
    assert popup.isVisible()
    qtbot.keyClicks(popup.query, client.name.split()[-1])
    qtbot.waitUntil(lambda: popup.results.count() > 0, timeout=5000)
    row = next(i for i, h in enumerate(popup.hits) if h.kind == "client" and h.id == client.id)
    for _ in range(row):
        qtbot.keyClick(popup.query, Qt.Key.Key_Down)
    assert popup.results.currentRow() == row
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: window.clients.detail.client_id == client.id)


def test_a_document_hit_opens_the_viewer(qtbot, docs_app):
    window = docs_app.main_window
    popup = window.search
    popup.popup()
    popup.query.setText("pantry")
    qtbot.waitUntil(lambda: any(h.kind == "document" for h in popup.hits), timeout=5000)
    assert "<b>" in popup.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    popup.open_current()
    qtbot.waitUntil(lambda: len(window.viewers) == 1)
    assert window.viewers[0].viewer.doc_id == popup.hits[0].id


def test_the_popup_says_when_only_the_newest_matches_were_ranked(qtbot, docs_app, monkeypatch):
    from dataclasses import replace

    from casebook.services import document_index
    from casebook.ui import search_popup

    # Until the in-memory index is ready, the newest documents are ranked (a window that
    # tests/services/test_search.py pins); the popup says so, and asks the worker whether
    # it was only the newest (here: always, for "a").
    monkeypatch.setattr(document_index, "available", lambda: False)
    real = search_popup.find

    def windowed(store, text, **kw):
        found = real(store, text, **kw)
        return replace(found, newest_only=text == "a")

    monkeypatch.setattr(search_popup, "find", windowed)
    monkeypatch.setattr(search_popup, "RANKED_AT_MOST", 2)
    popup = docs_app.main_window.search
    popup.popup()
    popup.query.setText("a")
    qtbot.waitUntil(lambda: "newest 2 matching documents" in popup.status.text(), timeout=5000)
    assert popup.results.count() > 0
    popup.query.setText("pantry")
    qtbot.waitUntil(lambda: popup.status.text().startswith("1 result. "), timeout=5000)


def test_a_note_hit_opens_its_clients_notes(qtbot, docs_app):
    window = docs_app.main_window
    hit = SearchHit("note", 1, "Note", "x", window.clients.model.client_at(2).id, None)
    window.open_hit(hit)
    qtbot.waitUntil(lambda: window.clients.detail.client_id == hit.client_id)
    assert window.clients.detail.tabs.currentIndex() == 3


def test_settings_store_the_profile_and_name_a_bad_field(qtbot, docs_app, monkeypatch):
    monkeypatch.setattr(
        ocr,
        "ocr_available",
        lambda **_k: ocr.OcrStatus(False, "tesseract", "", None, (), ocr.UNAVAILABLE_MESSAGE),
    )
    dialog = docs_app.open_settings()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled)
    assert "OCR is not installed" in dialog.ocr_status.text()
    assert not dialog.languages.isEnabled()
    dialog.profile["name"].setText("Rosa Díaz")
    dialog.profile["eoir_id"].setText("12")
    dialog.autolock.setValue(12)
    dialog.save()
    qtbot.waitUntil(dialog.errors["eoir_id"].isVisible)
    assert dialog.tabs.currentIndex() == 3

    dialog.profile["eoir_id"].setText("ab12345")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert docs_app.settings.autolock_minutes() == 12 and docs_app.autolock.minutes == 12
    assert docs_app.settings_dialog is None or not docs_app.settings_dialog.isVisible()

    again = docs_app.open_settings()
    qtbot.waitUntil(lambda: again.profile["eoir_id"].text() == "AB12345")
    assert again.profile["name"].text() == "Rosa Díaz"
    again.reject()


def test_ocr_languages_are_offered_from_what_is_installed(qtbot, docs_app, monkeypatch):
    status = ocr.OcrStatus(
        True, "tesseract", "5.3", "/usr/bin/tesseract", ("eng", "fra", "spa"), "OCR: ok"
    )
    monkeypatch.setattr(ocr, "ocr_available", lambda **_k: status)
    dialog = docs_app.open_settings()
    qtbot.waitUntil(lambda: dialog.languages.count() == 3)
    checked = {
        dialog.languages.item(i).text()
        for i in range(3)
        if dialog.languages.item(i).checkState() == Qt.CheckState.Checked
    }
    assert checked == {"English", "Spanish"}
    dialog.languages.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].ocr_languages == ("English", "French", "Spanish")


@pytest.fixture
def scanner_app(qtbot, settings, clock, document_vault_path):
    from casebook.ui.controller import CasebookApp
    from tests.helpers import TODAY

    app = CasebookApp(
        settings, clock=clock, today=lambda: TODAY, install_excepthook=False,
        watch_options=FAST_WATCH, use_dbus=False,
    )  # fmt: skip
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    yield app
    app.shutdown()


def _set_scanner_folder(qtbot, app, folder: Path, keep: bool = False) -> None:
    dialog = app.open_settings()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled)
    dialog.set_folder(str(folder))
    dialog.keep_originals.setChecked(keep)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()


def test_the_scanner_folder_feeds_the_inbox_and_removes_originals(
    qtbot, scanner_app, unlock, document_vault_path, tmp_path
):
    unlock(qtbot, scanner_app, document_vault_path, PASSPHRASE)
    window = scanner_app.main_window
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2)
    scans = tmp_path / "Scans"
    scans.mkdir()
    _set_scanner_folder(qtbot, scanner_app, scans)
    qtbot.waitUntil(lambda: window.scanner_label.text() == "Scanner folder: watching", timeout=5000)

    scan = write_pdf(scans / "scan0001.pdf", "Scanned notice")
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: not scan.exists(), timeout=5000)
    assert "scan0001.pdf: added to the inbox" in window.statusBar().currentMessage()

    scans.rename(tmp_path / "Scans-unplugged")
    qtbot.waitUntil(lambda: window.scanner_label.text() == "Scanner folder missing", timeout=5000)
    (tmp_path / "Scans-unplugged").rename(scans)
    qtbot.waitUntil(lambda: window.scanner_label.text() == "Scanner folder: watching", timeout=5000)

    scanner_app.lock()
    assert scanner_app.scanner.folder is None
    assert window.scanner_label.text() == ""


def test_a_kept_original_stays_and_the_feed_restarts_after_unlock(
    qtbot, scanner_app, unlock, document_vault_path, tmp_path
):
    unlock(qtbot, scanner_app, document_vault_path, PASSPHRASE)
    window = scanner_app.main_window
    scans = tmp_path / "Scans"
    scans.mkdir()
    _set_scanner_folder(qtbot, scanner_app, scans, keep=True)
    scanner_app.lock()
    scan = write_pdf(scans / "while-locked.pdf", "Arrived while locked")
    unlock(qtbot, scanner_app, document_vault_path, PASSPHRASE)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)
    assert scan.exists()


def test_settings_refuse_a_scanner_folder_inside_the_vault(qtbot, docs_app, document_vault_path):
    dialog = docs_app.open_settings()
    qtbot.waitUntil(dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled)
    dialog.set_folder(str(document_vault_path / "blobs"))
    dialog.save()
    qtbot.waitUntil(dialog.errors["scanner_folder"].isVisible)
    assert dialog.tabs.currentIndex() == 1
    dialog.reject()


def test_the_system_locking_the_screen_locks_the_vault(qtbot, docs_app):
    docs_app.system_lock.on_session_lock()
    assert not docs_app.main_window.isVisible()
    hint = docs_app.start_window.unlock_page.hint_label
    assert "screen was locked" in hint.text()


@pytest.mark.parametrize("signal", ["sleep", "screensaver", "suspended", "windows"])
def test_every_observable_system_signal_locks(qtbot, docs_app, signal):
    watcher = docs_app.system_lock
    if signal == "sleep":
        watcher.on_prepare_for_sleep(False)  # waking up: nothing
        assert docs_app.unlocked
        watcher.on_prepare_for_sleep(True)
    elif signal == "screensaver":
        watcher.on_screensaver(True)
    elif signal == "suspended":
        watcher._on_state(Qt.ApplicationState.ApplicationInactive)  # focus elsewhere: nothing
        assert docs_app.unlocked
        watcher._on_state(Qt.ApplicationState.ApplicationSuspended)
    else:
        docs_app.main_window.system_message.emit(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not docs_app.unlocked


def test_windows_messages_that_mean_lock():
    assert windows_message_means_lock(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert windows_message_means_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not windows_message_means_lock(WM_WTSSESSION_CHANGE, 8)  # unlock
    assert not windows_message_means_lock(0x0100, PBT_APMSUSPEND)
