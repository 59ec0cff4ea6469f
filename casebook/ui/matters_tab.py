"""The client file's "Matters and hearings" tab: a client's matters and their court events.

Everything that changes a matter or a hearing is here, each as an action with
a menu entry (the tables' context menus), a button and, where one fits, a key:

- New matter… Ctrl+Shift+N, Edit matter… (Enter or a double-click on a matter),
  Close matter, Delete matter… (Delete, after a confirmation);
- New hearing… Ctrl+Shift+H, Edit hearing… (Enter or a double-click on a hearing),
  Remove hearing (Delete).

The keys are scoped to this tab (Enter and Delete to their table), so they never
fight the main window's. Every change is an undoable command on the window's
``QUndoStack``, run on the worker; the tab itself redraws only when the pane
hands it the client's matters and events again (after ``worker.changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.vocabulary import EventKind, MatterStatus
from casebook.services.matters import EventInfo, MatterInfo
from casebook.ui.actions import local_action
from casebook.ui.court_labels import event_label, event_row, matter_caption, matter_row, when_text
from casebook.ui.event_dialog import EventDialog
from casebook.ui.matter_dialog import MatterDialog
from casebook.ui.matter_undo import (
    AddEventCommand,
    AddMatterCommand,
    CloseMatterCommand,
    DeleteMatterCommand,
    EditEventCommand,
    EditMatterCommand,
    RecordIds,
    RemoveEventCommand,
)
from casebook.ui.record_dialog import RecordDialog
from casebook.ui.record_table import fill, id_at, record_table, select_id
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

R = TypeVar("R", bound=RecordDialog[Any])

MATTER_HEADERS = (
    QT_TRANSLATE_NOOP("MattersTab", "Matter"),
    QT_TRANSLATE_NOOP("MattersTab", "Judge"),
    QT_TRANSLATE_NOOP("MattersTab", "Status"),
    QT_TRANSLATE_NOOP("MattersTab", "Court"),
)
EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("MattersTab", "When"),
    QT_TRANSLATE_NOOP("MattersTab", "What, where"),
    QT_TRANSLATE_NOOP("MattersTab", "Filings due"),
    QT_TRANSLATE_NOOP("MattersTab", "Judge"),
)


class MattersTab(QWidget):
    """Emits ``message(text)`` for the status bar."""

    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._undo = undo_stack
        self._today = today
        self._ids = RecordIds()
        self.client_id: int | None = None
        self.client_matters: tuple[MatterInfo, ...] = ()
        self.client_events: tuple[EventInfo, ...] = ()
        self.dialog: RecordDialog[Any] | None = None
        self.confirm_box: QMessageBox | None = None
        self.setAccessibleName("Matters and hearings")

        self.matters = record_table(self._headers(MATTER_HEADERS), "Matters")
        self.events = record_table(self._headers(EVENT_HEADERS), "Hearings and deadlines")
        _fit_to_pane(self.matters, fitted=(2,))
        _fit_to_pane(self.events, fitted=(0, 2))
        self._make_actions()
        self.matters.doubleClicked.connect(lambda _i: self.edit_matter())
        self.events.doubleClicked.connect(lambda _i: self.edit_event())
        for table in (self.matters, self.events):
            table.itemSelectionChanged.connect(self._enable_actions)

        self.empty_hint = QLabel(
            self.tr(
                "No matters yet. New matter… (Ctrl+Shift+N) starts one; then New hearing… "
                "(Ctrl+Shift+H) adds its court dates."
            )
        )
        self.empty_hint.setObjectName("placeholder")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_caption(self.tr("Matters"), self.matters))
        layout.addWidget(self.matters, 2)
        layout.addLayout(
            _button_row(
                self.new_matter_action,
                self.edit_matter_action,
                self.close_matter_action,
                self.delete_matter_action,
            )
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(_caption(self.tr("Hearings and deadlines"), self.events))
        layout.addWidget(self.events, 3)
        layout.addLayout(
            _button_row(self.new_event_action, self.edit_event_action, self.remove_event_action)
        )
        self._enable_actions()

    def _make_actions(self) -> None:
        self.new_matter_action = _named(
            local_action(self, self.tr("New matter…"), self.new_matter, "Ctrl+Shift+N"),
            "New matter",
        )
        self.new_event_action = _named(
            local_action(self, self.tr("New hearing…"), self.new_event, "Ctrl+Shift+H"),
            "New hearing",
        )
        self.edit_matter_action = _table_action(
            self.matters, self.tr("Edit matter…"), self.edit_matter, "Return", "Enter"
        )
        self.edit_matter_action.setObjectName("Edit matter")
        self.close_matter_action = _table_action(
            self.matters, self.tr("Close matter"), self.close_matter
        )
        self.close_matter_action.setObjectName("Close matter")
        self.delete_matter_action = _table_action(
            self.matters, self.tr("Delete matter…"), self.confirm_delete_matter, "Delete"
        )
        self.delete_matter_action.setObjectName("Delete matter")
        self.edit_event_action = _table_action(
            self.events, self.tr("Edit hearing…"), self.edit_event, "Return", "Enter"
        )
        self.edit_event_action.setObjectName("Edit hearing")
        self.remove_event_action = _table_action(
            self.events, self.tr("Remove hearing"), self.remove_event, "Delete"
        )
        self.remove_event_action.setObjectName("Remove hearing")
        self.matters.insertAction(self.edit_matter_action, self.new_matter_action)
        self.matters.addAction(_separator(self))
        self.matters.addAction(self.new_event_action)
        self.events.insertAction(self.edit_event_action, self.new_event_action)
        for table in (self.matters, self.events):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- what the pane asks ---------------------------------------------------------------------

    def show_case(
        self, client_id: int, matters: tuple[MatterInfo, ...], events: tuple[EventInfo, ...]
    ) -> None:
        """Show a client's matters and events, keeping the chosen rows where they still are."""
        same = client_id == self.client_id
        matter_id, event_id = self.current_matter_id(), self.current_event_id()
        self.client_id = client_id
        self.client_matters, self.client_events = matters, events
        fill(self.matters, [matter_row(m) for m in matters], [m.id for m in matters])
        fill(self.events, [event_row(e) for e in events], [e.id for e in events])
        for table, headers in ((self.matters, MATTER_HEADERS), (self.events, EVENT_HEADERS)):
            _row_tips(
                table, self._headers(headers)
            )  # the whole row on hover: the pane is often narrow
        if not (same and select_id(self.matters, matter_id)) and matters:
            self.matters.selectRow(0)
        if same:
            select_id(self.events, event_id)
        self.empty_hint.setVisible(not matters)
        self._enable_actions()

    def clear(self) -> None:
        self.client_id = None
        self.client_matters, self.client_events = (), ()
        self.matters.setRowCount(0)
        self.events.setRowCount(0)
        self.empty_hint.show()
        for window in (self.dialog, self.confirm_box):
            if window is not None:
                window.reject()
        self.dialog = self.confirm_box = None
        self._enable_actions()

    def matter_at(self, row: int) -> int | None:
        """The id of the matter shown in ``row`` of the Matters table."""
        return id_at(self.matters, row)

    def matter_at_point(self, pos: QPoint) -> tuple[int, str] | None:
        """The matter (id, caption) under ``pos`` (this tab's coordinates), if any."""
        viewport = self.matters.viewport()
        spot = viewport.mapFrom(self, pos)
        if not viewport.rect().contains(spot) or not self.matters.isVisible():
            return None
        index = self.matters.indexAt(spot)
        matter_id = self.matter_at(index.row()) if index.isValid() else None
        info = self._matter(matter_id)
        return (info.id, matter_caption(info)) if info is not None else None

    def current_matter_id(self) -> int | None:
        return _chosen_id(self.matters)

    def current_event_id(self) -> int | None:
        return _chosen_id(self.events)

    # -- matters --------------------------------------------------------------------------------

    def new_matter(self) -> MatterDialog | None:
        if self.client_id is None:
            return None
        dialog = MatterDialog(self._worker, self.client_id, self, today=self._today)
        dialog.saved.connect(lambda value: self._matter_added(dialog, value))
        return self._open(dialog)

    def edit_matter(self) -> MatterDialog | None:
        info = self._matter(self.current_matter_id())
        if self.client_id is None or info is None:
            return None
        dialog = MatterDialog(self._worker, self.client_id, self, today=self._today, matter=info)
        dialog.saved.connect(lambda _value: self._matter_edited(dialog, info))
        return self._open(dialog)

    def close_matter(self) -> None:
        info = self._matter(self.current_matter_id())
        if info is None or info.draft.status is MatterStatus.CLOSED:
            return
        self._undo.push(
            CloseMatterCommand(
                self._worker, self._ids, info.id, info.draft, self._today(), matter_caption(info)
            )
        )
        self.message.emit(self.tr("Matter closed. Undo with Ctrl+Z."))

    def confirm_delete_matter(self) -> QMessageBox | None:
        """Ask before deleting the chosen matter and its hearings."""
        info = self._matter(self.current_matter_id())
        if info is None:
            return None
        hearings = sum(1 for e in self.client_events if e.draft.matter_id == info.id)
        question = (
            self.tr("Delete the matter {matter} and its %n hearing(s)?", "", hearings)
            if hearings
            else self.tr("Delete the matter {matter}?")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete matter"),
            question.format(matter=matter_caption(info))
            + "\n\n"
            + self.tr(
                "Its documents and notes stay in the client's file. Edit > Undo brings it back."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setAccessibleName("Delete matter")
        delete = box.addButton(self.tr("Delete matter"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName("Delete matter")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName("Keep it")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if self.confirm_box is box:
                self.confirm_box = None
            if box.clickedButton() is delete:
                self.delete_matter(info)
            box.deleteLater()

        box.finished.connect(answered)
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self.confirm_box = box
        box.open()
        return box

    def delete_matter(self, info: MatterInfo) -> None:
        self._undo.push(DeleteMatterCommand(self._worker, self._ids, info.id, matter_caption(info)))
        self.message.emit(self.tr("Matter deleted with its hearings. Undo with Ctrl+Z."))

    def _matter_added(self, dialog: MatterDialog, matter_id: object) -> None:
        if isinstance(matter_id, int) and dialog.draft is not None:
            label = matter_caption(MatterInfo(matter_id, dialog.client_id, dialog.draft))
            self._undo.push(AddMatterCommand(self._worker, self._ids, matter_id, label))
        self.message.emit(self.tr("Matter added."))

    def _matter_edited(self, dialog: MatterDialog, old: MatterInfo) -> None:
        if dialog.draft is not None and dialog.draft != old.draft:
            self._undo.push(
                EditMatterCommand(
                    self._worker, self._ids, old.id, old.draft, dialog.draft, matter_caption(old)
                )
            )
        self.message.emit(self.tr("Matter saved."))

    # -- hearings and other events -----------------------------------------------------------

    def new_event(self) -> EventDialog | None:
        if self.client_id is None:
            return None
        chosen = self.current_matter_id()
        if chosen is None:
            chosen = next(
                (m.id for m in self.client_matters if m.draft.status is not MatterStatus.CLOSED),
                None,
            )
        dialog = EventDialog(
            self._worker,
            self.client_id,
            self.client_matters,
            self,
            today=self._today,
            matter_id=chosen,
        )
        dialog.saved.connect(lambda value: self._event_added(dialog, value))
        return self._open(dialog)

    def edit_event(self) -> EventDialog | None:
        info = self._event(self.current_event_id())
        if self.client_id is None or info is None:
            return None
        dialog = EventDialog(
            self._worker, self.client_id, self.client_matters, self, today=self._today, event=info
        )
        dialog.saved.connect(lambda _value: self._event_edited(dialog, info))
        return self._open(dialog)

    def remove_event(self) -> None:
        info = self._event(self.current_event_id())
        if info is None:
            return
        self._undo.push(RemoveEventCommand(self._worker, self._ids, info, _event_caption(info)))
        self.message.emit(self.tr("Hearing removed. Undo with Ctrl+Z."))

    def _event_added(self, dialog: EventDialog, event_id: object) -> None:
        if isinstance(event_id, int) and dialog.draft is not None:
            info = EventInfo(event_id, dialog.client_id, dialog.draft, None)
            self._undo.push(
                AddEventCommand(
                    self._worker,
                    self._ids,
                    dialog.client_id,
                    event_id,
                    dialog.draft,
                    _event_caption(info),
                )
            )
        self.message.emit(self.tr("Hearing added."))

    def _event_edited(self, dialog: EventDialog, old: EventInfo) -> None:
        if dialog.draft is not None and dialog.draft != old.draft:
            self._undo.push(
                EditEventCommand(
                    self._worker, self._ids, old.id, old.draft, dialog.draft, _event_caption(old)
                )
            )
        self.message.emit(self.tr("Hearing saved."))

    # -- internals --------------------------------------------------------------------------------

    def _headers(self, headers: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.tr(h) for h in headers)

    def _open(self, dialog: R) -> R:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog

        def forget(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.open()
        return dialog

    def _matter(self, matter_id: int | None) -> MatterInfo | None:
        return next((m for m in self.client_matters if m.id == matter_id), None)

    def _event(self, event_id: int | None) -> EventInfo | None:
        return next((e for e in self.client_events if e.id == event_id), None)

    def _enable_actions(self) -> None:
        shown = self.client_id is not None
        matter = self._matter(self.current_matter_id())
        self.new_matter_action.setEnabled(shown)
        self.new_event_action.setEnabled(shown)
        self.edit_matter_action.setEnabled(matter is not None)
        self.delete_matter_action.setEnabled(matter is not None)
        self.close_matter_action.setEnabled(
            matter is not None and matter.draft.status is not MatterStatus.CLOSED
        )
        event = self.current_event_id() is not None
        self.edit_event_action.setEnabled(event)
        self.remove_event_action.setEnabled(event)


def _fit_to_pane(table: QTableWidget, *, fitted: tuple[int, ...]) -> None:
    """Every column in view, wrapping its words: the pane beside the client list is
    narrow, and a filing deadline scrolled out of sight is a deadline missed. The
    ``fitted`` columns (dates) keep their width; the others share the rest."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(
            column, mode.ResizeToContents if column in fitted else mode.Stretch
        )
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _row_tips(table: QTableWidget, headers: tuple[str, ...]) -> None:
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(table.columnCount())]
        tip = "\n".join(
            f"{h}: {cell.text()}"
            for h, cell in zip(headers, cells, strict=True)
            if cell and cell.text()
        )
        for cell in cells:
            if cell is not None:
                cell.setToolTip(tip)


def _chosen_id(table: QTableWidget) -> int | None:
    return id_at(table, table.currentRow()) if table.selectedItems() else None


def _event_caption(info: EventInfo) -> str:
    kind = event_label(EventKind(info.draft.kind)).lower()
    return QCoreApplication.translate("MattersTab", "{kind} of {when}").format(
        kind=kind, when=when_text(info.draft.starts_at)
    )


def _table_action(
    table: QTableWidget, text: str, slot: Callable[[], object], *keys: str
) -> QAction:
    """An action of one table: in its context menu, its keys live only while it has focus."""
    action = QAction(text, table)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    name = text.replace("&", "").rstrip("…")
    key = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    in_list = QCoreApplication.translate("MattersTab", "{name} ({key} in the list)")
    action.setToolTip(in_list.format(name=name, key=key) if key else name)
    table.addAction(action)
    return action


def _named(action: QAction, name: str) -> QAction:
    """The action's English name, which its button's accessible name keeps."""
    action.setObjectName(name)
    return action


def _separator(parent: QWidget) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _button_row(*actions: QAction) -> QHBoxLayout:
    row = QHBoxLayout()
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        # The English name the action was given: tests and screen readers find it by it.
        button.setAccessibleName(action.objectName() or action.text().replace("&", "").rstrip("…"))
        row.addWidget(button)
    row.addStretch(1)
    return row
