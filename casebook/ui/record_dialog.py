"""One base for the dialogs that add or edit a record: a form, inline errors, OK / Cancel.

A subclass adds its fields with ``add_field`` (under the names the service uses
in ``ValidationError.field``), says how to read them into a draft
(``build_draft``, which may raise ``ValidationError`` for what only the form can
know, such as an empty required date) and which service call stores it
(``save_operation``). The base does the rest the same way every time:

- a date or time that could not be read keeps its text and its problem, and stops
  the save (``date_fields.first_problem``);
- Enter (outside a multi-line box) saves, Ctrl+Enter saves from anywhere, Esc cancels;
- the save runs on the DB worker while the buttons wait; a ``ValidationError``
  from the service lands under the field it names (or in the general line);
- a field's message disappears as soon as that field is edited;
- on success ``saved(value)`` is emitted with what the service returned
  (``Changed.value``: the worker announces the changes) and the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from casebook.domain.errors import CasebookError, ValidationError
from casebook.services.matters import Store
from casebook.ui.date_fields import OptionalDateEdit, TimeEdit, first_problem
from casebook.ui.field_form import FieldForm
from casebook.ui.worker import DbWorker

D = TypeVar("D")


class RecordDialog(QDialog, Generic[D]):
    """Emits ``saved(value)`` once the record is stored; ``draft`` is what was saved."""

    saved = Signal(object)

    def __init__(self, worker: DbWorker, title: str, parent: QWidget | None = None) -> None:
        """``title`` is English (the accessible name), marked for the catalogue under the
        subclass's name (``QT_TRANSLATE_NOOP("MatterDialog", …)``), as are the captions
        ``add_field`` is given: they are shown translated under that context."""
        super().__init__(parent)
        self._worker = worker
        self.draft: D | None = None
        self.saving = False
        self.setWindowTitle(self._tr(title))
        self.setAccessibleName(title)
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("RecordDialog", "Save"))
        ok.setAccessibleName("Save")
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._grow_to_fit()
        return handled

    def _grow_to_fit(self) -> None:
        """Taller when a problem line appears (wrapped at the dialog's width), so the
        buttons are never pushed out of sight."""
        layout = self.layout()
        if layout is None:
            return
        need = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if need > self.height():
            self.resize(self.width(), need)

    def _tr(self, text: str) -> str:
        """``text`` in the window's language, from the subclass's context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def add_field(self, key: str, text: str, widget: QWidget) -> QWidget:
        """Add a field captioned ``text`` (with its & mnemonic) under the service's ``key``."""
        return self.form.add_field(key, text, widget, caption=self._tr(text))

    # -- what a subclass says -----------------------------------------------------------------

    def build_draft(self) -> D:
        """The record as the form shows it; raise ``ValidationError`` for a field to fix."""
        raise NotImplementedError

    def save_operation(self, draft: D) -> Callable[[Store], Any]:
        """The worker operation that stores ``draft`` (a service call returning ``Changed``)."""
        raise NotImplementedError

    # -- the same for every record --------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self.form.clear_errors()
        typed = [w for w in self.form.inputs.values() if isinstance(w, OptionalDateEdit | TimeEdit)]
        if first_problem(*dict.fromkeys(typed)) is not None:
            return  # the field shows what it could not read; nothing is saved
        try:
            draft = self.build_draft()
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        operation = self.save_operation(draft)
        self.saving = True
        self.buttons.setEnabled(False)
        self._worker.submit(
            operation,
            on_success=lambda value: self._saved(draft, value),
            on_failure=self._failed,
            on_done=self._done,
        )

    def _done(self) -> None:
        self.saving = False
        self.buttons.setEnabled(True)

    def _failed(self, exc: CasebookError) -> None:
        self.form.show_error(exc)

    def _saved(self, draft: D, value: object) -> None:
        self.draft = draft
        self.saved.emit(value)
        self.accept()
