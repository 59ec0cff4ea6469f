"""The convictions half of the Arrests and convictions tab, with each one's sealing picture.

A row per conviction: its sentence, level and offense, the Clean Slate day
(CPL 160.57) and the first day to apply under CPL 160.59, or what blocks
them. Under the table, the chosen conviction's picture in sentences (the
words ``casebook conviction list`` prints) and, always, that state sealing
does not remove immigration consequences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.domain.deadline_phrases import format_date
from casebook.domain.sealing import IMMIGRATION_NOTE, LEVEL_LABELS, Blocker
from casebook.services.arrests import ArrestInfo
from casebook.services.convictions import ClientSealing, ConvictionSealing
from casebook.ui.conviction_dialog import ConvictionDialog
from casebook.ui.record_table import fill, record_table, select_id
from casebook.ui.worker import DbWorker

BLOCKER_LABELS = {
    Blocker.PENDING_CHARGE: "a charge is pending",
    Blocker.UNDER_SUPERVISION: "on probation or parole",
    Blocker.EXCLUDED_OFFENSE: "excluded offense",
    Blocker.TOO_MANY_CONVICTIONS: "too many convictions",
}


def _blocked(blocked: Sequence[Blocker]) -> str:
    return ", ".join(BLOCKER_LABELS[b] for b in blocked)


def clean_slate_cell(c: ConvictionSealing) -> str:
    cs = c.picture.clean_slate
    if not cs.applies:
        return "Sealed at disposition (CPL 160.55)"
    if cs.eligible_on is None:
        return f"Never ({_blocked(cs.blocked_by)})"
    if cs.expected_on is None:
        return f"Not while {_blocked(cs.blocked_by)}"
    words = f"Expected {format_date(cs.expected_on)}"
    return f"{words} ({_blocked(cs.blocked_by)})" if cs.blocked_by else words


def application_cell(c: ConvictionSealing) -> str:
    app = c.picture.on_application
    if not app.applies:
        return "Not for a non-crime"
    if app.earliest_application is None:
        return f"No ({_blocked(app.blocked_by)})"
    words = f"From {format_date(app.earliest_application)}"
    return f"{words} ({_blocked(app.blocked_by)})" if app.blocked_by else words


def level_text(c: ConvictionSealing) -> str:
    conviction = c.info.conviction
    label = LEVEL_LABELS[conviction.level]
    return f"{label}, class {conviction.felony_class.value}" if conviction.felony_class else label


class ConvictionsPanel(QWidget):
    """Emits ``saved()`` after a conviction is added or edited."""

    saved = Signal()

    def __init__(
        self, worker: DbWorker, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.client_id: int | None = None
        self.sealing: ClientSealing | None = None
        self.arrests: tuple[ArrestInfo, ...] = ()
        self.dialog: ConvictionDialog | None = None
        self._last_saved: int | None = None
        self.table = record_table(
            (
                "Sentenced",
                "Level",
                "Offense",
                "Clean Slate",
                "CPL 160.59",
            ),
            "Convictions",
        )
        self.table.activated.connect(lambda _i: self.edit_conviction())
        self.table.itemSelectionChanged.connect(self._show_words)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setAccessibleName("Sealing picture")
        self.note = QLabel(IMMIGRATION_NOTE)
        self.note.setWordWrap(True)
        self.note.setObjectName("placeholder")
        self.note.setAccessibleName("Immigration note")
        add = QPushButton("Add &conviction…")
        add.clicked.connect(self.add_conviction)
        edit = QPushButton("Edit conviction…")
        edit.setToolTip("Edit the chosen conviction (Enter in the list)")
        edit.clicked.connect(self.edit_conviction)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.words)
        layout.addWidget(self.note)

    def show_sealing(
        self, client_id: int, sealing: ClientSealing, arrests: tuple[ArrestInfo, ...]
    ) -> None:
        chosen = self._last_saved or self._chosen_id()
        self.client_id, self.sealing, self.arrests = client_id, sealing, arrests
        rows = sealing.convictions
        fill(
            self.table,
            [
                (
                    c.info.conviction.sentenced_on.isoformat(),
                    level_text(c),
                    c.info.conviction.offense,
                    clean_slate_cell(c),
                    application_cell(c),
                )
                for c in rows
            ],
            [c.info.id for c in rows],
        )
        for row, c in enumerate(rows):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setToolTip("\n".join(c.words))
        if not select_id(self.table, chosen) and rows:
            self.table.selectRow(len(rows) - 1)
        self._last_saved = None
        self._show_words()

    def clear(self) -> None:
        self.client_id, self.sealing, self.arrests = None, None, ()
        self.table.setRowCount(0)
        self.words.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def chosen(self) -> ConvictionSealing | None:
        row = self.table.currentRow()
        if self.sealing is None or not 0 <= row < len(self.sealing.convictions):
            return None
        return self.sealing.convictions[row]

    def _chosen_id(self) -> int | None:
        c = self.chosen()
        return c.info.id if c is not None else None

    def _show_words(self) -> None:
        c = self.chosen()
        if c is None:
            self.words.setText("No convictions recorded." if not self.table.rowCount() else "")
            return
        sentenced = c.info.conviction.sentenced_on
        level = LEVEL_LABELS[c.info.conviction.level].lower()
        cls = c.info.conviction.felony_class
        level += f", class {cls.value}" if cls else ""
        head = f"Conviction of {format_date(sentenced)} ({level}):"
        self.words.setText("\n".join((head, *(f"• {line}" for line in c.words))))

    def add_conviction(self) -> ConvictionDialog | None:
        return self._open(None)

    def edit_conviction(self) -> ConvictionDialog | None:
        c = self.chosen()
        return self._open(c) if c is not None else None

    def _open(self, c: ConvictionSealing | None) -> ConvictionDialog | None:
        client_id = self.client_id
        if client_id is None:
            return None
        if self.dialog is not None:
            self.dialog.reject()
        dialog = ConvictionDialog(
            self._worker,
            client_id,
            self,
            today=self._today,
            arrests=self.arrests,
            conviction=c.info if c is not None else None,
        )
        self.dialog = dialog

        def forget(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        def saved(conviction_id: int) -> None:
            self._last_saved = conviction_id
            self.saved.emit()

        dialog.finished.connect(forget)
        dialog.saved.connect(saved)
        dialog.open()
        return dialog
