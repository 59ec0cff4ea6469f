"""File > Change passphrase…: the current passphrase, then a new one typed twice.

The current passphrase is asked even though the vault is open, so a laptop
left unlocked for a minute does not let someone else set a passphrase of
their own. The new one follows the rules and meter of vault creation
(``new_passphrase``). Rewrapping runs Argon2id (about a second, twice: to
check the current passphrase and to wrap with the new one), so it runs on
the worker behind a busy bar; it cannot be cancelled half-way, so Cancel and
Escape wait for it. Only the vault's header changes, atomically: whatever
happens, either the old or the new passphrase opens the vault.

"Also lock out old copies and backups" re-keys instead (``vaults.rekey_open``):
a new data key, every document re-encrypted, a new recovery key. That can
take minutes, so a progress bar shows it and Cancel stops it (before its
commit point, leaving the vault as it was); then the dialog shows the new
recovery key once, with the emergency kit to save again, as vault creation
does.

Every field is emptied when the dialog closes, however it closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from casebook.domain.errors import (
    CasebookError,
    RekeyCancelled,
    ValidationError,
    VaultLocked,
    WrongPassphrase,
)
from casebook.services import vaults
from casebook.services.matters import Store
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.create_page import FileChooser, RecoveryKeyPage
from casebook.ui.field_form import SharedProblemLine
from casebook.ui.new_passphrase import NewPassphraseRows
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

WRONG_CURRENT_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "That is not the current passphrase. Check the keyboard layout and Caps Lock; "
    "nothing was changed.",
)
CHANGED_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "Passphrase changed. The recovery key is unchanged.",
)
REKEYED_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "Passphrase and key changed: old copies and backups no longer open what you save from now "
    "on. Keep the new recovery key safe; the old one no longer works.",
)
REKEY_BOX_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "Also lock out old copies and backups (new data key and new recovery key)",
)
REKEY_HINT_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "Every document is re-encrypted, which may take a while. Old backups keep opening with "
    "the old passphrase, but only with what they already hold.",
)
CANCELLED_TEXT = QT_TRANSLATE_NOOP(
    "PassphraseChangeDialog",
    "The key change was cancelled; nothing was changed.",
)


class _Progress(QObject):
    """Carries the re-key's progress from the worker to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class PassphraseChangeDialog(QDialog):
    """Emits ``passphrase_changed`` once the new passphrase is in effect."""

    passphrase_changed = Signal()
    rekeyed = Signal()  # the key changed and the person confirmed the new recovery key
    vault_closed = Signal(str)  # a re-key closed the vault (what to say on the unlock page)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        clipboard: ClipboardGuard | None = None,
        choose_kit_path: FileChooser | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._cancel: threading.Event | None = None
        self._folder: Path | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName("Change passphrase")
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "Type the passphrase you use now, then the new one twice. Old backups keep "
                "opening with the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        self.caps_label = QLabel(self.tr("Caps Lock is on."))
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
        self.rekey_box = QCheckBox(self.tr(REKEY_BOX_TEXT))
        self.rekey_box.setAccessibleName("Also lock out old copies and backups")
        self.rekey_hint = QLabel(self.tr(REKEY_HINT_TEXT))
        self.rekey_hint.setWordWrap(True)
        self.rekey_hint.setObjectName("hint")
        self.rekey_hint.hide()
        self.rekey_box.toggled.connect(self.rekey_hint.setVisible)
        self.rekey_box.toggled.connect(lambda _on: self._update_button())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.change_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        form.addRow("", self.caps_label)
        self.new.add_to(form)
        self.form_page = QWidget()
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.rekey_box)
        layout.addWidget(self.rekey_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        keeper = clipboard or ClipboardGuard()
        self.key_page = (
            RecoveryKeyPage(keeper, worker, choose_kit_path=choose_kit_path, today=today)
            if choose_kit_path is not None
            else RecoveryKeyPage(keeper, worker, today=today)
        )
        self.key_page.done.connect(self._on_key_kept)
        key_intro = QLabel(
            self.tr(
                "Passphrase and data key changed. The old recovery key no longer works; "
                "this is the new one."
            )
        )
        key_intro.setWordWrap(True)
        self.key_box = QWidget()
        key_layout = QVBoxLayout(self.key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(key_intro)
        key_layout.addWidget(self.key_page, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.key_box)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.setTabOrder(self.current, self.new.passphrase)
        self.setTabOrder(self.new.passphrase, self.new.repeat)
        self.setTabOrder(self.new.repeat, self.rekey_box)
        self.resize(520, self.sizeHint().height())

    @property
    def is_busy(self) -> bool:
        """True while the header is being rewritten (the controller asks before locking)."""
        return self.busy.isVisible()

    def change(self) -> None:
        if self.is_busy or not self.change_button.isEnabled():
            return
        current, new = self.current.text(), self.new.text()
        self.error_label.hide()
        if self.rekey_box.isChecked():
            self._rekey(current, new)
            return
        self._set_busy(True)
        self._worker.submit(
            lambda store: vaults.change_open_passphrase(store, current, new),
            on_success=lambda _none: self._on_changed(),
            on_failure=self._on_failed,
            on_done=lambda: self._set_busy(False),
        )

    @property
    def is_rekeying(self) -> bool:
        return self._cancel is not None

    @property
    def showing_key(self) -> bool:
        """True while the new recovery key is on screen, not yet confirmed as kept."""
        return self.pages.currentWidget() is self.key_box and bool(self.key_page.key.text())

    def _rekey(self, current: str, new: str) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        emit = self._progress.changed.emit

        def run(store: Store) -> tuple[Store, str]:
            done = vaults.rekey_open(
                store,
                current,
                new,
                progress=lambda d, t: None if cancel.is_set() else emit(d, t),
                cancel=cancel,
            )
            return done.store, done.recovery_key

        self._set_busy(True)
        self.busy.setAccessibleName("Re-encrypting the vault")
        self._worker.replace_store(
            run,
            on_success=self._on_rekeyed,
            on_failure=self._on_failed,
            on_done=self._rekey_done,
        )

    def _show_progress(self, done: int, total: int) -> None:
        if self._cancel is None or total <= 0:
            return
        self.busy.setRange(0, 1000)
        self.busy.setValue(min(1000, done * 1000 // total))

    def _rekey_done(self) -> None:
        self._cancel = None
        self.busy.setAccessibleName("Changing the passphrase")
        self._set_busy(False)

    def _on_rekeyed(self, recovery_key: str) -> None:
        self._cancel = None
        self._set_busy(False)
        self.wipe()
        self.key_page.show_key(recovery_key, self._folder)
        self.pages.setCurrentWidget(self.key_box)
        self.setWindowTitle(self.tr("New recovery key"))
        self.key_page.kit_button.setFocus()

    def set_folder(self, folder: Path | None) -> None:
        """The vault's folder, which names the emergency kit."""
        self._folder = folder

    def _on_key_kept(self) -> None:
        self.rekeyed.emit()
        self.accept()

    def _on_changed(self) -> None:
        self._set_busy(False)
        self.passphrase_changed.emit()
        self.accept()

    def _on_failed(self, exc: CasebookError) -> None:
        self._cancel = None
        self._set_busy(False)
        if isinstance(exc, VaultLocked):
            self.vault_closed.emit(exc.message)
            return
        if isinstance(exc, RekeyCancelled):
            self.error_label.setText(self.tr(CANCELLED_TEXT))
            self.error_label.show()
            return
        if isinstance(exc, WrongPassphrase):
            text, target = self.tr(WRONG_CURRENT_TEXT), self.current
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
        self.rekey_box.setEnabled(not busy)
        if not busy:
            self.busy.setRange(0, 0)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setEnabled(not busy or self.is_rekeying)  # a re-key stops before its commit
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.current.text()) and self.new.ready and not self.is_busy
        self.change_button.setEnabled(ready)

    def discard(self) -> None:
        """Close at once, even mid-change (locking): the worker finishes the header write.

        A re-key is asked to stop (it does unless past its commit point), and a
        recovery key on screen is forgotten.
        """
        if self._cancel is not None:
            self._cancel.set()
        self.key_page.key.clear()
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
        if self.is_rekeying and self._cancel is not None:
            self._cancel.set()  # stops before the commit point; the failure comes back
            self.busy.setRange(0, 0)
            return
        if self.showing_key:  # shown once: only Continue, after "I have…", closes it
            return
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
        if self.is_rekeying and event.key() == Qt.Key.Key_Escape:
            self.reject()  # Escape cancels a re-key, as the Cancel button does
            return
        if self.is_busy:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy or self.showing_key:
            event.ignore()
            return
        self.wipe()
        super().closeEvent(event)
