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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.domain.deadline_phrases import format_date
from casebook.domain.sealing import Blocker, Level
from casebook.services.arrests import ArrestInfo
from casebook.services.convictions import ClientSealing, ConvictionSealing
from casebook.ui.conviction_dialog import ConvictionDialog
from casebook.ui.record_table import fill, record_table, select_id
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

BLOCKER_LABELS = {
    Blocker.PENDING_CHARGE: QT_TRANSLATE_NOOP("ConvictionsPanel", "a charge is pending"),
    Blocker.UNDER_SUPERVISION: QT_TRANSLATE_NOOP("ConvictionsPanel", "on probation or parole"),
    Blocker.EXCLUDED_OFFENSE: QT_TRANSLATE_NOOP("ConvictionsPanel", "excluded offense"),
    Blocker.TOO_MANY_CONVICTIONS: QT_TRANSLATE_NOOP("ConvictionsPanel", "too many convictions"),
}
# domain.sealing's LEVEL_LABELS and IMMIGRATION_NOTE, marked for the catalogue (a test
# checks the English is the same, so the two never drift apart).
LEVEL_LABELS = {
    Level.FELONY: QT_TRANSLATE_NOOP("ConvictionsPanel", "Felony"),
    Level.MISDEMEANOR: QT_TRANSLATE_NOOP("ConvictionsPanel", "Misdemeanor"),
    Level.VTL_1192_1: QT_TRANSLATE_NOOP("ConvictionsPanel", "VTL §1192(1) (impaired driving)"),
    Level.VIOLATION: QT_TRANSLATE_NOOP("ConvictionsPanel", "Violation or infraction"),
}
IMMIGRATION_NOTE = QT_TRANSLATE_NOOP(
    "ConvictionsPanel",
    "State sealing does not remove immigration consequences: immigration authorities "
    "and courts may still count a sealed conviction, and forms that ask about "
    "convictions must still be answered. The client can still obtain certified "
    "dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConvictionsPanel", text)


def level_label(level: Level) -> str:
    """The conviction's level in the window's language."""
    return _tr(LEVEL_LABELS[level])


def _blocked(blocked: Sequence[Blocker]) -> str:
    return ", ".join(_tr(BLOCKER_LABELS[b]) for b in blocked)


def clean_slate_cell(c: ConvictionSealing) -> str:
    cs = c.picture.clean_slate
    if not cs.applies:
        return QCoreApplication.translate("ConvictionsPanel", "Sealed at disposition (CPL 160.55)")
    if cs.eligible_on is None:
        return QCoreApplication.translate("ConvictionsPanel", "Never ({why})").format(
            why=_blocked(cs.blocked_by)
        )
    if cs.expected_on is None:
        return QCoreApplication.translate("ConvictionsPanel", "Not while {why}").format(
            why=_blocked(cs.blocked_by)
        )
    words = QCoreApplication.translate("ConvictionsPanel", "Expected {day}").format(
        day=format_date(cs.expected_on)
    )
    return f"{words} ({_blocked(cs.blocked_by)})" if cs.blocked_by else words


def application_cell(c: ConvictionSealing) -> str:
    app = c.picture.on_application
    if not app.applies:
        return QCoreApplication.translate("ConvictionsPanel", "Not for a non-crime")
    if app.earliest_application is None:
        return QCoreApplication.translate("ConvictionsPanel", "No ({why})").format(
            why=_blocked(app.blocked_by)
        )
    words = QCoreApplication.translate("ConvictionsPanel", "From {day}").format(
        day=format_date(app.earliest_application)
    )
    return f"{words} ({_blocked(app.blocked_by)})" if app.blocked_by else words


def level_text(c: ConvictionSealing) -> str:
    conviction = c.info.conviction
    label = level_label(conviction.level)
    if not conviction.felony_class:
        return label
    return QCoreApplication.translate("ConvictionsPanel", "{level}, class {cls}").format(
        level=label, cls=conviction.felony_class.value
    )


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
                self.tr("Sentenced"),
                self.tr("Level"),
                self.tr("Offense"),
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
        self.note = QLabel(self.tr(IMMIGRATION_NOTE))
        self.note.setWordWrap(True)
        self.note.setObjectName("placeholder")
        self.note.setAccessibleName("Immigration note")
        add = QPushButton(self.tr("Add &conviction…"))
        add.clicked.connect(self.add_conviction)
        edit = QPushButton(self.tr("Edit conviction…"))
        edit.setToolTip(self.tr("Edit the chosen conviction (Enter in the list)"))
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
            empty = self.tr("No convictions recorded.")
            self.words.setText(empty if not self.table.rowCount() else "")
            return
        sentenced = c.info.conviction.sentenced_on
        level = level_text(c).lower()
        head = self.tr("Conviction of {day} ({level}):").format(
            day=format_date(sentenced), level=level
        )
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
