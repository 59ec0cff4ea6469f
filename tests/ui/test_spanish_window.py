"""The window in Spanish: every visible string of the translated screens is Spanish.

A string that is still the English source of a message, or matches no
catalogue entry, fails with where it was found. Screenshots go to
/tmp/shots/es-*.png for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from casebook.ui.main_window import DEADLINES_ROW, INBOX_ROW
from casebook.ui.translation import ENGLISH, SPANISH, SYSTEM, Translation, resolve
from tests.ui.spanish import untranslated

SHOTS = Path("/tmp/shots")


@pytest.fixture
def spanish(english: Translation) -> Iterator[Translation]:
    """Spanish for one test, English again after (asked for before the window is made)."""
    assert english.apply(SPANISH) == SPANISH
    yield english
    english.apply(ENGLISH)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"es-{name}.png"))


def test_main_window_and_deadlines_page_speak_spanish(spanish, qtbot, unlocked_app):
    window = unlocked_app.main_window
    window.resize(1200, 760)
    model = window.clients.model
    names = [c.name for r in range(model.rowCount()) if (c := model.client_at(r)) is not None]
    names.append(window.windowTitle())  # "<folder> - casebook": data
    problems = untranslated(window, names)
    assert not problems, "\n".join(problems)
    _shot(window, "main-window")

    window.sidebar.setCurrentRow(DEADLINES_ROW)
    page = window.deadlines
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert page.summary.text().endswith("próximos 30 días.") or "vencid" in page.summary.text()
    problems = untranslated(window, names)
    assert not problems, "\n".join(problems)
    _shot(window, "deadlines")

    window.sidebar.setCurrentRow(INBOX_ROW)
    qtbot.waitUntil(lambda: window.inbox.hint.text() != "")
    problems = untranslated(window, names)
    assert not problems, "\n".join(problems)
    _shot(window, "inbox")


def test_the_window_follows_a_spanish_system_unless_told_otherwise(english) -> None:
    assert resolve(SYSTEM, QLocale("es_US")) == SPANISH
    assert resolve(SYSTEM, QLocale("fr_FR")) == ENGLISH  # no French catalogue: English
    assert resolve(ENGLISH, QLocale("es_US")) == ENGLISH
    spanish = Translation()
    assert spanish.apply(SYSTEM, QLocale("es_US")) == SPANISH
    assert QApplication.translate("MainWindow", "Clients") == "Clientes"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    spanish.remove()
    assert QApplication.translate("MainWindow", "Clients") == "Clients"


def test_english_says_one_client_and_two_clients(english) -> None:
    assert QApplication.translate("MainWindow", "%Ln clients", "", 1) == "1 client"
    assert QApplication.translate("MainWindow", "%Ln clients", "", 2) == "2 clients"


def test_the_settings_dialog_speaks_spanish(spanish, qtbot, unlocked_app):
    from casebook.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(unlocked_app.worker, unlocked_app.settings, unlocked_app.main_window)
    qtbot.add_widget(dialog)
    dialog.load()
    dialog.show()
    save = dialog.buttons.buttons()[0]
    qtbot.waitUntil(save.isEnabled)
    problems = untranslated(dialog)
    assert not problems, "\n".join(problems)
    assert dialog.language.itemText(0) == "Idioma del sistema"
    _shot(dialog, "settings")
    dialog.tabs.setCurrentWidget(dialog.backups)
    _shot(dialog, "settings-backups")
    dialog.reject()


def test_the_start_window_and_a_wrong_passphrase_speak_spanish(
    spanish, qtbot, casebook_app, demo_vault_path
):
    start = casebook_app.start_window
    start.show_unlock(demo_vault_path)
    start.show()
    page = start.unlock_page
    page.passphrase.setText("not the passphrase")
    page.unlock()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    assert page.error_label.text().startswith("La frase de contraseña no es correcta.")
    data = [page.vault_label.text()]  # the vault's folder, as data
    problems = untranslated(start, data)
    assert not problems, "\n".join(problems)
    _shot(start, "unlock")
