"""The Incidents page: the log of NYPD-ICE information-sharing events, and the report dialog.

Rows are ``incidents.list_incidents``' frozen ``IncidentInfo``: date, kind,
precinct and borough, the laws named, the client, and the sealed-record
flag, said in words in its own column (not only a colour) and in full below
the list. New incident (Ctrl+Shift+N on this page), Edit (Enter or
Ctrl+Shift+E), Delete (Delete in the log), and the anonymised aggregate report
(Ctrl+Shift+R). Adding, editing and deleting can be undone (``record_undo``);
the log redraws on the worker's change notices.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.services import incidents
from casebook.services.changes import Change, Changes
from casebook.services.incidents import IncidentInfo
from casebook.ui.actions import local_action
from casebook.ui.aggregate_dialog import AggregateDialog
from casebook.ui.incident_dialog import IncidentDialog
from casebook.ui.record_labels import error_colour, incident_kind_label, law_label
from casebook.ui.record_undo import (
    INCIDENTS,
    AddRecordCommand,
    DeleteRecordCommand,
    EditRecordCommand,
    IdMap,
)
from casebook.ui.save_dialog import SaveChooser, ask_save_path
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

COLUMNS = (
    QT_TRANSLATE_NOOP("IncidentsPage", "Date"),
    QT_TRANSLATE_NOOP("IncidentsPage", "Kind"),
    QT_TRANSLATE_NOOP("IncidentsPage", "Precinct / borough"),
    QT_TRANSLATE_NOOP("IncidentsPage", "Laws"),
    QT_TRANSLATE_NOOP("IncidentsPage", "Client"),
    QT_TRANSLATE_NOOP("IncidentsPage", "Sealed record"),
)
SEALED_YES = QT_TRANSLATE_NOOP("IncidentsPage", "Yes: sealed record shared")


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentsPage", text)


def _where(info: IncidentInfo) -> str:
    d = info.draft
    precinct = _tr("Pct {precinct}").format(precinct=d.precinct) if d.precinct else ""
    parts = [precinct, d.borough.value if d.borough else ""]
    return (
        ", ".join(p for p in parts if p)
        or d.place
        or QCoreApplication.translate("IncidentsPage", "not recorded")
    )


def incident_row(info: IncidentInfo) -> tuple[str, ...]:
    d = info.draft
    return (
        d.occurred_on.isoformat(),
        incident_kind_label(d.kind),
        _where(info),
        "; ".join(law_label(law) for law in d.laws)
        or QCoreApplication.translate("IncidentsPage", "none named"),
        info.client_name or QCoreApplication.translate("IncidentsPage", "(no client)"),
        _tr(SEALED_YES)
        if info.sealed_record_flag
        else QCoreApplication.translate("IncidentsPage", "No"),
    )


def incident_label(info: IncidentInfo) -> str:
    """How undo names an incident: ``incident of 2026-05-04 (ICE detainer honoured)``."""
    d = info.draft
    return QCoreApplication.translate("IncidentsPage", "incident of {day} ({kind})").format(
        day=d.occurred_on.isoformat(), kind=incident_kind_label(d.kind)
    )


class IncidentsPage(QWidget):
    """Emits ``message(text)`` for the status bar and ``changed`` after a save."""

    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        worker: DbWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        choose_save_path: SaveChooser = ask_save_path,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self._ids = IdMap()
        self._wanted: int | None = None
        worker.changed.connect(self._on_changed)
        self._today = today
        self._choose_save_path = choose_save_path
        self._request = 0
        self.rows: tuple[IncidentInfo, ...] = ()
        self.dialog: IncidentDialog | AggregateDialog | None = None
        self.setAccessibleName("Incidents")

        title = QLabel(self.tr("Incidents"))
        title.setObjectName("pageTitle")
        self.new_action = local_action(
            self, self.tr("&New incident…"), self.new_incident, "Ctrl+Shift+N"
        )
        self.edit_action = local_action(
            self, self.tr("&Edit incident…"), self.edit_incident, "Ctrl+Shift+E"
        )
        self.report_action = local_action(
            self, self.tr("&Aggregate report…"), self.open_report, "Ctrl+Shift+R"
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for a in (self.new_action, self.edit_action, self.report_action):
            button = QPushButton(a.text())
            button.setToolTip(a.toolTip())
            button.clicked.connect(a.trigger)
            a.enabledChanged.connect(button.setEnabled)
            top.addWidget(button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName("Incident log")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 90), (1, 190), (2, 150), (3, 250), (4, 160)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _i: self.edit_incident())
        # Delete in the log only (not in a text box elsewhere on the page).
        self.delete_action = local_action(
            self.table,
            self.tr("&Delete incident"),
            self.delete_incident,
            QKeySequence.StandardKey.Delete,
        )
        delete_button = QPushButton(self.delete_action.text())
        delete_button.setToolTip(self.delete_action.toolTip())
        delete_button.clicked.connect(self.delete_action.trigger)
        self.delete_action.enabledChanged.connect(delete_button.setEnabled)
        top.insertWidget(top.count() - 1, delete_button)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("placeholder")
        self.empty.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setObjectName("error")
        self.flag.setWordWrap(True)
        self.flag.setAccessibleName("Sealed record")
        self.flag.hide()
        self.narrative = QPlainTextEdit()
        self.narrative.setReadOnly(True)
        self.narrative.setAccessibleName("Narrative")
        self.narrative.setPlaceholderText(self.tr("The chosen incident's narrative shows here."))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.flag)
        detail_layout.addWidget(self.narrative, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

    # -- what the window asks -----------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        self._request += 1
        request = self._request
        if select_id is not None:
            self._wanted = select_id
        elif self._wanted is None:
            self._wanted = self.current_id()  # (a reload asked before it keeps the row it wants)
        self._worker.submit(
            lambda s: tuple(incidents.list_incidents(s)),
            on_success=partial(self._on_loaded, request),
        )

    def clear(self) -> None:
        self._request += 1
        self._wanted = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.rows = ()
        self.table.setRowCount(0)
        self.narrative.clear()
        self.flag.hide()

    def current(self) -> IncidentInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def current_id(self) -> int | None:
        info = self.current()
        return info.id if info else None

    def new_incident(self) -> IncidentDialog:
        dialog = IncidentDialog(self._worker, self, today=self._today)
        dialog.saved.connect(lambda i: self._saved(dialog, i, self.tr("Incident logged.")))
        self._open(dialog)
        return dialog

    def edit_incident(self) -> IncidentDialog | None:
        info = self.current()
        if info is None:
            return None
        dialog = IncidentDialog(self._worker, self, today=self._today, incident=info)
        dialog.saved.connect(lambda i: self._saved(dialog, i, self.tr("Incident saved.")))
        self._open(dialog)
        return dialog

    def delete_incident(self) -> None:
        """Delete the chosen incident (its source documents stay); Ctrl+Z brings it back."""
        info = self.current()
        if info is None:
            return
        self._undo.push(
            DeleteRecordCommand(
                self._worker,
                INCIDENTS,
                self._ids,
                info.id,
                incident_label(info),
                self._restored,
                self.message.emit,
            )
        )

    def open_report(self) -> AggregateDialog:
        dialog = AggregateDialog(
            self._worker, self, today=self._today, ask_path=self._choose_save_path
        )
        self._open(dialog)
        return dialog

    # -- internals ----------------------------------------------------------------------------

    def _open(self, dialog: IncidentDialog | AggregateDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, dialog: IncidentDialog, incident_id: int, text: str) -> None:
        self.message.emit(self.tr("{done} Undo with Ctrl+Z.").format(done=text))
        self.changed.emit()
        self.load(select_id=incident_id)
        draft = dialog.draft()
        label = incident_label(IncidentInfo(incident_id, "", draft))
        args = (self._worker, INCIDENTS, self._ids, incident_id)
        if dialog.before is None:
            command: AddRecordCommand | EditRecordCommand = AddRecordCommand(
                *args, label, self._restored, self.message.emit
            )
        else:
            command = EditRecordCommand(
                *args, dialog.before, label, self._restored, self.message.emit
            )
        self._undo.push(command)

    def _restored(self, incident_id: int) -> None:
        """Undo or redo brought an incident back: show it chosen in the log."""
        self.load(select_id=incident_id)
        self.changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        """Incidents, or the clients and arrests they name, changed somewhere: redraw."""
        if changes.touches(Change.INCIDENTS, Change.CLIENTS, Change.ARRESTS):
            self.load()

    def _on_loaded(self, request: int, rows: tuple[IncidentInfo, ...]) -> None:
        if request != self._request:
            return
        keep, self._wanted = self._wanted, None
        self.rows = rows
        self.table.setRowCount(len(rows))
        red = error_colour()
        for r, info in enumerate(rows):
            for c, value in enumerate(incident_row(info)):
                item = QTableWidgetItem(value)
                if c == len(COLUMNS) - 1 and info.sealed_record_flag:
                    item.setForeground(red)
                    item.setToolTip(info.sealed_record_flag.message)
                self.table.setItem(r, c, item)
        flagged = sum(1 for i in rows if i.sealed_record_flag)
        if not rows:
            self.empty.setText(
                self.tr(
                    "No incidents logged yet. New incident (Ctrl+Shift+N) records an NYPD-ICE "
                    "information-sharing event."
                )
            )
        elif flagged:
            self.empty.setText(
                self.tr(
                    "%n incident(s), {flagged} involving a sealed record.", "", len(rows)
                ).format(flagged=flagged)
            )
        else:
            self.empty.setText(self.tr("%n incident(s).", "", len(rows)))
        row = next((i for i, info in enumerate(rows) if info.id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def _selection_changed(self) -> None:
        info = self.current()
        self.edit_action.setEnabled(info is not None)
        self.delete_action.setEnabled(info is not None)
        if info is None:
            self.narrative.clear()
            self.flag.hide()
            return
        self.narrative.setPlainText(info.draft.narrative or self.tr("(no narrative)"))
        flag = info.sealed_record_flag
        sealed = self.tr("Sealed record: {message}")
        self.flag.setText(sealed.format(message=flag.message) if flag else "")
        self.flag.setVisible(flag is not None)
