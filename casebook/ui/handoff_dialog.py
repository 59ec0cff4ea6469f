"""Hand off a client to colleagues, and import a colleague's hand-off (``casebook handoff``).

Export: the client's whole file, encrypted to one or more colleagues'
recipients (``age1...``, one a line: a supervisor too), or under a one-time
passphrase told separately; signed by this vault either way. Import: the
file, the passphrase only if it has one; the result says who signed it, with
the fingerprint to compare by phone, and what was merged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import handoff
from casebook.services.handoff import HandoffExport, HandoffImport
from casebook.services.identity import NotARecipient, parse_recipients
from casebook.ui.field_form import FieldForm
from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.save_dialog import SaveChooser, ask_save_path, with_suffix
from casebook.ui.worker import DbWorker

BUNDLE_FILTER = "casebook hand-offs (*.cbhandoff)"
OpenChooser = Callable[[QWidget], str]  # the chosen path, or "" when cancelled


def ask_open_bundle(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, "Import a hand-off", "", BUNDLE_FILTER)
    return path


def _path_row(field: QLineEdit, browse: QPushButton, name: str) -> QWidget:
    row = QWidget()
    row.setAccessibleName(name)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(field, 1)
    box.addWidget(browse)
    return row


class HandoffExportDialog(QDialog):
    """Emits ``message(text)`` for the status bar once the bundle is written."""

    message = Signal(str)
    exported = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
        *,
        choose_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choose_path = choose_path
        self.client_id = client_id
        self.client_name = client_name
        self.setWindowTitle(self.tr("Hand off to colleagues"))
        self.setAccessibleName("Hand off to colleagues")
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "{client}'s whole file (records, documents and their history), "
                "encrypted so that only the colleagues you name can open it, and signed by this "
                "vault. Ask each colleague for their recipient (File > My identity… in their "
                "casebook)."
            ).format(client=client_name or self.tr("This client"))
        )
        intro.setWordWrap(True)
        f = self.form = FieldForm()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save the bundle"))
        self.path.setAccessibleName("Bundle file")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose where to save the bundle")
        browse.clicked.connect(self.browse)
        f.add_field(
            "path", "&File", _path_row(self.path, browse, "Bundle file"), caption=self.tr("&File")
        )
        self.to_keys = QRadioButton(self.tr("To colleagues' &keys"))
        self.to_keys.setAccessibleName("To colleagues' keys")
        self.to_keys.setChecked(True)
        self.to_passphrase = QRadioButton(self.tr("Under a one-time &passphrase instead"))
        self.to_passphrase.setAccessibleName("Under a one-time passphrase")
        self._ways = QButtonGroup(self)
        for b in (self.to_keys, self.to_passphrase):
            self._ways.addButton(b)
        f.addRow(self.to_keys)
        self.recipients = QPlainTextEdit()
        self.recipients.setAccessibleName("Colleagues' recipients")
        self.recipients.setPlaceholderText(
            self.tr("age1… (one a line: each colleague, a supervisor too)")
        )
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(84)
        f.add_field(
            "recipients",
            "&Recipients (age1…)",
            self.recipients,
            caption=self.tr("&Recipients (age1…)"),
        )
        f.addRow(self.to_passphrase)
        self.passphrase = PassphraseField("Bundle passphrase")
        f.add_field("passphrase", "Pa&ssphrase", self.passphrase, caption=self.tr("Pa&ssphrase"))
        self.to_keys.toggled.connect(self._way_changed)
        self._way_changed(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Hand-off status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Export hand-off"))
        self.save_button.setAccessibleName("Export hand-off")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _way_changed(self, to_keys: bool) -> None:
        self.recipients.setEnabled(to_keys)
        self.passphrase.setEnabled(not to_keys)

    def browse(self) -> None:
        name = f"{self.client_name or 'Client'} - hand-off.cbhandoff"
        self._choose_path(self, self.path.text().strip() or name, BUNDLE_FILTER, self.path.setText)

    def _error(self, key: str, text: str) -> None:
        self.form.errors[key].setText(text)
        self.form.errors[key].show()
        self.form.inputs[key].setFocus()

    def write(self) -> None:
        self.form.clear_errors()
        if not self.path.text().strip():
            self._error("path", "Choose where to save the bundle.")
            return
        target = with_suffix(self.path.text().strip(), ".cbhandoff")
        recipients: tuple[str, ...] = ()
        secret: str | None = None
        if self.to_keys.isChecked():
            lines = [ln for ln in self.recipients.toPlainText().splitlines() if ln.strip()]
            try:
                recipients = tuple(str(r) for r in parse_recipients(lines))
            except NotARecipient as exc:
                self._error("recipients", exc.message)
                return
        else:
            secret = self.passphrase.text()
        client_id = self.client_id
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the hand-off…"))
        self._worker.submit(
            lambda s: handoff.export_client(s, client_id, target, secret, recipients=recipients),
            on_success=self._written,
            on_failure=self._failed,
            on_done=lambda: self.save_button.setEnabled(True),
        )

    def _written(self, result: HandoffExport) -> None:
        to = (
            self.tr("only %n colleague(s) can open it", "", len(result.to))
            if result.to
            else self.tr("tell the passphrase separately, not with the file")
        )
        self.status.setText(
            self.tr(
                "Saved to {path}; {to}. Signed by this vault, fingerprint {fingerprint}."
            ).format(path=result.path, to=to, fingerprint=result.fingerprint)
        )
        self.passphrase.wipe()
        self.message.emit(self.tr("Hand-off saved to {path}.").format(path=result.path))
        self.exported.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        if self.to_passphrase.isChecked() and "passphrase" in exc.message.lower():
            self._error("passphrase", exc.message)
            return
        self.form.show_error(exc)


class HandoffImportDialog(QDialog):
    """Emits ``imported(HandoffImport)`` once a bundle merged."""

    imported = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        choose_file: OpenChooser = ask_open_bundle,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choose_file = choose_file
        self.setWindowTitle(self.tr("Import a hand-off"))
        self.setAccessibleName("Import a hand-off")
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "A client's file a colleague sent you. A hand-off to your recipient needs nothing "
                "more; one under a one-time passphrase needs it. Nothing is merged unless the "
                "whole "
                "file and its sender's signature check out."
            )
        )
        intro.setWordWrap(True)
        f = self.form = FieldForm()
        self.path = QLineEdit()
        self.path.setAccessibleName("Hand-off file")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose the hand-off file")
        browse.clicked.connect(self.browse)
        f.add_field(
            "path", "&File", _path_row(self.path, browse, "Hand-off file"), caption=self.tr("&File")
        )
        self.passphrase = PassphraseField("Bundle passphrase (if it has one)")
        f.add_field("passphrase", "Pa&ssphrase", self.passphrase, caption=self.tr("Pa&ssphrase"))
        self.sent_by = QLabel()
        self.sent_by.setWordWrap(True)
        self.sent_by.setAccessibleName("Sent by")
        self.sent_by.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Import status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName("Import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.sent_by)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        chosen = self._choose_file(self)
        if chosen:
            self.path.setText(chosen)

    def run_import(self) -> None:
        self.form.clear_errors()
        self.sent_by.clear()
        path = self.path.text().strip()
        if not path:
            self.form.errors["path"].setText(self.tr("Choose the hand-off file."))
            self.form.errors["path"].show()
            return
        secret = self.passphrase.text() or None
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking the hand-off…"))
        self._worker.submit(
            lambda s: handoff.import_bundle(s, Path(path), secret),
            on_success=self._merged,
            on_failure=self._failed,
            on_done=lambda: self.import_button.setEnabled(True),
        )

    def _merged(self, result: HandoffImport) -> None:
        self.passphrase.wipe()
        self.sent_by.setText(sender_text(result))
        new = sum(c.new for c in result.merged.values())
        updated = sum(c.updated for c in result.merged.values())
        merged = (
            self.tr("{new} new, {updated} updated").format(new=new, updated=updated)
            if new or updated
            else self.tr("everything in it was already here, nothing changed")
        )
        self.status.setText(
            self.tr("Imported into client #{client}: {merged}.").format(
                client=result.client_id, merged=merged
            )
            + (
                self.tr(" This client may be the same person as one already here; check.")
                if result.possible_duplicates
                else ""
            )
        )
        self.imported.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self.form.show_error(exc)


def sender_text(result: HandoffImport) -> str:
    """Who signed it, in the words the dialog shows."""
    sender = result.sender
    if sender is None:
        return handoff.UNSIGNED_NOTE
    named = f" ({sender.name})" if sender.name else ""
    known = (
        QCoreApplication.translate(
            "HandoffImportDialog", "a colleague this vault has heard from before"
        )
        if sender.known
        else QCoreApplication.translate(
            "HandoffImportDialog", "new to this vault: compare the fingerprint with them by phone"
        )
    )
    said = QCoreApplication.translate(
        "HandoffImportDialog", "Signed by {recipient}{named}\nFingerprint {fingerprint}, {known}."
    )
    return said.format(
        recipient=sender.recipient, named=named, fingerprint=sender.fingerprint, known=known
    )
