"""Date and time fields that read what people type, may be left empty, and never guess.

``QDateEdit`` fills sections as digits arrive, so ``2026-11-20`` typed into an
empty box became 2026-12-11. These fields are plain line edits: the text is
read by ``casebook.domain.typed_dates`` when editing ends (Enter, Tab, a click
elsewhere) and then shown in the one unambiguous form (``Fri 2026-11-20``,
``9:30 AM``). Text that is not a date stays as typed, with the problem shown
under the field; ``value()`` is then None and ``problem()`` says why, so a
dialog refuses to save (``check()``) instead of saving nothing or a wrong date.

An empty field shows a placeholder ("Not given", or the caller's ``empty``)
and its value is None. Delete or Backspace with the text selected (Tab into
the field selects it) empties it. The calendar button (or Alt+Down / F4)
opens a calendar at the field's date, or at ``today`` when it is empty.

Callers name a field with ``setAccessibleName``; the name goes to the line
edit (where screen readers and tests find it), the calendar button and the
problem line take names made from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import ValidationError
from casebook.domain.typed_dates import (
    DATE_FORMS,
    TIME_FORMS,
    format_date,
    format_time,
    parse_date,
    parse_time,
)

T = TypeVar("T", date, time)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _TypedField(QWidget, Generic[T]):
    """A line edit whose text is read as a ``T`` when editing ends; the shared part."""

    changed = Signal(object)  # the new value (T or None) after it changes
    kind = "value"

    def __init__(self, parent: QWidget | None, *, empty: str, hint: str) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(empty)
        self.edit.setToolTip(hint)
        self.edit.setAcceptDrops(False)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Wed 2026-12-30") + 24)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self._problem_target = self.problem_label
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(2)
        self.row.addWidget(self.edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(self.row)
        column.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)
        self._value: T | None = None
        self._shown = ""  # the text this field last wrote (the shown form of _value)
        self.edit.editingFinished.connect(self.check)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self._named = False  # accessibleName() is "" until a caller names the field
        self._name_parts(self.kind.capitalize())

    # -- to be given by each kind ----------------------------------------------------------

    def _parse(self, text: str) -> T:
        raise NotImplementedError

    def _show(self, value: T) -> str:
        raise NotImplementedError

    # -- what callers use ------------------------------------------------------------------

    def value(self) -> T | None:
        """The value the text names now; None when empty or when it is not readable."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return self._parse(text)
        except ValidationError:
            return None

    def problem(self) -> str | None:
        """Why the text is not a ``T`` (one message naming the accepted forms), or None."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            self._parse(text)
        except ValidationError as exc:
            return exc.message
        return None

    def set_value(self, value: T | None) -> None:
        self._write("" if value is None else self._show(value))
        self._settle(value, None)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Put ``text`` in the field as if typed, then read it (shown form or a problem)."""
        self.edit.setText(text)
        self.check()

    def check(self) -> str | None:
        """Read the text now: show it in the shown form, or show its problem; return that."""
        text = self.edit.text().strip()
        if not text:
            self._write("")
            self._settle(None, None)
            return None
        try:
            value = self._parse(text)
        except ValidationError as exc:
            self._settle(None, exc.message)
            return exc.message
        self._write(self._show(value))
        self._settle(value, None)
        return None

    def show_problems_in(self, label: QLabel) -> None:
        """Write problems in the host's own error line for this field, instead of our own."""
        self.problem_label.hide()
        self._problem_target = label

    def setAccessibleName(self, name: str) -> None:
        self._named = True
        self._name_parts(name)

    def accessibleName(self) -> str:
        return self.edit.accessibleName() if self._named else ""

    def _name_parts(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.problem_label.setAccessibleName(f"{name} typing problem")

    # -- inside ----------------------------------------------------------------------------

    def _write(self, text: str) -> None:
        self._shown = text
        if self.edit.text() != text:
            self.edit.setText(text)

    def _settle(self, value: T | None, problem: str | None) -> None:
        self._problem_target.setText(problem or "")
        self._problem_target.setVisible(problem is not None)
        if problem is not None:
            QTimer.singleShot(0, self, self._make_room)  # not after self is gone
        self.edit.setProperty("invalid", problem is not None)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        if value != self._value:
            self._value = value
            self.changed.emit(value)

    def _make_room(self) -> None:
        """Grow the window to show a wrapped problem line (layouts do not, for word wrap)."""
        window = self.window()
        if window is not self and window.isVisible():
            layout = window.layout()
            if layout is not None:
                layout.activate()
            needed = window.heightForWidth(window.width())
            needed = max(needed, window.sizeHint().height())
            if needed > window.height():
                window.resize(window.width(), needed)

    def _edited(self, _text: str) -> None:
        """A shown problem goes away as soon as the text is right (or empty)."""
        if self._problem_target.isVisible() and self.problem() is None:
            self._problem_target.hide()
            self.edit.setProperty("invalid", False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        return False


class OptionalDateEdit(_TypedField[date]):
    """A date that may be left empty; ``value()`` is a ``date`` or None.

    ``today`` reads two-digit years (see ``typed_dates``) and is where the
    calendar opens when the field is empty; without it, the real date is used.
    """

    kind = "date"

    def __init__(
        self, parent: QWidget | None = None, *, today: date | None = None, empty: str = ""
    ) -> None:
        self._today = today
        hint = QCoreApplication.translate("DateFields", "Type the date as {forms} (month first)")
        super().__init__(
            parent,
            empty=empty or QCoreApplication.translate("DateFields", "Not given"),
            hint=hint.format(forms=DATE_FORMS),
        )
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(
            QCoreApplication.translate("DateFields", "Pick the date from a calendar (Alt+Down)")
        )
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.row.addWidget(self.calendar_button)
        self.popup: CalendarPopup | None = None
        self._name_parts(self.edit.accessibleName())

    def today(self) -> date:
        return self._today if self._today is not None else date.today()

    def _name_parts(self, name: str) -> None:
        super()._name_parts(name)
        if hasattr(self, "calendar_button"):
            self.calendar_button.setAccessibleName(f"{name}: calendar")

    def open_calendar(self) -> None:
        """Show the calendar at the field's date, or at today when there is none."""
        if self.popup is None:
            self.popup = CalendarPopup(self, self._picked)
        self.popup.open_at(self.value() or self.today(), self)

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _parse(self, text: str) -> date:
        """Read ``text``; a day name this field wrote is dropped once the digits are edited.

        ``Fri 2026-11-20`` edited to ``Fri 2026-11-21``: the person changed the
        digits, the day name is ours and stale, so it is not held against them.
        A day name the person typed that is not the date's is still refused.
        """
        text = text.strip()
        ours = self._shown.split(" ", 1)[0] if self._shown else ""
        if ours and text != self._shown and text.split(" ", 1)[0] == ours:
            text = text[len(ours) :]
        return parse_date(text, self.today(), field="date")

    def _show(self, value: date) -> str:
        return format_date(value)

    def _key(self, event: QKeyEvent) -> bool:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return True
        return False


class CalendarPopup(QFrame):
    """The calendar a date field opens; a click or Enter picks, Escape closes."""

    def __init__(self, owner: QWidget, picked: Callable[[date], None]) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as calendars in New York do
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName("Calendar")
        self._picked = picked
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def open_at(self, day: date, below: QWidget) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        self.move(below.mapToGlobal(below.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self, q: QDate) -> None:
        self.hide()
        self._picked(date(q.year(), q.month(), q.day()))


class TimeEdit(_TypedField[time]):
    """A time of day that may be left empty; ``value()`` is a ``time`` or None.

    Reads ``9:30``, ``9:30 AM``, ``9:30am``, ``14:00``, ``2 PM``, ``0930``
    (see ``typed_dates.parse_time``) and shows ``9:30 AM``.
    """

    kind = "time"

    def __init__(self, parent: QWidget | None = None, *, empty: str = "") -> None:
        hint = QCoreApplication.translate("DateFields", "Type the time as {forms}")
        super().__init__(
            parent,
            empty=empty or QCoreApplication.translate("DateFields", "Not given"),
            hint=hint.format(forms=TIME_FORMS),
        )

    def _parse(self, text: str) -> time:
        return parse_time(text, field="time")

    def _show(self, value: time) -> str:
        return format_time(value)


def first_problem(*fields: _TypedField[date] | _TypedField[time]) -> QWidget | None:
    """Check each field (showing its problem); the first whose text is not readable, or None.

    Dialogs call this before saving and, when it returns a field, focus it and
    save nothing: what was typed stays for the person to fix.
    """
    bad = [f for f in fields if f.check() is not None]
    if bad:
        bad[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return bad[0]
    return None
