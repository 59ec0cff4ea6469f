"""The inbox: documents waiting to be filed, as thumbnails, with a preview and a filing form.

Select one or several (Ctrl/Shift-click, Ctrl+A), pick the client (and
matter), set the kind (and the title, for one), then Assign (Ctrl+Return).
The page reloads when an import or the scanner folder adds documents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.vocabulary import DocumentKind
from casebook.services import documents, matters, suggestion_accept, suggestions
from casebook.services.changes import Change, Changed, Changes
from casebook.services.matters import MatterInfo, Store
from casebook.ui.client_picker import ClientPicker
from casebook.ui.document_viewer import DocumentViewer
from casebook.ui.inbox_model import THUMB, InboxItem, InboxModel, load_inbox
from casebook.ui.labels import kind_label, matter_label
from casebook.ui.record_undo import AcceptSuggestionsCommand, AssignDocumentsCommand
from casebook.ui.suggestions_panel import SuggestionsPanel
from casebook.ui.worker import DbWorker

KEEP_KIND = ""


class InboxPage(QWidget):
    """Emits ``message(text)`` for the status bar and ``count_changed(n)``."""

    message = Signal(str)
    count_changed = Signal(int)
    assigned = Signal(int)  # the client the documents went to
    open_document = Signal(int)  # Enter or a double click: the viewer window, with its page tools

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        # Suggestions computed on the worker, per document, until something they read changes.
        self._suggestions: dict[int, suggestions.Suggestions] = {}
        self._suggest_request = 0
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self._request = 0
        self._loaded_once = False
        self._to_select: list[int] = []
        worker.changed.connect(self._on_changed)
        self.setAccessibleName("Inbox")

        title = QLabel(self.tr("Inbox"))
        title.setObjectName("pageTitle")
        self.hint = QLabel(
            self.tr(
                "Scans from the scanner folder and files dropped on the window wait here. "
                "Select one or several, then file them with a client."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("placeholder")
        self.model = InboxModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Documents in the inbox")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 36, THUMB.height() + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTabKeyNavigation(False)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(self._open_activated)

        self.preview = DocumentViewer(worker, fit_on_open=True)
        self.preview.setAccessibleName("Preview")

        self.suggestions = SuggestionsPanel()
        self.suggestions.accept.connect(self.accept_suggestions)

        self.form_title = QLabel()
        self.form_title.setObjectName("formTitle")
        self.client = ClientPicker(worker)
        self.client.chosen.connect(self._client_chosen)
        self.suggestions.pick.connect(self.client.set_client)
        self.matter = QComboBox()
        self.matter.setAccessibleName("Matter")
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.title.setAcceptDrops(False)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of document")
        self.kind.addItem(self.tr("Keep as it is"), KEEP_KIND)
        for kind in DocumentKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.setToolTip(self.tr("Assign the selected documents (Ctrl+Return)"))
        self.assign_button.clicked.connect(self.assign)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.assign)
        self._client_chosen(0, "")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Client:"), self.client),
            (self.tr("&Matter:"), self.matter),
            (self.tr("&Title:"), self.title),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.assign_button)
        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 6, 0, 0)
        form_layout.addWidget(self.form_title)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The preview and the suggestions share the height; the person may drag between them.
        self.reading = QSplitter(Qt.Orientation.Vertical)
        self.reading.addWidget(self.preview)
        self.reading.addWidget(self.suggestions)
        self.reading.setChildrenCollapsible(False)
        self.reading.setStretchFactor(0, 1)
        self.reading.setStretchFactor(1, 1)
        right_layout.addWidget(self.reading, 1)
        right_layout.addWidget(self.form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([440, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.list, self.suggestions.list)
        self.setTabOrder(self.suggestions.list, self.suggestions.accept_one)
        self.setTabOrder(self.suggestions.accept_one, self.suggestions.accept_all)
        self.setTabOrder(self.suggestions.accept_all, self.client)
        self.setTabOrder(self.client, self.matter)
        self.setTabOrder(self.matter, self.title)
        self.setTabOrder(self.title, self.kind)
        self.setTabOrder(self.kind, self.assign_button)
        self._selection_changed()

    # -- what the window asks -----------------------------------------------------------------

    def load(self) -> None:
        """Read the inbox again; only thumbnails the model does not hold yet are handed over."""
        self._loaded_once = True
        self._request += 1
        request = self._request
        known = frozenset(self.model.ids())

        def op(store: Store) -> list[InboxItem]:
            return load_inbox(store, known)

        self._worker.submit(op, on_success=lambda items: self._on_loaded(request, items))

    def clear(self) -> None:
        self._request += 1
        self._loaded_once = False
        self._to_select = []
        self.model.clear()
        self._suggestions.clear()
        self._suggest_request += 1
        self.suggestions.show_nothing("")
        self.preview.clear()
        self.client.clear_all()
        self.title.clear()
        self.error.hide()
        self.count_changed.emit(0)

    def _open_activated(self, index: QModelIndex) -> None:
        """Open the document in a window of its own (to fix its pages, say)."""
        doc_id = index.data(Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.open_document.emit(int(doc_id))

    def selected_ids(self) -> list[int]:
        """In the inbox's order (oldest first), whatever order they were picked in."""
        return [i.summary.id for i in self._selected_items()]

    def select_when_loaded(self, doc_ids: list[int]) -> None:
        """Select these documents now if shown, else once the reload under way brings them."""
        self._to_select = list(doc_ids)
        if any(self.model.row_of(i) is not None for i in doc_ids):
            self.select_ids(doc_ids)
            self._to_select = []
        self.list.setFocus()

    def select_ids(self, doc_ids: list[int]) -> None:
        """Select exactly these documents; the first becomes the current one."""
        rows = sorted(r for i in doc_ids if (r := self.model.row_of(i)) is not None)
        selection = QItemSelection()
        for row in rows:
            index = self.model.index(row, 0)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection_model = self.list.selectionModel()
        if rows:
            selection_model.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        selection_model.select(selection, flags)

    def assign(self) -> None:
        ids = self.selected_ids()
        client_id = self.client.client_id
        if not ids:
            self._show_error(self.tr("Select the documents to assign first."))
            return
        if client_id is None:
            self._show_error(self.tr("Choose the client (type part of the name, then pick it)."))
            self.client.setFocus()
            return
        matter_id = self.matter.currentData()
        kind = self.kind.currentData() or None
        title = self.title.text() if len(ids) == 1 else None
        name = self.client.text()
        self.error.hide()
        self.assign_button.setEnabled(False)

        def op(s: Store) -> Changed[tuple[documents.FiledBefore, ...]]:
            return documents.assign(
                s, ids, client_id=client_id, matter_id=matter_id, title=title, kind=kind
            )

        def done(result: object) -> None:  # the worker hands over the value of ``Changed``
            before = cast(tuple[documents.FiledBefore, ...], result)
            self.message.emit(
                self.tr("%n documents assigned to {name}. Undo with Ctrl+Z.", "", len(ids)).format(
                    name=name
                )
            )
            self.assigned.emit(client_id)
            label = self.tr("Assign %n documents to {name}", "", len(ids)).format(name=name)
            self._undo.push(
                AssignDocumentsCommand(self._worker, self.message.emit, op, before, label)
            )

        self._worker.submit(
            op,
            on_success=done,
            on_failure=self._on_assign_failed,
            on_done=lambda: self.assign_button.setEnabled(bool(self.selected_ids())),
        )

    def accept_suggestions(self, parts: list[str] | None) -> None:
        """Apply the selected document's suggestions (``parts``, or all of them)."""
        selected = self.selected_ids()
        if len(selected) != 1:
            return
        doc_id, today = selected[0], self._today()
        self.suggestions.accept_all.setEnabled(False)
        self.suggestions.accept_one.setEnabled(False)

        def op(s: Store) -> Changed[suggestion_accept.Accepted]:
            return suggestion_accept.accept(s, doc_id, only=parts, today=today)

        def done(result: object) -> None:
            applied = cast(suggestion_accept.Accepted, result)
            words = ", ".join(applied.parts()) or self.tr("nothing (already as the document says)")
            more = f" {applied.hearing.text()}." if applied.hearing is not None else ""
            if applied.skipped:
                more += self.tr(" Not applied: {what}.").format(what="; ".join(applied.skipped))
            self.message.emit(
                self.tr("Applied {what}.{more} Undo with Ctrl+Z.").format(what=words, more=more)
            )
            if applied.client_id is not None:
                self.assigned.emit(applied.client_id)
            if applied.undo is not None and applied.parts():
                label = self.tr("Accept suggestions ({what})").format(
                    what=", ".join(applied.parts())
                )
                self._undo.push(
                    AcceptSuggestionsCommand(
                        self._worker, self.message.emit, op, applied.undo, label
                    )
                )

        self._worker.submit(op, on_success=done, on_failure=self._on_assign_failed)

    def _on_changed(self, changes: Changes) -> None:
        """Documents came, went or were filed (here, by an import, an undo): read again.

        Suggestions read clients, matters, hearings and requests too: any change to
        those computes the shown document's suggestions afresh.
        """
        if changes.touches(
            Change.DOCUMENTS, Change.CLIENTS, Change.MATTERS, Change.EVENTS, Change.REQUESTS
        ):
            self._suggestions.clear()
            if self._loaded_once:
                self._show_suggestions()
        if self._loaded_once and changes.touches(Change.DOCUMENTS):
            self.load()

    # -- internals ----------------------------------------------------------------------------

    def _on_loaded(self, request: int, items: list[InboxItem]) -> None:
        if request != self._request:
            return
        # Rows are inserted and removed in place: the selection and the current item
        # follow their documents, so someone mid-triage keeps what they picked.
        before = self.selected_ids()
        self.model.set_items(items)
        wanted = [i for i in self._to_select if self.model.row_of(i) is not None]
        if wanted:  # "Show in Inbox" asked for these before they were loaded
            self.select_ids(wanted)
            self._to_select = []
        if not self.list.selectionModel().hasSelection() and self.model.rowCount():
            self.select_ids([self.model.doc_id(0)])
        self.hint.setText(
            self.tr(
                "Nothing waits to be filed. Drop files here, or set a scanner folder in Settings."
            )
            if not items
            else self.tr(
                "%n waiting to be filed. Select one or several, then assign them; press Enter "
                "on one to open it in a window (to turn, move or split its pages).",
                "",
                len(items),
            )
        )
        if self.selected_ids() != before:
            self._selection_changed()  # else the form keeps what is being typed in it
        self.count_changed.emit(len(items))

    def _selected_items(self) -> list[InboxItem]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.item_at(r) for r in rows]

    def _selection_changed(self) -> None:
        selected = self._selected_items()
        n = len(selected)
        self.form_title.setText(
            self.tr("<b>File the %n selected documents</b>", "", n)
            if n
            else self.tr("<b>Select documents to file them</b>")
        )
        self.form.setEnabled(bool(n))
        self.assign_button.setEnabled(bool(n))
        self.title.setEnabled(n == 1)
        if n == 1:
            summary = selected[0].summary
            self.title.setText(summary.title)
            index = self.kind.findData(summary.kind)
            self.kind.setCurrentIndex(max(index, 0))
            if self.preview.doc_id != summary.id:
                self.preview.show_document(summary.id)
            self._show_suggestions()
        else:
            self._suggest_request += 1
            self.suggestions.show_nothing(
                self.tr("Select one document to see what it says about itself.") if n else ""
            )
            self.title.clear()
            self.title.setPlaceholderText(self.tr("Each keeps its own title") if n else "")
            self.kind.setCurrentIndex(0)
            self.preview.clear()
            if n:
                self.preview.notice.setText(self.tr("%n documents selected.", "", n))

    def _show_suggestions(self) -> None:
        """The selected document's suggestions: held, or computed on the worker (never here)."""
        selected = self.selected_ids()
        if len(selected) != 1:
            return
        doc_id = selected[0]
        held = self._suggestions.get(doc_id)
        if held is not None:
            self.suggestions.show_suggestions(held)
            return
        self._suggest_request += 1
        request, today = self._suggest_request, self._today()
        self.suggestions.show_reading()

        def shown(result: object) -> None:
            found = cast(suggestions.Suggestions, result)
            self._suggestions[doc_id] = found
            if request == self._suggest_request:
                self.suggestions.show_suggestions(found)

        def failed(exc: CasebookError) -> None:
            if request == self._suggest_request:
                self.suggestions.show_nothing(exc.message)

        self._worker.submit(
            lambda s: suggestions.suggest(s, doc_id, today=today),
            on_success=shown,
            on_failure=failed,
        )

    def _client_chosen(self, client_id: int, _name: str) -> None:
        self.matter.clear()
        if not client_id:
            self.matter.addItem(self.tr("Choose the client first"), None)
            return
        self.matter.addItem(self.tr("No particular matter"), None)

        def fill(rows: list[MatterInfo]) -> None:
            if self.client.client_id != client_id:
                return
            for m in rows:
                self.matter.addItem(matter_label(m.draft.type.value, m.draft.docket_number), m.id)

        self._worker.submit(lambda s: matters.list_matters(s, client_id), on_success=fill)

    def _on_assign_failed(self, exc: CasebookError) -> None:
        self._show_error(exc.message)
        if isinstance(exc, ValidationError) and exc.field == "kind":
            self.kind.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
