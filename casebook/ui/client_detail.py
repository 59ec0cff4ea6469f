"""One client's file in tabs: Profile, Matters and hearings, Documents, Notes, Record
requests, Arrests and convictions (with when each seals) and a drawn Timeline of the case.

The pane is a frame around child widgets, one per tab, each told what to show
(``show_…``) and owning its own actions; the pane decides which client is shown
and when to read their file again. Everything shown comes from one worker call
returning frozen data; picking another client while a load is in flight simply
ignores the late answer.

The pane redraws by itself: it listens to ``worker.changed`` and reads the file
again when a change concerns the client shown (a hearing added, a note written,
a document filed), so nobody refreshes it by hand.

Callers name a tab with ``Tab`` (``show_file(client_id, tab=Tab.MATTERS)``), and ask
where a drop lands with ``drop_target_at``; no caller reaches into the tables.
The tables stay reachable as attributes (``matters``, ``documents``…) for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from casebook.domain.errors import CasebookError
from casebook.services import arrests, convictions, documents, incidents, matters, requests
from casebook.services.arrests import ArrestInfo
from casebook.services.changes import Change, Changes
from casebook.services.clients import ClientDetail, show_client
from casebook.services.convictions import ClientSealing
from casebook.services.documents import DocumentSummary
from casebook.services.importer import Target
from casebook.services.incidents import IncidentInfo
from casebook.services.matters import EventInfo, MatterInfo
from casebook.services.requests import RequestInfo
from casebook.ui.arrest_dialog import ArrestDialog
from casebook.ui.case_timeline import timeline_marks
from casebook.ui.documents_tab import DocumentsTab
from casebook.ui.matters_tab import MattersTab
from casebook.ui.notes_tab import NotesTab
from casebook.ui.profile_tab import ProfileTab
from casebook.ui.record_tabs import ArrestsTab, RequestsTab
from casebook.ui.timeline_tab import TimelineTab
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


class Tab(IntEnum):
    """The tabs of a client's file, in their order."""

    PROFILE = 0
    MATTERS = 1
    DOCUMENTS = 2
    NOTES = 3
    REQUESTS = 4
    ARRESTS = 5
    TIMELINE = 6


ARRESTS_TAB = QT_TRANSLATE_NOOP("ClientDetailPane", "&Arrests and convictions")
NO_SEALING = ClientSealing((), pending_charge=False)

# What the file shows: a change of any of these for the client shown redraws it.
SHOWN = (
    Change.CLIENTS,
    Change.MATTERS,
    Change.EVENTS,
    Change.NOTES,
    Change.DOCUMENTS,
    Change.REQUESTS,
    Change.ARRESTS,
    Change.INCIDENTS,
)


@dataclass(frozen=True)
class ClientFile:
    detail: ClientDetail
    notes: tuple[matters.NoteInfo, ...]
    documents: tuple[DocumentSummary, ...]
    requests: tuple[RequestInfo, ...] = ()
    arrests: tuple[ArrestInfo, ...] = ()
    incidents: tuple[IncidentInfo, ...] = ()
    matters: tuple[MatterInfo, ...] = ()
    events: tuple[EventInfo, ...] = ()
    sealing: ClientSealing = NO_SEALING


def load_client_file(store: matters.Store, client_id: int, today: date) -> ClientFile:
    return ClientFile(
        show_client(store, client_id),
        tuple(matters.list_notes(store, client_id)),
        tuple(documents.client_documents(store, client_id)),
        tuple(requests.list_requests(store, today=today, client_id=client_id)),
        tuple(arrests.list_arrests(store, client_id)),
        tuple(incidents.list_incidents(store, client_id=client_id)),
        tuple(matters.list_matters(store, client_id)),
        tuple(matters.list_events(store, client_id)),
        convictions.client_sealing(store, client_id, today=today),
    )


