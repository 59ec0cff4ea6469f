"""Text the app puts on the clipboard, so locking can take it back.

Only what casebook itself copied is cleared: if the person has since copied
something else, it is theirs and is left alone.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class ClipboardGuard:
    def __init__(self) -> None:
        self._copied: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text

    def clear(self) -> None:
        """Empty the clipboard if it still holds what the app copied."""
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
