"""A password line edit that notices Caps Lock.

Qt cannot ask the keyboard whether Caps Lock is on, on every platform, so the
field infers it from what is typed: an upper-case letter without Shift, or a
lower-case one with Shift, means Caps Lock is on; the opposite means it is off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class PassphraseField(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self._caps: bool | None = None

    @property
    def caps_lock(self) -> bool:
        return bool(self._caps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self._caps:
                self._caps = caps
                self.caps_lock_changed.emit(caps)
        super().keyPressEvent(event)

    def wipe(self) -> None:
        """Forget the typed text (Python strings cannot be zeroed; this drops Qt's copy)."""
        self.clear()
