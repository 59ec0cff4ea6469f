"""File > New recovery key…: replace the recovery key, shown once, with its emergency kit.

For a kit that was lost or seen by someone else. The current passphrase is
asked again (as for a passphrase change), then the data key is rewrapped
under a new recovery key in one atomic header write; the old key stops
opening this vault. Old copies of ``vault.json`` in backups keep the old
recovery key: locking those out is what a re-key (Change passphrase…, "Also
lock out old copies and backups") is for, and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, WrongPassphrase
from casebook.services import vaults
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.create_page import FileChooser, RecoveryKeyPage
from casebook.ui.passphrase_change_dialog import WRONG_CURRENT_TEXT
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

ISSUED_TEXT = QT_TRANSLATE_NOOP(
    "NewRecoveryKeyDialog",
    "New recovery key issued; the old one no longer opens this vault.",
)
INTRO_TEXT = QT_TRANSLATE_NOOP(
    "NewRecoveryKeyDialog",
    "A new recovery key replaces the one on your emergency kit, which then stops opening "
    "this vault. Backups made before keep the old one; to lock those out too, use Change "
    "passphrase… with “Also lock out old copies and "
    "backups”.",
)


class NewRecoveryKeyDialog(QDialog):
    """Emits ``issued`` once the person confirmed keeping the new key."""

    issued = Signal()

    def __init__(
        self,
        worker: DbWorker,
        folder: Path | None,
        parent: QWidget | None = None,
        *,
        clipboard: ClipboardGuard,
        choose_kit_path: FileChooser | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._folder = folder
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAccessibleName("New recovery key")
        self.setModal(True)
        intro = QLabel(self.tr(INTRO_TEXT))
        intro.setWordWrap(True)
        self.current = PassphraseField("Current passphrase")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("New recovery key error")
        self.error_label.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = QPushButton(self.tr("&Issue new recovery key"))
        self.issue_button.setDefault(True)
        self.issue_button.setEnabled(False)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.clicked.connect(self.issue)
        self.current.textChanged.connect(lambda t: self.issue_button.setEnabled(bool(t)))
        self.current.returnPressed.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("C&urrent passphrase:"))
        label.setBuddy(self.current)
        form.addRow(label, self.current)
        self.form_page = QWidget()
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.key_page = (
            RecoveryKeyPage(clipboard, worker, choose_kit_path=choose_kit_path, today=today)
            if choose_kit_path is not None
            else RecoveryKeyPage(clipboard, worker, today=today)
        )
        self.key_page.done.connect(self._on_kept)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.key_page)
        QVBoxLayout(self).addWidget(self.pages)
        self.resize(520, self.sizeHint().height())

    @property
    def showing_key(self) -> bool:
        return self.pages.currentWidget() is self.key_page and bool(self.key_page.key.text())

    def issue(self) -> None:
        current = self.current.text()
        if not current or self.busy.isVisible():
            return
        self.error_label.hide()
        self._set_busy(True)
        self._worker.submit(
            lambda store: vaults.new_open_recovery_key(store, current),
            on_success=self._on_issued,
            on_failure=self._on_failed,
            on_done=lambda: self._set_busy(False),
        )

    def _on_issued(self, recovery_key: str) -> None:
        self.current.wipe()
        self.key_page.show_key(recovery_key, self._folder)
        self.pages.setCurrentWidget(self.key_page)
        self.key_page.kit_button.setFocus()

    def _on_failed(self, exc: CasebookError) -> None:
        text = WRONG_CURRENT_TEXT if isinstance(exc, WrongPassphrase) else exc.message
        self.error_label.setText(text)
        self.error_label.show()
        self.current.setFocus()
        self.current.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.issue_button.setEnabled(not busy and bool(self.current.text()))

    def _on_kept(self) -> None:
        self.issued.emit()
        self.accept()

    def discard(self) -> None:
        """Close at once (locking); a key on screen is forgotten."""
        self.key_page.key.clear()
        self.current.wipe()
        super().done(QDialog.DialogCode.Rejected.value)

    def reject(self) -> None:
        if self.showing_key or self.busy.isVisible():  # shown once: only Continue closes it
            return
        self.current.wipe()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.showing_key or self.busy.isVisible():
            event.ignore()
            return
        self.current.wipe()
        super().closeEvent(event)
