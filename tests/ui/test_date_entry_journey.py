"""Journey (c): each accepted date form typed into every date field of every dialog, read back.

The dialogs are driven only through input events on widgets found by their
accessible names; what was saved is read back through the services, and what
the field shows afterwards is the one shown form (``Fri 2026-11-20``). The
issue's defect: ``2026-11-20`` typed into an empty field was stored as
2026-12-11, and ``2025-03-07`` as 2025-12-03.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from casebook.domain.clients import ClientDraft
from casebook.domain.typed_dates import format_date
from casebook.services import arrests, clients, incidents, requests
from casebook.services.importer import Options, Target, import_paths
from casebook.services.requests import RequestDraft
from casebook.ui.arrest_dialog import ArrestDialog
from casebook.ui.client_dialog import ClientDialog
from casebook.ui.incident_dialog import IncidentDialog
from casebook.ui.packet_dialog import PacketDialog
from casebook.ui.request_dialog import RequestDialog, RequestEventDialog
from tests.helpers import TODAY
from tests.ui.conftest import write_pdf

# Each accepted way of writing a date, as a person would type it.
FORMS: dict[str, Callable[[date], str]] = {
    "ISO": lambda d: d.isoformat(),
    "month first": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "two-digit year": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    "eight digits": lambda d: f"{d:%Y%m%d}",
    "dashes, month first": lambda d: f"{d.month}-{d.day}-{d.year}",
    "no zeros, spaces": lambda d: f"  {d.month}/{d.day}/{d.year} ",
}
NOV_20 = date(2026, 11, 20)  # the date (a Friday)
MAR_7 = date(2025, 3, 7)  # the other date


def named(dialog: QWidget, kind: type, name: str) -> QWidget:
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def field(dialog: QWidget, name: str) -> QLineEdit:
    edit = named(dialog, QLineEdit, name)
    assert isinstance(edit, QLineEdit)
    return edit


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Click into the field, select what is there and type over it."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def button(dialog: QWidget, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, f"{len(found)} buttons {text!r}"
    return found[0]


def save(qtbot, dialog: QDialog) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:  # type: ignore[attr-defined]
        qtbot.mouseClick(button(dialog, "Save"), Qt.MouseButton.LeftButton)
    return int(saved.args[0])


def shown(dialog: QWidget, kind: type, name: str) -> bool:
    widget = named(dialog, kind, name)
    return widget.isVisible()


def open_(qtbot, dialog: QDialog) -> QDialog:
    qtbot.add_widget(dialog)
    with qtbot.waitActive(dialog):  # so a click gives the focus and Tab moves it on
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_request_dialog_saves_each_form_in_each_date_field(qtbot, worker, store) -> None:
    worker.open(lambda: (store, None))
    for form, write in FORMS.items():
        dialog = open_(qtbot, RequestDialog(worker, today=lambda: TODAY))
        qtbot.keyClicks(named(dialog, QPlainTextEdit, "Records asked for"), "Arrest report")
        for name in ("Date of incident", "Sent on", "Received by the agency"):
            retype(qtbot, field(dialog, name), write(NOV_20))
        request_id = save(qtbot, dialog)
        info = requests.show_request(store, request_id, today=TODAY)
        assert info.fields.incident_date == NOV_20, form
        assert info.sent_on == NOV_20, form
        assert info.dates.received == NOV_20, form
        for name in ("Date of incident", "Sent on", "Received by the agency"):
            assert field(dialog, name).text() == "Fri 2026-11-20", form
        dialog.deleteLater()


def test_what_happened_saves_each_form_in_its_two_dates(qtbot, worker, store) -> None:
    acknowledged, promised = date(2026, 11, 23), date(2026, 11, 27)
    worker.open(lambda: (store, None))
    for form, write in FORMS.items():
        request_id = requests.add_request(
            store, RequestDraft(records="Arrest report", received=NOV_20), today=TODAY
        )
        dialog = open_(qtbot, RequestEventDialog(worker, request_id, "NYPD", today=lambda: TODAY))
        what = named(dialog, QComboBox, "What happened")
        qtbot.keyClick(what, Qt.Key.Key_Down)  # from "received" to "acknowledged"
        assert what.currentText() == "The agency acknowledged it"
        retype(qtbot, field(dialog, "On"), write(acknowledged))
        retype(qtbot, field(dialog, "Promised date"), write(promised))
        save(qtbot, dialog)
        dates = requests.show_request(store, request_id, today=TODAY).dates
        assert (dates.acknowledged, dates.promised) == (acknowledged, promised), form
        assert field(dialog, "On").text() == "Mon 2026-11-23"
        assert field(dialog, "Promised date").text() == "Fri 2026-11-27"
        dialog.deleteLater()


def test_arrest_dialog_saves_each_form(qtbot, worker, store) -> None:
    client_id = clients.add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    worker.open(lambda: (store, None))
    for form, write in FORMS.items():
        dialog = open_(qtbot, ArrestDialog(worker, client_id, today=lambda: TODAY))
        retype(qtbot, field(dialog, "Date"), write(MAR_7))
        arrest_id = save(qtbot, dialog)
        saved = {a.id: a.draft.arrested_on for a in arrests.list_arrests(store, client_id)}
        assert saved[arrest_id] == MAR_7, form
        assert field(dialog, "Date").text() == "Fri 2025-03-07"
        dialog.deleteLater()


def test_incident_dialog_saves_each_form_over_its_prefilled_today(qtbot, worker, store) -> None:
    worker.open(lambda: (store, None))
    for form, write in FORMS.items():
        dialog = open_(qtbot, IncidentDialog(worker, today=lambda: TODAY))
        assert field(dialog, "Date").text() == format_date(TODAY)
        retype(qtbot, field(dialog, "Date"), write(NOV_20))
        incident_id = save(qtbot, dialog)
        saved = {i.id: i.draft.occurred_on for i in incidents.list_incidents(store)}
        assert saved[incident_id] == NOV_20, form
        assert field(dialog, "Date").text() == "Fri 2026-11-20"
        dialog.deleteLater()


def test_client_dialog_saves_each_form_as_the_date_of_birth(qtbot, worker, store) -> None:
    born = date(1990, 4, 23)
    names = iter(["Ana Lima", "Bo Chen", "Cruz Diaz", "Dara Khan", "Eli Moss", "Fay Ngo"])
    worker.open(lambda: (store, None))
    for form, write in FORMS.items():
        dialog = open_(qtbot, ClientDialog(worker, today=lambda: TODAY))
        qtbot.keyClicks(field(dialog, "Name"), next(names))
        retype(qtbot, field(dialog, "Date of birth"), write(born))
        client_id = save(qtbot, dialog)
        assert clients.show_client(store, client_id).draft.dob == born, form
        assert field(dialog, "Date of birth").text() == "Mon 1990-04-23"
        dialog.deleteLater()


def test_packet_served_date_reads_each_form_and_prints_on_the_certificate(
    qtbot, worker, store, tmp_path: Path
) -> None:
    client_id = clients.add_client(store, ClientDraft(name="Marie Joseph"), today=TODAY)
    notice = write_pdf(tmp_path / "Notice to Appear.pdf", "Notice to Appear")
    import_paths(store, [notice], Target(client_id=client_id), options=Options(ocr=False))
    worker.open(lambda: (store, None))
    target = tmp_path / "packet.pdf"
    dialog = PacketDialog(
        worker,
        client_id,
        today=lambda: TODAY,
        choose_path=lambda _parent, _name, _filter, chosen: chosen(str(target)),
    )
    open_(qtbot, dialog)
    dialog.load()
    qtbot.waitUntil(lambda: dialog.exhibits.count() == 1)
    dialog.exhibits.item(0).setCheckState(Qt.CheckState.Checked)
    served = field(dialog, "Served on")
    assert served.text() == format_date(TODAY)  # prefilled with today
    for form, write in FORMS.items():
        retype(qtbot, served, write(NOV_20))
        qtbot.keyClick(served, Qt.Key.Key_Tab)
        assert dialog.request().served_on == NOV_20, form
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(button(dialog, "Export packet…"), Qt.MouseButton.LeftButton)
    text = PdfReader(target).pages[-1].extract_text()
    assert "On November 20, 2026, I served" in " ".join(text.split())
    dialog.reject()


# -- what else a person does with a date field -------------------------------------------


def test_a_text_that_is_not_a_date_blocks_saving_and_keeps_what_was_typed(
    qtbot, worker, store
) -> None:
    client_id = clients.add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    worker.open(lambda: (store, None))
    dialog = open_(qtbot, ArrestDialog(worker, client_id, today=lambda: TODAY))
    qtbot.keyClicks(field(dialog, "Precinct"), "75")
    retype(qtbot, field(dialog, "Date"), "02/30/2026")
    qtbot.mouseClick(button(dialog, "Save"), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    problem = named(dialog, QLabel, "Date typing problem")
    assert problem.isVisible()
    assert problem.text().startswith("February 2026 has 28 days; there is no day 30.")
    assert "11/20/2026" in problem.text()  # it names the forms that are read
    assert field(dialog, "Date").text() == "02/30/2026"  # nothing typed is lost
    assert field(dialog, "Precinct").text() == "75"
    assert dialog.isVisible() and arrests.list_arrests(store, client_id) == []

    qtbot.keyClick(field(dialog, "Date"), Qt.Key.Key_Backspace)  # 02/30/202: still wrong
    qtbot.keyClicks(field(dialog, "Date"), "6")
    assert problem.isVisible()
    retype(qtbot, field(dialog, "Date"), "02/28/2026")
    assert not problem.isVisible()  # gone as soon as the text is a date
    save(qtbot, dialog)
    assert [a.draft.arrested_on for a in arrests.list_arrests(store, client_id)] == [
        date(2026, 2, 28)
    ]


def test_each_dialog_refuses_an_impossible_date_with_the_message(qtbot, worker, store) -> None:
    worker.open(lambda: (store, None))
    cases: list[tuple[QDialog, str]] = [
        (RequestDialog(worker, today=lambda: TODAY), "Received by the agency"),
        (RequestDialog(worker, today=lambda: TODAY), "Date of incident"),
        (IncidentDialog(worker, today=lambda: TODAY), "Date"),
    ]
    for dialog, name in cases:
        open_(qtbot, dialog)
        retype(qtbot, field(dialog, name), "13/01/2026")
        qtbot.mouseClick(button(dialog, "Save"), Qt.MouseButton.LeftButton)
        problem = named(dialog, QLabel, f"{name} typing problem")
        assert problem.isVisible(), name
        assert "There is no month 13: the month comes first." in problem.text()
        assert field(dialog, name).text() == "13/01/2026"
        assert dialog.isVisible()
    assert requests.list_requests(store, today=TODAY) == []
    assert incidents.list_incidents(store) == []

    client = open_(qtbot, ClientDialog(worker, today=lambda: TODAY))
    qtbot.keyClicks(field(client, "Name"), "Ana Lima")
    retype(qtbot, field(client, "Date of birth"), "2026-1")
    qtbot.mouseClick(button(client, "Save"), Qt.MouseButton.LeftButton)
    problem = named(client, QLabel, "Date of birth problem")
    assert problem.isVisible() and "not a date casebook can read" in problem.text()
    assert clients.count_clients(store) == 0


def test_delete_or_backspace_empties_an_optional_date(qtbot, worker, store) -> None:
    worker.open(lambda: (store, None))
    dialog = open_(qtbot, RequestDialog(worker, today=lambda: TODAY))
    qtbot.keyClicks(named(dialog, QPlainTextEdit, "Records asked for"), "Arrest report")
    retype(qtbot, field(dialog, "Received by the agency"), "11/20/2026")
    for name, key in (("Sent on", Qt.Key.Key_Backspace), ("Date of incident", Qt.Key.Key_Delete)):
        edit = field(dialog, name)
        retype(qtbot, edit, "11/19/2026")
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.text() == "Thu 2026-11-19"
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, key)
        assert edit.text() == ""
        assert edit.placeholderText() == "Not given"
    info = requests.show_request(store, save(qtbot, dialog), today=TODAY)
    assert info.sent_on is None and info.fields.incident_date is None
    assert info.dates.received == NOV_20


def test_the_calendar_opens_at_today_or_at_the_fields_date(qtbot, worker, store) -> None:
    worker.open(lambda: (store, None))
    dialog = open_(qtbot, RequestDialog(worker, today=lambda: TODAY))
    qtbot.mouseClick(
        named(dialog, QToolButton, "Received by the agency: calendar"), Qt.MouseButton.LeftButton
    )
    popup = dialog.received.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate().toPython() == TODAY  # never January 1900
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    qtbot.keyClick(view, Qt.Key.Key_Left)  # one day back, then pick it
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field(dialog, "Received by the agency").text() == "Sat 2026-11-28"

    retype(qtbot, field(dialog, "Sent on"), "3/7/25")
    qtbot.keyClick(field(dialog, "Sent on"), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dialog.sent_on.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == MAR_7
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2025, 3)
    qtbot.keyClick(popup.calendar.findChild(QWidget, "qt_calendar_calendarview"), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert dialog.sent_on.value() == MAR_7  # Escape changes nothing
