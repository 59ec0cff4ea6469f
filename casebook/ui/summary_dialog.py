"""Export client summary: where to save the PDF and what to redact "for sharing".

``summary.export_summary`` does the work on the worker: the profile, matters,
hearings, a drawn timeline, the document index with SHA-256, requests, arrests
and incidents. Each redaction choice is a checkbox; "For sharing" ticks the
usual set (A-number to its last three digits, address, phone). A redacted value
is scrubbed from free text too, so the full A-number appears nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import summary
from casebook.services.summary import SummaryResult
from casebook.ui.field_form import FieldForm
from casebook.ui.save_dialog import PDF_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.summary_words import LANGUAGES, summary_words
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

REDACTION_LABELS = {
    "a-number": QT_TRANSLATE_NOOP("SummaryDialog", "&A-number (keep only its last 3 digits)"),
    "address": QT_TRANSLATE_NOOP("SummaryDialog", "Add&ress"),
    "phone": QT_TRANSLATE_NOOP("SummaryDialog", "P&hone"),
    "email": QT_TRANSLATE_NOOP("SummaryDialog", "E-&mail"),
    "dob": QT_TRANSLATE_NOOP("SummaryDialog", "Date of &birth"),
    "nysid": QT_TRANSLATE_NOOP("SummaryDialog", "&NYSID"),
}

REDACTED_WORDS = {
    "a-number": QT_TRANSLATE_NOOP("SummaryDialog", "the A-number"),
    "address": QT_TRANSLATE_NOOP("SummaryDialog", "address"),
    "phone": QT_TRANSLATE_NOOP("SummaryDialog", "phone"),
    "email": QT_TRANSLATE_NOOP("SummaryDialog", "e-mail"),
    "dob": QT_TRANSLATE_NOOP("SummaryDialog", "date of birth"),
    "nysid": "NYSID",
}


class SummaryDialog(QDialog):
    """Emits ``message(text)`` for the status bar once the summary is saved."""

    message = Signal(str)
    exported = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._choose_path = choose_path
        self.client_id = client_id
        self.client_name = client_name
        self.setWindowTitle(self.tr("Export client summary"))
        self.setAccessibleName("Export client summary")
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A PDF of everything in {client}'s file: profile, matters and "
                "hearings, a timeline, the document index with fingerprints, record requests, "
                "arrests and incidents. The saved file is not encrypted."
            ).format(client=client_name or self.tr("this client"))
        )
        intro.setWordWrap(True)
        f = self.form = FieldForm()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save the PDF"))
        self.path.setAccessibleName("Summary file")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose where to save the summary")
        browse.clicked.connect(self.browse)
        row = QWidget()
        row.setAccessibleName("Summary file")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.path, 1)
        box.addWidget(browse)
        f.add_field("path", "&File", row, caption=self.tr("&File"))
        self.language = QComboBox()
        self.language.setAccessibleName("Summary language")
        for code, name in LANGUAGES.items():  # each named in its own language
            self.language.addItem(name, code)
        self.language.setToolTip(
            self.tr("Spanish writes the summary for the client to read; English is the default.")
        )
        f.add_field("language", "&Language", self.language, caption=self.tr("&Language"))

        sharing = QGroupBox(self.tr("Redact for sharing"))
        sharing.setAccessibleName("Redact for sharing")
        grid = QVBoxLayout(sharing)
        self.for_sharing = QCheckBox(
            self.tr("&For sharing (the usual set: A-number, address, phone)")
        )
        self.for_sharing.toggled.connect(self._preset)
        grid.addWidget(self.for_sharing)
        self.redactions: dict[str, QCheckBox] = {}
        choices = QHBoxLayout()
        first, second = QVBoxLayout(), QVBoxLayout()
        for i, key in enumerate(summary.REDACTABLE):
            check = QCheckBox(self.tr(REDACTION_LABELS.get(key, key)))
            check.setAccessibleName(f"Redact {REDACTION_LABELS.get(key, key).replace('&', '')}")
            check.toggled.connect(lambda _on: self._sync_preset())
            self.redactions[key] = check
            (first if i < 3 else second).addWidget(check)
        choices.addSpacing(20)
        choices.addLayout(first)
        choices.addLayout(second)
        choices.addStretch(1)
        grid.addLayout(choices)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Summary status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Export summary"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(sharing)
        layout.addWidget(f.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def chosen(self) -> frozenset[str]:
        return frozenset(key for key, check in self.redactions.items() if check.isChecked())

    def browse(self) -> None:
        base = self.client_name or self.tr("Client")
        suffix = self.tr(" (for sharing)") if self.chosen() else ""
        name = self.tr("{client} - summary {day}{suffix}.pdf").format(
            client=base, day=self._today().isoformat(), suffix=suffix
        )
        self._choose_path(self, self.path.text().strip() or name, PDF_FILTER, self.path.setText)

    def write(self) -> None:
        self.form.clear_errors()
        if not self.path.text().strip():
            self.form.errors["path"].setText(self.tr("Choose where to save the summary."))
            self.form.errors["path"].show()
            self.path.setFocus()
            return
        target = with_suffix(self.path.text().strip(), ".pdf")
        client_id, redact, today = self.client_id, self.chosen(), self._today()
        language = str(self.language.currentData())
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the summary…"))
        self._worker.submit(  # the words read on the worker, which writes the PDF with them
            lambda s: summary.export_summary(
                s, client_id, target, today=today, redact=redact, words=summary_words(language)
            ),
            on_success=self._written,
            on_failure=self._failed,
            on_done=lambda: self.save_button.setEnabled(True),
        )

    def _preset(self, on: bool) -> None:
        for key, check in self.redactions.items():
            if key in summary.FOR_SHARING:
                check.blockSignals(True)
                check.setChecked(on)
                check.blockSignals(False)

    def _sync_preset(self) -> None:
        usual = all(self.redactions[k].isChecked() for k in summary.FOR_SHARING)
        self.for_sharing.blockSignals(True)
        self.for_sharing.setChecked(usual)
        self.for_sharing.blockSignals(False)

    def _written(self, result: SummaryResult) -> None:
        redacted = ", ".join(self.tr(REDACTED_WORDS.get(k, k)) for k in result.redacted)
        said = (
            self.tr("Saved to {path} with {redacted} redacted.")
            if redacted
            else self.tr("Saved to {path}.")
        )
        self.status.setText(
            said.format(path=result.path, redacted=redacted)
            + self.tr(" This copy is not encrypted.")
        )
        self.message.emit(self.tr("Client summary saved to {path}.").format(path=result.path))
        self.exported.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self.form.show_error(exc)
