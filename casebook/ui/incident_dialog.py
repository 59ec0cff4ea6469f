"""Add or edit an NYPD-ICE information-sharing incident.

The rules (precinct numbers, borough against precinct, dates) are
``IncidentDraft.validated``'s; this dialog builds the draft and shows a
``ValidationError`` beside its field. Source documents already linked are kept
as they are when editing. Once saved, ``before`` holds the incident as it was
stored before an edit (None for a new one), for the caller's undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.vocabulary import Borough, IncidentKind, Law
from casebook.services import arrests, incidents
from casebook.services.arrests import ArrestInfo
from casebook.services.changes import Change, Changed, Changes
from casebook.services.incidents import IncidentDraft, IncidentInfo, IncidentSnapshot
from casebook.services.matters import Store
from casebook.ui.client_picker import ClientPicker
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.field_form import FieldForm
from casebook.ui.record_labels import INCIDENT_KIND_LABELS, LAWS, sealed_label, tr_label
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


class IncidentDialog(QDialog):
    """Emits ``saved(incident_id)``."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        incident: IncidentInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.incident = incident
        self.before: IncidentSnapshot | None = None
        self.setWindowTitle(
            self.tr("New incident") if incident is None else self.tr("Edit incident")
        )
        self.setAccessibleName("New incident" if incident is None else "Edit incident")
        self.setMinimumWidth(540)
        now = today()
        f = self.form = FieldForm()
        self.occurred_on = OptionalDateEdit(today=now, empty=self.tr("Choose the date"))
        self.occurred_on.set_value(now)
        self.kind = QComboBox()
        for kind, label in INCIDENT_KIND_LABELS.items():
            self.kind.addItem(tr_label(label), kind.value)
        self.precinct = QLineEdit()
        self.precinct.setPlaceholderText(self.tr("e.g. 75 (the borough follows)"))
        self.borough = QComboBox()
        self.borough.addItem(self.tr("From the precinct, or not known"), "")
        for borough in Borough:
            self.borough.addItem(borough.value, borough.value)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Queens Criminal Court, 125-01 Queens Blvd"))
        self.laws: dict[Law, QCheckBox] = {}
        laws_box = QWidget()
        laws_layout = QVBoxLayout(laws_box)
        laws_layout.setContentsMargins(0, 0, 0, 0)
        laws_layout.setSpacing(2)
        for law, label in LAWS.items():
            check = QCheckBox(tr_label(label))
            self.laws[law] = check
            laws_layout.addWidget(check)
        laws_box.setAccessibleName("Laws it may implicate")
        self.client = ClientPicker(worker)
        self.client.setPlaceholderText(self.tr("Optional: type a name or A-number"))
        self.client.chosen.connect(self._client_chosen)
        self.arrest = QComboBox()
        self.arrest.setAccessibleName("Arrest it concerns")
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setFixedHeight(110)
        self.narrative.setPlaceholderText(
            self.tr("What happened, who saw it, what documents show it.")
        )
        for key, text, widget in (
            ("occurred_on", QT_TRANSLATE_NOOP("IncidentDialog", "&Date"), self.occurred_on),
            ("kind", QT_TRANSLATE_NOOP("IncidentDialog", "&Kind"), self.kind),
            ("precinct", QT_TRANSLATE_NOOP("IncidentDialog", "&Precinct"), self.precinct),
            ("borough", QT_TRANSLATE_NOOP("IncidentDialog", "&Borough"), self.borough),
            ("place", QT_TRANSLATE_NOOP("IncidentDialog", "P&lace"), self.place),
            ("laws", QT_TRANSLATE_NOOP("IncidentDialog", "La&ws it may implicate"), laws_box),
            ("client_id", QT_TRANSLATE_NOOP("IncidentDialog", "&Client"), self.client),
            ("arrest_id", QT_TRANSLATE_NOOP("IncidentDialog", "&Arrest"), self.arrest),
            ("narrative", QT_TRANSLATE_NOOP("IncidentDialog", "&Narrative"), self.narrative),
        ):
            f.add_field(key, text, widget, caption=self.tr(text))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.buttons)
        self._arrest_wanted: int | None = None
        self._client_chosen(0, "")
        if incident is not None:
            self._fill(incident)

    def _fill(self, info: IncidentInfo) -> None:
        d = info.draft
        self.occurred_on.set_value(d.occurred_on)
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self.precinct.setText(d.precinct)
        self.borough.setCurrentIndex(
            max(0, self.borough.findData(d.borough.value if d.borough else ""))
        )
        self.place.setText(d.place)
        for law, check in self.laws.items():
            check.setChecked(law in d.laws)
        self.narrative.setPlainText(d.narrative)
        self._arrest_wanted = d.arrest_id
        if d.client_id is not None:
            self.client.set_client(d.client_id, info.client_name)

    def _client_chosen(self, client_id: int, _name: str) -> None:
        self.arrest.clear()
        if not client_id:
            self.arrest.addItem(
                self.tr("Choose the client first") if not client_id else self.tr("None"), None
            )
            self.arrest.setEnabled(False)
            return
        self.arrest.addItem(self.tr("No particular arrest"), None)
        self.arrest.setEnabled(True)

        def fill(rows: list[ArrestInfo]) -> None:
            if self.client.client_id != client_id:
                return
            for a in rows:
                sealed = (
                    f" \N{EN DASH} {sealed_label(a.draft.sealed_under)}"
                    if a.draft.sealed_under
                    else ""
                )
                number = f" #{a.draft.arrest_number}" if a.draft.arrest_number else ""
                self.arrest.addItem(f"{a.draft.arrested_on.isoformat()}{number}{sealed}", a.id)
            if self._arrest_wanted is not None:
                self.arrest.setCurrentIndex(max(0, self.arrest.findData(self._arrest_wanted)))

        self._worker.submit(lambda s: arrests.list_arrests(s, client_id), on_success=fill)

    def draft(self) -> IncidentDraft:
        day = self.occurred_on.value()
        if day is None:
            raise ValidationError("occurred_on", self.tr("Enter the date of the incident."))
        borough = self.borough.currentData()
        return IncidentDraft(
            occurred_on=day,
            kind=IncidentKind(self.kind.currentData()),
            precinct=self.precinct.text(),
            borough=Borough(borough) if borough else None,
            place=self.place.text(),
            laws=tuple(law for law, check in self.laws.items() if check.isChecked()),
            client_id=self.client.client_id,
            arrest_id=self.arrest.currentData() if self.client.client_id else None,
            narrative=self.narrative.toPlainText(),
            document_ids=self.incident.draft.document_ids if self.incident else (),
        )

    def save(self) -> None:
        self.form.clear_errors()
        if first_problem(self.occurred_on) is not None:
            return  # the date's problem shows under it; what was typed stays
        if self.client.text().strip() and self.client.client_id is None:
            self.form.show_error(
                ValidationError(
                    "client_id", self.tr("Pick the client from the suggestions, or clear it.")
                )
            )
            return
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        today = self._today()
        incident_id = self.incident.id if self.incident else None
        self.buttons.setEnabled(False)

        def run(store: Store) -> Changed[tuple[int, IncidentSnapshot | None]]:
            if incident_id is None:
                new_id = incidents.add_incident(store, draft, today=today)
                changes = Changes.of(Change.INCIDENTS, client_id=draft.client_id)
                return Changed((new_id, None), changes)
            edit = incidents.update_incident(store, incident_id, draft, today=today)
            return Changed((incident_id, edit.value), edit.changes)

        self._worker.submit(
            run,
            on_success=self._saved,
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
        )

    def _failed(self, exc: CasebookError) -> None:
        self.form.show_error(exc)

    def _saved(self, saved: object) -> None:
        """``saved``: the id and the incident as stored before (the worker unwraps ``Changed``)."""
        incident_id, self.before = cast(tuple[int, IncidentSnapshot | None], saved)
        self.saved.emit(incident_id)
        self.accept()
