"""The Record requests page: every request with its clock, one request's timeline, its letters.

The list comes from ``requests.list_requests`` (frozen ``RequestInfo`` with the
clock of ``foil_deadlines``); the filters are the client (server side) and the
status (on the rows already loaded). Selecting a request loads it whole
(``show_request``: linked documents and the sealed-record flag) into the pane
on the right: the clock in words (red when the agency is late, "constructive
denial: you may appeal now" when the law says so), the timeline, and actions.

Adding a request, recording what happened and deleting one (Delete in the list)
can be undone (``record_undo``); the list redraws on the worker's change
notices, so an undo elsewhere shows here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import requests
from casebook.services.changes import Change, Changes
from casebook.services.deadlines import UPCOMING_DAYS
from casebook.services.request_letters import LetterType
from casebook.services.requests import RequestInfo
from casebook.ui.actions import local_action
from casebook.ui.client_picker import ClientPicker
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.deadline_words import format_date, summary
from casebook.ui.letter_dialog import LetterDialog
from casebook.ui.record_labels import (
    CLOSED_STAGES,
    clock_text,
    error_colour,
    is_agency_late,
    is_late,
    request_title,
    stage_text,
    warning_colour,
)
from casebook.ui.record_undo import (
    REQUESTS,
    AddRecordCommand,
    DeleteRecordCommand,
    EditRecordCommand,
    IdMap,
)
from casebook.ui.request_dialog import RequestDialog, RequestEventDialog
from casebook.ui.request_timeline import DONE, LATE, MET, TODAY, request_timeline
from casebook.ui.save_dialog import SaveChooser, ask_save_path
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (  # records and stage: tooltips, pane
    QT_TRANSLATE_NOOP("RequestsPage", "Request"),
    QT_TRANSLATE_NOOP("RequestsPage", "Client"),
    QT_TRANSLATE_NOOP("RequestsPage", "Received"),
    QT_TRANSLATE_NOOP("RequestsPage", "Clock"),
)
STATUS_FILTERS: tuple[tuple[str, Callable[[RequestInfo, date], bool]], ...] = (
    (QT_TRANSLATE_NOOP("RequestsPage", "All requests"), lambda _i, _t: True),
    (QT_TRANSLATE_NOOP("RequestsPage", "Open"), lambda i, _t: i.next_step is not None),
    (
        QT_TRANSLATE_NOOP("RequestsPage", "Overdue or due within {days} days"),
        lambda i, t: i.is_reminder(t, UPCOMING_DAYS),
    ),
    (
        QT_TRANSLATE_NOOP("RequestsPage", "Constructive denial"),
        lambda i, _t: i.clock.constructive_denial,
    ),
    (
        QT_TRANSLATE_NOOP("RequestsPage", "Closed"),
        lambda i, _t: i.next_step is None or i.clock.stage in CLOSED_STAGES,
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsPage", text)


class RequestTableModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self.rows: tuple[RequestInfo, ...] = ()

    def set_rows(self, rows: tuple[RequestInfo, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        today = self._today()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(info, index.column(), today, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            if is_late(info, today):
                return error_colour()
            if is_agency_late(info):
                return warning_colour()
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None

    @staticmethod
    def _text(info: RequestInfo, column: int, today: date, tip: bool) -> str:
        if column == 0:
            return f"{request_title(info)}\n{info.records}" if tip else request_title(info)
        if column == 1:
            if info.client_name:
                return info.client_name
            if tip:
                return QCoreApplication.translate("RequestsPage", "About no one client")
            return QCoreApplication.translate("RequestsPage", "(no client)")
        if column == 2:
            if not info.dates.received:
                return QCoreApplication.translate("RequestsPage", "not yet")
            return format_date(info.dates.received)
        if tip:
            return f"{clock_text(info)}\n{stage_text(info.clock)}. {info.clock.message}"
        return clock_text(info)

    def request_at(self, row: int) -> RequestInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class RequestsPage(QWidget):
    """Emits ``message(text)``, ``open_document(doc_id)`` and ``changed`` after a save."""

    message = Signal(str)
    open_document = Signal(int)
    changed = Signal()

    def __init__(
        self,
        worker: DbWorker,
        clipboard: ClipboardGuard,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        choose_pdf_path: SaveChooser = ask_save_path,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self._ids = IdMap()
        worker.changed.connect(self._on_changed)
        self._clipboard = clipboard
        self._today = today
        self._choose_pdf_path = choose_pdf_path
        self._request = 0
        self._detail_request = 0
        self._all: tuple[RequestInfo, ...] = ()
        self.current: RequestInfo | None = None
        self.dialog: RequestDialog | RequestEventDialog | LetterDialog | None = None
        self._wanted: int | None = None
        self.setAccessibleName("Record requests")

        title = QLabel(self.tr("Record requests"))
        title.setObjectName("pageTitle")
        self.client_filter = ClientPicker(worker)
        self.client_filter.setAccessibleName("Filter by client")
        self.client_filter.setPlaceholderText(self.tr("All clients (type a name to filter)"))
        self.client_filter.chosen.connect(lambda _id, _name: self.load())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Filter by status")
        for label, _test in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label).format(days=UPCOMING_DAYS))
        self.status_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.new_action = local_action(
            self, self.tr("&New request…"), lambda: self.new_request(), "Ctrl+Shift+N"
        )
        self.event_action = local_action(
            self, self.tr("&Record what happened…"), self.record_event, "Ctrl+Shift+U"
        )
        self.letter_action = local_action(
            self, self.tr("Request &letter…"), lambda: self.show_letter("request"), "Ctrl+Shift+L"
        )
        self.appeal_action = local_action(
            self, self.tr("&Appeal letter…"), lambda: self.show_letter("appeal"), "Ctrl+Shift+A"
        )
        new_button = QPushButton(self.new_action.text())
        new_button.setToolTip(self.new_action.toolTip())
        new_button.clicked.connect(lambda: self.new_request())
        filters = QHBoxLayout()
        filters.addWidget(title)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Client:")))
        filters.addWidget(self.client_filter, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(new_button)

        self.model = RequestTableModel(today)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Record requests")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the clock's sentence
        # The clock's sentence takes what is left; cut, it is whole in its tooltip and the pane.
        dated = self.table.fontMetrics().horizontalAdvance("Wed 0000-00-00") + 16
        for column, width in ((0, 180), (1, 140), (2, dated)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select_row(current.row())
        )
        # Delete in the client filter edits its text; it deletes a request only from the list.
        self.delete_action = local_action(
            self.table,
            self.tr("&Delete request"),
            self.delete_request,
            QKeySequence.StandardKey.Delete,
        )
        self.empty = QLabel()
        self.empty.setObjectName("placeholder")
        self.empty.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("requestHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records = QLabel()
        self.records.setAccessibleName("Records asked for")
        self.records.setWordWrap(True)
        self.records.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock = QLabel()
        self.clock.setAccessibleName("Clock")
        self.clock.setWordWrap(True)
        self.stage = QLabel()
        self.stage.setAccessibleName("Stage")
        self.stage.setWordWrap(True)
        self.clock_message = QLabel()
        self.clock_message.setAccessibleName("What the law says now")
        self.clock_message.setWordWrap(True)
        self.clock_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sealed = QLabel()
        self.sealed.setObjectName("error")
        self.sealed.setWordWrap(True)
        self.sealed.setAccessibleName("Sealed record")
        self.sealed.hide()
        self.timeline = QTreeWidget()
        self.timeline.setAccessibleName("Timeline of the request")
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnWidth(0, 100)
        self.documents = QListWidget()
        self.documents.setAccessibleName("Response documents")
        self.documents.setMaximumHeight(90)
        self.documents.itemActivated.connect(
            lambda item: self.open_document.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        buttons = QHBoxLayout()
        for a in (self.event_action, self.letter_action, self.appeal_action, self.delete_action):
            button = QPushButton(a.text())
            button.setToolTip(a.toolTip())
            button.clicked.connect(a.trigger)
            a.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.detail = QWidget()
        self.detail.setAccessibleName("Request details")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.records)
        detail_layout.addWidget(self.clock)
        detail_layout.addWidget(self.stage)
        detail_layout.addWidget(self.clock_message)
        detail_layout.addWidget(self.sealed)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(QLabel(self.tr("Timeline")))
        detail_layout.addWidget(self.timeline, 1)
        detail_layout.addWidget(QLabel(self.tr("Response documents (Enter opens one)")))
        detail_layout.addWidget(self.documents)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([680, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.client_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self._show_detail(None)

    # -- what the window asks -----------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        self._request += 1
        request, today = self._request, self._today()
        client_id = self.client_filter.client_id
        if select_id is not None:
            self._wanted = select_id
        elif self.current is not None and self._wanted is None:
            self._wanted = self.current.id  # (a reload asked before it keeps the row it wants)
        self._worker.submit(
            lambda s: tuple(requests.list_requests(s, today=today, client_id=client_id)),
            on_success=partial(self._on_loaded, request),
        )

    def show_request(self, request_id: int) -> None:
        """Show one request (from the Deadlines view or a client's file), whatever the filters."""
        self.status_filter.setCurrentIndex(0)
        if self.client_filter.client_id is not None:
            self.client_filter.clear_all()
        self.load(select_id=request_id)

    def clear(self) -> None:
        self._request += 1
        self._detail_request += 1
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self._all = ()
        self.model.set_rows(())
        self.client_filter.clear_all()
        self._wanted = None
        self._show_detail(None)

    def new_request(self, client: tuple[int, str] | None = None) -> RequestDialog:
        """The request form; ``client`` (id, name) fills in whom it is about."""
        dialog = RequestDialog(self._worker, self, today=self._today, client=client)
        dialog.saved.connect(lambda rid: self._after_new(dialog, rid))
        self._open(dialog)
        return dialog

    def record_event(self) -> None:
        if self.current is None:
            return
        label = request_title(self.current)
        dialog = RequestEventDialog(self._worker, self.current.id, label, self, today=self._today)
        dialog.saved.connect(lambda rid: self._recorded(dialog, rid, label))
        self._open(dialog)

    def delete_request(self) -> None:
        """Delete the chosen request (its response documents stay); Ctrl+Z brings it back."""
        if self.current is None:
            return
        self._undo.push(
            DeleteRecordCommand(
                self._worker,
                REQUESTS,
                self._ids,
                self.current.id,
                request_title(self.current),
                self._restored,
                self.message.emit,
            )
        )

    def show_letter(self, kind: LetterType) -> LetterDialog | None:
        if self.current is None:
            return None
        dialog = LetterDialog(
            self._worker,
            self._clipboard,
            self.current.id,
            kind,
            self,
            today=self._today,
            choose_path=self._choose_pdf_path,
        )
        dialog.message.connect(self.message)
        self._open(dialog)
        dialog.load()
        return dialog

    # -- internals ----------------------------------------------------------------------------

    def _open(self, dialog: RequestDialog | RequestEventDialog | LetterDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _after_new(self, dialog: RequestDialog, request_id: int) -> None:
        self.message.emit(self.tr("Request saved. Undo with Ctrl+Z."))
        self.changed.emit()
        self.status_filter.setCurrentIndex(0)
        self.load(select_id=request_id)
        self._undo.push(
            AddRecordCommand(
                self._worker,
                REQUESTS,
                self._ids,
                request_id,
                dialog.saved_label,
                self._restored,
                self.message.emit,
            )
        )

    def _recorded(self, dialog: RequestEventDialog, request_id: int, label: str) -> None:
        self.message.emit(self.tr("Recorded. Undo with Ctrl+Z."))
        self.changed.emit()
        self.load(select_id=request_id)
        if dialog.before is not None:
            self._undo.push(
                EditRecordCommand(
                    self._worker,
                    REQUESTS,
                    self._ids,
                    request_id,
                    dialog.before,
                    label,
                    self._restored,
                    self.message.emit,
                )
            )

    def _restored(self, request_id: int) -> None:
        """Undo or redo brought a request back: show it, whatever the filters."""
        self.show_request(request_id)
        self.changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        """Requests (or the clients they name) changed somewhere: show them as they are now."""
        if changes.touches(Change.REQUESTS, Change.CLIENTS):
            self.load()

    def _on_loaded(self, request: int, rows: tuple[RequestInfo, ...]) -> None:
        if request != self._request:
            return
        self._all = rows
        self._show_rows()

    def _show_rows(self) -> None:
        _label, test = STATUS_FILTERS[max(self.status_filter.currentIndex(), 0)]
        today = self._today()
        wanted = (
            self._wanted
            if self._wanted is not None
            else (self.current.id if self.current else None)
        )
        rows = tuple(r for r in self._all if test(r, today))
        self.model.set_rows(rows)
        if not self._all:
            self.empty.setText(
                self.tr(
                    "No record requests yet. New request (Ctrl+Shift+N) follows NYPD's request "
                    "form."
                )
            )
        elif not rows:
            self.empty.setText(self.tr("No request matches the filters."))
        else:
            late = sum(1 for r in rows if is_late(r, today))
            due = sum(1 for r in rows if r.is_reminder(today, UPCOMING_DAYS)) - late
            counts = summary(late, due, UPCOMING_DAYS)
            shown = self.tr("%n shown.", "", len(rows))
            self.empty.setText(f"{shown} {counts}" if late or due else "")
        self.empty.setVisible(bool(self.empty.text()))
        row = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else -1)
        self._wanted = None
        if row >= 0:
            self.table.selectRow(row)
            self._select_row(row)
        else:
            self._show_detail(None)

    def _select_row(self, row: int) -> None:
        info = self.model.request_at(row)
        if info is None:
            return
        self._detail_request += 1
        request, today = self._detail_request, self._today()
        self._show_detail(info)  # the listed facts at once; documents and flag follow
        self._worker.submit(
            lambda s: requests.show_request(s, info.id, today=today),
            on_success=partial(self._on_detail, request),
            on_failure=partial(self._on_detail_failed, request),
        )

    def _on_detail(self, request: int, info: RequestInfo) -> None:
        if request == self._detail_request:
            self._show_detail(info)

    def _on_detail_failed(self, request: int, exc: CasebookError) -> None:
        if request == self._detail_request:
            self._show_detail(None)
            self.clock_message.setText(exc.message)

    def _show_detail(self, info: RequestInfo | None) -> None:
        self.current = info
        for a in (self.event_action, self.letter_action, self.appeal_action, self.delete_action):
            a.setEnabled(info is not None)
        self.timeline.clear()
        self.documents.clear()
        if info is None:
            self.heading.setText(f"<h3>{self.tr('No request chosen')}</h3>")
            self.clock.clear()
            self.stage.clear()
            self.records.clear()
            self.clock_message.setText(self.tr("Choose a request in the list to see its clock."))
            self.sealed.hide()
            return
        today = self._today()
        who = f" \N{EN DASH} {_escape(info.client_name)}" if info.client_name else ""
        self.heading.setText(f"<h3>{_escape(request_title(info))}{who}</h3>")
        self.records.setText(
            self.tr("Records asked for: {records}").format(records=" ".join(info.records.split()))
        )
        self.clock.setObjectName(
            "error" if is_late(info, today) else "warning" if is_agency_late(info) else ""
        )
        self.clock.style().polish(self.clock)
        self.clock.setText(f"<b>{_escape(clock_text(info))}</b>")
        flagged = info.clock.repeated_extensions or info.clock.own_date_missed is not None
        self.stage.setObjectName("warning" if flagged else "")
        self.stage.style().polish(self.stage)
        self.stage.setText(self.tr("Stage: {stage}").format(stage=stage_text(info.clock)))
        self.clock_message.setText(info.clock.message)
        flag = info.sealed_record_flag
        self.sealed.setVisible(flag is not None)
        sealed = self.tr("Sealed record: {message}")
        self.sealed.setText(sealed.format(message=flag.message) if flag else "")
        red = error_colour()
        for line in request_timeline(info, today):
            said = {DONE: "", MET: self.tr("met"), LATE: self.tr("missed"), TODAY: ""}
            state = said.get(line.state, self.tr("due"))
            text = f"{line.text} ({state})" if state else line.text
            item = QTreeWidgetItem([format_date(line.day), text])
            if line.state == LATE:
                for column in (0, 1):
                    item.setForeground(column, red)
            if line.state == TODAY:
                font = item.font(1)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
            self.timeline.addTopLevelItem(item)
        self.timeline.resizeColumnToContents(0)
        for doc in info.documents:
            received = f" ({format_date(doc.received_on)})" if doc.received_on else ""
            entry = QListWidgetItem(doc.title + received)
            entry.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.documents.addItem(entry)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
