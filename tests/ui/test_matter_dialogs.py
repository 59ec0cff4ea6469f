"""The matter and hearing dialogs, and undo of what the Matters tab does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import Detention, EventKind, MatterStatus, MatterType
from casebook.services import matters
from casebook.services.clients import add_client
from casebook.ui.event_dialog import EventDialog
from casebook.ui.matter_dialog import MatterDialog
from casebook.ui.matters_tab import MattersTab
from tests.helpers import TODAY


def _edit(widget, name: str) -> QLineEdit:
    """The line edit a person types into, found by its accessible name."""
    found = [w for w in widget.findChildren(QLineEdit) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def _type(qtbot, widget, name: str, text: str) -> None:
    edit = _edit(widget, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # editing ends: a date or time field reads its text


@pytest.fixture
def client_id(qtbot, worker, store) -> Iterator[int]:
    worker.open(lambda: (store, None))
    yield add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    qtbot.waitUntil(lambda: worker.pending == 0)  # nothing runs on the store as it closes


def _matter(store, client_id: int, judge: str = "Hon. R. Lee") -> int:
    draft = matters.MatterDraft(MatterType.REMOVAL_DEFENCE, judge=judge, docket_number="A1")
    return matters.add_matter(store, client_id, draft).value


def test_new_matter_saves_what_was_typed_with_a_court_from_the_list_or_typed(
    qtbot, worker, store, client_id
):
    dialog = MatterDialog(worker, client_id, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.opened_on.value() == TODAY
    dialog.type.setCurrentIndex(dialog.type.findData(MatterType.ASYLUM.value))
    _type(qtbot, dialog, "Court", "Queens Family Court")  # not in the list: free entry
    _type(qtbot, dialog, "Docket number", "A123-456-789")
    _type(qtbot, dialog, "Judge", "Hon. R. Lee")
    dialog.detention.setCurrentIndex(dialog.detention.findData(Detention.NOT_DETAINED.value))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(_edit(dialog, "Judge"), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (info,) = matters.list_matters(store, client_id)
    assert info.id == saved.args[0]
    assert info.draft.type is MatterType.ASYLUM
    assert info.draft.court == "Queens Family Court"
    assert (info.draft.judge, info.draft.docket_number) == ("Hon. R. Lee", "A123-456-789")
    assert info.draft.detention is Detention.NOT_DETAINED
    assert info.draft.opened_on == TODAY


def test_picking_a_detained_court_answers_an_unknown_detention(qtbot, worker, client_id):
    dialog = MatterDialog(worker, client_id, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    assert dialog.detention.currentData() == Detention.UNKNOWN.value
    dialog.court.setCurrentIndex(
        dialog.court.findText("New York - Varick Immigration Court (detained)")
    )
    assert dialog.detention.currentData() == Detention.DETAINED.value


def test_problems_show_under_their_field_and_go_when_it_is_edited(qtbot, worker, store, client_id):
    dialog = MatterDialog(worker, client_id, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    _type(qtbot, dialog, "Closed on", "11/20/2026")  # but the status is still Open
    dialog.save()
    error = dialog.form.errors["closed_on"]
    assert error.isVisible() and "Status to Closed" in error.text()
    qtbot.keyClicks(_edit(dialog, "Closed on"), "x")
    assert not error.isVisible()  # edited: the message goes

    _edit(dialog, "Closed on").clear()
    dialog.closed_on.check()
    _type(qtbot, dialog, "Judge", "J" * 2_001)  # only the service knows the limit
    dialog.save()
    judge_error = dialog.form.errors["judge"]
    qtbot.waitUntil(judge_error.isVisible)
    assert "too long" in judge_error.text()
    assert dialog.isVisible() and not matters.list_matters(store, client_id)
    qtbot.keyClick(_edit(dialog, "Judge"), Qt.Key.Key_Backspace)
    assert not judge_error.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels
    assert not dialog.isVisible() and not matters.list_matters(store, client_id)


def test_hearing_takes_the_matters_judge_and_shows_when_filings_are_due(
    qtbot, worker, store, client_id
):
    first = _matter(store, client_id)
    second = _matter(store, client_id, judge="Hon. M. Ortiz")
    dialog = EventDialog(
        worker,
        client_id,
        matters.list_matters(store, client_id),
        today=lambda: TODAY,
        matter_id=first,
    )
    qtbot.add_widget(dialog)
    dialog.show()
    assert _edit(dialog, "Judge").text() == "Hon. R. Lee"
    dialog.matter.setCurrentIndex(dialog.matter.findData(second))
    assert _edit(dialog, "Judge").text() == "Hon. M. Ortiz"  # untouched: follows the matter

    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.INDIVIDUAL_HEARING.value))
    assert not dialog.filings_due.isVisible()
    edit = _edit(dialog, "Date")
    edit.setFocus()
    qtbot.keyClicks(edit, "01/26/2027")
    assert dialog.filings_due.text() == "Filings due: Mon 2027-01-11"  # while typing
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.filings_due.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.MASTER_HEARING.value))
    assert not dialog.filings_due.isVisible()  # the 15-day rule is the individual hearing's
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.INDIVIDUAL_HEARING.value))

    _type(qtbot, dialog, "Time", "9:75 AM")
    dialog.save()
    assert dialog.isVisible() and dialog.time.problem() is not None
    _type(qtbot, dialog, "Time", "9:30 AM")
    _type(qtbot, dialog, "Courtroom or address", "Courtroom 12")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    (event,) = matters.list_events(store, client_id)
    assert event.draft.starts_at == datetime(2027, 1, 26, 9, 30)
    assert (event.draft.matter_id, event.draft.judge) == (second, "Hon. M. Ortiz")
    assert event.draft.location == "Courtroom 12"
    assert event.filing_due == date(2027, 1, 11)


def test_a_hearing_needs_its_date(qtbot, worker, store, client_id):
    dialog = EventDialog(
        worker, client_id, matters.list_matters(store, client_id), today=lambda: TODAY
    )
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.form.errors["starts_at"].isVisible()
    assert "01/26/2027" in dialog.form.errors["starts_at"].text()


@pytest.fixture
def tab(qtbot, worker, store, client_id):
    stack = QUndoStack()
    tab = MattersTab(worker, stack, today=lambda: TODAY)
    qtbot.add_widget(tab)
    tab.show()

    def redraw(changes) -> None:
        tab.show_case(
            client_id,
            tuple(matters.list_matters(store, client_id)),
            tuple(matters.list_events(store, client_id)),
        )

    worker.changed.connect(redraw)
    redraw(None)
    tab.stack = stack  # for the test
    return tab


def test_deleting_a_matter_asks_first_and_undo_brings_back_its_hearings(
    qtbot, worker, store, client_id, tab
):
    matter_id = _matter(store, client_id)
    hearing = matters.EventDraft(
        EventKind.INDIVIDUAL_HEARING, datetime(2027, 1, 26, 9, 30), matter_id
    )
    matters.add_event(store, client_id, hearing)
    tab.show_case(
        client_id,
        tuple(matters.list_matters(store, client_id)),
        tuple(matters.list_events(store, client_id)),
    )
    assert tab.matters.rowCount() == 1 and tab.events.rowCount() == 1
    assert tab.events.item(0, 0).text() == "Tue 2027-01-26\n9:30 AM"
    assert tab.events.item(0, 2).text() == "Mon 2027-01-11"

    tab.matters.setFocus()
    tab.matters.selectRow(0)
    qtbot.keyClick(tab.matters, Qt.Key.Key_Delete)
    box = tab.confirm_box
    assert box is not None and "and its 1 hearing" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert matters.list_matters(store, client_id)  # kept

    box = tab.confirm_delete_matter()
    delete = next(b for b in box.buttons() if b.text() == "Delete matter")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 0 and tab.events.rowCount() == 0)
    assert tab.stack.undoText() == "Delete Removal defence (A1)"

    tab.stack.undo()
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 1 and tab.events.rowCount() == 1)
    (event,) = matters.list_events(store, client_id)
    assert event.draft.starts_at == datetime(2027, 1, 26, 9, 30)


def test_undo_reaches_hearings_that_came_back_under_new_ids(qtbot, worker, store, client_id, tab):
    matter_id = _matter(store, client_id)
    hearing = matters.EventDraft(
        EventKind.MASTER_HEARING, datetime(2027, 1, 5, 8, 30), matter_id, location="Room 1"
    )
    matters.add_event(store, client_id, hearing)
    worker.submit(lambda s: matters.list_events(s, client_id), changes=_events_changed(client_id))
    qtbot.waitUntil(lambda: tab.events.rowCount() == 1)
    tab.events.setFocus()
    tab.events.selectRow(0)
    qtbot.keyClick(tab.events, Qt.Key.Key_Return)  # Enter edits the chosen hearing
    dialog = tab.dialog
    assert isinstance(dialog, EventDialog)
    _type(qtbot, dialog, "Courtroom or address", "Room 9")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: tab.events.item(0, 1).text().endswith("\nRoom 9"))

    tab.matters.selectRow(0)
    tab.delete_matter(tab.client_matters[0])
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 0)
    tab.stack.undo()  # matter and hearing back, both with new ids
    qtbot.waitUntil(lambda: tab.events.rowCount() == 1)
    tab.stack.undo()  # the edit of the hearing, made before it was deleted
    qtbot.waitUntil(lambda: tab.events.item(0, 1).text().endswith("\nRoom 1"))
    (event,) = matters.list_events(store, client_id)
    assert event.draft.location == "Room 1"
    tab.stack.redo()
    qtbot.waitUntil(lambda: tab.events.item(0, 1).text().endswith("\nRoom 9"))
    tab.stack.redo()
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 0 and tab.events.rowCount() == 0)


def _events_changed(client_id: int):
    from casebook.services.changes import Change, Changes

    return Changes.of(Change.EVENTS, client_id=client_id)


def test_adding_editing_and_closing_are_undone_in_turn(qtbot, worker, store, client_id, tab):
    qtbot.keyClick(
        tab.matters,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.dialog
    assert isinstance(dialog, MatterDialog)
    _type(qtbot, dialog, "Judge", "Hon. R. Lee")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 1)
    assert tab.matters.item(0, 1).text() == "Hon. R. Lee"

    tab.activateWindow()  # back from the dialog (offscreen, nothing does it for us)
    qtbot.waitUntil(tab.isActiveWindow)
    tab.matters.setFocus()
    tab.matters.selectRow(0)
    qtbot.keyClick(tab.matters, Qt.Key.Key_Return)  # Enter edits the chosen matter
    dialog = tab.dialog
    assert isinstance(dialog, MatterDialog) and dialog.matter is not None
    _type(qtbot, dialog, "Judge", "Hon. M. Ortiz")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: tab.matters.item(0, 1).text() == "Hon. M. Ortiz")

    tab.close_matter_action.trigger()
    qtbot.waitUntil(
        lambda: tab.matters.item(0, 2).text().startswith(f"Closed {TODAY.isoformat()}\n")
    )
    assert not tab.close_matter_action.isEnabled()

    tab.stack.undo()
    qtbot.waitUntil(lambda: tab.matters.item(0, 2).text().startswith("Open\n"))
    tab.stack.undo()
    qtbot.waitUntil(lambda: tab.matters.item(0, 1).text() == "Hon. R. Lee")
    tab.stack.undo()
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 0)
    tab.stack.redo()  # the matter comes back (a new id) and the edits still apply to it
    qtbot.waitUntil(lambda: tab.matters.rowCount() == 1)
    tab.stack.redo()
    qtbot.waitUntil(lambda: tab.matters.item(0, 1).text() == "Hon. M. Ortiz")
    tab.stack.redo()
    qtbot.waitUntil(lambda: tab.matters.item(0, 2).text().startswith("Closed"))
    (info,) = matters.list_matters(store, client_id)
    assert info.draft.status is MatterStatus.CLOSED and info.draft.judge == "Hon. M. Ortiz"
