"""Preview a FOIL request or appeal letter as plain text, copy it, or export its PDF.

The letter is composed on the worker (``request_letters.make_letter``) from the
request, its clock and the advocate profile. The text can be edited in the
preview before copying (the PDF is always the composed letter). What the app
copies goes through the ``ClipboardGuard`` so locking takes it back. The PDF is
written only where the person chose, by ``request_letters.write_letter``.

What the writer must know before sending (an appeal past the 30 days, a place
left for the appeal's reasons) shows above the text as soon as the letter is
composed, before any PDF is written. The request letter's fee limit and an
appeal's reasons are asked here and the letter is composed again with them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import request_letters
from casebook.services.matters import Store
from casebook.services.request_letters import (
    LetterOptions,
    LetterPreview,
    LetterType,
    WrittenLetter,
)
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.field_form import error_label
from casebook.ui.save_dialog import PDF_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.worker import DbWorker


def letter_preview(
    store: Store, request_id: int, kind: LetterType, today: date, options: LetterOptions
) -> LetterPreview:
    return request_letters.preview_letter(store, request_id, kind, today=today, options=options)


class LetterDialog(QDialog):
    """Emits ``message(text)`` for the status bar after an export."""

    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        clipboard: ClipboardGuard,
        request_id: int,
        kind: LetterType,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._clipboard = clipboard
        self._today = today
        self._choose_path = choose_path
        self.request_id = request_id
        self.kind = kind
        what = "Request letter" if kind == "request" else "Appeal letter"
        self.setWindowTitle(
            self.tr("Request letter") if kind == "request" else self.tr("Appeal letter")
        )
        self.setAccessibleName(what)
        self.resize(720, 680)
        self.note = QLabel(
            self.tr(
                "The plain text below can be edited and copied into an e-mail or the OpenRecords "
                "portal. Export PDF writes the letter as composed, on your letterhead."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("placeholder")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Letter text")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.text.setPlaceholderText(self.tr("Composing the letter…"))
        self.error = error_label("Letter problem")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warning")
        self.warnings.setAccessibleName("Before you send")
        self.warnings.hide()
        self.fee_limit = QSpinBox()
        self.fee_limit.setRange(0, 100_000)
        self.fee_limit.setValue(request_letters.DEFAULT_FEE_LIMIT)
        self.fee_limit.setPrefix("$")
        self.fee_limit.setAccessibleName("Fee limit")
        self.fee_limit.setToolTip(
            self.tr("The letter asks to be told before copying fees exceed this.")
        )
        self.fee_limit.editingFinished.connect(self.load)
        self.reasons = QLineEdit()
        self.reasons.setAccessibleName("Reasons for the appeal")
        self.reasons.setPlaceholderText(self.tr("Why the written denial should be reversed"))
        self.reasons.editingFinished.connect(self.load)
        options = QFormLayout()
        if kind == "request":
            options.addRow(self.tr("&Fees up to:"), self.fee_limit)
        else:
            options.addRow(self.tr("&Reasons:"), self.reasons)
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.copy_button.setToolTip(self.tr("Copy the whole letter (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy_text)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_text)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setToolTip(self.tr("Save the letter as a PDF (Ctrl+S)"))
        self.export_button.clicked.connect(self.export_pdf)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.export_pdf)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.setEnabled(False)
        self.export_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(options)
        layout.addWidget(self.warnings)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def options(self) -> LetterOptions:
        return LetterOptions(fee_limit=self.fee_limit.value(), reasons=self.reasons.text())

    def load(self) -> None:
        request_id, kind, today, options = self.request_id, self.kind, self._today(), self.options()
        self._worker.submit(
            lambda s: letter_preview(s, request_id, kind, today, options),
            on_success=self._loaded,
            on_failure=self._failed,
        )

    def copy_text(self) -> None:
        text = self.text.toPlainText()
        if text:
            self._clipboard.copy(text)
            seconds = self._clipboard.clear_after_seconds
            self.message.emit(
                self.tr(
                    "Letter copied. casebook clears it from the clipboard in {seconds} seconds "
                    "and when the vault locks."
                ).format(seconds=seconds)
            )

    def export_pdf(self) -> None:
        if not self.export_button.isEnabled():
            return
        what = "FOIL request" if self.kind == "request" else "FOIL appeal"
        name = f"{what} {self.request_id}.pdf"
        self._choose_path(self, name, PDF_FILTER, self._write)

    def _write(self, path: str) -> None:
        if not path:
            return
        target = with_suffix(path, ".pdf")
        request_id, kind, today, options = self.request_id, self.kind, self._today(), self.options()
        self.export_button.setEnabled(False)
        self._worker.submit(
            lambda s: request_letters.write_letter(
                s, request_id, kind, target, today=today, options=options
            ),
            on_success=self._written,
            on_failure=self._failed,
            on_done=lambda: self.export_button.setEnabled(True),
        )

    def _loaded(self, preview: LetterPreview) -> None:
        self.text.setPlainText(preview.text)
        self.warnings.setText("\n".join(f"Before you send: {w}" for w in preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.copy_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.error.hide()

    def _written(self, written: WrittenLetter) -> None:
        self.message.emit(self.tr("Letter saved to {path}.").format(path=written.path))
        self.error.hide()
        self.note.setText(
            self.tr("Saved to {path}. This copy is not encrypted.").format(path=written.path)
        )

    def _failed(self, exc: CasebookError) -> None:
        self.error.setText(exc.message)
        self.error.show()
        if not self.text.toPlainText():
            self.text.setPlaceholderText("")
