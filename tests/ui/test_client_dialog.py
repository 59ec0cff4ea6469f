"""Adding a client: problems beside the field, duplicates with "Add anyway"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casebook.domain.clients import ClientDraft
from casebook.services.clients import add_client, count_clients
from casebook.ui.client_dialog import ClientDialog
from tests.helpers import TODAY


def _dialog(qtbot, worker, store) -> ClientDialog:
    worker.open(lambda: (store, None))
    dialog = ClientDialog(worker, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def test_add_client_shows_the_problem_beside_the_field_then_saves(qtbot, worker, store):
    dialog = _dialog(qtbot, worker, store)
    qtbot.keyClicks(dialog.inputs["name"], "Wilner Pierre")
    qtbot.keyClicks(dialog.inputs["a_number"], "A-123-45")  # seven digits
    dialog.save()
    error = dialog.errors["a_number"]
    qtbot.waitUntil(error.isVisible)
    assert "8 or 9 digits" in error.text()
    assert not dialog.errors["name"].isVisible()
    assert dialog.isVisible()

    dialog.set_text("a_number", "A-123-456-789")
    dialog.set_text("dob", "1990-02-30")  # not a date: said beside the date, before saving
    dialog.save()
    assert dialog.errors["dob"].isVisible()
    assert not dialog.errors["a_number"].isVisible()

    dialog.set_text("dob", "1990-02-28")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert isinstance(saved.args[0], int)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_clients(store) == 1


def test_same_person_warning_offers_add_anyway(qtbot, worker, store):
    add_client(store, ClientDraft(name="María José López"), today=TODAY)
    dialog = _dialog(qtbot, worker, store)
    dialog.set_text("name", "LOPEZ, Maria Jose")
    dialog.save()
    qtbot.waitUntil(dialog.duplicate_box.isVisible)
    assert "add anyway" in dialog.duplicate_label.text().lower()
    assert count_clients(store) == 1

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.add_anyway, Qt.MouseButton.LeftButton)
    assert count_clients(store) == 2
