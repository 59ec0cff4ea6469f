"""Add or edit one of a client's convictions: what sealing needs to know about it.

The dialog only gathers the facts (level, class, sentence, releases,
probation or parole, exclusions, a CPL 160.58 order, the arrest it came
from); the sealing picture is worked out by ``services.convictions`` and
shown on the Arrests and convictions tab after saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.sealing import LEVEL_LABELS, Conviction, FelonyClass, Level, Release
from casebook.services import convictions
from casebook.services.arrests import ArrestInfo
from casebook.services.changes import Changed
from casebook.services.convictions import ConvictionInfo
from casebook.services.matters import Store
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.deadline_words import format_date
from casebook.ui.field_form import FieldForm
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker


def release_text(r: Release) -> str:
    day = format_date(r.released_on)
    if not r.after_violation:
        return QCoreApplication.translate("ConvictionDialog", "Released {day}").format(day=day)
    how = (
        QCoreApplication.translate("ConvictionDialog", "supervision revoked")
        if r.revoked
        else QCoreApplication.translate(
            "ConvictionDialog", "supervision not revoked: does not count"
        )
    )
    return QCoreApplication.translate(
        "ConvictionDialog", "Released {day} after a parole violation ({how})"
    ).format(day=day, how=how)


class ReleasesField(QWidget):
    """The releases from incarceration, added one at a time."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.releases: list[Release] = []
        self.day = OptionalDateEdit(today=today, empty=self.tr("Release date"))
        self.day.setAccessibleName("Release date")
        self.after_violation = QCheckBox(self.tr("After re-incarceration for a parole violation"))
        self.revoked = QCheckBox(self.tr("Supervision was revoked"))
        self.revoked.setEnabled(False)
        self.after_violation.toggled.connect(self.revoked.setEnabled)
        self.add = QPushButton(self.tr("Add re&lease"))
        self.add.setAccessibleName("Add release")
        self.add.clicked.connect(self.add_release)
        self.remove = QPushButton(self.tr("Remove release"))
        self.remove.clicked.connect(self.remove_release)
        self.listing = QListWidget()
        self.listing.setAccessibleName("Releases from incarceration")
        self.listing.setMaximumHeight(self.listing.fontMetrics().height() * 4 + 8)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setAccessibleName("Release problem")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addWidget(self.add)
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.listing, 1)
        under.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.after_violation)
        layout.addWidget(self.revoked)
        layout.addWidget(self.problem)
        layout.addLayout(under)

    def set_releases(self, releases: Sequence[Release]) -> None:
        self.releases = sorted(releases, key=lambda r: r.released_on)
        self.listing.clear()
        for r in self.releases:
            self.listing.addItem(QListWidgetItem(release_text(r)))

    def add_release(self) -> None:
        self.problem.hide()
        day = self.day.value()
        if day is None:
            self.problem.setText(self.day.problem() or "Enter the day of the release first.")
            self.problem.show()
            return
        revoked = self.after_violation.isChecked() and self.revoked.isChecked()
        self.set_releases([*self.releases, Release(day, self.after_violation.isChecked(), revoked)])
        self.day.set_value(None)
        self.after_violation.setChecked(False)
        self.revoked.setChecked(False)

    def remove_release(self) -> None:
        row = self.listing.currentRow()
        if 0 <= row < len(self.releases):
            self.set_releases([r for i, r in enumerate(self.releases) if i != row])


