"""Text the app puts on the clipboard, taken back after 30 seconds and when the vault locks.

Only what casebook itself copied is cleared: if the person has since copied
something else, it is theirs and is left alone. Clipboard managers and other
programs can read the clipboard, so a recovery key or a letter about a client
stays there no longer than it takes to paste it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    @property
    def clear_after_seconds(self) -> int:
        return self._timer.interval() // 1000

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what the app copied."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
