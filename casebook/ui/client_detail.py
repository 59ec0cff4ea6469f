"""One client's file in tabs: Profile, Matters and hearings, Documents, Notes.

Everything shown comes from one worker call returning frozen data; picking
another client while a load is in flight simply ignores the late answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.domain.vocabulary import MATTER_LABELS, EventKind, MatterType
from casebook.services import documents, matters
from casebook.services.clients import ClientDetail, show_client
from casebook.services.documents import DocumentSummary
from casebook.ui.client_list_model import DETENTION_LABELS
from casebook.ui.labels import file_size, kind_label
from casebook.ui.worker import DbWorker

EVENT_LABELS = {
    EventKind.MASTER_HEARING.value: "Master calendar hearing",
    EventKind.INDIVIDUAL_HEARING.value: "Individual hearing",
    EventKind.BOND_HEARING.value: "Bond hearing",
    EventKind.CRIMINAL_COURT.value: "Criminal court date",
    EventKind.FILING_DEADLINE.value: "Filing deadline",
    EventKind.INTERVIEW.value: "Interview",
    EventKind.OTHER.value: "Other",
}


@dataclass(frozen=True)
class ClientFile:
    detail: ClientDetail
    notes: tuple[matters.NoteInfo, ...]
    documents: tuple[DocumentSummary, ...]


def load_client_file(store: matters.Store, client_id: int) -> ClientFile:
    return ClientFile(
        show_client(store, client_id),
        tuple(matters.list_notes(store, client_id)),
        tuple(documents.client_documents(store, client_id)),
    )


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


class ClientDetailPane(QWidget):
    """Emits ``changed`` after a note is added (the list may want to redraw) and
    ``open_document(doc_id)`` when a document is opened from the Documents tab."""

    changed = Signal()
    open_document = Signal(int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.client_id: int | None = None
        self.client_name = ""
        self._request = 0
        self.setAccessibleName("Client details")

        self.stack = QStackedWidget()
        self.empty = QLabel("Choose a client from the list, or add one with Ctrl+N.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("placeholder")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Client file")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)

        self.heading = QLabel()
        self.heading.setObjectName("clientHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_form = QFormLayout()
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.addWidget(self.heading)
        profile_layout.addLayout(self.profile_form)
        profile_layout.addStretch(1)
        self.tabs.addTab(profile, "&Profile")

        self.matters = _table(("Matter", "Status", "Judge", "Docket", "Court"), "Matters")
        self.hearings = _table(("When", "What", "Done", "Where"), "Hearings and deadlines")
        case = QWidget()
        case_layout = QVBoxLayout(case)
        case_layout.addWidget(QLabel("Matters"))
        case_layout.addWidget(self.matters, 1)
        case_layout.addWidget(QLabel("Hearings and deadlines"))
        case_layout.addWidget(self.hearings, 2)
        self.tabs.addTab(case, "&Matters and hearings")

        self.documents = _table(("Title", "Kind", "Received", "Pages", "Size"), "Documents")
        self.documents.activated.connect(self._open_document_at)
        documents_header = self.documents.horizontalHeader()
        documents_header.setStretchLastSection(False)
        documents_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            documents_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.documents_hint = QLabel(
            "Drop files here to add them to this client's file. Enter opens a document."
        )
        self.documents_hint.setObjectName("placeholder")
        self.documents_hint.setWordWrap(True)
        docs = QWidget()
        docs_layout = QVBoxLayout(docs)
        docs_layout.addWidget(self.documents, 1)
        docs_layout.addWidget(self.documents_hint)
        self.documents_tab = docs
        self.tabs.addTab(docs, "&Documents")

        self.notes = QListWidget()
        self.notes.setAccessibleName("Notes")
        self.notes.setWordWrap(True)
        self.note_editor = QPlainTextEdit()
        self.note_editor.setAccessibleName("New note")
        self.note_editor.setPlaceholderText("Write a note (Ctrl+Enter to add it)")
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setAcceptDrops(False)  # dropped files are imported, not pasted
        self.note_editor.setFixedHeight(72)
        self.note_error = QLabel()
        self.note_error.setObjectName("error")
        self.note_error.hide()
        add_note = QPushButton("Add &note")
        add_note.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_editor, self.add_note)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_error, 1)
        note_buttons.addWidget(add_note)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self.note_editor)
        notes_layout.addLayout(note_buttons)
        self.tabs.addTab(notes, "N&otes")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_client(self, client_id: int | None) -> None:
        """Load and show a client (None: show nothing)."""
        self._request += 1
        self.client_id = client_id
        self.client_name = ""
        if client_id is None:
            self.clear()
            return
        self._worker.submit(
            lambda s: load_client_file(s, client_id),
            on_success=partial(self._on_loaded, self._request),
            on_failure=partial(self._on_failed, self._request),
        )

    def clear(self) -> None:
        self._request += 1
        self.client_id = None
        self.client_name = ""
        self.heading.clear()
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        self.matters.setRowCount(0)
        self.hearings.setRowCount(0)
        self.documents.setRowCount(0)
        self.notes.clear()
        self.note_editor.clear()
        self.note_error.hide()
        self.stack.setCurrentWidget(self.empty)

    def add_note(self) -> None:
        client_id, body = self.client_id, self.note_editor.toPlainText()
        if client_id is None:
            return
        self.note_error.hide()

        def added(_note_id: int) -> None:
            self.note_editor.clear()
            self.show_client(client_id)
            self.changed.emit()

        self._worker.submit(
            lambda s: matters.add_note(s, client_id, body),
            on_success=added,
            on_failure=self._on_note_failed,
        )

    def _on_note_failed(self, exc: CasebookError) -> None:
        self.note_error.setText(exc.message)
        self.note_error.show()

    def _on_failed(self, request: int, exc: CasebookError) -> None:
        if request == self._request:
            self.clear()
            self.empty.setText(exc.message)

    def _on_loaded(self, request: int, file: ClientFile) -> None:
        if request != self._request:
            return
        d = file.detail
        draft = d.draft
        self.client_name = draft.name
        self.heading.setText(f"<h2>{_escape(draft.name)}</h2>")
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        rows = (
            ("Other names", "; ".join(draft.aliases)),
            ("Date of birth", draft.dob.isoformat() if draft.dob else ""),
            ("Country of birth", draft.country_of_birth),
            (
                "Languages",
                ", ".join(draft.languages)
                + (" (needs an interpreter)" if draft.interpreter_needed else ""),
            ),
            ("A-number", d.a_number_display),
            ("NYSID", draft.nysid),
            ("Phone", draft.phone),
            ("E-mail", draft.email),
            ("Address", draft.address),
            ("Immigration status", draft.immigration_status),
            (
                "Detention",
                DETENTION_LABELS.get(
                    draft.detention_status.value if draft.detention_status else "", ""
                ),
            ),
            ("Facility", draft.detention_facility),
            ("Tags", ", ".join(draft.tags)),
        )
        for label, value in rows:
            if value:
                field = QLabel(value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                field.setAccessibleName(label)
                self.profile_form.addRow(f"{label}:", field)
        self._fill(
            self.matters,
            [
                (
                    MATTER_LABELS.get(MatterType(m.type), m.type)
                    if m.type in set(MatterType)
                    else m.type,
                    m.status.replace("-", " ").capitalize(),
                    m.judge,
                    m.docket_number,
                    m.court,
                )
                for m in d.matters
            ],
            [m.id for m in d.matters],
        )
        self._fill(
            self.hearings,
            [
                (
                    e.starts_at.strftime("%Y-%m-%d %H:%M"),
                    e.title or EVENT_LABELS.get(e.kind, e.kind),
                    "Yes" if e.done else "",
                    e.location,
                )
                for e in d.events
            ],
        )
        self._fill(
            self.documents,
            [
                (
                    doc.title,
                    kind_label(doc.kind),
                    doc.received_on.isoformat() if doc.received_on else "",
                    str(doc.page_count or ""),
                    file_size(doc.size),
                )
                for doc in file.documents
            ],
            [doc.id for doc in file.documents],
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.documents_tab),
            f"&Documents ({len(file.documents)})" if file.documents else "&Documents",
        )
        self.notes.clear()
        for note in file.notes:
            written = note.created_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            item = QListWidgetItem(f"{written:%Y-%m-%d %H:%M}\n{note.body}")
            self.notes.addItem(item)
        self.stack.setCurrentWidget(self.tabs)

    def matter_at(self, row: int) -> int | None:
        """The id of the matter shown in ``row`` of the Matters table."""
        item = self.matters.item(row, 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _open_document_at(self, index: QModelIndex) -> None:
        item = self.documents.item(index.row(), 0)
        if item is not None:
            self.open_document.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @staticmethod
    def _fill(
        table: QTableWidget, rows: list[tuple[str, ...]], ids: list[int] | None = None
    ) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if ids is not None and c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, ids[r])
                table.setItem(r, c, item)
        if rows and table.horizontalHeader().stretchLastSection():
            # a handful of rows, never a big model; the last column takes what is left
            for column in range(table.columnCount() - 1):
                table.resizeColumnToContents(column)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
