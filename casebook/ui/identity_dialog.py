"""File > My identity…: this vault's recipient, to give colleagues, and its fingerprint.

The app's ``casebook identity show``. The recipient is public (it only lets
others encrypt to this vault), so it can be copied and mailed; the fingerprint
is what two people read to each other by phone to know the recipient (and
the signing key behind hand-offs) is really this vault's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.services.identity import Identity, vault_identity
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

INTRO_TEXT = QT_TRANSLATE_NOOP(
    "IdentityDialog",
    "Colleagues send you a client's file encrypted to your recipient: give it to them "
    "(it is public). Before trusting a hand-off, read the fingerprint to each other by phone; "
    "it is also shown on every hand-off you import.",
)


class IdentityDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle(self.tr("My identity"))
        self.setAccessibleName("My identity")
        self.setMinimumWidth(620)
        intro = QLabel(self.tr(INTRO_TEXT))
        intro.setWordWrap(True)
        self.recipient = QLineEdit()
        self.recipient.setReadOnly(True)
        self.recipient.setAccessibleName("My recipient")
        self.recipient.setPlaceholderText(self.tr("Reading…"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.recipient.setFont(mono)
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName("My fingerprint")
        big = QFont(mono)
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy recipient"))
        self.copy_button.setAccessibleName("Copy recipient")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self.status = QLabel()
        self.status.setAccessibleName("Identity status")
        form = QFormLayout()
        form.addRow(self.tr("&Recipient"), self.recipient)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def load(self) -> None:
        self._worker.submit(vault_identity, on_success=self._show)

    def _show(self, me: Identity) -> None:
        self.recipient.setText(me.recipient)
        self.recipient.setCursorPosition(0)
        self.fingerprint.setText(me.fingerprint)
        self.copy_button.setEnabled(True)

    def copy(self) -> None:
        """The recipient is public: it stays on the clipboard (unlike a recovery key)."""
        QGuiApplication.clipboard().setText(self.recipient.text())
        self.status.setText(self.tr("Recipient copied."))
