"""Add or edit a client, with each problem shown beside the field that has it.

Rules live in ``ClientDraft.validated`` and the service; the dialog only
turns typed text into a draft, submits it through the worker, and puts a
``ValidationError`` next to ``error.field``. A likely duplicate is shown in
the dialog with "Add anyway", never silently merged or refused.

Once saved, ``before`` holds the client as stored before an edit (None for a
new client) and ``saved_name`` the name saved, for the caller's undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, DuplicateWarning, ValidationError
from casebook.domain.vocabulary import DetentionStatus
from casebook.services import clients
from casebook.services.changes import Change, Changed, Changes
from casebook.services.matters import Store
from casebook.services.office_conflicts import add_client_checked, republish
from casebook.ui.client_list_model import detention_label
from casebook.ui.date_fields import OptionalDateEdit
from casebook.ui.field_form import edit_signals
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ClientDialog", "&Name")),
    ("aliases", QT_TRANSLATE_NOOP("ClientDialog", "&Other names")),
    ("dob", QT_TRANSLATE_NOOP("ClientDialog", "&Date of birth")),
    ("country_of_birth", QT_TRANSLATE_NOOP("ClientDialog", "&Country of birth")),
    ("languages", QT_TRANSLATE_NOOP("ClientDialog", "&Languages")),
    ("a_number", QT_TRANSLATE_NOOP("ClientDialog", "&A-number")),
    ("nysid", QT_TRANSLATE_NOOP("ClientDialog", "NYS&ID")),
    ("phone", QT_TRANSLATE_NOOP("ClientDialog", "&Phone")),
    ("email", QT_TRANSLATE_NOOP("ClientDialog", "&E-mail")),
    ("address", QT_TRANSLATE_NOOP("ClientDialog", "Add&ress")),
    ("immigration_status", QT_TRANSLATE_NOOP("ClientDialog", "&Immigration status")),
    ("detention_status", QT_TRANSLATE_NOOP("ClientDialog", "De&tention")),
    ("detention_facility", QT_TRANSLATE_NOOP("ClientDialog", "&Facility")),
    ("tags", QT_TRANSLATE_NOOP("ClientDialog", "Ta&gs")),
)


class ClientDialog(QDialog):
    """Emits ``saved(client_id)`` after the client is stored."""

    saved = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        draft: ClientDraft | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._client_id = client_id
        self._today = today
        self.before: ClientDraft | None = None
        self.saved_name = ""
        self.office_note = ""  # the office check or publish could not be made (offline)
        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self.setAccessibleName("New client" if client_id is None else "Edit client")
        self.setMinimumWidth(520)

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in _FIELDS:
            widget = self._make_input(key)
            widget.setAccessibleName(label.replace("&", ""))
            self.inputs[key] = widget
            error = QLabel()
            error.setObjectName("error")
            error.setWordWrap(True)
            error.setAccessibleName(f"{label.replace('&', '')} problem")
            error.hide()
            self.errors[key] = error
            if isinstance(widget, OptionalDateEdit):
                widget.show_problems_in(error)
            for signal in edit_signals(widget):  # fixed: the message goes (issue 11)
                signal.connect(lambda *_args, label=error: label.hide())
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(error)
            caption = QLabel(self.tr(label) + ":")
            caption.setBuddy(widget)  # a layout in the field cell gets no buddy by itself
            form.addRow(caption, cell)
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"))
        form.insertRow(5, "", self.interpreter)

        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("duplicateBox")
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setAccessibleName("Possible same person")
        self.add_anyway = QPushButton(self.tr("Add &anyway"))
        self.add_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        dup = QHBoxLayout(self.duplicate_box)
        dup.addWidget(self.duplicate_label, 1)
        dup.addWidget(self.add_anyway)
        self.duplicate_box.hide()
        self.general_error = QLabel()
        self.general_error.setObjectName("error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if draft is not None:
            self._fill(draft)

    def _make_input(self, key: str) -> QWidget:
        if key in ("aliases", "address"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            edit.setPlaceholderText(self.tr("One per line") if key == "aliases" else "")
            return edit
        if key == "detention_status":
            combo = QComboBox()
            combo.addItem(self.tr("Unknown"), None)
            for status in DetentionStatus:
                combo.addItem(detention_label(status.value), status)
            return combo
        if key == "dob":
            return OptionalDateEdit(today=self._today())
        line = QLineEdit()
        placeholders = {
            "a_number": "A-123-456-789",
            "nysid": "01234567K",
            "languages": self.tr("Separated by commas"),
            "tags": self.tr("Separated by commas"),
        }
        line.setPlaceholderText(placeholders.get(key, ""))
        return line

    def text_of(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, OptionalDateEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_text(self, key: str, text: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, OptionalDateEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)

    def _fill(self, d: ClientDraft) -> None:
        self.set_text("name", d.name)
        self.set_text("aliases", "\n".join(d.aliases))
        self.set_text("dob", d.dob.isoformat() if d.dob else "")
        self.set_text("country_of_birth", d.country_of_birth)
        self.set_text("languages", ", ".join(d.languages))
        self.interpreter.setChecked(d.interpreter_needed)
        self.set_text("a_number", d.a_number)
        self.set_text("nysid", d.nysid)
        self.set_text("phone", d.phone)
        self.set_text("email", d.email)
        self.set_text("address", d.address)
        self.set_text("immigration_status", d.immigration_status)
        combo = self.inputs["detention_status"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(d.detention_status)))
        self.set_text("detention_facility", d.detention_facility)
        self.set_text("tags", ", ".join(d.tags))

    def draft(self) -> ClientDraft:
        """The typed values as a draft; a date that does not parse is a ``ValidationError``."""
        dob_field = self.inputs["dob"]
        assert isinstance(dob_field, OptionalDateEdit)
        problem = dob_field.check()
        if problem is not None:
            raise ValidationError("dob", problem)
        dob = dob_field.value()
        combo = self.inputs["detention_status"]
        assert isinstance(combo, QComboBox)

        def split(text: str, sep: str) -> tuple[str, ...]:
            return tuple(p.strip() for p in text.split(sep) if p.strip())

        return ClientDraft(
            name=self.text_of("name"),
            aliases=split(self.text_of("aliases"), "\n"),
            dob=dob,
            country_of_birth=self.text_of("country_of_birth"),
            languages=split(self.text_of("languages"), ","),
            interpreter_needed=self.interpreter.isChecked(),
            a_number=self.text_of("a_number"),
            nysid=self.text_of("nysid"),
            phone=self.text_of("phone"),
            email=self.text_of("email"),
            address=self.text_of("address"),
            immigration_status=self.text_of("immigration_status"),
            detention_status=combo.currentData(),
            detention_facility=self.text_of("detention_facility"),
            tags=split(self.text_of("tags"), ","),
        )

    def save(self, *, allow_duplicate: bool = False) -> None:
        self._clear_errors()
        try:
            draft = self.draft()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        today, client_id = self._today(), self._client_id
        self.buttons.setEnabled(False)
        self.add_anyway.setEnabled(False)

        def op(store: Store) -> Changed[tuple[int, ClientDraft | None, str]]:
            if client_id is None:
                added = add_client_checked(
                    store, draft, today=today, allow_duplicate=allow_duplicate
                )
                new_id = added.client_id
                return Changed(
                    (new_id, None, added.note), Changes.of(Change.CLIENTS, client_id=new_id)
                )
            edit = clients.update_client(store, client_id, draft, today=today)
            note = republish(store, client_id)
            return Changed((client_id, edit.value, note), edit.changes)

        self._worker.submit(
            op, on_success=self._on_saved, on_failure=self._on_failed, on_done=self._enable
        )

    def _enable(self) -> None:
        self.buttons.setEnabled(True)
        self.add_anyway.setEnabled(True)

    def _on_saved(self, saved: object) -> None:
        """``saved``: the id and the client as stored before (the worker unwraps ``Changed``)."""
        client_id, self.before, self.office_note = cast(tuple[int, ClientDraft | None, str], saved)
        self.saved_name = " ".join(self.text_of("name").split())
        self.saved.emit(client_id)
        self.accept()

    def _on_failed(self, exc: CasebookError) -> None:
        if isinstance(exc, DuplicateWarning):
            self.duplicate_label.setText(exc.message)
            self.duplicate_box.show()
            self.add_anyway.setFocus()
        elif isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].setText(exc.message)
            self.errors[exc.field].show()
            self.inputs[exc.field].setFocus()
        else:
            self.general_error.setText(exc.message)
            self.general_error.show()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.duplicate_box.hide()
        self.general_error.hide()
