"""Add or edit one of a client's arrests: whether it is still pending, and the law it is
sealed under (CPL 160.50, 160.55, 160.57, 160.58, 160.59)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.vocabulary import SealedUnder
from casebook.services import arrests
from casebook.services.arrests import ArrestDraft, ArrestInfo
from casebook.services.changes import Change, Changes
from casebook.services.matters import Store
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.field_form import FieldForm
from casebook.ui.record_labels import SEALED_LABELS, SEALED_NOTES, tr_label
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


class ArrestDialog(QDialog):
    """Emits ``saved(arrest_id)``."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        arrest: ArrestInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.client_id = client_id
        self.arrest = arrest
        self.setWindowTitle(self.tr("New arrest") if arrest is None else self.tr("Edit arrest"))
        self.setAccessibleName("New arrest" if arrest is None else "Edit arrest")
        self.setMinimumWidth(560)  # the Spanish captions are wider
        f = self.form = FieldForm()
        self.arrested_on = OptionalDateEdit(today=today(), empty=self.tr("Choose the date"))
        self.precinct = QLineEdit()
        self.precinct.setPlaceholderText(self.tr("e.g. 75"))
        self.arrest_number = QLineEdit()
        self.arrest_number.setPlaceholderText(self.tr("e.g. M25612345"))
        self.charges = QLineEdit()
        self.disposition = QLineEdit()
        self.disposition.setPlaceholderText(self.tr("e.g. dismissed, ACD, violation plea"))
        self.sealed = QComboBox()
        self.sealed.addItem(self.tr("Not sealed"), "")
        for law, label in SEALED_LABELS.items():
            self.sealed.addItem(tr_label(label), law.value)
        self.sealed.setToolTip(
            self.tr(
                "CPL 160.50: the case ended in the person's favour. "
                "CPL 160.55: it ended in a non-criminal offense (the court's file stays open). "
                "CPL 160.57: Clean Slate. CPL 160.58: conditionally, after judicial diversion. "
                "CPL 160.59: on application."
            )
        )
        self.sealed_note = QLabel()
        self.sealed_note.setWordWrap(True)
        self.sealed_note.setObjectName("warning")
        self.sealed_note.setAccessibleName("What this sealing leaves open")
        self.sealed_note.hide()
        self.sealed.currentIndexChanged.connect(self._sealed_changed)
        self.pending = QCheckBox(self.tr("The charge is still open (pending in a New York court)"))
        self.pending.setToolTip(
            self.tr("A pending New York charge blocks Clean Slate sealing (CPL 160.57)")
        )
        for key, text, widget in (
            ("arrested_on", QT_TRANSLATE_NOOP("ArrestDialog", "&Date"), self.arrested_on),
            ("precinct", QT_TRANSLATE_NOOP("ArrestDialog", "&Precinct"), self.precinct),
            (
                "arrest_number",
                QT_TRANSLATE_NOOP("ArrestDialog", "&Arrest number"),
                self.arrest_number,
            ),
            ("charges", QT_TRANSLATE_NOOP("ArrestDialog", "&Charges"), self.charges),
            ("disposition", QT_TRANSLATE_NOOP("ArrestDialog", "D&isposition"), self.disposition),
            ("sealed_under", QT_TRANSLATE_NOOP("ArrestDialog", "&Sealed"), self.sealed),
            ("pending", QT_TRANSLATE_NOOP("ArrestDialog", "Pe&nding"), self.pending),
        ):
            f.add_field(key, text, widget, caption=self.tr(text))
        if arrest is not None:
            d = arrest.draft
            self.arrested_on.set_value(d.arrested_on)
            self.precinct.setText(d.precinct)
            self.arrest_number.setText(d.arrest_number)
            self.charges.setText(d.charges)
            self.disposition.setText(d.disposition)
            self.sealed.setCurrentIndex(
                self.sealed.findData(d.sealed_under.value if d.sealed_under else "")
            )
            self.pending.setChecked(d.pending)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(self.sealed_note)
        layout.addWidget(f.general)
        layout.addWidget(self.buttons)

    def _sealed_changed(self) -> None:
        value = self.sealed.currentData()
        note = SEALED_NOTES.get(SealedUnder(value)) if value else None
        self.sealed_note.setText(note or "")
        self.sealed_note.setVisible(bool(note))

    def save(self) -> None:
        self.form.clear_errors()
        if first_problem(self.arrested_on) is not None:
            return  # the date's problem shows under it; what was typed stays
        day = self.arrested_on.value()
        if day is None:
            self.form.show_error(
                ValidationError("arrested_on", self.tr("Enter the date of the arrest."))
            )
            return
        sealed = self.sealed.currentData()
        draft = ArrestDraft(
            arrested_on=day,
            precinct=self.precinct.text(),
            arrest_number=self.arrest_number.text(),
            charges=self.charges.text(),
            disposition=self.disposition.text(),
            sealed_under=SealedUnder(sealed) if sealed else None,
            pending=self.pending.isChecked(),
        )
        today, client_id = self._today(), self.client_id
        arrest_id = self.arrest.id if self.arrest else None

        def run(store: Store) -> int:
            if arrest_id is None:
                return arrests.add_arrest(store, client_id, draft, today=today)
            arrests.update_arrest(store, arrest_id, draft, today=today)
            return arrest_id

        self.buttons.setEnabled(False)
        self._worker.submit(
            run,
            on_success=self._saved,
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
            # a pending charge or a seal changes when convictions seal (the Deadlines page)
            changes=Changes.of(Change.ARRESTS, client_id=client_id),
        )

    def _failed(self, exc: CasebookError) -> None:
        self.form.show_error(exc)

    def _saved(self, arrest_id: int) -> None:
        self.saved.emit(arrest_id)
        self.accept()