class ClientDetailPane(QWidget):
    """Emits ``open_document(doc_id)`` when a document is opened from the Documents tab,
    ``open_request(request_id)`` from the Record requests tab, ``new_request(client_id,
    name)`` to start a request for this client and ``message(text)`` for the status bar."""

    open_document = Signal(int)
    open_request = Signal(int)
    new_request = Signal(int, str)
    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.file: ClientFile | None = None
        self.client_id: int | None = None
        self.client_name = ""
        self._request = 0
        self.setAccessibleName("Client details")

        self.profile_tab = ProfileTab()
        self.matters_tab = MattersTab(worker, undo_stack or QUndoStack(self), today=today)
        self.documents_tab = DocumentsTab()
        self.notes_tab = NotesTab(worker)
        self.requests_tab = RequestsTab()
        self.arrests_tab = ArrestsTab(worker, today)
        self.timeline_tab = TimelineTab()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Client file")
        for tab, text in (
            (self.profile_tab, self.tr("&Profile")),
            (self.matters_tab, self.tr("&Matters and hearings")),
            (self.documents_tab, self.tr("&Documents")),
            (self.notes_tab, self.tr("N&otes")),
            (self.requests_tab, self.tr("Record re&quests")),
            (self.arrests_tab, self.tr(ARRESTS_TAB)),
            (self.timeline_tab, self.tr("T&imeline")),
        ):
            self.tabs.addTab(tab, text)
        self.empty = QLabel(self.tr("Choose a client from the list, or add one with Ctrl+N."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("placeholder")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # the tables and boxes by their old names, for tests and benchmarks
        self.heading = self.profile_tab.heading
        self.matters = self.matters_tab.matters
        self.hearings = self.matters_tab.events
        self.documents = self.documents_tab.table
        self.notes = self.notes_tab.notes
        self.note_editor = self.notes_tab.editor
        self.requests = self.requests_tab.table
        self.arrests = self.arrests_tab.table
        self.timeline = self.timeline_tab.view

        self.documents_tab.open_document.connect(self.open_document)
        self.requests_tab.open_request.connect(self.open_request)
        self.requests_tab.new_request.connect(self._new_request)
        self.arrests_tab.saved.connect(self.reload)
        self.matters_tab.message.connect(self.message)
        worker.changed.connect(self._on_changed)

    # -- what callers ask -----------------------------------------------------------------------

    def show_file(self, client_id: int | None, tab: Tab | None = None) -> None:
        """Load and show a client's file (None: show nothing), on ``tab`` if given.

        (Not ``show``: that is QWidget's, and Qt's callers expect it to mean "make visible".)
        """
        self.show_client(client_id)
        if tab is not None:
            self.show_tab(tab)

    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(int(tab))

    def show_client(self, client_id: int | None) -> None:
        """Load and show a client (None: show nothing), on the tab already chosen. The same
        client again is read again, and what is shown stays until the new reading comes."""
        self._request += 1
        if client_id != self.client_id:
            self.client_name = ""
        self.client_id = client_id
        if client_id is None:
            self.clear()
            return
        self._load(client_id)

    def reload(self) -> None:
        """Read the shown client's file again (something in it changed)."""
        if self.client_id is not None:
            self._request += 1
            self._load(self.client_id)

    def clear(self) -> None:
        self._request += 1
        self.client_id = None
        self.client_name = ""
        self.file = None
        for tab in (
            self.profile_tab,
            self.matters_tab,
            self.documents_tab,
            self.notes_tab,
            self.requests_tab,
            self.arrests_tab,
        ):
            tab.clear()
        self.timeline.clear_marks()
        self.stack.setCurrentWidget(self.empty)

    def drop_target_at(self, pos: QPoint) -> tuple[Target, str] | None:
        """Where files dropped at ``pos`` (this pane's coordinates) go, and its name in
        words: a matter row files them with that matter, anywhere else with the client.
        None when no client is shown."""
        if self.client_id is None:
            return None
        name = self.client_name or self.tr("this client")
        matter = self.matters_tab.matter_at_point(self.matters_tab.mapFrom(self, pos))
        if matter is not None:
            matter_id, caption = matter
            return Target(client_id=self.client_id, matter_id=matter_id), f"{name}, {caption}"
        return Target(client_id=self.client_id), name

    def matter_at(self, row: int) -> int | None:
        """The id of the matter shown in ``row`` of the Matters table."""
        return self.matters_tab.matter_at(row)

    def add_note(self) -> None:
        self.notes_tab.add_note()

    def add_arrest(self) -> ArrestDialog | None:
        return self.arrests_tab.add_arrest()

    def edit_arrest(self) -> ArrestDialog | None:
        return self.arrests_tab.edit_arrest()

    # -- internals --------------------------------------------------------------------------------

    def _load(self, client_id: int) -> None:
        today = self._today()
        self._worker.submit(
            lambda s: load_client_file(s, client_id, today),
            on_success=partial(self._on_loaded, self._request),
            on_failure=partial(self._on_failed, self._request),
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*SHOWN) and changes.concerns_client(self.client_id):
            self.reload()

    def _on_failed(self, request: int, exc: CasebookError) -> None:
        if request == self._request:
            self.clear()
            self.empty.setText(exc.message)

    def _on_loaded(self, request: int, file: ClientFile) -> None:
        if request != self._request:
            return
        self.file = file
        d = file.detail
        self.client_name = d.draft.name
        today = self._today()
        self.profile_tab.show_detail(d)
        self.matters_tab.show_case(d.id, file.matters, file.events)
        self.documents_tab.show_documents(file.documents)
        self.notes_tab.show_notes(d.id, file.notes)
        self.requests_tab.show_requests(file.requests, today)
        self.arrests_tab.show_arrests(d.id, file.arrests)
        self.arrests_tab.show_sealing(file.sealing)
        for tab, name, rows in (
            (self.matters_tab, self.tr("&Matters and hearings"), file.matters),
            (self.documents_tab, self.tr("&Documents"), file.documents),
            (self.requests_tab, self.tr("Record re&quests"), file.requests),
            (self.arrests_tab, self.tr(ARRESTS_TAB), (*file.arrests, *file.sealing.convictions)),
        ):
            counted = self.tr("{tab} ({count})").format(tab=name, count=len(rows))
            self.tabs.setTabText(self.tabs.indexOf(tab), counted if rows else name)
        self.timeline.show_marks(
            timeline_marks(
                arrests=file.arrests,
                events=d.events,
                requests=file.requests,
                incidents=file.incidents,
                documents=file.documents,
                convictions=file.sealing.convictions,
                today=today,
            ),
            today,
        )
        self.stack.setCurrentWidget(self.tabs)

    def _new_request(self) -> None:
        if self.client_id is not None:
            self.new_request.emit(self.client_id, self.client_name)

    def _open_request_at(self, index: QModelIndex) -> None:
        """Kept for tests: open the request in ``index``'s row."""
        self.requests_tab.open_request_at(index)
