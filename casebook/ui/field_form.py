"""A form whose fields each carry their own problem line, as the client dialog's do.

Dialogs add fields under the names the services use in ``ValidationError.field``
(``records``, ``precinct``, ``request_number``…); ``show_error`` puts the
message under the field it names and moves the focus there, or in the general
line when no field matches. A field's message goes away as soon as the person
edits that field (issue 11: a message that stays after the fix reads as if
the fix did not take).
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casebook.domain.errors import CasebookError, ValidationError

# Signals that mean "the person changed this field", whichever widget it is: a line
# edit, an editable or plain combo, a text box, a date or time box, a check box, or
# one of our own fields that says ``edited``.
_EDIT_SIGNALS = (
    "edited",
    "textEdited",
    "editTextChanged",
    "currentIndexChanged",
    "textChanged",
    "dateChanged",
    "timeChanged",
    "toggled",
)


def edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals by which ``widget`` (or a line edit inside it) reports an edit.

    A line edit inside a row (a path with its Choose… button, a date with its
    calendar) counts by ``textChanged``: the button writes the text for the person.
    """
    found = [
        signal
        for name in _EDIT_SIGNALS
        if isinstance(signal := getattr(widget, name, None), SignalInstance)
    ]
    if not isinstance(widget, QLineEdit):
        found += [child.textChanged for child in widget.findChildren(QLineEdit)]
    return found


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
        self._general_is_field_problem = False
        self.rows: dict[str, int] = {}

    def add_field(
        self,
        key: str,
        text: str,
        widget: QWidget,
        *,
        aliases: tuple[str, ...] = (),
        caption: str = "",
    ) -> QWidget:
        """Add ``widget`` under the caption ``text`` (with its & mnemonic).

        ``text`` (English) names the widget for screen readers and tests; ``caption``,
        when given, is what the row shows: ``text`` in the window's language.
        """
        plain = text.replace("&", "")
        if not widget.accessibleName():
            widget.setAccessibleName(plain)
        error = error_label(f"{plain} problem")
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        cell.addWidget(error)
        label = QLabel((caption or text) + ":")
        label.setBuddy(widget)
        self.addRow(label, cell)
        self.rows[key] = self.rowCount() - 1
        for name in (key, *aliases):
            self.inputs[name] = widget
            self.errors[name] = error
        for signal in edit_signals(widget):
            signal.connect(lambda *_args, label=error: self._edited(label))
        return widget

    def _edited(self, label: QLabel) -> None:
        """A field changed: its message goes, and so does a field problem the general
        line showed (a field of the service's this form does not have), since the
        edit may be its fix; any other general message waits for the next save."""
        _hide(label)
        if self._general_is_field_problem:
            _hide(self.general)
            self._general_is_field_problem = False

    def clear_error(self, key: str) -> None:
        """Take away the message under ``key``'s field (it was edited)."""
        if key in self.errors:
            _hide(self.errors[key])

    def set_caption(self, key: str, text: str) -> None:
        """Word the caption of ``key``'s row anew (with its & mnemonic)."""
        item = self.itemAt(self.rows[key], QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text + ":")
            label.adjustSize()
            self.invalidate()  # the caption column grows to the longer words

    def set_row_shown(self, key: str, shown: bool) -> None:
        self.setRowVisible(self.rows[key], shown)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            _hide(label)
        self._general_is_field_problem = False

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
        self._general_is_field_problem = field is not None
        return None


def _hide(label: QLabel) -> None:
    label.clear()
    label.hide()


class SharedProblemLine:
    """One problem line under a few fields (the vault pages' passphrase rows).

    ``show(message, *about)`` says which fields the message is about; it goes as
    soon as one of those is edited, and stays while the person edits another.
    """

    def __init__(self, label: QLabel, *fields: QWidget) -> None:
        self.label = label
        self._fields = fields
        self._about: tuple[QWidget, ...] = ()
        for field in fields:
            for signal in edit_signals(field):
                signal.connect(lambda *_args, f=field: self._edited(f))

    def show(self, message: str, *about: QWidget) -> None:
        """Show ``message`` about the fields ``about`` (all of them when none is named)."""
        self.label.setText(message)
        self.label.show()
        self._about = about or self._fields

    def _edited(self, field: QWidget) -> None:
        if any(field is f for f in self._about):
            self.label.hide()
            self._about = ()
