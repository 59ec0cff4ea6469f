"""How failures reach the person at the keyboard.

A ``CasebookError`` already says, in plain words and without client data,
what went wrong and what to do: it is shown as it is. Anything else is a bug.
Its message could quote client data (an SQL parameter, a name in a
``KeyError``), so it is never shown or logged: the person sees one plain
sentence, and the log gets the exception's type and where it was raised.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.domain.errors import CasebookError
from casebook.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger("casebook.ui")

BUG_MESSAGE = QT_TRANSLATE_NOOP(
    "ErrorReporter",
    "Something went wrong inside casebook. What you were doing may not have finished; "
    "your saved records are safe. If it happens again, please report it (the log has "
    "no client data).",
)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def where(tb: TracebackType | None) -> str:
    """``file.py:line in function`` of the innermost frame: where, never what."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return "unknown location"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


class ErrorReporter(QObject):
    """Shows user errors and bugs in non-blocking message boxes over ``parent_for()``."""

    def __init__(self, parent_for: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_for = parent_for
        self.last_box: QMessageBox | None = None
        self._previous_hook: ExceptHook | None = None

    def show_error(self, exc: CasebookError) -> None:
        self._show(QMessageBox.Icon.Warning, "casebook", exc.message)

    def report_bug(self, exc: BaseException) -> None:
        log.error("internal error: %s at %s", type(exc).__name__, where(exc.__traceback__))
        title = self.tr("casebook: internal error")
        self._show(QMessageBox.Icon.Critical, title, self.tr(BUG_MESSAGE))

    def handle(self, exc: BaseException) -> None:
        """Either kind of failure, each shown its own way."""
        if isinstance(exc, CasebookError):
            self.show_error(exc)
        else:
            self.report_bug(exc)

    def install(self) -> None:
        """Route exceptions escaping Qt slots and event handlers here, not to stderr."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        self.handle(exc)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent_for())
        box.setAccessibleName(title)
        box.setObjectName("errorBox")
        self.last_box = box
        box.finished.connect(box.deleteLater)
        box.open()
