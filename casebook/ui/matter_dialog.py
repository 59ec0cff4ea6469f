"""Add or edit one of a client's matters: its type, court, docket, judge and detention.

The court is picked from the New York immigration and criminal courts
(``domain.court_events.NY_COURTS``) or typed freely, since a matter may sit
before a court the list does not know. Detention is the matter's own answer
(Detained / Not detained / Unknown), which the packet cover prints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from casebook.domain.court_events import COURT_NAMES, NY_COURTS
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import Detention, MatterStatus, MatterType
from casebook.services import matters
from casebook.services.matters import MatterDraft, MatterInfo, Store
from casebook.ui.court_labels import DETENTION_LABELS, MATTER_LABELS, MATTER_STATUS_LABELS
from casebook.ui.date_fields import OptionalDateEdit
from casebook.ui.record_dialog import RecordDialog
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


def enum_combo(labels: dict[Any, str], name: str, context: str = "CourtLabels") -> QComboBox:
    """A combo showing ``labels``' words (translated under ``context``) and holding their
    enum values as data."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in labels.items():
        combo.addItem(QCoreApplication.translate(context, label), value.value)
    return combo


def set_data(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class MatterDialog(RecordDialog[MatterDraft]):
    """New matter… / Edit matter…; ``saved(matter_id_or_None)``; ``draft`` holds what was
    saved and ``matter`` what was there before (for undo)."""

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        matter: MatterInfo | None = None,
    ) -> None:
        title = (
            QT_TRANSLATE_NOOP("MatterDialog", "New matter")
            if matter is None
            else QT_TRANSLATE_NOOP("MatterDialog", "Edit matter")
        )
        super().__init__(worker, title, parent)
        self.client_id = client_id
        self.matter = matter
        self.setMinimumWidth(520)
        self.type = enum_combo(MATTER_LABELS, "Type")
        self.court = QComboBox()
        self.court.setEditable(True)
        self.court.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.court.addItem("")
        self.court.addItems(list(COURT_NAMES))
        self.court.setAccessibleName("Court")
        typed = self.court.lineEdit()
        assert typed is not None  # an editable combo has one
        typed.setAccessibleName("Court")
        typed.setPlaceholderText(self.tr("Pick a court or type its name"))
        self.docket_number = QLineEdit()
        self.docket_number.setPlaceholderText(self.tr("e.g. A123-456-789 or CR-001234-25NY"))
        self.judge = QLineEdit()
        self.judge.setPlaceholderText(self.tr("e.g. Hon. R. Lee"))
        self.detention = enum_combo(DETENTION_LABELS, "Detention")
        self.status = enum_combo(MATTER_STATUS_LABELS, "Status")
        self.opened_on = OptionalDateEdit(today=today())
        self.closed_on = OptionalDateEdit(today=today())
        self.opened_on.setAccessibleName("Opened on")
        self.closed_on.setAccessibleName("Closed on")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        for key, text, widget in (
            ("type", QT_TRANSLATE_NOOP("MatterDialog", "&Type"), self.type),
            ("court", QT_TRANSLATE_NOOP("MatterDialog", "C&ourt"), self.court),
            (
                "docket_number",
                QT_TRANSLATE_NOOP("MatterDialog", "&Docket number"),
                self.docket_number,
            ),
            ("judge", QT_TRANSLATE_NOOP("MatterDialog", "&Judge"), self.judge),
            ("detention", QT_TRANSLATE_NOOP("MatterDialog", "D&etention"), self.detention),
            ("status", QT_TRANSLATE_NOOP("MatterDialog", "&Status"), self.status),
            ("opened_on", QT_TRANSLATE_NOOP("MatterDialog", "O&pened on"), self.opened_on),
            ("closed_on", QT_TRANSLATE_NOOP("MatterDialog", "C&losed on"), self.closed_on),
            ("notes", QT_TRANSLATE_NOOP("MatterDialog", "&Notes"), self.notes),
        ):
            self.add_field(key, text, widget)
        # a new matter starts as the service's defaults: open, detention unknown, opened today
        self.show_draft(
            matter.draft
            if matter is not None
            else MatterDraft(MatterType.REMOVAL_DEFENCE, opened_on=today())
        )
        self.court.currentTextChanged.connect(self._court_chosen)

    def _court_chosen(self, name: str) -> None:
        """A court that hears only detained respondents answers an unknown detention."""
        court = next((c for c in NY_COURTS if c.name == name), None)
        unknown = self.detention.currentData() == Detention.UNKNOWN.value
        if court is not None and court.detained and unknown:
            set_data(self.detention, Detention.DETAINED.value)

    def show_draft(self, d: MatterDraft) -> None:
        set_data(self.type, d.type.value)
        self.court.setEditText(d.court)
        self.docket_number.setText(d.docket_number)
        self.judge.setText(d.judge)
        set_data(self.detention, d.detention.value)
        set_data(self.status, d.status.value)
        self.opened_on.set_value(d.opened_on)
        self.closed_on.set_value(d.closed_on)
        self.notes.setPlainText(d.notes)

    def build_draft(self) -> MatterDraft:
        status = MatterStatus(self.status.currentData())
        closed_on = self.closed_on.value()
        if closed_on is not None and status is not MatterStatus.CLOSED:
            raise ValidationError(
                "closed_on",
                self.tr("Only a closed matter has a closing date: set Status to Closed."),
            )
        return MatterDraft(
            type=MatterType(self.type.currentData()),
            court=self.court.currentText(),
            docket_number=self.docket_number.text(),
            judge=self.judge.text(),
            status=status,
            detention=Detention(self.detention.currentData()),
            opened_on=self.opened_on.value(),
            closed_on=closed_on,
            notes=self.notes.toPlainText(),
        )

    def save_operation(self, draft: MatterDraft) -> Callable[[Store], Any]:
        client_id = self.client_id
        if self.matter is None:
            return lambda s: matters.add_matter(s, client_id, draft)
        matter_id = self.matter.id
        return lambda s: matters.update_matter(s, matter_id, draft)
