"""The Clients page: a filter box, the lazily loaded list, and the client's file.

Selecting a row shows that client; Enter moves into their file. Adding,
editing and trashing go through the worker, and the list is recounted after
each change, then the changed client is selected again by asking the service
for its row (the list may hold thousands, so it is never searched here).
A client added or edited in the dialog can be undone (``record_undo``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.services import clients
from casebook.services.changes import Change, Changes
from casebook.services.clients import ClientDetail, show_client
from casebook.ui.client_detail import ClientDetailPane, Tab
from casebook.ui.client_dialog import ClientDialog
from casebook.ui.client_list_model import DETENTION_LABELS, ClientListModel
from casebook.ui.record_undo import AddClientCommand, EditClientCommand
from casebook.ui.worker import DbWorker

# The widest thing each column after the name shows; widths follow the font, so
# they hold at any DPI and text size.
# ("Alternatives to detention", the rare longest, is elided.)
COLUMN_SAMPLES = ("0000-00-00", "A-000-000-000", DETENTION_LABELS["released-on-bond"])


class ClientsPage(QWidget):
    """Emits ``message(text)`` for the status bar and ``count_changed(n)``."""

    message = Signal(str)
    count_changed = Signal(int)
    trash_requested = Signal(int, str)

    def __init__(
        self,
        worker: DbWorker,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self._select_after_load: int | None = None
        self._first_after_load = False
        self.dialog: ClientDialog | None = None
        self.setAccessibleName("Clients")

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or A-number (Ctrl+Shift+F)"))
        self.filter.setAccessibleName("Filter clients")
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.returnPressed.connect(self._filter_enter)
        worker.changed.connect(self._on_changed)

        self.detail = ClientDetailPane(worker, today=today, undo_stack=self._undo)
        self.detail.message.connect(self.message)
        self.model = ClientListModel(worker)
        self.table = QTableView()
        self.table.setAccessibleName("Client list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES, start=1):
            shown = QCoreApplication.translate("ClientListModel", sample) if column == 3 else sample
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(shown), head.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 3 * cell.averageCharWidth())
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._sync_detail())
        self.model.dataChanged.connect(lambda *_: self._sync_detail())
        self.model.loaded.connect(self._on_loaded)
        self.table.activated.connect(lambda _i: self.detail.tabs.setFocus())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # proportions: names need the room more than the tabs
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.detail.tabs)

    # -- what the window asks of the page -----------------------------------------------------

    def load(self, *, filter_text: str = "", client_id: int | None = None) -> None:
        """Show the list (after unlocking), optionally filtered and with a client selected."""
        self.filter.blockSignals(True)
        self.filter.setText(filter_text)
        self.filter.blockSignals(False)
        self._select_after_load = client_id
        if client_id is not None:
            self.detail.show_client(client_id)
        self.model.reload(filter_text)

    def open_client(self, client_id: int, tab: Tab = Tab.PROFILE) -> None:
        """Show every client again with ``client_id`` chosen, its file open on ``tab``."""
        self.load(filter_text="", client_id=client_id)
        self.detail.show_tab(tab)

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self._debounce.stop()
        self._select_after_load = None
        self._first_after_load = False
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model.clear()
        self.detail.clear()

    @property
    def current_client_id(self) -> int | None:
        return self.detail.client_id

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def apply_filter(self) -> bool:
        """Reload the list for the typed filter; False if it was already showing."""
        self._debounce.stop()
        if self.filter.text().strip() == self.model.filter_text:
            return False
        self.model.reload(self.filter.text().strip())
        return True

    def select_client(self, client_id: int) -> None:
        """Show a client and select their row once the service says where it is."""
        self.detail.show_client(client_id)
        text = self.model.filter_text

        def found(row: int | None) -> None:
            if row is None or row >= self.model.rowCount():
                self.table.clearSelection()
                return
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

        self._worker.submit(lambda s: clients.client_position(s, client_id, text), on_success=found)

    def new_client(self) -> None:
        self._open_dialog(ClientDialog(self._worker, self, today=self._today))

    def edit_client(self) -> None:
        client_id = self.current_client_id
        if client_id is None:
            return

        def loaded(detail: ClientDetail) -> None:
            self._open_dialog(
                ClientDialog(
                    self._worker, self, client_id=client_id, draft=detail.draft, today=self._today
                )
            )

        self._worker.submit(lambda s: show_client(s, client_id), on_success=loaded)

    def trash_current(self) -> None:
        row = self.table.currentIndex().row()
        client = self.model.client_at(row) if row >= 0 else None
        if client is not None and client.id == self.current_client_id:
            self.trash_requested.emit(client.id, client.name)

    def after_change(self, client_id: int, *, select: bool) -> None:
        """Recount after a change; select ``client_id`` again, or show nobody."""
        self._select_after_load = client_id if select else None
        if not select and self.detail.client_id == client_id:
            self.detail.clear()
        self.model.reload()

    # -- internals ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: ClientDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.saved.connect(lambda cid: self._on_saved(dialog, cid))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: ClientDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_saved(self, dialog: ClientDialog, client_id: int) -> None:
        note = f" {dialog.office_note}" if dialog.office_note else ""
        self.message.emit(self.tr("Client saved. Undo with Ctrl+Z.") + note)
        self.after_change(client_id, select=True)
        name, shown, say = dialog.saved_name, self._client_shown, self.message.emit
        if dialog.before is None:
            self._undo.push(AddClientCommand(self._worker, client_id, name, shown, say))
        else:
            self._undo.push(
                EditClientCommand(self._worker, client_id, dialog.before, name, shown, say)
            )

    def _client_shown(self, client_id: int, in_list: bool) -> None:
        """An undo or redo changed a client: recount, and select them if they are listed."""
        self.after_change(client_id, select=in_list)

    def _on_changed(self, changes: Changes) -> None:
        """Clients changed by something other than this page (a sync brought a colleague's):
        count and read again, the chosen client kept. A count already on its way (this
        page's own, after an edit) runs after the change on the worker and shows it."""
        if not changes.touches(Change.CLIENTS) or self.model.reloading:
            return
        self._select_after_load = self.current_client_id
        self.model.reload()

    def _on_loaded(self, count: int) -> None:
        self.count_changed.emit(count)
        if self._first_after_load:
            self._first_after_load = False
            self._select_first()
        elif self._select_after_load is not None:
            client_id, self._select_after_load = self._select_after_load, None
            self.select_client(client_id)

    def _filter_enter(self) -> None:
        """Enter in the filter: go to the list, on its first row once it is counted."""
        self._first_after_load = True
        if not self.apply_filter():
            self._first_after_load = False
            self._select_first()
        self.table.setFocus()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
            self.model.data(self.model.index(0, 0))  # start reading the row if not yet read

    def _sync_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        client = self.model.client_at(index.row())
        if client is not None and client.id != self.detail.client_id:
            self.detail.show_client(client.id)
