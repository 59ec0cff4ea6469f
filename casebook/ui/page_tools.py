"""Page tools of the document viewer: rotate, delete, move and split pages; earlier versions.

Each edit runs the same services as ``casebook doc pages`` / ``doc split``
(``services.page_edits``) beside the DB worker (``submit_background``: a
turned scan is read again by OCR, which takes seconds), with a progress bar;
the page tools wait while one runs, so two edits never race. Rotate, delete
and move are undoable (Ctrl+Z, the app's ``QUndoStack`` pattern): undo makes
the content before the edit current again (``restore_version``), as one more
edit, so every state stays listed as an earlier version. A split asks first
(it makes a new document), is not undone, and clears the undo history (an
older edit undone would bring back the pages split off).

"Earlier versions" lists what each edit replaced: when, why and its SHA-256,
as the record keeps it for chain of custody; opening one shows it read-only
in a viewer window of its own (``open_version``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import page_edits
from casebook.services.changes import Changed
from casebook.services.importer import Options
from casebook.services.matters import Store
from casebook.services.page_edits import PageChanges, PageEditResult, VersionSummary
from casebook.services.preferences import get_preferences
from casebook.ui.actions import local_action
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:  # the viewer window makes the page tools: imported there at run time
    from casebook.ui.document_viewer import DocumentViewer

Clock = Callable[[], datetime]
Edit = Callable[[Store, threading.Event, Callable[[int, int, str], None]], Changed[PageEditResult]]
# Asks the person (parent, title, text, button); calls back with True to go on.
Confirm = Callable[[QWidget, str, str, str, Callable[[bool], None]], None]


def _ask(
    parent: QWidget, title: str, text: str, button: str, answer: Callable[[bool], None]
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setAccessibleName(title)
    go = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        answer(box.clickedButton() is go)
        box.deleteLater()

    box.finished.connect(finished)
    box.open()


class _Progress(QObject):
    """Carries an edit's progress to the GUI thread (queued signal)."""

    changed = Signal(int, int, str)


def _options(store: Store) -> Options:
    return get_preferences(store).import_options()


