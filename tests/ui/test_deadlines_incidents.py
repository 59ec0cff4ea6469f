"""The Deadlines page (list and calendar), the Incidents page and its aggregate report."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from casebook.domain.vocabulary import IncidentKind, Law
from casebook.services.deadlines import Deadline
from casebook.ui.incidents_page import SEALED_YES
from casebook.ui.record_labels import error_colour
from tests.helpers import TODAY


def _rows(tree) -> list[Deadline]:
    return [
        tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
    ]


def test_deadlines_list_puts_overdue_first_in_red(qtbot, unlocked_app):
    window = unlocked_app.main_window
    window.sidebar.setCurrentRow(4)
    page = window.deadlines
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() > 0)
    rows = _rows(page.list)
    flags = [d.overdue for d in rows]
    assert flags == sorted(flags, reverse=True), "overdue lines come first"
    if any(flags):
        assert page.list.topLevelItem(0).foreground(2).color() == error_colour()
        assert "overdue" in window.sidebar.item(4).text()
    assert {d.kind for d in rows} & {"hearing", "filing", "foil"}


def test_calendar_shows_what_falls_due_each_day_and_opens_it(qtbot, unlocked_app):
    window = unlocked_app.main_window
    window.sidebar.setCurrentRow(4)
    page = window.deadlines
    qtbot.waitUntil(lambda: bool(page.calendar.by_day))
    assert page.calendar.monthShown() == TODAY.month
    day, items = next(iter(sorted(page.calendar.by_day.items())))
    assert all(d.day == day for d in items)
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    assert page.day_list.topLevelItemCount() == len(items)
    assert page.calendar.grab().width() > 0  # the cells with their titles paint

    before = set(page.calendar.by_day)
    page.calendar.showNextMonth()
    qtbot.waitUntil(lambda: set(page.calendar.by_day) != before)
    assert all(d.month != TODAY.month for d in page.calendar.by_day)

    request = next(d for d in _rows(page.list) if d.ref_kind == "request")
    window.open_deadline(request)
    assert window.pages.currentWidget() is window.requests
    qtbot.waitUntil(
        lambda: window.requests.current is not None and window.requests.current.id == request.ref_id
    )

    hearing = next(d for d in _rows(page.list) if d.ref_kind == "event")
    window.open_deadline(hearing)
    assert window.pages.currentWidget() is window.clients
    qtbot.waitUntil(lambda: window.clients.detail.client_id == hearing.client_id)
    assert window.clients.detail.tabs.currentIndex() == 1


def test_incident_log_says_a_sealed_record_was_shared(qtbot, records_app):
    window = records_app.main_window
    window.sidebar.setCurrentRow(3)
    page = window.incidents
    qtbot.waitUntil(lambda: page.table.rowCount() == 7)
    assert page.table.item(0, 0).text() == "2026-10-14"
    assert page.table.item(0, 5).text() == SEALED_YES  # English: the source
    assert "CPL 160.50" in page.table.item(0, 3).text()
    assert "75" in page.table.item(0, 2).text() and "Brooklyn" in page.table.item(0, 2).text()
    page.table.selectRow(0)
    assert page.flag.isVisible() or not page.isVisible()
    assert "sealed" in page.flag.text().lower()
    assert page.table.item(1, 5).text() == "No"


def test_incident_form_checks_and_saves(qtbot, records_app):
    window = records_app.main_window
    page = window.incidents
    qtbot.waitUntil(lambda: page.table.rowCount() == 7)
    dialog = page.new_incident()
    dialog.precinct.setText("75")
    dialog.borough.setCurrentIndex(dialog.borough.findData("Queens"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors["borough"].isVisible())
    assert "Brooklyn" in dialog.form.errors["borough"].text()
    dialog.borough.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData(IncidentKind.DETAINER.value))
    dialog.laws[Law.ADMIN_CODE_14_154].setChecked(True)
    dialog.occurred_on.set_value(TODAY - timedelta(days=2))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: page.table.rowCount() == 8)
    assert (
        page.table.item(page.table.currentRow(), 0).text()
        == (TODAY - timedelta(days=2)).isoformat()
    )

    edit = page.edit_incident()
    assert edit.precinct.text() == "75" and edit.laws[Law.ADMIN_CODE_14_154].isChecked()
    edit.narrative.setPlainText("Detainer honoured at the 75th.")
    with qtbot.waitSignal(edit.saved):
        edit.save()
    qtbot.waitUntil(lambda: "honoured" in page.narrative.toPlainText())


def test_aggregate_report_is_written_off_the_gui_thread_where_asked(qtbot, records_app, tmp_path):
    page = records_app.main_window.incidents
    qtbot.waitUntil(lambda: page.table.rowCount() == 7)
    answers = iter([str(tmp_path / "council"), str(tmp_path / "council-counts")])
    page._choose_save_path = lambda _p, _s, _f, chosen: chosen(next(answers))
    dialog = page.open_report()
    assert dialog.threshold.minimum() == 3 and dialog.threshold.value() == 5
    dialog.threshold.setValue(1)
    assert dialog.threshold.value() == 3
    dialog.write()
    assert dialog.form.errors["pdf"].isVisible()
    dialog.pdf_browse.click()
    dialog.csv_wanted.setChecked(True)
    dialog.csv_browse.click()
    dialog.write()
    assert not dialog.buttons.isEnabled()  # the work runs on the worker
    qtbot.waitUntil(lambda: "written" in dialog.status.text())
    assert (tmp_path / "council.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "council-counts.csv").read_text()
    assert "fewer than 3" in text or "Brooklyn" in text or "Queens" in text
    dialog.reject()
