"""Create a vault: where, a strong passphrase typed twice, then the recovery key once.

Strength is judged as the person types (``services.passphrases.strength``)
and a weak passphrase cannot be submitted; the service refuses it again in
any case. Creating calibrates Argon2id to about a second and then unlocks,
so both run on the database worker behind a busy bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casebook.domain.errors import CasebookError
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.field_form import SharedProblemLine
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:
    from casebook.services.matters import Store

FolderChooser = Callable[[QWidget, str], str]
FileChooser = Callable[[QWidget, str], str]


def _ask_folder(parent: QWidget, start: str) -> str:
    title = QCoreApplication.translate("CreatePage", "Where to keep the new vault")
    return QFileDialog.getExistingDirectory(parent, title, start)


def _ask_kit_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryKeyPage", "Save the emergency kit"),
        suggested,
        "PDF (*.pdf)",
    )
    return path


class CreatePage(QWidget):
    """Emits ``created(folder, recovery_key)`` once the new vault is created and unlocked."""

    created = Signal(Path, str)
    back_requested = Signal()

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        choose_folder: FolderChooser = _ask_folder,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choose_folder = choose_folder
        self._strong = False
        self.setAccessibleName("Create a vault")

        title = QLabel(self.tr("New vault"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "A vault is one folder holding your case files, encrypted. Choose where it lives "
                "and a passphrase of four or more unrelated words."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(Path.home() / "Documents" / "Clients.casebook"))
        self.folder.setAccessibleName("Vault folder")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose where to keep the vault")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.passphrase = PassphraseField("New passphrase")
        self.repeat = PassphraseField("Repeat the passphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.feedback = QLabel(" ")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("Passphrase strength feedback")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Create error")
        self.error_label.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName("Creating the vault")
        self.busy.hide()
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self.back_requested)
        self._back = back

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._judge)
        self.passphrase.textChanged.connect(lambda _t: self._debounce.start())
        self.repeat.textChanged.connect(lambda _t: self._update_button())
        self.repeat.returnPressed.connect(self.create_vault)
        self.problem = SharedProblemLine(
            self.error_label, self.folder, self.passphrase, self.repeat
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.feedback)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def reset(self) -> None:
        self.passphrase.wipe()
        self.repeat.wipe()
        self.error_label.hide()
        self.feedback.setText(" ")
        self.meter.setValue(0)
        self._strong = False
        self._update_button()

    def focus(self) -> None:
        self.passphrase.setFocus()

    def create_vault(self) -> None:
        if self.busy.isVisible():
            return
        text = self.folder.text().strip()
        if not text:
            self._show_error(self.tr("Choose a folder for the vault."), self.folder)
            return
        if self.passphrase.text() != self.repeat.text():
            self._show_error(self.tr("The two passphrases differ."), self.passphrase, self.repeat)
            return
        folder = Path(text).expanduser()
        passphrase = self.passphrase.text()
        self.error_label.hide()
        self._set_busy(True)

        def create_and_open() -> tuple[Store, str]:
            from casebook.services import vaults  # on the worker: start-up stays light

            recovery_key = vaults.create(folder, passphrase)
            return vaults.open_store(folder, passphrase), recovery_key

        self._worker.open(
            create_and_open,
            on_success=lambda key: self._on_created(folder, key),
            on_failure=self._on_failed,
            on_done=lambda: self._set_busy(False),
        )

    def _on_created(self, folder: Path, recovery_key: str) -> None:
        self.reset()
        self.created.emit(folder, recovery_key)

    def _on_failed(self, exc: CasebookError) -> None:
        self._set_busy(False)
        self._show_error(exc.message)

    def _show_error(self, message: str, *about: QLineEdit) -> None:
        """Show ``message`` until one of the fields ``about`` (default: any) is edited."""
        self.problem.show(message, *about)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.folder, self.passphrase, self.repeat, self._back):
            w.setEnabled(not busy)
        self._update_button()

    def _browse(self) -> None:
        chosen = self._choose_folder(self, str(Path(self.folder.text()).parent))
        if chosen:
            self.folder.setText(str(Path(chosen) / "Clients.casebook"))

    def _judge(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.meter.setValue(0)
            self.feedback.setText(" ")
            self._strong = False
        else:
            from casebook.services import passphrases

            s = passphrases.strength(text)
            self.meter.setValue(max(1, s.score))
            weak = self.tr("Too weak. {feedback}").format(feedback=s.feedback)
            self.feedback.setText(s.feedback if s.acceptable else weak)
            self._strong = s.acceptable
        self._update_button()

    def _update_button(self) -> None:
        ready = (
            self._strong
            and not self._debounce.isActive()
            and bool(self.repeat.text())
            and self.repeat.text() == self.passphrase.text()
        )
        self.create_button.setEnabled(ready and not self.busy.isVisible())


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once; the person confirms having kept it before going on."""

    done = Signal()

    def __init__(
        self,
        clipboard: ClipboardGuard,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        choose_kit_path: FileChooser = _ask_kit_path,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._worker = worker
        self._choose_kit_path = choose_kit_path
        self._today = today
        self.folder: Path | None = None
        self.setAccessibleName("Recovery key")
        title = QLabel(self.tr("Your recovery key"))
        title.setObjectName("pageTitle")
        warning = QLabel(
            self.tr(
                "<b>This key is shown only now.</b> With it, anyone can open this vault; without "
                "it and the passphrase, nobody can, not even you. Print it or write it down, and "
                "keep it somewhere safe, away from this computer."
            )
        )
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setAccessibleName("Recovery key")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.15)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(mono)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName("Copy the recovery key")
        self.copy_button.clicked.connect(lambda: self._clipboard.copy(self.key.text()))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.copy_button)
        self.kit_button = QPushButton(self.tr("Save the printable &emergency kit (PDF)…"))
        self.kit_button.clicked.connect(self.save_kit)
        self.kit_status = QLabel()
        self.kit_status.setWordWrap(True)
        self.kit_status.setAccessibleName("Emergency kit")
        self.kit_status.hide()
        kit_row = QHBoxLayout()
        kit_row.addWidget(self.kit_button)
        kit_row.addStretch(1)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery key."))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(warning)
        layout.addSpacing(8)
        layout.addLayout(key_row)
        layout.addLayout(kit_row)
        layout.addWidget(self.kit_status)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_key(self, recovery_key: str, folder: Path | None = None) -> None:
        self.key.setText(recovery_key)
        self.folder = folder
        self.confirm.setChecked(False)
        self.kit_status.hide()
        self.kit_button.setEnabled(True)

    def save_kit(self) -> None:
        """Ask where, then write the one-page PDF with the key (on the worker)."""
        key, folder = self.key.text(), self.folder
        if not key or folder is None:
            return
        name = folder.name.removesuffix(".casebook") or "casebook"
        suggested = str(Path.home() / "Documents" / f"{name} emergency kit.pdf")
        chosen = self._choose_kit_path(self, suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        created = self._today()
        self.kit_button.setEnabled(False)

        def save() -> None:
            from casebook.services import kit  # on the worker: reportlab loads off the GUI thread

            kit.save_emergency_kit(path, key, folder, created)

        self._worker.call(
            save,
            on_success=lambda _r: self._kit_said(
                self.tr(
                    "Saved {path}. Print it now, then delete the file: a kit left on this "
                    "computer helps whoever takes it."
                ).format(path=path),
                error=False,
            ),
            on_failure=lambda exc: self._kit_said(exc.message, error=True),
            on_done=self._kit_done,
        )

    def _kit_done(self) -> None:
        if isValid(self.kit_button):  # the page may have closed while the kit was written
            self.kit_button.setEnabled(True)

    def _kit_said(self, text: str, *, error: bool) -> None:
        if not isValid(self.kit_status):
            return
        self.kit_status.setObjectName("error" if error else "warning")
        self.kit_status.style().polish(self.kit_status)
        self.kit_status.setText(text)
        self.kit_status.show()

    def _finish(self) -> None:
        self._clipboard.clear()  # the key must not outlive this page on the clipboard
        self.key.clear()
        self.kit_status.clear()
        self.done.emit()
