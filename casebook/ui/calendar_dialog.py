"""File > Export calendar…: hearings and deadlines as an .ics file for the person's calendar.

``services.calendar.export_calendar`` does the work on the DB worker, off the
GUI thread. By default the events carry the client's initials only; the
"Show client names" box is off, and ticking it shows where such a file goes
(calendar services copy it to their servers and every synced device) before
anything is written. Re-exporting to the same calendar updates its events.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import calendar
from casebook.services.calendar import FULL_NAMES_WARNING, CalendarResult
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.field_form import FieldForm
from casebook.ui.save_dialog import ICS_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

INITIALS_NOTE = QT_TRANSLATE_NOOP(
    "CalendarDialog",
    "Events name no client: only initials, the kind of hearing and the court "
    "(“J.L. — Individual hearing, 26 Federal "
    "Plaza”).",
)


class CalendarDialog(QDialog):
    """Emits ``message(text)`` for the status bar once the file is written."""

    message = Signal(str)
    exported = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        choose_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._now = now
        self._choose_path = choose_path
        self.setWindowTitle(self.tr("Export calendar"))
        self.setAccessibleName("Export calendar")
        self.setMinimumWidth(580)
        intro = QLabel(
            self.tr(
                "An iCalendar (.ics) file of hearings, filing deadlines, FOIL dates and expected "
                "sealing days, with "
                "reminders, to import into Google Calendar, Apple Calendar or Outlook. Export "
                "again to the same calendar after a change: its events are updated, and a "
                "removed hearing is cancelled. The saved file is not encrypted."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("About the calendar export")
        f = self.form = FieldForm()
        self.since = OptionalDateEdit(today=today(), empty=self.tr("Choose the first day"))
        self.since.setAccessibleName("From date")
        self.since.set_value(today())
        f.add_field("since", "&From", self.since, caption=self.tr("&From"))

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save the calendar file"))
        self.path.setAccessibleName("Calendar file")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose where to save the calendar")
        browse.clicked.connect(self.browse)
        row = QWidget()
        row.setAccessibleName("Calendar file")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.path, 1)
        box.addWidget(browse)
        f.add_field("path", "F&ile", row, caption=self.tr("F&ile"))

        self.full_names = QCheckBox(
            self.tr("Show client &names (the file may be copied to a calendar service's servers)")
        )
        self.full_names.setAccessibleName("Show client names")
        self.names_note = QLabel(self.tr(INITIALS_NOTE))
        self.names_note.setWordWrap(True)
        self.names_note.setAccessibleName("What events say about clients")
        self.full_names.toggled.connect(self._names_chosen)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Calendar status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Export calendar"))
        self.save_button.setAccessibleName("Export calendar")
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        # Grow with the wrapped notes and the status line instead of clipping them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(self.full_names)
        layout.addWidget(self.names_note)
        layout.addWidget(f.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _names_chosen(self, on: bool) -> None:
        self.status.clear()  # what was saved before was saved with the other choice
        self.names_note.setObjectName("warning" if on else "")
        warning = self.tr("Warning: {warning}").format(warning=FULL_NAMES_WARNING)
        self.names_note.setText(warning if on else self.tr(INITIALS_NOTE))
        self.names_note.style().unpolish(self.names_note)
        self.names_note.style().polish(self.names_note)
        self._fit()

    def _fit(self) -> None:
        """Make room for text that grew, keeping the width the person gave the dialog."""
        self._layout.activate()
        height = self._layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def browse(self) -> None:
        name = self.tr("casebook hearings {day}.ics").format(day=self._today().isoformat())
        self._choose_path(self, self.path.text().strip() or name, ICS_FILTER, self.path.setText)

    def write(self) -> None:
        self.form.clear_errors()
        if first_problem(self.since) is not None:
            return
        since = self.since.value()
        if since is None:
            self.form.errors["since"].setText(
                self.tr("Give the first day the calendar should show.")
            )
            self.form.errors["since"].show()
            self.since.setFocus()
            return
        if not self.path.text().strip():
            self.form.errors["path"].setText(self.tr("Choose where to save the calendar file."))
            self.form.errors["path"].show()
            self.path.setFocus()
            return
        target = with_suffix(self.path.text().strip(), ".ics")
        full_names, today, now = self.full_names.isChecked(), self._today(), self._now()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the calendar…"))
        self._worker.submit(
            lambda s: calendar.export_calendar(
                s, target, now=now, since=since, full_names=full_names, today=today
            ),
            on_success=self._written,
            on_failure=self._failed,
            on_done=lambda: self.save_button.setEnabled(True),
        )

    def _written(self, result: CalendarResult) -> None:
        cancelled = self.tr(", %n cancelled", "", result.cancelled) if result.cancelled else ""
        said = (
            self.tr("Saved %n event(s) with client names to {path}{cancelled}.", "", result.events)
            if result.full_names
            else self.tr(
                "Saved %n event(s) with initials only to {path}{cancelled}.", "", result.events
            )
        )
        self.status.setText(
            said.format(path=result.path, cancelled=cancelled)
            + " "
            + self.tr("Import it into your calendar; this copy is not encrypted.")
        )
        self._fit()
        self.message.emit(
            self.tr("Calendar saved to {path}: %n event(s).", "", result.events).format(
                path=result.path
            )
        )
        self.exported.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self.form.show_error(exc)