class ConvictionDialog(QDialog):
    """Emits ``saved(conviction_id)``."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        arrests: Sequence[ArrestInfo] = (),
        conviction: ConvictionInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.client_id = client_id
        self.conviction = conviction
        self.setWindowTitle(
            self.tr("New conviction") if conviction is None else self.tr("Edit conviction")
        )
        self.setAccessibleName("New conviction" if conviction is None else "Edit conviction")
        self.setMinimumWidth(660)  # the Spanish captions are wider
        day = today()
        f = self.form = FieldForm()
        self.level = QComboBox()
        for level, label in LEVEL_LABELS.items():  # worded as the convictions panel does
            self.level.addItem(QCoreApplication.translate("ConvictionsPanel", label), level.value)
        self.felony_class = QComboBox()
        for cls in FelonyClass:
            self.felony_class.addItem(self.tr("Class {cls}").format(cls=cls.value), cls.value)
        self.offense = QLineEdit()
        self.offense.setPlaceholderText(self.tr("e.g. PL 155.25 petit larceny"))
        self.sentenced = OptionalDateEdit(today=day, empty=self.tr("Choose the date"))
        self.releases = ReleasesField(day)
        self.supervision = OptionalDateEdit(today=day, empty=self.tr("None, or the last day"))
        self.drug_felony = QCheckBox(self.tr("A drug felony (PL article 220)"))
        self.registrable = QCheckBox(self.tr("A sex offense that requires registration"))
        self.other_exclusion = QCheckBox(self.tr("Another offense CPL 160.59 excludes"))
        self.other_exclusion.setToolTip(
            self.tr(
                "CPL 160.59(1)(a): a violent felony (PL 70.02), a felony of PL article 125 "
                "(homicide), an offense of PL article 130 or 263. Clean Slate may still seal it."
            )
        )
        self.other_exclusion.setAccessibleName("Excluded from sealing on application")
        self.conditional = OptionalDateEdit(
            today=day, empty=self.tr("No conditional sealing order")
        )
        self.arrest = QComboBox()
        self.arrest.addItem(self.tr("Not known"), None)
        for a in arrests:
            number = f" {a.draft.arrest_number}" if a.draft.arrest_number else ""
            arrested = a.draft.arrested_on.isoformat()
            self.arrest.addItem(self.tr("Arrest of {day}").format(day=arrested) + number, a.id)
        for key, text, widget in (
            ("level", QT_TRANSLATE_NOOP("ConvictionDialog", "&Level"), self.level),
            (
                "felony_class",
                QT_TRANSLATE_NOOP("ConvictionDialog", "Felony &class"),
                self.felony_class,
            ),
            ("offense", QT_TRANSLATE_NOOP("ConvictionDialog", "&Offense"), self.offense),
            (
                "sentenced_on",
                QT_TRANSLATE_NOOP("ConvictionDialog", "&Sentenced on"),
                self.sentenced,
            ),
            (
                "releases",
                QT_TRANSLATE_NOOP("ConvictionDialog", "&Released from incarceration"),
                self.releases,
            ),
            (
                "supervision_until",
                QT_TRANSLATE_NOOP("ConvictionDialog", "&Probation or parole until"),
                self.supervision,
            ),
            (
                "drug_felony",
                QT_TRANSLATE_NOOP("ConvictionDialog", "&Drug felony"),
                self.drug_felony,
            ),
            (
                "registrable",
                QT_TRANSLATE_NOOP("ConvictionDialog", "Re&gistrable"),
                self.registrable,
            ),
            (
                "other_exclusion",
                QT_TRANSLATE_NOOP("ConvictionDialog", "E&xcluded from 160.59"),
                self.other_exclusion,
            ),
            (
                "conditionally_sealed_on",
                QT_TRANSLATE_NOOP("ConvictionDialog", "Conditionally sealed (CPL 160.58) on"),
                self.conditional,
            ),
            ("arrest_id", QT_TRANSLATE_NOOP("ConvictionDialog", "&Arrest"), self.arrest),
        ):
            f.add_field(key, text, widget, caption=self.tr(text))
        self.level.currentIndexChanged.connect(self._level_changed)
        if conviction is not None:
            self._fill(conviction)
        self._level_changed()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "When it seals is worked out from these facts and the client's other convictions "
                "and arrests, and shown on the Arrests and convictions tab."
            )
        )
        hint.setObjectName("placeholder")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _fill(self, info: ConvictionInfo) -> None:
        c = info.conviction
        self.level.setCurrentIndex(self.level.findData(c.level.value))
        if c.felony_class is not None:
            self.felony_class.setCurrentIndex(self.felony_class.findData(c.felony_class.value))
        self.offense.setText(c.offense)
        self.sentenced.set_value(c.sentenced_on)
        self.releases.set_releases(c.releases)
        self.supervision.set_value(c.supervision_until)
        self.drug_felony.setChecked(c.drug_felony)
        self.registrable.setChecked(c.registrable)
        self.other_exclusion.setChecked(c.other_exclusion)
        self.conditional.set_value(c.conditionally_sealed_on)
        index = self.arrest.findData(info.arrest_id)
        self.arrest.setCurrentIndex(max(index, 0))

    def _level_changed(self) -> None:
        felony = self.level.currentData() == Level.FELONY.value
        self.form.set_row_shown("felony_class", felony)
        self.form.set_row_shown("drug_felony", felony)
        self.adjustSize()  # no gaps where the felony rows were

    def save(self) -> None:
        self.form.clear_errors()
        if first_problem(self.sentenced, self.supervision, self.conditional) is not None:
            return  # the date's problem shows under it; what was typed stays
        sentenced = self.sentenced.value()
        if sentenced is None:
            self.form.show_error(
                ValidationError("sentenced_on", self.tr("Enter the day of sentence."))
            )
            return
        level = Level(self.level.currentData())
        felony = level is Level.FELONY
        draft = Conviction(
            level=level,
            sentenced_on=sentenced,
            felony_class=FelonyClass(self.felony_class.currentData()) if felony else None,
            offense=self.offense.text(),
            releases=tuple(self.releases.releases),
            supervision_until=self.supervision.value(),
            drug_felony=felony and self.drug_felony.isChecked(),
            registrable=self.registrable.isChecked(),
            other_exclusion=self.other_exclusion.isChecked(),
            conditionally_sealed_on=self.conditional.value(),
        )
        today, client_id = self._today(), self.client_id
        conviction_id = self.conviction.id if self.conviction else None
        arrest_id = self.arrest.currentData()

        def run(store: Store) -> Changed[int]:
            if conviction_id is None:
                return convictions.add_conviction(
                    store, client_id, draft, today=today, arrest_id=arrest_id
                )
            changed = convictions.update_conviction(
                store, conviction_id, draft, today=today, arrest_id=arrest_id
            )
            return Changed(conviction_id, changed.changes)

        self.buttons.setEnabled(False)
        self._worker.submit(
            run,
            on_success=self._saved,
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
        )

    def _failed(self, exc: CasebookError) -> None:
        self.form.show_error(exc)

    def _saved(self, conviction_id: object) -> None:
        """``conviction_id``: the worker unwraps ``Changed`` and hands on its value."""
        self.saved.emit(cast(int, conviction_id))
        self.accept()
