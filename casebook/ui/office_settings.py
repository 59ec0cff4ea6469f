"""Settings > Office: create an office, join one with an invite, see and remove members.

Everything runs on the worker through ``services.office_membership`` (the
command's twin: ``office create|join|members|remove``). The hub
administrator's password is typed here, used once to create the office and
never stored; members' own passwords never appear.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import office_membership as om
from casebook.services.matters import Store
from casebook.ui.worker import DbWorker

FileChooser = Callable[[QWidget, str, str], str]  # parent, caption, filter -> path or ""


def ask_file(parent: QWidget, caption: str, pattern: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", pattern)
    return path


def _labelled(form: QFormLayout, words: str, widget: QWidget, name: str) -> None:
    widget.setAccessibleName(name)
    label = QLabel(words)
    label.setBuddy(widget)
    form.addRow(label, widget)


class OfficeSettings(QWidget):
    """The Office tab; emits ``changed()`` after the vault joined or created an office."""

    changed = Signal()

    def __init__(
        self, worker: DbWorker, choose_file: FileChooser = ask_file, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choose_file = choose_file
        self._summary: om.OfficeSummary | None = None
        self.status = QLabel(self.tr("Reading this vault's office…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Office status")
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Office problem")
        self.problem.hide()

        self.create_box = QGroupBox(
            self.tr("Create an office (this vault becomes its administrator)")
        )
        form = QFormLayout(self.create_box)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText("host=hub.office.org dbname=office user=casebook_admin")
        _labelled(form, self.tr("&Hub address:"), self.hub, "Hub address")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The office's CA certificate (PEM)"))
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName("Choose the CA certificate")
        browse.clicked.connect(self._browse_ca)
        ca_layout.addWidget(browse)
        self.ca_file.setAccessibleName("CA certificate file")
        ca_label = QLabel(self.tr("&CA certificate:"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        self.office_name = QLineEdit()
        _labelled(form, self.tr("Office &name:"), self.office_name, "Office name")
        self.your_name = QLineEdit()
        self.your_name.setPlaceholderText(self.tr("as colleagues see you"))
        _labelled(form, self.tr("&Your name:"), self.your_name, "Your name in the office")
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password.setPlaceholderText(self.tr("used once, never stored"))
        _labelled(
            form,
            self.tr("Hub administrator &password:"),
            self.admin_password,
            "Hub administrator password",
        )
        self.create_button = QPushButton(self.tr("Create &office"))
        self.create_button.setAccessibleName("Create office")
        self.create_button.clicked.connect(self.create_office)
        form.addRow("", self.create_button)

        self.join_box = QGroupBox(self.tr("Join an office with an invite made for this vault"))
        join_form = QFormLayout(self.join_box)
        self.invite_file = QLineEdit()
        join_row = QWidget()
        join_layout = QHBoxLayout(join_row)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_layout.addWidget(self.invite_file, 1)
        choose_invite = QPushButton(self.tr("Choose…"))
        choose_invite.setAccessibleName("Choose the invite file")
        choose_invite.clicked.connect(self._browse_invite)
        join_layout.addWidget(choose_invite)
        self.invite_file.setAccessibleName("Invite file")
        invite_label = QLabel(self.tr("&Invite:"))
        invite_label.setBuddy(self.invite_file)
        join_form.addRow(invite_label, join_row)
        self.join_button = QPushButton(self.tr("&Join office"))
        self.join_button.setAccessibleName("Join office")
        self.join_button.clicked.connect(self.join)
        join_form.addRow("", self.join_button)

        self.members_box = QGroupBox(self.tr("Members"))
        members_layout = QVBoxLayout(self.members_box)
        self.members = QListWidget()
        self.members.setAccessibleName("Office members")
        self.members.currentItemChanged.connect(lambda *_a: self._enable_remove())
        members_layout.addWidget(self.members)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName("Refresh members")
        self.refresh_button.clicked.connect(self.load_members)
        self.remove_button = QPushButton(self.tr("Re&move member…"))
        self.remove_button.setAccessibleName("Remove member")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.refresh_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        members_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.create_box)
        layout.addWidget(self.join_box)
        layout.addWidget(self.members_box)
        layout.addStretch(1)
        self._show(None)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        self._worker.submit(om.office_summary, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, summary: om.OfficeSummary | None) -> None:
        self._show(summary)
        if summary is not None:
            self.load_members()

    def _show(self, summary: om.OfficeSummary | None) -> None:
        self._summary = summary
        if summary is None:
            self.status.setText(
                self.tr("This vault is in no office. Create one, or join with an invite.")
            )
        else:
            self.status.setText(
                self.tr("Office: {name}. This vault's role: {role}. Hub: {hub}.").format(
                    name=summary.name, role=summary.role, hub=summary.hub
                )
            )
        self.create_box.setVisible(summary is None)
        self.join_box.setVisible(summary is None)
        self.members_box.setVisible(summary is not None)
        self.remove_button.setVisible(summary is not None and summary.role == "admin")
        self._enable_remove()

    def load_members(self) -> None:
        self.problem.hide()
        self._worker.submit(om.list_members, on_success=self._show_members, on_failure=self._failed)

    def _show_members(self, found: list[om.MemberInfo]) -> None:
        self.members.clear()
        for m in found:
            mine = self._summary is not None and m.member_id == self._summary.member_id
            me = self.tr(" (this vault)") if mine else ""
            gone = (
                self.tr(", removed at epoch {epoch}").format(epoch=m.removed) if m.removed else ""
            )
            item = QListWidgetItem(f"{m.name or m.member_id}{me}: {m.role}, {m.fingerprint}{gone}")
            item.setData(Qt.ItemDataRole.UserRole, m.member_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(m.removed) or bool(me))
            self.members.addItem(item)
        self._enable_remove()

    def _enable_remove(self) -> None:
        item = self.members.currentItem()
        self.remove_button.setEnabled(
            item is not None and not item.data(Qt.ItemDataRole.UserRole + 1)
        )

    # -- acting ----------------------------------------------------------------------------

    def _browse_ca(self) -> None:
        path = self._choose_file(
            self, self.tr("The office's CA certificate"), self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def _browse_invite(self) -> None:
        path = self._choose_file(self, self.tr("An office invite"), self.tr("Invites (*)"))
        if path:
            self.invite_file.setText(path)

    def create_office(self) -> None:
        self.problem.hide()
        address, ca = self.hub.text().strip(), self.ca_file.text().strip()
        name, mine = self.office_name.text().strip(), self.your_name.text().strip()
        password = self.admin_password.text()
        if not (address and ca and name and password):
            self._failed(
                CasebookError(
                    self.tr(
                        "Give the hub's address, its CA certificate, the office's "
                        "name and the hub administrator's password."
                    )
                )
            )
            return
        self.create_button.setEnabled(False)

        def op(store: Store) -> om.OfficeSummary | None:
            dsn = om.hub_dsn(address, Path(ca).expanduser())
            om.create_office(store, dsn, password, name, member_name=mine or "administrator")
            return om.office_summary(store)

        self._worker.submit(
            op,
            on_success=self._joined,
            on_failure=self._failed,
            on_done=lambda: self.create_button.setEnabled(True),
        )

    def join(self) -> None:
        self.problem.hide()
        text = self.invite_file.text().strip()
        if not text:
            self._failed(CasebookError(self.tr("Choose the invite file your administrator sent.")))
            return
        path = Path(text).expanduser()
        self.join_button.setEnabled(False)

        def op(store: Store) -> om.OfficeSummary | None:
            from casebook.services.office_conflicts import publish_quietly

            try:
                data = path.read_bytes()
            except OSError:
                raise CasebookError(f"Could not read the invite {path}.") from None
            om.join_office(store, data)
            publish_quietly(store)
            return om.office_summary(store)

        self._worker.submit(
            op,
            on_success=self._joined,
            on_failure=self._failed,
            on_done=lambda: self.join_button.setEnabled(True),
        )

    def _joined(self, summary: om.OfficeSummary | None) -> None:
        self.admin_password.clear()
        self._loaded(summary)
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.members.currentItem()
        if item is None:
            return
        member_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.remove_button.setEnabled(False)

        def op(store: Store) -> list[om.MemberInfo]:
            om.remove_member(store, member_id)
            return om.list_members(store)

        self._worker.submit(op, on_success=self._show_members, on_failure=self._failed)

    def _failed(self, exc: CasebookError) -> None:
        self.problem.setText(exc.message)
        self.problem.show()
