"""Issue 11: a validation message disappears as soon as its field is edited, and only that
one; a message that stays after the fix reads as if the fix did not take."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.ui.client_dialog import ClientDialog
from casebook.ui.create_page import CreatePage
from casebook.ui.date_fields import OptionalDateEdit
from casebook.ui.field_form import FieldForm
from casebook.ui.unlock_page import UnlockPage
from tests.helpers import TODAY


def named(parent: QWidget, kind: type, name: str) -> QWidget:
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def problem(parent: QWidget, name: str) -> QLabel:
    label = named(parent, QLabel, name)
    assert isinstance(label, QLabel)
    return label


def test_client_name_problem_goes_when_the_name_is_typed_and_only_then(qtbot, worker, store):
    worker.open(lambda: (store, None))
    dialog = ClientDialog(worker, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no name yet
    name_problem = problem(dialog, "Name problem")
    qtbot.waitUntil(name_problem.isVisible)
    qtbot.waitUntil(save.isEnabled)

    qtbot.keyClicks(named(dialog, QLineEdit, "Phone"), "7")  # another field: stays
    assert name_problem.isVisible()
    qtbot.keyClicks(named(dialog, QLineEdit, "Name"), "W")
    assert not name_problem.isVisible()


def test_client_date_problem_goes_when_the_date_is_edited_not_another_field(qtbot, worker, store):
    worker.open(lambda: (store, None))
    dialog = ClientDialog(worker, today=lambda: TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    dob = named(dialog, QLineEdit, "Date of birth")
    qtbot.keyClicks(dob, "02/30/1990")
    qtbot.keyClick(dob, Qt.Key.Key_Return)  # editing ends: the date is read, and refused
    dob_problem = problem(dialog, "Date of birth problem")
    qtbot.waitUntil(dob_problem.isVisible)
    assert "no day 30" in dob_problem.text()

    qtbot.keyClicks(named(dialog, QLineEdit, "Name"), "Wilner Pierre")
    assert dob_problem.isVisible()
    qtbot.keyClick(dob, Qt.Key.Key_Backspace)
    assert not dob_problem.isVisible()


class _Form(QDialog):
    """A form with one field of each kind the record dialogs use."""

    def __init__(self) -> None:
        super().__init__()
        self.form = FieldForm()
        self.name = QLineEdit()
        self.court = QComboBox()
        self.court.setEditable(True)
        self.court.addItems(["Broadway", "Varick"])
        self.status = QComboBox()
        self.status.addItems(["Open", "Closed"])
        self.pending = QCheckBox("Pending")
        self.notes = QPlainTextEdit()
        self.day = OptionalDateEdit(today=TODAY)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        self.path = QLineEdit()
        self.path.setAccessibleName("PDF path")
        self.browse = QPushButton("Choose…")
        self.browse.clicked.connect(lambda: self.path.setText("/tmp/out.pdf"))
        row.addWidget(self.path)
        row.addWidget(self.browse)
        for key, widget in (
            ("name", self.name),
            ("court", self.court),
            ("status", self.status),
            ("pending", self.pending),
            ("notes", self.notes),
            ("day", self.day),
            ("pdf", path_row),
        ):
            self.form.add_field(key, key.capitalize(), widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form.general)

    def show_all(self) -> None:
        """A problem under every field at once, as a dialog's own checks may show them."""
        for label in self.form.errors.values():
            label.setText("Fix this.")
            label.show()


def test_each_kind_of_field_takes_away_its_own_message_only(qtbot):
    dialog = _Form()
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.show_all()
    errors = dialog.form.errors

    def shown() -> set[str]:
        return {key for key, label in errors.items() if label.isVisible()}

    everything = set(errors)
    qtbot.keyClicks(dialog.name, "a")
    assert shown() == everything - {"name"}
    qtbot.keyClicks(dialog.court.lineEdit(), "x")
    assert shown() == everything - {"name", "court"}
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    assert "status" not in shown()
    qtbot.keyClick(dialog.pending, Qt.Key.Key_Space)
    assert "pending" not in shown()
    qtbot.keyClicks(dialog.notes, "n")
    assert "notes" not in shown()
    qtbot.keyClicks(dialog.day.edit, "1")
    assert "day" not in shown()
    assert shown() == {"pdf"}
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)  # a path chosen, not typed
    assert shown() == set()


def test_a_field_problem_in_the_general_line_goes_on_an_edit_other_messages_wait(qtbot):
    dialog = _Form()
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.form.show_error(ValidationError("records", "Say which records."))  # no such field
    assert dialog.form.general.isVisible()
    qtbot.keyClicks(dialog.name, "a")
    assert not dialog.form.general.isVisible()

    dialog.form.show_error(CasebookError("The disk is full."))
    qtbot.keyClicks(dialog.name, "b")
    assert dialog.form.general.isVisible()  # not about a field: cleared by the next save
    dialog.form.clear_errors()
    assert not dialog.form.general.isVisible()


def test_create_page_problem_goes_when_a_field_it_is_about_changes(qtbot, worker, tmp_path):
    page = CreatePage(worker, choose_folder=lambda _parent, _start: str(tmp_path / "V"))
    qtbot.add_widget(page)
    page.show()
    folder = named(page, QLineEdit, "Vault folder")
    assert isinstance(folder, QLineEdit)
    folder.clear()
    page.create_vault()  # as the Create button does, once the passphrase is strong
    error = problem(page, "Create error")
    assert error.isVisible() and "folder" in error.text()
    qtbot.keyClicks(named(page, QLineEdit, "New passphrase"), "a")
    assert error.isVisible()  # not about the passphrase
    qtbot.mouseClick(
        named(page, QPushButton, "Choose where to keep the vault"), Qt.MouseButton.LeftButton
    )
    assert not error.isVisible()

    qtbot.keyClicks(named(page, QLineEdit, "Repeat the passphrase"), "b")
    page.create_vault()
    assert error.isVisible() and "differ" in error.text()
    qtbot.keyClick(named(page, QLineEdit, "Repeat the passphrase"), Qt.Key.Key_Backspace)
    assert not error.isVisible()


def test_unlock_problem_goes_when_the_passphrase_is_typed(qtbot, worker, tmp_path):
    page = UnlockPage(worker)
    qtbot.add_widget(page)
    page.set_vault(Path(tmp_path / "Clients.casebook"))
    page.show()
    passphrase = named(page, QLineEdit, "Passphrase")
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    error = problem(page, "Unlock error")
    assert error.isVisible()
    qtbot.keyClicks(passphrase, "h")
    assert not error.isVisible()
