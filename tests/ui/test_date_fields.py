"""OptionalDateEdit and TimeEdit on their own: typing, what they show, signals, names."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from casebook.ui.date_fields import OptionalDateEdit, TimeEdit, first_problem
from tests.helpers import TODAY


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.add_widget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editing ends


@pytest.mark.parametrize(
    ("typed", "value", "shown"),
    [
        ("2026-11-20", date(2026, 11, 20), "Fri 2026-11-20"),
        ("11/20/2026", date(2026, 11, 20), "Fri 2026-11-20"),
        ("11/20/26", date(2026, 11, 20), "Fri 2026-11-20"),
        ("20261120", date(2026, 11, 20), "Fri 2026-11-20"),
        ("2025-03-07", date(2025, 3, 7), "Fri 2025-03-07"),
        ("1/5/2027", date(2027, 1, 5), "Tue 2027-01-05"),
    ],
)
def test_a_typed_date_is_read_whole_and_shown_one_way(qtbot, typed, value, shown) -> None:
    field = OptionalDateEdit(today=TODAY)
    _shown(qtbot, field)
    with qtbot.waitSignal(field.changed) as changed:
        _type(qtbot, field.edit, typed)
    assert changed.args == [value]
    assert field.value() == value and field.problem() is None
    assert field.text() == shown


def test_an_unreadable_date_keeps_its_text_and_says_why(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    field.setAccessibleName("Received")
    _shown(qtbot, field)
    _type(qtbot, field.edit, "02/30/2026")
    assert field.text() == "02/30/2026"
    assert field.value() is None
    assert field.problem() is not None and "no day 30" in field.problem()
    label = field.findChild(QLabel, "error")
    assert label.accessibleName() == "Received typing problem"
    assert label.isVisible() and label.text() == field.problem()
    assert first_problem(field) is field
    _type(qtbot, field.edit, "02/28/2026")
    assert not label.isVisible() and first_problem(field) is None


def test_editing_the_digits_after_the_shown_day_name(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    _shown(qtbot, field)
    field.set_value(date(2026, 11, 20))
    assert field.text() == "Fri 2026-11-20"
    qtbot.keyClick(field.edit, Qt.Key.Key_End)
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, "3")  # "Fri 2026-11-23": the day name is the field's, now stale
    assert field.value() == date(2026, 11, 23)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "Mon 2026-11-23"
    _type(qtbot, field.edit, "Thu 2026-11-20")  # a day name the person typed must agree
    assert field.value() is None and "is a Friday, not a Thursday" in field.problem()


def test_empty_means_not_given(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    other = OptionalDateEdit(today=TODAY, empty="Choose the date")
    _shown(qtbot, field)
    assert field.value() is None and field.text() == "" and field.problem() is None
    assert field.edit.placeholderText() == "Not given"
    assert other.edit.placeholderText() == "Choose the date"
    field.set_value(TODAY)
    with qtbot.waitSignal(field.changed) as changed:
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert changed.args == [None] and field.value() is None


def test_set_value_and_set_text(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    seen: list[object] = []
    field.changed.connect(seen.append)
    field.set_value(date(2026, 12, 30))
    field.set_value(date(2026, 12, 30))  # no change, no signal
    field.setText("1/5/27")
    field.set_value(None)
    assert seen == [date(2026, 12, 30), date(2027, 1, 5), None]


def test_names_go_to_the_parts(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    assert field.accessibleName() == ""  # so FieldForm names it after its caption
    assert field.edit.accessibleName() == "Date"
    field.setAccessibleName("Sent on")
    assert field.accessibleName() == "Sent on" == field.edit.accessibleName()
    assert field.calendar_button.accessibleName() == "Sent on: calendar"
    time_field = TimeEdit()
    time_field.setAccessibleName("Starts at")
    assert time_field.edit.accessibleName() == "Starts at"


def test_f4_opens_the_calendar_at_the_typed_date_and_a_click_picks(qtbot) -> None:
    field = OptionalDateEdit(today=TODAY)
    _shown(qtbot, field)
    qtbot.keyClicks(field.edit, "12/30/26")
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == date(2026, 12, 30)
    view = popup.calendar.findChild(QWidget, "qt_calendar_calendarview")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert field.value() == date(2026, 12, 31) and field.text() == "Thu 2026-12-31"


def test_without_today_the_calendar_opens_at_the_real_date_not_1900(qtbot) -> None:
    field = OptionalDateEdit()
    _shown(qtbot, field)
    field.open_calendar()
    assert field.popup is not None
    opened = field.popup.calendar.selectedDate().toPython()
    assert abs((opened - date.today()).days) <= 1  # noqa: real-clock (a field given no today uses the clock)


@pytest.mark.parametrize(
    ("typed", "value", "shown"),
    [
        ("9:30", time(9, 30), "9:30 AM"),
        ("9:30 AM", time(9, 30), "9:30 AM"),
        ("9:30am", time(9, 30), "9:30 AM"),
        ("14:00", time(14, 0), "2:00 PM"),
        ("2 PM", time(14, 0), "2:00 PM"),
        ("0930", time(9, 30), "9:30 AM"),
    ],
)
def test_time_edit_reads_each_form(qtbot, typed, value, shown) -> None:
    field = TimeEdit()
    _shown(qtbot, field)
    with qtbot.waitSignal(field.changed):
        _type(qtbot, field.edit, typed)
    assert field.value() == value and field.text() == shown


def test_time_edit_refuses_and_empties(qtbot) -> None:
    field = TimeEdit(empty="No time")
    _shown(qtbot, field)
    assert field.edit.placeholderText() == "No time" and field.value() is None
    _type(qtbot, field.edit, "9")
    assert field.value() is None and "not a time" in field.problem()
    assert field.text() == "9"
    field.set_value(time(13, 5))
    assert field.text() == "1:05 PM" and field.problem() is None
    field.set_value(None)
    assert field.text() == "" and field.value() is None


def test_a_host_can_show_the_problem_in_its_own_line(qtbot) -> None:
    host = QWidget()
    field = OptionalDateEdit(host, today=TODAY)
    line = QLabel(host)
    field.show_problems_in(line)
    _shown(qtbot, host)
    _type(qtbot, field.edit, "13/01/2026")
    assert line.isVisible() and "There is no month 13" in line.text()
    assert not field.problem_label.isVisible()
