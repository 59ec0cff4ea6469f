"""Unlock a vault: passphrase, Caps Lock hint, inline errors, KDF off the GUI thread.

The window stays responsive during Argon2id (about a second, by design): the
work runs on the database worker while a busy bar moves. A wrong passphrase,
a damaged vault and a vault open elsewhere are all said inline, in the words
of the error the vault raised, and the field is ready for another try.

A forgotten passphrase is not a dead end: "Use the recovery key" leads to
the page where the emergency kit's key sets a new one (``recover_page``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, WrongPassphrase
from casebook.ui.field_form import SharedProblemLine
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

WRONG_UNLOCK_TEXT = QT_TRANSLATE_NOOP(
    "UnlockPage", "Wrong passphrase. Check the keyboard layout and Caps Lock, and try again."
)


class UnlockPage(QWidget):
    unlocked = Signal(Path)
    unlocking = Signal()  # the key is being derived: a second or so to prepare what follows
    back_requested = Signal()
    recovery_requested = Signal(Path)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.folder: Path | None = None
        self.setAccessibleName("Unlock a vault")

        self.title = QLabel(self.tr("Unlock"))
        self.title.setObjectName("pageTitle")
        self.vault_label = QLabel()
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_note.setAccessibleName("Backup status")
        self.backup_note.hide()
        self.passphrase = PassphraseField("Passphrase")
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.passphrase.caps_lock_changed.connect(self._on_caps_lock)
        self.caps_label = QLabel(self.tr("Caps Lock is on."))
        self.caps_label.setObjectName("warning")
        self.caps_label.setAccessibleName("Caps Lock warning")
        self.caps_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Unlock error")
        self.error_label.hide()
        self.problem = SharedProblemLine(self.error_label, self.passphrase)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Unlocking")
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.back_button = QPushButton(self.tr("&Other vault…"))
        self.back_button.setAccessibleName("Choose another vault")
        self.back_button.clicked.connect(self.back_requested)
        self.recovery_button = QPushButton(self.tr("Forgot it? Use the &recovery key…"))
        self.recovery_button.setAccessibleName("Use the recovery key")
        self.recovery_button.setFlat(True)
        # Looks like a link: a way out for the person stuck here, not a rival to Unlock.
        self.recovery_button.setStyleSheet(
            "QPushButton { border: none; padding: 2px 0; text-align: left;"
            " color: palette(link); text-decoration: underline; }"
        )
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_button.clicked.connect(self._ask_recovery)
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_button)
        recovery_row.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.vault_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.backup_note)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Passphrase:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.caps_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(recovery_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.setTabOrder(self.recovery_button, self.back_button)

    def set_vault(self, folder: Path, *, hint: str = "") -> None:
        self.folder = folder
        self.vault_label.setText(f"<b>{_escape(folder.name)}</b><br>{_escape(str(folder.parent))}")
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.set_backup_note("")
        self.error_label.hide()
        self.caps_label.hide()
        self.passphrase.wipe()
        self.set_busy(False)

    def set_backup_note(self, text: str, *, warning: bool = False) -> None:
        """The backup made as the vault closed: its progress, then its outcome."""
        self.backup_note.setObjectName("warning" if warning else "")
        self.backup_note.style().polish(self.backup_note)
        self.backup_note.setText(text)
        self.backup_note.setVisible(bool(text))

    def focus(self) -> None:
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if self.folder is None or self.busy.isVisible():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type the vault's passphrase."))
            return
        folder = self.folder
        self.error_label.hide()
        self.set_busy(True)
        from casebook.services import vaults  # imported late: the prompt paints first

        self.unlocking.emit()
        self._worker.open(
            lambda: (vaults.open_store(folder, passphrase), folder),
            on_success=self._on_unlocked,
            on_failure=self._on_failed,
            on_done=lambda: self.set_busy(False),
        )

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy)

    def _ask_recovery(self) -> None:
        if self.folder is not None and not self.busy.isVisible():
            self.passphrase.wipe()
            self.error_label.hide()
            self.recovery_requested.emit(self.folder)

    def _on_unlocked(self, folder: Path) -> None:
        self.passphrase.wipe()
        self.unlocked.emit(folder)

    def _on_failed(self, exc: CasebookError) -> None:
        self.set_busy(False)
        self._show_error(
            self.tr(WRONG_UNLOCK_TEXT) if isinstance(exc, WrongPassphrase) else exc.message
        )
        self.passphrase.selectAll()

    def _show_error(self, message: str) -> None:
        self.problem.show(message)  # until the passphrase is edited
        self.passphrase.setFocus()

    def _on_caps_lock(self, on: bool) -> None:
        self.caps_label.setVisible(on)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
