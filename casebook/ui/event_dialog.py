"""Add or edit a court event of a matter: a hearing, a filing deadline, a criminal-court date.

The judge defaults to the matter's judge (changing the matter brings its judge
along until the person types one of their own). For an individual hearing the
dialog shows, as the date is typed, when the filings are due: the rule is the
domain's (``court_events.filing_due``), never computed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from casebook.domain.court_events import filing_due
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import EventKind
from casebook.services import matters
from casebook.services.matters import EventDraft, EventInfo, MatterInfo, Store
from casebook.ui.court_labels import EVENT_LABELS, day_text, event_label, matter_caption
from casebook.ui.date_fields import OptionalDateEdit, TimeEdit
from casebook.ui.matter_dialog import enum_combo, set_data
from casebook.ui.record_dialog import RecordDialog
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

# The kinds offered first, in the order a court calendar names them.
KINDS = (
    EventKind.MASTER_HEARING,
    EventKind.INDIVIDUAL_HEARING,
    EventKind.BOND_HEARING,
    EventKind.FILING_DEADLINE,
    EventKind.CRIMINAL_COURT,
    EventKind.OTHER,
)


class EventDialog(RecordDialog[EventDraft]):
    """New hearing… / Edit hearing…; ``saved(event_id_or_None)``; ``draft`` holds what was
    saved and ``hearing`` what was there before (for undo)."""

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        client_matters: Sequence[MatterInfo],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        matter_id: int | None = None,
        event: EventInfo | None = None,
    ) -> None:
        title = (
            QT_TRANSLATE_NOOP("EventDialog", "New hearing")
            if event is None
            else QT_TRANSLATE_NOOP("EventDialog", "Edit hearing")
        )
        super().__init__(worker, title, parent)
        self.client_id = client_id
        self.hearing = event
        self._matters = {m.id: m for m in client_matters}
        self.setMinimumWidth(520)
        self.matter = QComboBox()
        self.matter.setAccessibleName("Matter")
        for info in client_matters:
            self.matter.addItem(matter_caption(info), info.id)
        self.matter.addItem(self.tr("No particular matter"), None)
        self.kind = enum_combo({k: EVENT_LABELS[k] for k in KINDS}, "Kind")
        if event is not None and event.draft.kind not in KINDS:
            self.kind.addItem(event_label(EventKind(event.draft.kind)), event.draft.kind.value)
        self.day = OptionalDateEdit(today=today(), empty=self.tr("Choose the date"))
        self.day.setAccessibleName("Date")
        self.time = TimeEdit(empty=self.tr("No time given"))
        self.time.setAccessibleName("Time")
        self.judge = QLineEdit()
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Courtroom 12, 26 Federal Plaza"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.filings_due = QLabel()
        self.filings_due.setAccessibleName("Filings due")
        self.filings_due.setToolTip(
            self.tr(
                "Exhibits and applications are due 15 days before an individual hearing "
                "(Immigration Court Practice Manual ch. 3.1(b)), moved back off weekends and "
                "holidays."
            )
        )
        for key, text, widget in (
            ("matter_id", QT_TRANSLATE_NOOP("EventDialog", "&Matter"), self.matter),
            ("kind", QT_TRANSLATE_NOOP("EventDialog", "&Kind"), self.kind),
            ("starts_at", QT_TRANSLATE_NOOP("EventDialog", "&Date"), self.day),
            ("time", QT_TRANSLATE_NOOP("EventDialog", "&Time"), self.time),
            ("judge", QT_TRANSLATE_NOOP("EventDialog", "&Judge"), self.judge),
            ("location", QT_TRANSLATE_NOOP("EventDialog", "Courtroom or &address"), self.location),
            ("notes", QT_TRANSLATE_NOOP("EventDialog", "&Notes"), self.notes),
        ):
            self.add_field(key, text, widget)
            if key == "time":
                self.form.addRow("", self.filings_due)
        self._judge_default = ""
        self.matter.currentIndexChanged.connect(lambda _i: self._follow_matter_judge())
        self.kind.currentIndexChanged.connect(lambda _i: self.show_filings_due())
        self.day.changed.connect(lambda _d: self.show_filings_due())
        self.day.edit.textEdited.connect(lambda _t: self.show_filings_due())  # as it is typed
        if event is not None:
            self.show_draft(event.draft)
        else:
            self._pick_matter(matter_id)
            self._follow_matter_judge()
        self.show_filings_due()

    def _pick_matter(self, matter_id: int | None) -> None:
        index = self.matter.findData(matter_id)
        self.matter.setCurrentIndex(index if index >= 0 else 0)

    def _follow_matter_judge(self) -> None:
        """The chosen matter's judge, unless the person typed another."""
        info = self._matters.get(self.matter.currentData())
        judge = info.draft.judge if info is not None else ""
        if self.judge.text() in ("", self._judge_default):
            self.judge.setText(judge)
        self._judge_default = judge

    def show_filings_due(self) -> None:
        day = self.day.value()
        kind = EventKind(self.kind.currentData())
        due = filing_due(kind, day) if day is not None else None
        said = self.tr("Filings due: {day}")
        self.filings_due.setText(said.format(day=day_text(due)) if due is not None else "")
        self.filings_due.setVisible(due is not None)

    def show_draft(self, d: EventDraft) -> None:
        self._pick_matter(d.matter_id)
        info = self._matters.get(d.matter_id) if d.matter_id is not None else None
        self._judge_default = info.draft.judge if info is not None else ""
        set_data(self.kind, d.kind.value)
        self.day.set_value(d.starts_at.date())
        at = d.starts_at.time()
        self.time.set_value(None if at == time(0, 0) else at)  # midnight: no time was given
        self.judge.setText(d.judge)
        self.location.setText(d.location)
        self.notes.setPlainText(d.notes)

    def build_draft(self) -> EventDraft:
        day = self.day.value()
        if day is None:
            raise ValidationError("starts_at", self.tr("Enter the date, e.g. 01/26/2027."))
        moment = self.time.value()
        old = self.hearing.draft if self.hearing is not None else None
        return EventDraft(
            kind=EventKind(self.kind.currentData()),
            starts_at=datetime.combine(day, moment or time(0, 0)),
            matter_id=self.matter.currentData(),
            title=old.title if old is not None else "",
            location=self.location.text(),
            judge=self.judge.text(),
            done=old.done if old is not None else False,
            notes=self.notes.toPlainText(),
        )

    def save_operation(self, draft: EventDraft) -> Callable[[Store], Any]:
        client_id = self.client_id
        if self.hearing is None:
            return lambda s: matters.add_event(s, client_id, draft)
        event_id = self.hearing.id
        return lambda s: matters.update_event(s, event_id, draft)
