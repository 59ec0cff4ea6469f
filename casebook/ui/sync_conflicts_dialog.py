"""Office > Resolve sync conflicts: a field changed on two laptops, both values, the person picks.

Nothing was lost when the sync found them: the field shows the later value
(last writer wins) and the other is kept here until someone chooses. Keeping
one writes it as a new edit, which the next sync takes to the office.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services.matters import Store
from casebook.services.sync_conflicts import resolve_conflict
from casebook.services.sync_status import RECORD_LABELS, ConflictRow, conflict_rows
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

COLUMNS = (
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Client"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Record"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Field"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "This laptop"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Colleague's"),
)
# services.sync_status.RECORD_LABELS, marked for the catalogue (a test keeps them equal)
RECORDS = (
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Client"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Alias"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Matter"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Hearing or date"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Note"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Record request"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Request extension"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Arrest"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Conviction"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Incident"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Document"),
    QT_TRANSLATE_NOOP("SyncConflictsDialog", "Document link"),
)
assert set(RECORDS) == set(RECORD_LABELS.values())


def value_words(value: Any) -> str:
    """A stored value as a person reads it: text as it is, nothing as a dash."""
    if value is None or value == "":
        return "\N{EM DASH}"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("SyncConflictsDialog", "yes")
        return QCoreApplication.translate("SyncConflictsDialog", "no")
    return json.dumps(value, ensure_ascii=False)


def field_words(field: str) -> str:
    return field.replace("_", " ").capitalize()


class SyncConflictsDialog(QDialog):
    """Emits ``message(text)`` after each choice; ``resolved()`` when none is left."""

    message = Signal(str)
    resolved = Signal()

    def __init__(self, worker: DbWorker, now: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._now = now
        self.rows: list[ConflictRow] = []
        self.setWindowTitle(self.tr("Resolve sync conflicts"))
        self.setAccessibleName("Resolve sync conflicts")
        self.setMinimumWidth(720)
        intro = QLabel(
            self.tr(
                "These fields were changed on this laptop and on a colleague's before they "
                "synced. Each shows the later value for now; the other is kept here. Choose the "
                "value to keep: it goes to the office at the next sync."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Sync conflicts")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.keep_mine = QPushButton(self.tr("Keep &this laptop's"))
        self.keep_mine.setAccessibleName("Keep this laptop's value")
        self.keep_theirs = QPushButton(self.tr("Keep the &colleague's"))
        self.keep_theirs.setAccessibleName("Keep the colleague's value")
        self.keep_mine.clicked.connect(lambda: self._keep("local"))
        self.keep_theirs.clicked.connect(lambda: self._keep("remote"))
        self.empty = QLabel(self.tr("No conflicts: every field agrees with the office."))
        self.empty.setAccessibleName("No sync conflicts")
        self.empty.hide()
        choices = QHBoxLayout()
        choices.addWidget(self.keep_mine)
        choices.addWidget(self.keep_theirs)
        choices.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(choices)
        layout.addWidget(buttons)
        self._enable()

    def load(self) -> None:
        self._worker.submit(conflict_rows, on_success=self._show)

    def _show(self, rows: list[ConflictRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            c = row.info
            cells = (
                row.client or "\N{EM DASH}",
                self.tr(row.record) + ("" if c.row_id is not None else self.tr(" (deleted)")),
                field_words(c.field),
                value_words(c.local_value),
                value_words(c.remote_value),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in (3, 4):  # both values get the room, side by side
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.resolved.emit()
        self._enable()

    def _enable(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.rows)
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def _keep(self, which: str) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        conflict_id, now = row.info.id, self._now()

        def op(store: Store) -> object:
            return resolve_conflict(store, conflict_id, which, now)

        def done(_result: object) -> None:
            kept = row.info.local_value if which == "local" else row.info.remote_value
            self.message.emit(
                self.tr("Kept {value} for {field}.").format(
                    value=value_words(kept), field=field_words(row.info.field).lower()
                )
            )
            self.load()

        def failed(exc: CasebookError) -> None:
            self.message.emit(str(exc))
            self.load()

        self._worker.submit(op, on_success=done, on_failure=failed)
