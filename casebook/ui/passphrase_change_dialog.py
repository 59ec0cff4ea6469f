"""File > Change passphrase…: the current passphrase, then a new one typed twice.

The current passphrase is asked even though the vault is open, so a laptop
left unlocked for a minute does not let someone else set a passphrase of
their own. The new one follows the rules and meter of vault creation
(``new_passphrase``). Rewrapping runs Argon2id (about a second, twice: to
check the current passphrase and to wrap with the new one), so it runs on
the worker behind a busy bar; it cannot be cancelled half-way, so Cancel and
Escape wait for it. Only the vault's header changes, atomically: whatever
happens, either the old or the new passphrase opens the vault.

Every field is emptied when the dialog closes, however it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError, WrongPassphrase
from casebook.services import vaults
from casebook.ui.field_form import SharedProblemLine
from casebook.ui.new_passphrase import NewPassphraseRows
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.worker import DbWorker

WRONG_CURRENT_TEXT = (
    "That is not the current passphrase. Check the keyboard layout and Caps Lock; "
    "nothing was changed."
)
CHANGED_TEXT = "Passphrase changed. The recovery key is unchanged."


class PassphraseChangeDialog(QDialog):
    """Emits ``passphrase_changed`` once the new passphrase is in effect."""

    passphrase_changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle("Change passphrase")
        self.setAccessibleName("Change passphrase")
        self.setModal(True)

        intro = QLabel(
            "Type the passphrase you use now, then the new one twice. Old backups keep "
            "opening with the passphrase they were made with."
        )
        intro.setWordWrap(True)
        self.caps_label = QLabel("Caps Lock is on.")
        self.caps_label.setObjectName("warning")
        self.caps_label.setAccessibleName("Caps Lock warning")
        self.caps_label.hide()
        self.current = PassphraseField("Current passphrase")
        self.current.caps_lock_changed.connect(self.caps_label.setVisible)
        self.new = NewPassphraseRows(self)
        self.new.ready_changed.connect(lambda _r: self._update_button())
        self.new.submitted.connect(self.change)
        self.current.textChanged.connect(lambda _t: self._update_button())

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Change passphrase error")
        self.error_label.hide()
        self.problem = SharedProblemLine(self.error_label, self.current, self.new.passphrase)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName("Changing the passphrase")
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = QPushButton("&Change passphrase")
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.change_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        current_label = QLabel("C&urrent passphrase:")
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        form.addRow("", self.caps_label)
        self.new.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.current, self.new.passphrase)
        self.setTabOrder(self.new.passphrase, self.new.repeat)
        self.resize(480, self.sizeHint().height())

    @property
    def is_busy(self) -> bool:
        """True while the header is being rewritten (the controller asks before locking)."""
        return self.busy.isVisible()

    def change(self) -> None:
        if self.is_busy or not self.change_button.isEnabled():
            return
        current, new = self.current.text(), self.new.text()
        self.error_label.hide()
        self._set_busy(True)
        self._worker.submit(
            lambda store: vaults.change_open_passphrase(store, current, new),
            on_success=lambda _none: self._on_changed(),
            on_failure=self._on_failed,
            on_done=lambda: self._set_busy(False),
        )

    def _on_changed(self) -> None:
        self._set_busy(False)
        self.passphrase_changed.emit()
        self.accept()

    def _on_failed(self, exc: CasebookError) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            text, target = WRONG_CURRENT_TEXT, self.current
        else:
            new_field = isinstance(exc, ValidationError) and exc.field != "current"
            text, target = exc.message, (self.new.passphrase if new_field else self.current)
        self.problem.show(text, target)  # until that field is edited
        target.setFocus()
        target.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.new.set_enabled(not busy)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.current.text()) and self.new.ready and not self.is_busy
        self.change_button.setEnabled(ready)

    def discard(self) -> None:
        """Close at once, even mid-change (locking): the worker finishes the header write."""
        self.wipe()
        super().done(QDialog.DialogCode.Rejected.value)

    def wipe(self) -> None:
        self.current.wipe()
        self.new.wipe()
        self.caps_label.hide()
        self.error_label.clear()
        self.error_label.hide()

    # -- closing: never half-way through a change, and never with text left behind --------------

    def reject(self) -> None:
        if not self.is_busy:
            super().reject()

    def done(self, result: int) -> None:
        self.wipe()
        super().done(result)
        window = self.parentWidget()
        if window is not None:
            # Back to the window behind, so its shortcuts (Ctrl+L) work at once: not every
            # platform does it, and not until the click that closed the dialog is over.
            QTimer.singleShot(0, window, window.activateWindow)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_busy:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy:
            event.ignore()
            return
        self.wipe()
        super().closeEvent(event)
