"""The request form (NYPD's own request form fields) and "record what happened".

Rules live in ``RequestDraft.validated``, ``update_request`` and the domain;
the dialogs turn what was typed into a draft or changes, submit them through
the worker, and show a ``ValidationError`` beside the field it names. The
OpenRecords number is checked as it is typed (``requests.clean_number`` is
pure), so a wrong agency code shows before saving.

Once saved, ``saved_label`` names the request (and ``RequestEventDialog.before``
holds it as it was), for the caller's undo command.
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
from casebook.domain.vocabulary import Agency, Outcome, RequestKind
from casebook.services import request_words, requests
from casebook.services.changes import Change, Changed, Changes
from casebook.services.matters import Store
from casebook.services.requests import NypdFields, RequestChanges, RequestDraft, RequestSnapshot
from casebook.ui.client_picker import ClientPicker
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.field_form import FieldForm
from casebook.ui.record_labels import AGENCY_LABELS, OUTCOME_LABELS, SENT_VIA, tr_label
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAcceptDrops(False)
    return edit


class RequestDialog(QDialog):
    """A new record request. Emits ``saved(request_id)``."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        client: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.saved_label = ""
        self.setWindowTitle(self.tr("New record request"))
        self.setAccessibleName("New record request")
        self.setMinimumWidth(560)
        now = today()
        f = self.form = FieldForm()
        self.agency = QComboBox()
        for agency in Agency:
            self.agency.addItem(tr_label(AGENCY_LABELS[agency]), agency.value)
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(
                kind.value if kind is not RequestKind.UNSEALING else self.tr("Unsealing"),
                kind.value,
            )
        self.number = _line(self.tr("FOIL-2025-056-01234"))
        self.client = ClientPicker(worker)
        self.client.setPlaceholderText(self.tr("Optional: type a name or A-number"))
        self.records = QPlainTextEdit()
        self.records.setTabChangesFocus(True)
        self.records.setFixedHeight(72)
        self.records.setPlaceholderText(self.tr("The records asked for, as in the request"))
        self.arrest_number = _line(self.tr("e.g. M25612345"))
        self.complaint_number = _line(self.tr("e.g. 2025-075-01234"))
        self.nysid = _line(self.tr("e.g. 12345678K"))
        self.precinct = _line(self.tr("e.g. 75"))
        self.incident_date = OptionalDateEdit(today=now)
        self.incident_time = _line(self.tr("e.g. 23:40"))
        self.incident_type = _line(self.tr("e.g. arrest, stop, vehicle collision"))
        self.body_camera = QCheckBox(self.tr("Body-worn camera footage is asked for"))
        self.sent_via = QComboBox()
        self.sent_via.setEditable(True)
        self.sent_via.addItems(["", *SENT_VIA])
        self.sent_on = OptionalDateEdit(today=now)
        self.received = OptionalDateEdit(today=now)
        for key, text, widget, aliases in (
            ("agency", QT_TRANSLATE_NOOP("RequestDialog", "A&gency"), self.agency, ()),
            ("kind", QT_TRANSLATE_NOOP("RequestDialog", "&Kind"), self.kind, ()),
            (
                "request_number",
                QT_TRANSLATE_NOOP("RequestDialog", "OpenRecords &number"),
                self.number,
                ("number",),
            ),
            ("client_id", QT_TRANSLATE_NOOP("RequestDialog", "&Client"), self.client, ()),
            ("records", QT_TRANSLATE_NOOP("RequestDialog", "&Records asked for"), self.records, ()),
            (
                "arrest_number",
                QT_TRANSLATE_NOOP("RequestDialog", "&Arrest report number"),
                self.arrest_number,
                (),
            ),
            (
                "complaint_number",
                QT_TRANSLATE_NOOP("RequestDialog", "Co&mplaint number"),
                self.complaint_number,
                (),
            ),
            ("nysid", QT_TRANSLATE_NOOP("RequestDialog", "NYS&ID"), self.nysid, ()),
            ("precinct", QT_TRANSLATE_NOOP("RequestDialog", "&Precinct"), self.precinct, ()),
            (
                "incident_date",
                QT_TRANSLATE_NOOP("RequestDialog", "&Date of incident"),
                self.incident_date,
                (),
            ),
            (
                "incident_time",
                QT_TRANSLATE_NOOP("RequestDialog", "&Time of incident"),
                self.incident_time,
                (),
            ),
            (
                "incident_type",
                QT_TRANSLATE_NOOP("RequestDialog", "Incident t&ype"),
                self.incident_type,
                (),
            ),
            (
                "body_camera",
                QT_TRANSLATE_NOOP("RequestDialog", "&Body-worn camera"),
                self.body_camera,
                (),
            ),
            ("sent_via", QT_TRANSLATE_NOOP("RequestDialog", "Sent &via"), self.sent_via, ()),
            ("sent_on", QT_TRANSLATE_NOOP("RequestDialog", "&Sent on"), self.sent_on, ()),
            (
                "received",
                QT_TRANSLATE_NOOP("RequestDialog", "R&eceived by the agency"),
                self.received,
                (),
            ),
        ):
            f.add_field(key, text, widget, aliases=aliases, caption=self.tr(text))
        self.received.setToolTip(
            self.tr(
                "The day the agency received it: the statutory clock starts the next business day."
            )
        )
        self.number.editingFinished.connect(self.check_number)
        self.agency.currentIndexChanged.connect(self.check_number)
        if client is not None:
            self.client.set_client(*client)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.buttons)

    def draft(self) -> RequestDraft:
        return RequestDraft(
            records=self.records.toPlainText(),
            agency=Agency(self.agency.currentData()),
            kind=RequestKind(self.kind.currentData()),
            received=self.received.value(),
            client_id=self.client.client_id,
            number=self.number.text(),
            fields=NypdFields(
                arrest_number=self.arrest_number.text(),
                complaint_number=self.complaint_number.text(),
                nysid=self.nysid.text(),
                precinct=self.precinct.text(),
                incident_date=self.incident_date.value(),
                incident_time=self.incident_time.text(),
                incident_type=self.incident_type.text(),
                body_camera=self.body_camera.isChecked(),
            ),
            sent_via=self.sent_via.currentText(),
            sent_on=self.sent_on.value(),
        )

    def check_number(self) -> bool:
        """Check the portal number now (pure rule, no database); True when it is fine."""
        error = self.form.errors["request_number"]
        try:
            cleaned = requests.clean_number(Agency(self.agency.currentData()), self.number.text())
        except ValidationError as exc:
            error.setText(exc.message)
            error.show()
            return False
        error.hide()
        if cleaned and cleaned != self.number.text():
            self.number.setText(cleaned)
        return True

    def save(self) -> None:
        self.form.clear_errors()
        if first_problem(self.incident_date, self.sent_on, self.received) is not None:
            return  # the date's problem shows under it; what was typed stays
        if self.client.text().strip() and self.client.client_id is None:
            self.form.show_error(
                ValidationError(
                    "client_id", self.tr("Pick the client from the suggestions, or clear it.")
                )
            )
            return
        draft, today = self.draft(), self._today()
        self.buttons.setEnabled(False)

        def add(store: Store) -> Changed[int]:
            request_id = requests.add_request(store, draft, today=today)
            return Changed(request_id, Changes.of(Change.REQUESTS, client_id=draft.client_id))

        self._worker.submit(
            add,
            on_success=self._saved,
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
        )

    def _failed(self, exc: CasebookError) -> None:
        self.form.show_error(exc)

    def _saved(self, saved: object) -> None:
        request_id = cast(int, saved)  # the worker unwraps ``Changed``
        draft = self.draft()
        self.saved_label = request_words.request_name(
            draft.agency, draft.kind, self.number.text().strip(), request_id
        )
        self.saved.emit(request_id)
        self.accept()