class PageTools(QObject):
    """Adds a "Pages" tool row to ``viewer`` and keeps its "Earlier versions" panel.

    Emits ``message(text)`` for the status line and ``open_version(doc_id, number)``
    when the person opens an earlier version (the main window shows it, so it
    closes when the vault locks).
    """

    message = Signal(str)
    open_version = Signal(int, int)

    def __init__(
        self,
        viewer: DocumentViewer,
        worker: DbWorker,
        *,
        clock: Clock = page_edits.utcnow,
        confirm: Confirm = _ask,
    ) -> None:
        super().__init__(viewer)
        self.viewer, self._worker, self._clock, self._confirm = viewer, worker, clock, confirm
        self.busy = False
        self.undo_stack = QUndoStack(self)
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)

        def action(text: str, slot: Callable[[], object], *keys: str, tip: str = "") -> QAction:
            return local_action(viewer, text, slot, *keys, tip=tip)

        # Short words on the toolbar ("toolbar"), in full in the tooltip (as the viewer's).
        self.rotate_left_action = action(
            self.tr("Rotate left", "toolbar"),
            self.rotate_left,
            "Ctrl+[",
            tip=self.tr("Rotate left"),
        )
        self.rotate_right_action = action(
            self.tr("Rotate right", "toolbar"),
            self.rotate_right,
            "Ctrl+]",
            tip=self.tr("Rotate right"),
        )
        self.delete_action = action(
            self.tr("Delete page", "toolbar"),
            self.delete_page,
            "Ctrl+Shift+Delete",
            tip=self.tr("Delete page"),
        )
        self.earlier_action = action(self.tr("Move up"), self.move_earlier, "Alt+Up")
        self.later_action = action(self.tr("Move down"), self.move_later, "Alt+Down")
        self.split_action = action(self.tr("Split here…"), self.split_here, "Ctrl+Shift+B")
        self.undo_action = action(self.tr("Undo"), self.undo_stack.undo, "Ctrl+Z")
        self.redo_action = action(self.tr("Redo"), self.undo_stack.redo, "Ctrl+Shift+Z")
        self.versions_action = action(
            self.tr("Earlier versions", "toolbar"),
            self.toggle_versions,
            "Ctrl+Shift+V",
            tip=self.tr("Earlier versions"),
        )
        self.versions_action.setCheckable(True)
        self.toolbar = QToolBar(self.tr("Pages"))
        self.toolbar.setAccessibleName("Page tools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(QLabel(self.tr(" Pages: ")))
        for a in (
            self.rotate_left_action,
            self.rotate_right_action,
            self.earlier_action,
            self.later_action,
            self.delete_action,
            self.split_action,
        ):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.versions_action)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Page edit progress")
        self.progress.setMaximumWidth(180)
        self.progress_action = self.toolbar.addWidget(self.progress)
        self.progress_action.setVisible(False)
        viewer.add_toolbar(self.toolbar)

        self.panel = QWidget()
        self.panel.setAccessibleName("Earlier versions panel")
        self.versions_title = QLabel(self.tr("Earlier versions"))
        self.versions_title.setStyleSheet("font-weight: 600;")
        self.versions_note = QLabel(
            self.tr(
                "Each page edit keeps the content it replaced, unchanged, with the SHA-256 it "
                "had (chain of custody). Open one to look at it; it cannot be edited."
            )
        )
        self.versions_note.setWordWrap(True)
        self.versions_note.setObjectName("placeholder")
        self.versions = QListWidget()
        self.versions.setAccessibleName("Earlier versions")
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.setSpacing(4)
        self.versions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.versions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.versions.itemActivated.connect(self._open_item)
        self.open_button = QPushButton(self.tr("Open read-only"))
        self.open_button.setAccessibleName("Open earlier version read-only")
        self.open_button.clicked.connect(self.open_selected)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.versions_title)
        layout.addWidget(self.versions_note)
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.open_button)
        self.panel.setMinimumWidth(300)
        self.panel.hide()

        self.undo_stack.canUndoChanged.connect(self._stack_changed)
        self.undo_stack.canRedoChanged.connect(self._stack_changed)
        viewer.loaded.connect(lambda _title: self._on_loaded())
        self._update_actions()

    # -- what the person does -----------------------------------------------------------------

    def rotate_left(self) -> None:
        self._turn(270, "left")

    def rotate_right(self) -> None:
        self._turn(90, "right")

    def delete_page(self) -> None:
        v = self.viewer
        if not self._can_edit():
            return
        if v.page_count <= 1:
            self.message.emit(
                self.tr("A document keeps at least one page: this one cannot be deleted.")
            )
            return
        page = v.page + 1
        self._push(
            self.tr("Delete page {page}").format(page=page),
            PageChanges(delete=(page,)),
            min(v.page, v.page_count - 2),
            self.tr("Deleted page {page}.").format(page=page),
        )

    def move_earlier(self) -> None:
        self._move(-1)

    def move_later(self) -> None:
        self._move(1)

    def split_here(self) -> None:
        v = self.viewer
        doc_id = v.doc_id
        if not self._can_edit() or doc_id is None:
            return
        at, count = v.page + 1, v.page_count
        if at == 1:
            self.message.emit(
                self.tr(
                    "Go to the page that should begin the new document (page 2 or later), "
                    "then split there."
                )
            )
            return
        pages = (
            self.tr("pages {first}–{last}").format(first=at, last=count)  # noqa: RUF001
            if at < count
            else self.tr("page {page}").format(page=at)
        )
        kept = (
            self.tr("pages {first}–{last}").format(first=1, last=at - 1)  # noqa: RUF001
            if at > 2
            else self.tr("page {page}").format(page=1)
        )

        def answered(go: bool) -> None:
            if go and v.doc_id == doc_id and not self.busy:
                clock = self._clock
                self._run(
                    lambda s, cancel, progress: page_edits.split(
                        s,
                        doc_id,
                        at,
                        clock=clock,
                        options=_options(s),
                        progress=progress,
                        cancel=cancel,
                    ),
                    lambda r: self._split_done(r, pages, one=at == count),
                )

        self._confirm(
            v,
            self.tr("Split the document"),
            self.tr(
                "Make {pages} a new document, filed where this one is? This document keeps "
                "{kept}; its whole content as it is now stays listed as an earlier version."
            ).format(pages=pages, kept=kept),
            self.tr("Split"),
            answered,
        )

    def toggle_versions(self) -> None:
        self.panel.setVisible(not self.panel.isVisible())
        self.versions_action.setChecked(self.panel.isVisible())
        if self.panel.isVisible():
            self._load_versions()

    def open_selected(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self._open_item(item)

    def run_edit(
        self,
        edit: Edit,
        done: Callable[[PageEditResult], None],
        failed: Callable[[], None] | None = None,
    ) -> None:
        """Run ``edit`` beside the worker with progress; ``done`` gets its result, and a
        refusal is said on the status line (then ``failed`` runs)."""
        self._run(edit, done, failed)

    # -- internals ----------------------------------------------------------------------------

    def _can_edit(self) -> bool:
        v = self.viewer
        return v.summary is not None and v.renderable and v.version is None and not self.busy

    def _turn(self, degrees: int, way: str) -> None:
        if not self._can_edit():
            return
        page = self.viewer.page + 1
        self._push(
            f"Rotate page {page} {way}",
            PageChanges(rotate=((page, degrees),)),
            self.viewer.page,
            f"Turned page {page} {way}.",
        )

    def _move(self, step: int) -> None:
        v = self.viewer
        if not self._can_edit():
            return
        index, count = v.page, v.page_count
        target = index + step
        if not 0 <= target < count:
            return
        order = list(range(1, count + 1))
        order[index], order[target] = order[target], order[index]
        way = "earlier" if step < 0 else "later"
        self._push(
            f"Move page {index + 1} {way}",
            PageChanges(order=tuple(order)),
            target,
            f"Moved page {index + 1} to page {target + 1}.",
        )

    def _push(self, label: str, changes: PageChanges, page_after: int, said: str) -> None:
        doc_id = self.viewer.doc_id
        if doc_id is None:
            return
        self.undo_stack.push(_PageEditCommand(self, label, doc_id, changes, page_after, said))

    def _run(
        self,
        edit: Edit,
        done: Callable[[PageEditResult], None],
        failed: Callable[[], None] | None = None,
    ) -> None:
        cancel = threading.Event()
        emit = self._progress.changed.emit
        self.busy = True
        self._update_actions()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Editing the pages…"))
        self.progress_action.setVisible(True)

        def op(store: Store) -> Changed[PageEditResult]:
            return edit(store, cancel, lambda d, t, what: emit(d, t, what))

        def finished() -> None:
            self.busy = False
            self.progress_action.setVisible(False)
            self._update_actions()

        def refused(exc: CasebookError) -> None:
            self.message.emit(exc.message)
            if failed is not None:
                failed()

        def succeeded(result: object) -> None:  # the worker hands over the value of ``Changed``
            done(cast(PageEditResult, result))

        self._worker.submit_background(
            op, cancel, on_success=succeeded, on_failure=refused, on_done=finished
        )

    def _show_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(what)

    def _split_done(self, result: PageEditResult, pages: str, *, one: bool) -> None:
        said = (
            self.tr(
                "Split: {pages} is now document {new}; this document keeps %n page(s). "
                "Its content as it was is earlier version {version}.",
                "",
                result.page_count,
            )
            if one
            else self.tr(
                "Split: {pages} are now document {new}; this document keeps %n page(s). "
                "Its content as it was is earlier version {version}.",
                "",
                result.page_count,
            )
        )
        self.message.emit(
            said.format(pages=pages, new=result.new_document_id, version=result.version)
        )
        # Undoing an edit from before the split would bring back the pages split off.
        self.undo_stack.clear()
        self.viewer.reload(min(self.viewer.page, result.page_count - 1))

    def _on_loaded(self) -> None:
        self._update_actions()
        if self.panel.isVisible():
            self._load_versions()

    def _load_versions(self) -> None:
        doc_id = self.viewer.doc_id
        if doc_id is None:
            self.versions.clear()
            return
        self._worker.submit(
            lambda s: page_edits.versions(s, doc_id),
            on_success=lambda found: self._show_versions(doc_id, found),
            on_failure=lambda exc: self.message.emit(exc.message),
        )

    def _show_versions(self, doc_id: int, found: list[VersionSummary]) -> None:
        if doc_id != self.viewer.doc_id:
            return
        self.versions.clear()
        if not found:
            item = QListWidgetItem(self.tr("No earlier versions: the pages were never edited."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.versions.addItem(item)
        for v in reversed(found):  # the newest first
            when = v.replaced_at.isoformat(sep=" ", timespec="minutes")
            pages = f"{v.page_count} page{'s' if v.page_count != 1 else ''}" if v.page_count else ""
            # In groups of eight, four to a line: the panel shows all of it, uncut.
            groups = [v.sha256[i : i + 8] for i in range(0, len(v.sha256), 8)]
            sha = " ".join(groups[:4]) + "\n" + " ".join(groups[4:])
            item = QListWidgetItem(
                f"Version {v.number} \N{EM DASH} {when} UTC\n{v.reason}"
                + (f" ({pages})" if pages else "")
                + f"\nSHA-256:\n{sha}"
            )
            item.setData(Qt.ItemDataRole.UserRole, v.number)
            item.setToolTip(f"SHA-256 {v.sha256}\n{v.original_name}")
            self.versions.addItem(item)
        self.open_button.setEnabled(bool(found))
        if found:
            self.versions.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        doc_id = self.viewer.doc_id
        if isinstance(number, int) and doc_id is not None:
            self.open_version.emit(doc_id, number)

    @Slot(bool)
    def _stack_changed(self, _can: bool) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self._can_edit()
        v = self.viewer
        for a in (self.rotate_left_action, self.rotate_right_action):
            a.setEnabled(editable)
        # The page shown changes without telling: each action checks its page when done.
        for a in (self.delete_action, self.earlier_action, self.later_action, self.split_action):
            a.setEnabled(editable and v.page_count > 1)
        idle = not self.busy and v.version is None
        self.undo_action.setEnabled(idle and self.undo_stack.canUndo())
        self.redo_action.setEnabled(idle and self.undo_stack.canRedo())
        self.versions_action.setEnabled(v.doc_id is not None and v.version is None)


class _PageEditCommand(QUndoCommand):
    """One page edit; undo makes the content before it current again, redo the one after.

    Both are ``restore_version`` of the earlier version holding that content,
    so undoing and redoing add versions and lose none.
    """

    def __init__(
        self,
        tools: PageTools,
        label: str,
        doc_id: int,
        changes: PageChanges,
        page_after: int,
        said: str,
    ) -> None:
        super().__init__(label)
        self._tools, self._doc_id, self._changes = tools, doc_id, changes
        self._page_before, self._page_after, self._said = tools.viewer.page, page_after, said
        self._before: int | None = None  # the version holding the content before the edit
        self._after: int | None = None  # the version holding the edited content (after undo)

    def redo(self) -> None:
        tools, doc_id, clock = self._tools, self._doc_id, self._tools._clock
        if self._after is None:
            changes = self._changes
            tools.run_edit(
                lambda s, cancel, progress: page_edits.edit_pages(
                    s,
                    doc_id,
                    changes,
                    clock=clock,
                    options=_options(s),
                    progress=progress,
                    cancel=cancel,
                ),
                lambda r: self._done(r, True),
                self._refused,
            )
            return
        number = self._after
        tools.run_edit(
            lambda s, cancel, _progress: page_edits.restore_version(
                s, doc_id, number, clock=clock, options=_options(s), cancel=cancel
            ),
            lambda r: self._done(r, True),
        )

    def undo(self) -> None:
        tools, doc_id, clock, number = self._tools, self._doc_id, self._tools._clock, self._before
        if number is None:
            return
        tools.run_edit(
            lambda s, cancel, _progress: page_edits.restore_version(
                s, doc_id, number, clock=clock, options=_options(s), cancel=cancel
            ),
            lambda r: self._done(r, False),
        )

    def _refused(self) -> None:
        """The edit itself was refused (nothing changed): off the stack, so Undo skips it."""
        if self._before is None and self._after is None:
            self.setObsolete(True)
            self._tools.undo_stack.undo()

    def _done(self, result: PageEditResult, forward: bool) -> None:
        tools = self._tools
        if forward:
            self._before = result.version
            tools.message.emit(
                f"{self._said} The content as it was is kept as earlier version "
                f"{result.version}; Ctrl+Z undoes."
            )
        else:
            self._after = result.version
            tools.message.emit(f"Undone: {self.text().lower()}.")
        if tools.viewer.doc_id == self._doc_id:
            tools.viewer.reload(self._page_after if forward else self._page_before)
