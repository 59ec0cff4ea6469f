"""A form whose fields each carry their own problem line, as the client dialog's do.

Dialogs add fields under the names the services use in ``ValidationError.field``
(``records``, ``precinct``, ``request_number``…); ``show_error`` puts the
message under the field it names and moves the focus there, or in the general
line when no field matches.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casebook.domain.errors import CasebookError, ValidationError


def error_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    label.hide()
    return label


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general = error_label("Problem")
        self.rows: dict[str, int] = {}

    def add_field(
        self, key: str, text: str, widget: QWidget, *, aliases: tuple[str, ...] = ()
    ) -> QWidget:
        """Add ``widget`` under the caption ``text`` (with its & mnemonic)."""
        plain = text.replace("&", "")
        if not widget.accessibleName():
            widget.setAccessibleName(plain)
        error = error_label(f"{plain} problem")
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        cell.addWidget(error)
        caption = QLabel(text + ":")
        caption.setBuddy(widget)
        self.addRow(caption, cell)
        self.rows[key] = self.rowCount() - 1
        for name in (key, *aliases):
            self.inputs[name] = widget
            self.errors[name] = error
        return widget

    def set_row_shown(self, key: str, shown: bool) -> None:
        self.setRowVisible(self.rows[key], shown)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def show_error(self, exc: CasebookError) -> str | None:
        """Show ``exc`` beside its field; returns that field's key, or None (general line)."""
        self.clear_errors()
        field = exc.field if isinstance(exc, ValidationError) else None
        if field is not None and field in self.errors:
            self.errors[field].setText(exc.message)
            self.errors[field].show()
            self.inputs[field].setFocus()
            return field
        self.general.setText(exc.message)
        self.general.show()
        return None
