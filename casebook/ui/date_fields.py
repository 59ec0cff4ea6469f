"""A date box that may be left empty ("not given"), for the many optional dates of a record.

Qt's ``QDateEdit`` always holds a date; here its minimum stands for "none"
and is shown as ``Not given``. Delete or Backspace with the whole text
selected empties it again; the calendar pop-up picks a date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

NONE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(
        self, parent: QWidget | None = None, *, today: date | None = None, empty: str = "Not given"
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NONE)
        self.setSpecialValueText(empty)
        if today is not None:
            self.setMaximumDate(QDate(today.year, today.month, today.day).addYears(2))
            self.calendarWidget().setSelectedDate(QDate(today.year, today.month, today.day))
        self._today = today
        self.set_value(None)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NONE else date(d.year(), d.month(), d.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(NONE if day is None else QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text() or self.value() is None
        ):
            self.set_value(None)
            return
        starts = event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if self.value() is None and self._today is not None and starts:
            self.set_value(self._today)  # typing into "Not given" starts from today
            self.setSelectedSection(QDateEdit.Section.YearSection)
            if not event.text().isdigit():
                return
        super().keyPressEvent(event)
