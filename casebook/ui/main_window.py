"""The main window: sidebar, pages, menus and toolbar, status bar, undo.

The window never talks to the database itself: pages go through
the worker, and locking is the controller's job (``lock_requested``).

Files and folders dropped anywhere on the window are imported in the
background (``ImportQueue``): on a client's row or file to that client, on a
row of their Matters table to that matter, anywhere else to the Inbox. The
window alone accepts drops, so one place decides where they go.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from casebook.services.deadlines import Deadline
from casebook.services.importer import Target
from casebook.services.search import SearchHit
from casebook.ui.client_detail import Tab
from casebook.ui.clients_page import ClientsPage
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.deadlines_page import DeadlinesPage
from casebook.ui.document_viewer import ExportChooser, ViewerWindow
from casebook.ui.import_notice import ImportNotice
from casebook.ui.import_queue import ImportQueue, ImportSummary
from casebook.ui.inbox_page import InboxPage
from casebook.ui.incidents_page import IncidentsPage
from casebook.ui.office_sync import OfficeSync
from casebook.ui.packet_dialog import PacketDialog
from casebook.ui.requests_page import RequestsPage
from casebook.ui.save_dialog import SaveChooser, ask_save_path
from casebook.ui.search_popup import SearchPopup
from casebook.ui.separator_dialog import Printer, SeparatorSheetDialog, print_with_dialog
from casebook.ui.summary_dialog import SummaryDialog
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.undo_commands import TrashClientCommand
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:
    from casebook.ui.calendar_dialog import CalendarDialog
    from casebook.ui.sync_conflicts_dialog import SyncConflictsDialog

FilesChooser = Callable[[QWidget], list[str]]
INBOX = Target()


def _ask_files(parent: QWidget) -> list[str]:
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("MainWindow", "Import files into the inbox")
    )
    return files


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (web links and the like are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


# The sidebar's sections (translated where shown: ``MainWindow.page_names``).
PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Clients"),
    QT_TRANSLATE_NOOP("MainWindow", "Inbox"),
    QT_TRANSLATE_NOOP("MainWindow", "Record requests"),
    QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
    QT_TRANSLATE_NOOP("MainWindow", "Deadlines"),
)
CLIENTS_ROW, INBOX_ROW, REQUESTS_ROW, INCIDENTS_ROW, DEADLINES_ROW = range(5)


@dataclass(frozen=True)
class Place:
    """Where the person was, to return there after unlocking (ids only, no client data)."""

    page: int = 0
    filter_text: str = ""
    client_id: int | None = None


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    backup_requested = Signal()
    check_requested = Signal()
    passphrase_change_requested = Signal()
    recovery_key_requested = Signal()
    closing = Signal()
    system_message = Signal(int, int)  # Windows: (message, wParam), for the system lock

    def __init__(
        self,
        worker: DbWorker,
        *,
        today: Callable[[], date] = date.today,
        choose_files: FilesChooser = _ask_files,
        choose_export_path: ExportChooser | None = None,
        clipboard: ClipboardGuard | None = None,
        choose_save_path: SaveChooser = ask_save_path,
        choose_bundle: Callable[[QWidget], str] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC).replace(tzinfo=None),
    ) -> None:
        super().__init__()
        self.setWindowTitle("casebook")
        self.setObjectName("mainWindow")
        self.resize(1200, 760)
        self._worker = worker
        self._choose_files = choose_files
        self._choose_export_path = choose_export_path
        self._choose_save_path = choose_save_path
        self._choose_bundle = choose_bundle
        self._today = today
        self._now = now
        self.packet_dialog: PacketDialog | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.separator_dialog: SeparatorSheetDialog | None = None
        self.print_separator_sheet: Printer = print_with_dialog  # tests answer it
        self.calendar_dialog: CalendarDialog | None = None
        self.handoff_dialog: QDialog | None = None  # export or import, one at a time
        self.identity_dialog: QDialog | None = None
        self.clipboard = clipboard or ClipboardGuard()
        self.undo_stack = QUndoStack(self)
        self.viewers: list[ViewerWindow] = []
        self.setAcceptDrops(True)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Sections")
        self.sidebar.addItems([self.tr(p) for p in PAGES])
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.ensurePolished()  # the style sheet's sidebar font, for the widths below
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(label)
            for label in (
                *(self.tr(p) for p in PAGES),
                self.tr("Inbox (%n)", "", 9999),
                self.tr("Deadlines (%n overdue)", "", 999),
            )
        )
        self.sidebar.setFixedWidth(widest + 4 * self.sidebar.fontMetrics().averageCharWidth())
        self.pages = QStackedWidget()
        self.clients = ClientsPage(worker, today, undo_stack=self.undo_stack)
        self.pages.addWidget(self.clients)
        self.inbox = InboxPage(worker, undo_stack=self.undo_stack, today=today)
        self.pages.addWidget(self.inbox)
        self.requests = RequestsPage(
            worker,
            self.clipboard,
            today,
            choose_pdf_path=choose_save_path,
            undo_stack=self.undo_stack,
        )
        self.pages.addWidget(self.requests)
        self.incidents = IncidentsPage(
            worker, today, choose_save_path=choose_save_path, undo_stack=self.undo_stack
        )
        self.pages.addWidget(self.incidents)
        self.deadlines = DeadlinesPage(worker, today)
        self.pages.addWidget(self.deadlines)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 0)
        body_layout.addWidget(self.sidebar)
        body_layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.sidebar, self.clients.filter)

        self.imports = ImportQueue(worker)
        self.scanner_label = QLabel()
        self.scanner_label.setAccessibleName("Scanner folder status")
        self.count_label = QLabel()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("warning")
        self.backup_label.setAccessibleName("Backup reminder")
        self.backup_label.hide()
        self.last_backup_label = QLabel()
        self.last_backup_label.setAccessibleName("Last backup")
        self.last_backup_label.hide()
        self.office_sync = OfficeSync(worker, self, now)
        self.office_sync.message.connect(self.show_message)
        self.office_sync.conflicts_action.triggered.connect(
            lambda _checked=False: self.open_sync_conflicts()
        )
        self.sync_conflicts_dialog: SyncConflictsDialog | None = None
        self.statusBar().addPermanentWidget(self.office_sync.label)
        self.statusBar().addPermanentWidget(self.last_backup_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.imports)
        self.statusBar().addPermanentWidget(self.scanner_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.clients.count_changed.connect(self._show_count)
        self.clients.message.connect(self.show_message)
        self.clients.trash_requested.connect(self._trash)
        self.clients.detail.open_document.connect(self.open_document)
        self.clients.filter.setAcceptDrops(False)  # a dropped file is imported, not typed
        self.inbox.message.connect(self.show_message)
        self.inbox.open_document.connect(self.open_document)
        self.inbox.count_changed.connect(self._show_inbox_count)
        self.requests.message.connect(self.show_message)
        self.clients.detail.open_request.connect(self.open_request)
        self.clients.detail.new_request.connect(
            lambda cid, name: self.requests.new_request(client=(cid, name))
        )
        self.requests.open_document.connect(self.open_document)
        self.incidents.message.connect(self.show_message)
        self.deadlines.open_item.connect(self.open_deadline)
        self.deadlines.count_changed.connect(self._show_overdue_count)
        self.import_notice = ImportNotice()
        self.statusBar().addPermanentWidget(self.import_notice)
        self.imports.finished.connect(self.import_notice.show_summary)
        self.import_notice.show_requested.connect(self.show_imported)
        self.search = SearchPopup(worker, self)
        self.search.open_hit.connect(self.open_hit)
        self._make_actions()

    def _make_actions(self) -> None:
        def action(
            text: str, slot: Callable[[], object], *keys: QKeySequence.StandardKey | str
        ) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(lambda _checked=False: slot())
            return a

        self.new_action = action(
            self.tr("&New client…"), self.clients.new_client, QKeySequence.StandardKey.New
        )
        self.edit_action = action(self.tr("&Edit client…"), self.clients.edit_client, "Ctrl+E")
        self.trash_action = action(
            self.tr("Move to &trash"), self.clients.trash_current, QKeySequence.StandardKey.Delete
        )
        self.find_action = action(
            self.tr("&Search…"), self.open_search, QKeySequence.StandardKey.Find, "Ctrl+K"
        )
        self.filter_action = action(self.tr("&Filter clients"), self.focus_find, "Ctrl+Shift+F")
        self.import_action = action(
            self.tr("&Import files into the inbox…"), self.import_files, "Ctrl+I"
        )
        self.packet_action = action(
            self.tr("Export filing &packet…"), self.open_packet_dialog, "Ctrl+Shift+P"
        )
        self.summary_action = action(
            self.tr("Export client s&ummary…"), self.open_summary_dialog, "Ctrl+Shift+M"
        )
        self.separator_action = action(
            self.tr("Print s&eparator sheet…"), self.open_separator_dialog
        )
        self.calendar_action = action(
            self.tr("Export calen&dar…"), self.open_calendar_dialog, "Ctrl+Shift+D"
        )
        self.handoff_action = action(self.tr("Hand &off to colleagues…"), self.open_handoff_export)
        self.handoff_import_action = action(
            self.tr("Import a hand-o&ff…"), self.open_handoff_import
        )
        self.identity_action = action(self.tr("My identit&y…"), self.open_identity)
        self.settings_action = action(
            self.tr("Se&ttings…"),
            self.settings_requested.emit,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.backup_action = action(
            self.tr("&Back up…"), self.backup_requested.emit, "Ctrl+Shift+B"
        )
        self.check_action = action(self.tr("Chec&k the vault…"), self.check_requested.emit)
        self.lock_action = action(self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L")
        self.passphrase_action = action(
            self.tr("C&hange passphrase…"), self.passphrase_change_requested.emit
        )
        self.recovery_key_action = action(
            self.tr("New &recovery key…"), self.recovery_key_requested.emit
        )
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # The platform's Redo (Ctrl+Y on Windows) and both the others people type.
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo)]
        redo_keys += [
            QKeySequence(k) for k in ("Ctrl+Y", "Ctrl+Shift+Z") if QKeySequence(k) not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        # Delete in the filter box or a note must edit text, not trash the client.
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clients.table.addAction(self.trash_action)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.packet_action)
        file_menu.addAction(self.summary_action)
        file_menu.addAction(self.separator_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addAction(self.handoff_action)
        file_menu.addAction(self.handoff_import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.check_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.recovery_key_action)
        file_menu.addAction(self.identity_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        office_menu = self.menuBar().addMenu(self.tr("&Office"))
        office_menu.addAction(self.office_sync.sync_action)
        office_menu.addAction(self.office_sync.conflicts_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.filter_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.new_action, self.edit_action, self.trash_action, self.undo_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.packet_action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        for a in (
            self.filter_action,
            self.import_action,
            self.packet_action,
            self.summary_action,
            self.calendar_action,
            self.settings_action,
            self.backup_action,
            self.new_action,
            self.edit_action,
            self.trash_action,
            self.find_action,
            self.lock_action,
            self.quit_action,
            self.undo_action,
            self.redo_action,
        ):
            shortcut = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(
                self.tr("{action} ({shortcut})").format(
                    action=a.text().replace("&", "").rstrip("…"), shortcut=shortcut
                )
                if shortcut
                else a.text().replace("&", "")
            )
            self.addAction(a)

    # -- what the controller asks -------------------------------------------------------------

    def start(self, place: Place | None = None) -> None:
        """Show the vault just unlocked, where the person last was."""
        place = place or Place()
        self.sidebar.setCurrentRow(place.page)
        self.deadlines.go_to_today()
        # The client list first: the other pages (and their sidebar counts) are asked
        # for once its first rows are in, so unlocking shows clients without waiting.
        self.clients.model.loaded.connect(
            self._load_other_pages, Qt.ConnectionType.SingleShotConnection
        )
        self.clients.load(filter_text=place.filter_text, client_id=place.client_id)
        self.statusBar().showMessage(self.tr("Vault unlocked."), 3000)

    def _load_other_pages(self, _count: int = 0) -> None:
        self.inbox.load()
        self.requests.load()
        self.incidents.load()
        self.deadlines.load()

    def place(self) -> Place:
        return Place(
            self.sidebar.currentRow(),
            self.clients.model.filter_text,
            self.clients.current_client_id,
        )

    def open_sync_conflicts(self) -> None:
        """Office > Resolve sync conflicts: both values of each field, the person picks."""
        from casebook.ui.sync_conflicts_dialog import SyncConflictsDialog

        if self.sync_conflicts_dialog is None:
            dialog = self.sync_conflicts_dialog = SyncConflictsDialog(self._worker, self._now, self)
            dialog.message.connect(self.show_message)
            dialog.finished.connect(lambda _r: self.office_sync.refresh())
        self.sync_conflicts_dialog.show()
        self.sync_conflicts_dialog.raise_()
        self.sync_conflicts_dialog.load()

    def clear(self) -> None:
        """Drop every view's content and the undo history (locking)."""
        self.office_sync.stop()
        if self.sync_conflicts_dialog is not None:
            self.sync_conflicts_dialog.reject()
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        if self.packet_dialog is not None:
            self.packet_dialog.discard()
        if self.summary_dialog is not None:
            self.summary_dialog.reject()
        if self.calendar_dialog is not None:
            self.calendar_dialog.reject()
        self.search.clear()
        self.imports.clear()
        self.import_notice.clear()
        self.clients.clear()
        self.inbox.clear()
        self.requests.clear()
        self.incidents.clear()
        self.deadlines.clear()
        self.undo_stack.clear()
        self.count_label.clear()
        self.scanner_label.clear()
        self.set_backup_reminder(False)
        self.set_backup_status("", warning=False)
        self.statusBar().clearMessage()

    def focus_find(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.clients.focus_filter()

    def open_search(self) -> None:
        self.search.popup()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def set_backup_reminder(self, overdue: bool, days: int = 7) -> None:
        """Keep "back up" in view while the last backup is older than ``days``."""
        self.backup_label.setVisible(overdue)
        self.backup_label.setText(
            self.tr("No backup in the last %n days: File > Back up… (Ctrl+Shift+B)", "", days)
            if overdue
            else ""
        )

    def set_backup_status(self, text: str, *, warning: bool) -> None:
        """The last verified backup (when, where), or why the scheduled one could not run."""
        self.last_backup_label.setObjectName("warning" if warning else "")
        self.last_backup_label.style().polish(self.last_backup_label)
        self.last_backup_label.setText(text)
        self.last_backup_label.setVisible(bool(text))

    def set_scanner_status(self, kind: str, text: str) -> None:
        """Show the scanner folder's state; a problem stays visible until it clears."""
        self.scanner_label.setObjectName("warning" if kind in ("folder_missing", "error") else "")
        self.scanner_label.style().polish(self.scanner_label)
        if kind == "stopped":
            self.scanner_label.clear()
        elif kind == "error":
            self.show_message(text)
        else:
            self.scanner_label.setText(
                self.tr("Scanner folder missing")
                if kind == "folder_missing"
                else self.tr("Scanner folder: watching")
            )
            self.scanner_label.setToolTip(text)
            self.show_message(text)

    def open_document(self, doc_id: int) -> ViewerWindow:
        """Show a document in a viewer window of its own."""
        viewer = ViewerWindow(self._worker, choose_export_path=self._choose_export_path)
        viewer.closed.connect(self._forget_viewer)
        viewer.open_version.connect(self.open_version)
        self.viewers.append(viewer)
        viewer.show_document(doc_id)
        viewer.show()
        viewer.activateWindow()
        return viewer

    def open_version(self, doc_id: int, number: int) -> ViewerWindow:
        """Show an earlier version of a document, read-only, in a window of its own (closed,
        like every viewer, when the vault locks)."""
        viewer = ViewerWindow(
            self._worker, choose_export_path=self._choose_export_path, editable=False
        )
        viewer.closed.connect(self._forget_viewer)
        self.viewers.append(viewer)
        viewer.show_version(doc_id, number)
        viewer.show()
        viewer.activateWindow()
        return viewer

    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search result names: a document in the viewer, anything else in its
        client's file (on the tab that shows it)."""
        if hit.kind == "document":
            self.open_document(hit.id).show_matches(hit.terms)  # at the hit, marked
            return
        client_id = hit.id if hit.kind == "client" else hit.client_id
        if client_id is None:
            self.show_message(self.tr("That record has no client file to open yet."))
            return
        self.sidebar.setCurrentRow(0)
        self.clients.open_client(
            client_id, {"matter": Tab.MATTERS, "note": Tab.NOTES}.get(hit.kind, Tab.PROFILE)
        )
        self.clients.table.setFocus()

    def show_imported(self, summary: ImportSummary) -> None:
        """ "Show in Inbox" / "Show in client file": where the import put the documents."""
        if summary.client_id is not None:
            self.open_client(summary.client_id, tab=Tab.DOCUMENTS)
            return
        self.sidebar.setCurrentRow(INBOX_ROW)
        self.inbox.select_when_loaded(list(summary.document_ids))

    def open_deadline(self, deadline: Deadline) -> None:
        """Open what a deadline names: a request on its page, a hearing in its client's file."""
        if deadline.ref_kind == "request":
            self.open_request(deadline.ref_id)
        elif deadline.ref_kind == "conviction" and deadline.client_id is not None:
            self.open_client(deadline.client_id, tab=Tab.ARRESTS)
        elif deadline.client_id is not None:
            self.open_client(deadline.client_id, tab=Tab.MATTERS)

    def open_request(self, request_id: int) -> None:
        self.sidebar.setCurrentRow(REQUESTS_ROW)
        self.requests.show_request(request_id)
        self.requests.table.setFocus()

    def open_client(self, client_id: int, tab: Tab = Tab.PROFILE) -> None:
        self.sidebar.setCurrentRow(CLIENTS_ROW)
        self.clients.open_client(client_id, tab)
        self.clients.table.setFocus()

    def open_packet_dialog(self) -> PacketDialog | None:
        """Export filing packet… for the client whose file is open (one dialog at a time)."""
        client_id = self.clients.detail.client_id
        if client_id is None:
            self.show_message(
                self.tr("Choose a client first: the packet is made from their documents.")
            )
            return None
        if self.packet_dialog is not None:
            if self.packet_dialog.client_id == client_id or self.packet_dialog.running:
                self.packet_dialog.raise_()
                self.packet_dialog.activateWindow()
                return self.packet_dialog
            self.packet_dialog.reject()
        dialog = PacketDialog(
            self._worker, client_id, self, today=self._today, choose_path=self._choose_save_path
        )
        self.packet_dialog = dialog

        def forget(_result: int) -> None:
            if self.packet_dialog is dialog:
                self.packet_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.message.connect(self.show_message)
        dialog.load()
        dialog.open()
        return dialog

    def open_separator_dialog(self) -> SeparatorSheetDialog:
        """File > Print separator sheet…: print or save the sheet that splits a scanned batch."""
        if self.separator_dialog is not None:
            self.separator_dialog.reject()
        dialog = SeparatorSheetDialog(
            self, choose_path=self._choose_save_path, print_sheet=self.print_separator_sheet
        )
        self.separator_dialog = dialog

        def forget(_result: int) -> None:
            if self.separator_dialog is dialog:
                self.separator_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.message.connect(self.show_message)
        dialog.open()
        return dialog

    def open_calendar_dialog(self) -> CalendarDialog:
        """Export calendar…: every client's hearings and deadlines, from a day on."""
        from casebook.ui.calendar_dialog import CalendarDialog

        if self.calendar_dialog is not None:
            self.calendar_dialog.reject()
        dialog = CalendarDialog(
            self._worker, self, today=self._today, choose_path=self._choose_save_path
        )
        self.calendar_dialog = dialog

        def forget(_result: int) -> None:
            if self.calendar_dialog is dialog:
                self.calendar_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.message.connect(self.show_message)
        dialog.open()
        return dialog

    def open_summary_dialog(self) -> SummaryDialog | None:
        """Export client summary… for the client whose file is open."""
        detail = self.clients.detail
        if detail.client_id is None:
            self.show_message(self.tr("Choose a client first."))
            return None
        if self.summary_dialog is not None:
            self.summary_dialog.reject()
        dialog = SummaryDialog(
            self._worker,
            detail.client_id,
            detail.client_name,
            self,
            today=self._today,
            choose_path=self._choose_save_path,
        )
        self.summary_dialog = dialog

        def forget(_result: int) -> None:
            if self.summary_dialog is dialog:
                self.summary_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.message.connect(self.show_message)
        dialog.open()
        return dialog

    def _replace_handoff_dialog(self, dialog: QDialog) -> None:
        if self.handoff_dialog is not None:
            self.handoff_dialog.reject()
        self.handoff_dialog = dialog

        def forget(_result: int) -> None:
            if self.handoff_dialog is dialog:
                self.handoff_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.open()

    def open_handoff_export(self) -> QDialog | None:
        """Hand off to colleagues… for the client whose file is open."""
        detail = self.clients.detail
        if detail.client_id is None:
            self.show_message(
                self.tr("Choose a client first: the hand-off carries their whole file.")
            )
            return None
        from casebook.ui.handoff_dialog import HandoffExportDialog

        dialog = HandoffExportDialog(
            self._worker,
            detail.client_id,
            detail.client_name,
            self,
            choose_path=self._choose_save_path,
        )
        dialog.message.connect(self.show_message)
        self._replace_handoff_dialog(dialog)
        return dialog

    def open_handoff_import(self) -> QDialog:
        """Import a hand-off…: a colleague's bundle, merged once its signature checks out."""
        from casebook.ui.handoff_dialog import HandoffImportDialog

        extra = {"choose_file": self._choose_bundle} if self._choose_bundle else {}
        dialog = HandoffImportDialog(self._worker, self, **extra)
        self._replace_handoff_dialog(dialog)
        return dialog

    def open_identity(self) -> QDialog:
        """My identity…: this vault's recipient and fingerprint (one dialog at a time)."""
        if self.identity_dialog is not None:
            self.identity_dialog.raise_()
            return self.identity_dialog
        from casebook.ui.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self._worker, self)
        self.identity_dialog = dialog

        def forget(_result: int) -> None:
            if self.identity_dialog is dialog:
                self.identity_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.load()
        dialog.open()
        return dialog

    def import_files(self) -> None:
        """Keyboard way to what dropping does: files chosen in a dialog go to the inbox."""
        chosen = self._choose_files(self)
        if chosen:
            self.imports.start([Path(p) for p in chosen], INBOX, self.tr("the inbox"))

    def drop_target(self, pos: QPoint) -> tuple[Target, str]:
        """Where files dropped at ``pos`` (window coordinates) go, and its name in words."""
        widget = self.childAt(pos)
        page = self.clients
        table = page.table
        detail = page.detail
        if widget is not None and (widget is table.viewport() or table.isAncestorOf(widget)):
            index = table.indexAt(table.viewport().mapFrom(self, pos))
            client = page.model.client_at(index.row()) if index.isValid() else None
            if client is not None:
                return Target(client_id=client.id), client.name
        if widget is not None and detail.isAncestorOf(widget):
            found = detail.drop_target_at(detail.mapFrom(self, pos))
            if found is not None:
                return found
        return INBOX, self.tr("the inbox")

    # -- internals ----------------------------------------------------------------------------

    def _forget_viewer(self, viewer: ViewerWindow) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def _show_overdue_count(self, count: int) -> None:
        item = self.sidebar.item(DEADLINES_ROW)
        item.setText(
            self.tr("Deadlines (%n overdue)", "", count) if count else self.tr("Deadlines")
        )

    def _show_inbox_count(self, count: int) -> None:
        item = self.sidebar.item(INBOX_ROW)
        item.setText(self.tr("Inbox (%n)", "", count) if count else self.tr("Inbox"))

    def _trash(self, client_id: int, name: str) -> None:
        def after(cid: int, in_trash: bool) -> None:
            self.clients.after_change(cid, select=not in_trash)
            self.statusBar().showMessage(
                self.tr("Moved to the trash. Undo with Ctrl+Z.")
                if in_trash
                else self.tr("Restored from the trash."),
                8000,
            )

        self.undo_stack.push(TrashClientCommand(self._worker, client_id, name, after))

    def _show_count(self, count: int) -> None:
        shown = (
            self.tr("%Ln clients match the filter", "", count)
            if self.clients.model.filter_text
            else self.tr("%Ln clients", "", count)
        )
        self.count_label.setText(shown)

    # -- drag and drop (KeePassXC-style: the window takes the drop, then decides) --------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self.show_message(
                self.tr("Drop to import into {place}.").format(
                    place=self.drop_target(event.position().toPoint())[1]
                )
            )
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self.show_message(
                self.tr("Drop to import into {place}.").format(
                    place=self.drop_target(event.position().toPoint())[1]
                )
            )
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        target, label = self.drop_target(event.position().toPoint())
        self.imports.start(paths, target, label)

    # -- the system's own lock and sleep (Windows reports them as window messages) -------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(self.winId()), 0)

    def nativeEvent(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if (
            sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG"
        ):  # pragma: no cover
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            self.system_message.emit(int(msg.message), int(msg.wParam))
        return super().nativeEvent(event_type, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
