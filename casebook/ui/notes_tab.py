"""The client file's Notes tab: the case notes, newest first, and a box to write one."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import matters
from casebook.services.changes import Change, Changes
from casebook.services.matters import NoteInfo
from casebook.ui.field_form import error_label
from casebook.ui.worker import DbWorker


class NotesTab(QWidget):
    """Adding a note announces ``Change.NOTES`` for the client; the pane redraws on it."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.client_id: int | None = None
        self.notes = QListWidget()
        self.notes.setAccessibleName("Notes")
        self.notes.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("New note")
        self.editor.setPlaceholderText(self.tr("Write a note (Ctrl+Enter to add it)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setAcceptDrops(False)  # dropped files are imported, not pasted
        self.editor.setFixedHeight(72)
        self.error = error_label("Note problem")
        self.editor.textChanged.connect(self.error.hide)
        add = QPushButton(self.tr("Add &note"))
        add.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.add_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)

    def show_notes(self, client_id: int, notes: tuple[NoteInfo, ...]) -> None:
        if client_id != self.client_id:
            self.editor.clear()
            self.error.hide()
        self.client_id = client_id
        self.notes.clear()
        for note in notes:
            written = note.created_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            self.notes.addItem(QListWidgetItem(f"{written:%Y-%m-%d %H:%M}\n{note.body}"))

    def clear(self) -> None:
        self.client_id = None
        self.notes.clear()
        self.editor.clear()
        self.error.hide()

    def add_note(self) -> None:
        client_id, body = self.client_id, self.editor.toPlainText()
        if client_id is None:
            return
        self.error.hide()
        self._worker.submit(
            lambda s: matters.add_note(s, client_id, body),
            on_success=lambda _note_id: self.editor.clear(),
            on_failure=self._failed,
            changes=Changes.of(Change.NOTES, client_id=client_id),
        )

    def _failed(self, exc: CasebookError) -> None:
        self.error.setText(exc.message)
        self.error.show()
