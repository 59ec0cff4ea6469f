"""Forgotten passphrase: type the recovery key from the emergency kit, choose a new one.

This is what the kit tells a person to do ("use this recovery key to set a
new passphrase"), so it sits on the unlock page and needs no command line.
The key is accepted as the kit prints it or as it is typed back (any case,
dashes, spaces or none; ``vault.keys.parse_recovery_key``). The new
passphrase follows the same rules and meter as when the vault was created.
Setting it runs Argon2id, so it happens on the worker behind a busy bar, and
the vault is then open: the person lands in the main window.

A wrong key is said plainly and nothing changes: the vault still opens with
the old passphrase. No field keeps its text once the page is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.ui.field_form import SharedProblemLine
from casebook.ui.new_passphrase import NewPassphraseRows
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

KEY_PLACEHOLDER = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
RECOVERED_TEXT = QT_TRANSLATE_NOOP(
    "RecoverPage",
    "New passphrase set. The recovery key still works; keep the kit safe.",
)


class RecoverPage(QWidget):
    """Emits ``unlocked(folder)`` once the new passphrase is set and the vault is open."""

    unlocked = Signal(Path)
    unlocking = Signal()  # the key is being derived: a second or so to prepare what follows
    back_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.folder: Path | None = None
        self.setAccessibleName("Set a new passphrase with the recovery key")

        title = QLabel(self.tr("Set a new passphrase"))
        title.setObjectName("pageTitle")
        self.vault_label = QLabel()
        self.vault_label.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Type the recovery key from the emergency kit (eight groups of four letters and "
                "digits), then choose a new passphrase. The recovery key keeps working afterwards."
            )
        )
        intro.setWordWrap(True)

        self.key = QLineEdit()
        self.key.setAccessibleName("Recovery key")
        self.key.setPlaceholderText(KEY_PLACEHOLDER)
        self.key.setMaxLength(80)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.key.textChanged.connect(self._on_key_typed)
        self.key_count = QLabel(" ")
        self.key_count.setAccessibleName("Recovery key length")
        self.new = NewPassphraseRows(self)
        self.new.ready_changed.connect(lambda _r: self._update_button())
        self.new.submitted.connect(self.recover)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Recovery error")
        self.error_label.hide()
        self.problem = SharedProblemLine(self.error_label, self.key, self.new.passphrase)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName("Setting the new passphrase")
        self.busy.hide()
        self.set_button = QPushButton(self.tr("&Set passphrase and unlock"))
        self.set_button.setDefault(True)
        self.set_button.setEnabled(False)
        self.set_button.clicked.connect(self.recover)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName("Back to the passphrase")
        self.back_button.clicked.connect(self._back)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        key_label = QLabel(self.tr("Recovery &key:"))
        key_label.setBuddy(self.key)
        form.addRow(key_label, self.key)
        form.addRow("", self.key_count)
        self.new.add_to(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.vault_label)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.key, self.new.passphrase)
        self.setTabOrder(self.new.passphrase, self.new.repeat)
        self.setTabOrder(self.new.repeat, self.set_button)
        self.setTabOrder(self.set_button, self.back_button)

    def set_vault(self, folder: Path) -> None:
        self.folder = folder
        self.vault_label.setText(f"<b>{_escape(folder.name)}</b>")
        self.wipe()

    def focus(self) -> None:
        self.key.setFocus()

    def wipe(self) -> None:
        """Forget the key and both passphrases (leaving the page, or after success)."""
        self.key.clear()
        self.new.wipe()
        self.error_label.hide()
        self.error_label.clear()
        self.set_busy(False)

    def recover(self) -> None:
        if self.folder is None or self.busy.isVisible() or not self.set_button.isEnabled():
            return
        folder, key, new = self.folder, self.key.text(), self.new.text()
        self.error_label.hide()
        self.set_busy(True)
        from casebook.services import vaults  # imported late: the prompt paints first

        self.unlocking.emit()
        self._worker.open(
            lambda: (vaults.recover_and_open(folder, key, new), folder),
            on_success=self._on_recovered,
            on_failure=self._on_failed,
            on_done=lambda: self.set_busy(False),
        )

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.key.setEnabled(not busy)
        self.new.set_enabled(not busy)
        self.back_button.setEnabled(not busy)
        self._update_button()

    def _on_recovered(self, folder: Path) -> None:
        self.wipe()
        self.unlocked.emit(folder)

    def _on_failed(self, exc: CasebookError) -> None:
        self.set_busy(False)
        target = (
            self.new.passphrase
            if isinstance(exc, ValidationError) and exc.field == "passphrase"
            else self.key
        )
        self.problem.show(exc.message, target)  # until that field is edited
        target.setFocus()
        target.selectAll()

    def _back(self) -> None:
        self.wipe()
        self.back_requested.emit()

    def _on_key_typed(self, text: str) -> None:
        if text != text.upper():  # shown as the kit prints it, so it compares at a glance
            cursor = self.key.cursorPosition()
            self.key.setText(text.upper())
            self.key.setCursorPosition(cursor)
            return  # setText calls back with the upper-case text
        from casebook.services import passphrases

        typed, needed = (
            passphrases.recovery_key_characters(text),
            passphrases.RECOVERY_KEY_CHARACTERS,
        )
        said = self.tr("{typed} of {needed} letters and digits")
        self.key_count.setText(said.format(typed=typed, needed=needed) if text else " ")
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.key.text().strip()) and self.new.ready and not self.busy.isVisible()
        self.set_button.setEnabled(ready)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
