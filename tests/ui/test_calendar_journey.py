"""File > Export calendar…: a person writes the .ics file of the demo vault's hearings.

Driven through the menu, the dialog's fields and buttons by accessible name
(input events only); the file is read back with icalendar: events with
reminders and no client's name, until the person ticks "Show client names"
and is told where such a file ends up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel

from casebook.services import vaults
from casebook.services.clients import list_clients
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE
from tests.ui.conftest import _unlock
from tests.ui.journey import click, dialog_named, find, open_file_menu_item, type_into

pytestmark = pytest.mark.dates

SHOTS = Path("/tmp/shots")


@pytest.fixture
def names(demo_vault_path: Path) -> list[str]:
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        return [c.name for c in list_clients(store)]
    finally:
        store.close()


@pytest.fixture
def app(qtbot, casebook_app: CasebookApp, demo_vault_path: Path, names) -> CasebookApp:
    _unlock(qtbot, casebook_app, demo_vault_path)
    return casebook_app


def _status(dialog) -> str:
    label = find(dialog, "Calendar status", QLabel)
    assert isinstance(label, QLabel)
    return label.text()


def _words(events) -> str:
    return "\n".join(
        str(e.get(key, "")) for e in events for key in ("SUMMARY", "DESCRIPTION", "LOCATION")
    )


def _shot(dialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"calendar-{name}.png"))


def test_export_calendar_from_the_file_menu_names_no_client(
    qtbot, app: CasebookApp, names: list[str], tmp_path: Path
) -> None:
    window = app.main_window
    target = tmp_path / "hearings"
    window._choose_save_path = lambda _parent, _name, _filter, chosen: chosen(str(target))
    open_file_menu_item(qtbot, app, "Export calendar…")
    dialog = dialog_named(qtbot, "Export calendar")
    names_box = find(dialog, "Show client names", QCheckBox)
    assert isinstance(names_box, QCheckBox) and not names_box.isChecked()
    note = find(dialog, "What events say about clients", QLabel)
    assert isinstance(note, QLabel) and "only initials" in note.text()
    _shot(dialog, "dialog")

    click(dialog, "Export calendar")  # no file chosen yet: said under the field
    assert find(dialog, "File problem", QLabel).isVisible()

    click(dialog, "Choose where to save the calendar")
    # From a day before the demo's today, typed as a person types it.
    field = type_into(dialog, "From date", "")
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "11/01/2026")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    click(dialog, "Export calendar")
    qtbot.waitUntil(lambda: _status(dialog).startswith("Saved"), timeout=20_000)
    written = target.with_name("hearings.ics")
    assert str(written) in _status(dialog) and "initials only" in _status(dialog)
    qtbot.waitUntil(lambda: "Calendar saved" in window.statusBar().currentMessage())
    _shot(dialog, "saved")

    data = written.read_bytes()
    events = Calendar.from_ical(data).walk("VEVENT")
    assert events, "the demo vault has hearings"
    text = _words(events)
    for name in names:
        for word in name.split():
            if len(word) > 3:  # unfolded text and raw bytes: no part of a name
                assert word not in text and word.encode() not in data, word
    hearings = [e for e in events if "hearing" in str(e["SUMMARY"]).lower()]
    assert hearings
    assert all(e.walk("VALARM") or "done" in str(e.get("DESCRIPTION")) for e in hearings)
    assert all(e.decoded("DTSTART").isoformat() >= "2026-11-01" for e in events)

    # Ticking "Show client names" says where the file may end up, before anything is written.
    QTest.mouseClick(names_box, Qt.MouseButton.LeftButton)
    assert names_box.isChecked()
    assert "Google, Apple or Microsoft" in note.text() and note.text().startswith("Warning")
    _shot(dialog, "names-warning")
    click(dialog, "Export calendar")
    qtbot.waitUntil(lambda: "with client names" in _status(dialog), timeout=20_000)
    named = _words(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert any(name in named for name in names)
    click(dialog, "Close")
    qtbot.waitUntil(lambda: window.calendar_dialog is None)
