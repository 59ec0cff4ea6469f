"""One client's file in tabs: Profile, Matters and hearings, Documents, Notes, Record
requests, Arrests (with their sealing) and a drawn Timeline of the case.

Everything shown comes from one worker call returning frozen data; picking
another client while a load is in flight simply ignores the late answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date
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
from casebook.services import arrests, documents, incidents, matters, requests
from casebook.services.arrests import ArrestInfo
from casebook.services.clients import ClientDetail, show_client
from casebook.services.documents import DocumentSummary
from casebook.services.incidents import IncidentInfo
from casebook.services.requests import RequestInfo
from casebook.ui.arrest_dialog import ArrestDialog
from casebook.ui.case_timeline import CaseTimelineView, timeline_marks
from casebook.ui.client_list_model import DETENTION_LABELS
from casebook.ui.labels import file_size, kind_label
from casebook.ui.record_labels import (
    SEALED_LABELS,
    STAGE_LABELS,
    clock_text,
    error_colour,
    is_late,
    request_title,
)
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
    requests: tuple[RequestInfo, ...] = ()
    arrests: tuple[ArrestInfo, ...] = ()
    incidents: tuple[IncidentInfo, ...] = ()


def load_client_file(store: matters.Store, client_id: int, today: date) -> ClientFile:
    return ClientFile(
        show_client(store, client_id),
        tuple(matters.list_notes(store, client_id)),
        tuple(documents.client_documents(store, client_id)),
        tuple(requests.list_requests(store, today=today, client_id=client_id)),
        tuple(arrests.list_arrests(store, client_id)),
        tuple(incidents.list_incidents(store, client_id=client_id)),
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
    """Emits ``changed`` after a note is added (the list may want to redraw),
    ``open_document(doc_id)`` when a document is opened from the Documents tab,
    ``open_request(request_id)`` from the Record requests tab and
    ``new_request(client_id, name)`` to start a request for this client."""

    changed = Signal()
    open_document = Signal(int)
    open_request = Signal(int)
    new_request = Signal(int, str)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.file: ClientFile | None = None
        self.arrest_dialog: ArrestDialog | None = None
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

        self.requests = _table(("Request", "Received", "Status", "Clock"), "Record requests")
        self.requests.activated.connect(self._open_request_at)
        new_request = QPushButton("New re&quest for this client…")
        new_request.clicked.connect(self._new_request)
        requests_tab = QWidget()
        requests_layout = QVBoxLayout(requests_tab)
        requests_layout.addWidget(self.requests, 1)
        hint = QLabel("Enter opens a request on the Record requests page.")
        hint.setObjectName("placeholder")
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(hint, 1)
        request_buttons.addWidget(new_request)
        requests_layout.addLayout(request_buttons)
        self.requests_tab = requests_tab
        self.tabs.addTab(requests_tab, "Record re&quests")

        self.arrests = _table(
            ("Date", "Precinct", "Arrest no.", "Charges", "Disposition", "Sealed"), "Arrests"
        )
        self.arrests.activated.connect(lambda _i: self.edit_arrest())
        add_arrest = QPushButton("Add a&rrest…")
        add_arrest.clicked.connect(self.add_arrest)
        edit_arrest = QPushButton("Edit arrest…")
        edit_arrest.setToolTip("Edit the chosen arrest (Enter in the list)")
        edit_arrest.clicked.connect(self.edit_arrest)
        arrests_tab = QWidget()
        arrests_layout = QVBoxLayout(arrests_tab)
        arrests_layout.addWidget(self.arrests, 1)
        sealed_hint = QLabel(
            "A sealed arrest (CPL 160.50 / 160.55) must not be shared: casebook flags an incident "
            "or a request response that carries its record."
        )
        sealed_hint.setObjectName("placeholder")
        sealed_hint.setWordWrap(True)
        arrest_buttons = QHBoxLayout()
        arrest_buttons.addWidget(sealed_hint, 1)
        arrest_buttons.addWidget(add_arrest)
        arrest_buttons.addWidget(edit_arrest)
        arrests_layout.addLayout(arrest_buttons)
        self.arrests_tab = arrests_tab
        self.tabs.addTab(arrests_tab, "&Arrests")

        self.timeline = CaseTimelineView()
        timeline_tab = QWidget()
        timeline_layout = QVBoxLayout(timeline_tab)
        timeline_layout.addWidget(self.timeline, 1)
        legend = QLabel(
            "Arrests ◆, hearings ●, record requests as bars from "
            "receipt to the next due date, incidents ▲, documents "
            "as ticks. Red: late or a sealed record shared. Ctrl+wheel zooms; hover for details."
        )
        legend.setObjectName("placeholder")
        legend.setWordWrap(True)
        timeline_layout.addWidget(legend)
        self.timeline_tab = timeline_tab
        self.tabs.addTab(timeline_tab, "T&imeline")

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
        today = self._today()
        self._worker.submit(
            lambda s: load_client_file(s, client_id, today),
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
        self.requests.setRowCount(0)
        self.arrests.setRowCount(0)
        self.timeline.clear_marks()
        self.file = None
        if self.arrest_dialog is not None:
            self.arrest_dialog.reject()
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
        self._show_records(file)
        self.notes.clear()
        for note in file.notes:
            written = note.created_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            item = QListWidgetItem(f"{written:%Y-%m-%d %H:%M}\n{note.body}")
            self.notes.addItem(item)
        self.stack.setCurrentWidget(self.tabs)

    def _show_records(self, file: ClientFile) -> None:
        self.file = file
        today = self._today()
        self._fill(
            self.requests,
            [
                (
                    request_title(r),
                    r.dates.received.isoformat() if r.dates.received else "not yet",
                    STAGE_LABELS[r.clock.stage],
                    clock_text(r),
                )
                for r in file.requests
            ],
            [r.id for r in file.requests],
        )
        red = error_colour()
        for row, r in enumerate(file.requests):
            item = self.requests.item(row, 3)
            if item is not None:
                item.setToolTip(r.clock.message)
                if is_late(r, today):
                    item.setForeground(red)
        self._fill(
            self.arrests,
            [
                (
                    a.draft.arrested_on.isoformat(),
                    a.draft.precinct,
                    a.draft.arrest_number,
                    a.draft.charges,
                    a.draft.disposition,
                    SEALED_LABELS[a.draft.sealed_under] if a.draft.sealed_under else "Not sealed",
                )
                for a in file.arrests
            ],
            [a.id for a in file.arrests],
        )
        for name, tab, rows in (
            ("Record re&quests", self.requests_tab, file.requests),
            ("&Arrests", self.arrests_tab, file.arrests),
        ):
            self.tabs.setTabText(self.tabs.indexOf(tab), f"{name} ({len(rows)})" if rows else name)
        self.timeline.show_marks(
            timeline_marks(
                arrests=file.arrests,
                events=file.detail.events,
                requests=file.requests,
                incidents=file.incidents,
                documents=file.documents,
                today=today,
            ),
            today,
        )

    def add_arrest(self) -> ArrestDialog | None:
        return self._arrest_dialog(None)

    def edit_arrest(self) -> ArrestDialog | None:
        row = self.arrests.currentRow()
        if self.file is None or not 0 <= row < len(self.file.arrests):
            return None
        return self._arrest_dialog(self.file.arrests[row])

    def _arrest_dialog(self, arrest: ArrestInfo | None) -> ArrestDialog | None:
        client_id = self.client_id
        if client_id is None:
            return None
        if self.arrest_dialog is not None:
            self.arrest_dialog.reject()
        dialog = ArrestDialog(self._worker, client_id, self, today=self._today, arrest=arrest)
        self.arrest_dialog = dialog

        def forget(_result: int) -> None:
            if self.arrest_dialog is dialog:
                self.arrest_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.saved.connect(lambda _id: self.show_client(client_id))
        dialog.open()
        return dialog

    def _new_request(self) -> None:
        if self.client_id is not None:
            self.new_request.emit(self.client_id, self.client_name)

    def _open_request_at(self, index: QModelIndex) -> None:
        item = self.requests.item(index.row(), 0)
        if item is not None:
            self.open_request.emit(int(item.data(Qt.ItemDataRole.UserRole)))

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
