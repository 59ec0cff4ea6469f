"""The main window: sidebar, pages, menus and toolbar, status bar, undo.

Pages whose services are not written yet say what they will hold instead of
pretending. The window never talks to the database itself: pages go through
the worker, and locking is the controller's job (``lock_requested``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from casebook.ui.clients_page import ClientsPage
from casebook.ui.undo_commands import TrashClientCommand
from casebook.ui.worker import DbWorker

PAGES = ("Clients", "Inbox", "Record requests", "Incidents", "Deadlines")
PLACEHOLDERS = {
    "Inbox": "The inbox arrives with document import: scans dropped here or found in the "
    "watched scanner folder wait here to be assigned to a client.",
    "Record requests": "Record requests arrive with the FOIL tracker: NYPD and other "
    "requests with their statutory due dates.",
    "Incidents": "The incident log arrives with NYPD-ICE information-sharing records.",
    "Deadlines": "The deadline list arrives with the hearings and FOIL calendar.",
}


@dataclass(frozen=True)
class Place:
    """Where the person was, to return there after unlocking (ids only, no client data)."""

    page: int = 0
    filter_text: str = ""
    client_id: int | None = None


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closing = Signal()

    def __init__(self, worker: DbWorker, *, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setWindowTitle("casebook")
        self.setObjectName("mainWindow")
        self.resize(1200, 760)
        self._worker = worker
        self.undo_stack = QUndoStack(self)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Sections")
        self.sidebar.addItems(list(PAGES))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(180)
        self.pages = QStackedWidget()
        self.clients = ClientsPage(worker, today)
        self.pages.addWidget(self.clients)
        for name in PAGES[1:]:
            label = QLabel(f"<h2>{name}</h2><p>{PLACEHOLDERS[name]}</p>")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setContentsMargins(24, 24, 24, 24)
            label.setAccessibleName(name)
            label.setObjectName("placeholder")
            self.pages.addWidget(label)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 0)
        body_layout.addWidget(self.sidebar)
        body_layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.sidebar, self.clients.filter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.clients.count_changed.connect(self._show_count)
        self.clients.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.clients.trash_requested.connect(self._trash)
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
            "&New client…", self.clients.new_client, QKeySequence.StandardKey.New
        )
        self.edit_action = action("&Edit client…", self.clients.edit_client, "Ctrl+E")
        self.trash_action = action(
            "Move to &trash", self.clients.trash_current, QKeySequence.StandardKey.Delete
        )
        self.find_action = action("&Find", self.focus_find, QKeySequence.StandardKey.Find, "Ctrl+K")
        self.lock_action = action("&Lock", self.lock_requested.emit, "Ctrl+L")
        self.quit_action = action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        # Delete in the filter box or a note must edit text, not trash the client.
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clients.table.addAction(self.trash_action)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.new_action, self.edit_action, self.trash_action, self.undo_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        for a in (
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
                f"{a.text().replace('&', '').rstrip('…')} ({shortcut})"
                if shortcut
                else a.text().replace("&", "")
            )
            self.addAction(a)

    # -- what the controller asks -------------------------------------------------------------

    def start(self, place: Place | None = None) -> None:
        """Show the vault just unlocked, where the person last was."""
        place = place or Place()
        self.sidebar.setCurrentRow(place.page)
        self.clients.load(filter_text=place.filter_text, client_id=place.client_id)
        self.statusBar().showMessage("Vault unlocked.", 3000)

    def place(self) -> Place:
        return Place(
            self.sidebar.currentRow(),
            self.clients.model.filter_text,
            self.clients.current_client_id,
        )

    def clear(self) -> None:
        """Drop every view's content and the undo history (locking)."""
        self.clients.clear()
        self.undo_stack.clear()
        self.count_label.clear()
        self.statusBar().clearMessage()

    def focus_find(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.clients.focus_filter()

    # -- internals ----------------------------------------------------------------------------

    def _trash(self, client_id: int, name: str) -> None:
        def after(cid: int, in_trash: bool) -> None:
            self.clients.after_change(cid, select=not in_trash)
            self.statusBar().showMessage(
                "Moved to the trash. Undo with Ctrl+Z." if in_trash else "Restored from the trash.",
                8000,
            )

        self.undo_stack.push(TrashClientCommand(self._worker, client_id, name, after))

    def _show_count(self, count: int) -> None:
        noun = "client" if count == 1 else "clients"
        shown = f"{count:,} {noun}"
        if self.clients.model.filter_text:
            shown += " match the filter"
        self.count_label.setText(shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