# -- what happened ------------------------------------------------------------------------------

# (key, label, the change's date field, its outcome field or "", a second date field or "")
# The second date is one the agency set for itself (the acknowledgement's promised date,
# an extension's new date): it may lie in the future (COOG FOIL-AO-17821).
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "received",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The agency received it"),
        "received",
        "",
        "",
    ),
    (
        "acknowledged",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The agency acknowledged it"),
        "acknowledged",
        "",
        "promised",
    ),
    (
        "extended",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The agency extended its time"),
        "extended_on",
        "",
        "extended",
    ),
    (
        "determined",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The agency decided"),
        "determined",
        "outcome",
        "",
    ),
    (
        "appealed",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The appeal was received"),
        "appealed",
        "",
        "",
    ),
    (
        "appeal_decided",
        QT_TRANSLATE_NOOP("RequestEventDialog", "The appeal was decided"),
        "appeal_decided",
        "appeal_outcome",
        "",
    ),
    (
        "article78",
        QT_TRANSLATE_NOOP("RequestEventDialog", "An Article 78 petition was filed"),
        "article78",
        "",
        "",
    ),
)


class RequestEventDialog(QDialog):
    """Record one dated event of a request. Emits ``saved(request_id)``."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        request_id: int,
        title: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.request_id = request_id
        self.before: RequestSnapshot | None = None
        self.setWindowTitle(self.tr("What happened – {request}").format(request=title))  # noqa: RUF001
        self.setAccessibleName("Record what happened")
        self.setMinimumWidth(480)
        now = today()
        f = self.form = FieldForm()
        self.what = QComboBox()
        for key, label, *_ in EVENTS:
            self.what.addItem(self.tr(label), key)
        self.day = OptionalDateEdit(today=now, empty=self.tr("Choose the date"))
        self.day.set_value(now)
        self.outcome = QComboBox()
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(tr_label(label), outcome.value)
        self.promised = OptionalDateEdit(today=now)
        self.reason = _line(self.tr("e.g. the volume of records, a review for redactions"))
        f.add_field("event", "&What happened", self.what, caption=self.tr("&What happened"))
        f.add_field(
            "day",
            "&On",
            self.day,
            aliases=tuple(e[2] for e in EVENTS),
            caption=self.tr("&On"),
        )
        f.add_field(
            "outcome",
            "O&utcome",
            self.outcome,
            aliases=("appeal_outcome",),
            caption=self.tr("O&utcome"),
        )
        f.add_field(
            "promised",
            "&Promised date",
            self.promised,
            aliases=("extended",),
            caption=self.tr("&Promised date"),
        )
        f.add_field("reason", "&Reason given", self.reason, caption=self.tr("&Reason given"))
        self.promised.setToolTip(
            self.tr("The date the agency gave in writing for its answer; it may lie in the future.")
        )
        self.what.currentIndexChanged.connect(self._event_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.buttons)
        self._event_changed()

    def choose(self, key: str) -> None:
        self.what.setCurrentIndex(self.what.findData(key))

    def _spec(self) -> tuple[str, str, str, str, str]:
        return EVENTS[max(self.what.currentIndex(), 0)]

    def _event_changed(self) -> None:
        key, _label, _day, outcome, second = self._spec()
        self.form.clear_errors()
        self.form.set_row_shown("outcome", bool(outcome))
        self.form.set_row_shown("promised", bool(second))
        self.form.set_row_shown("reason", key == "extended")
        caption = "&New date given" if key == "extended" else "&Promised date"
        self.promised.setAccessibleName(caption.replace("&", ""))
        self.form.set_caption(
            "promised",
            self.tr("&New date given") if key == "extended" else self.tr("&Promised date"),
        )
        day_caption = "Letter &dated" if key == "extended" else "&On"
        self.form.set_caption(
            "day", self.tr("Letter &dated") if key == "extended" else self.tr("&On")
        )
        self.day.setAccessibleName(day_caption.replace("&", ""))

    def changes(self) -> RequestChanges:
        _key, _label, day_field, outcome_field, second = self._spec()
        values: dict[str, object] = {day_field: self.day.value()}
        if outcome_field:
            values[outcome_field] = Outcome(self.outcome.currentData())
        if second and self.promised.value() is not None:
            values[second] = self.promised.value()
        if _key == "extended":
            values["reason"] = self.reason.text()
        return RequestChanges(**values)  # type: ignore[arg-type]

    def save(self) -> None:
        self.form.clear_errors()
        second = self._spec()[4]
        if first_problem(self.day, *([self.promised] if second else [])) is not None:
            return  # the date's problem shows under it; what was typed stays
        if self.day.value() is None:
            self.form.show_error(ValidationError("day", self.tr("Enter the date it happened.")))
            return
        if self._spec()[0] == "extended" and self.promised.value() is None:
            self.form.show_error(
                ValidationError("promised", self.tr("Enter the new date the agency gave."))
            )
            return
        changes, today, request_id = self.changes(), self._today(), self.request_id
        self.buttons.setEnabled(False)
        self._worker.submit(
            lambda s: requests.update_request(s, request_id, changes, today=today),
            on_success=self._saved,
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
        )

    def _failed(self, exc: CasebookError) -> None:
        if isinstance(exc, ValidationError) and exc.field not in self.form.errors:
            self.form.show_error(CasebookError(exc.message))
        else:
            self.form.show_error(exc)

    def _saved(self, before: object) -> None:
        self.before = cast(RequestSnapshot, before)  # the worker unwraps ``Changed``
        self.saved.emit(self.request_id)
        self.accept()
