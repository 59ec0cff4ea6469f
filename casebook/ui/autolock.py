"""Lock the vault after a spell without keyboard or mouse use (KeePassXC's inactivity lock).

Any key, click, wheel or pointer movement in any casebook window counts as
use. The clock and the check interval are injectable, so a test moves a fake
clock forward and calls ``check()`` instead of waiting minutes.

An application-wide event filter written in Python runs for every event of
every widget: thousands a second while a list scrolls, each a call into
Python on the GUI thread. So the filter listens only until it sees one use,
then steps aside until the next check: busy hands cost a single call per check
interval, and the lock still comes ``minutes`` after the last use, give or
take that interval (10 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5

_USE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` once when ``minutes`` pass without use while armed."""

    idle = Signal()

    def __init__(
        self,
        minutes: float = DEFAULT_MINUTES,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 10_000,
    ) -> None:
        super().__init__()
        self.minutes = minutes
        self._clock = clock
        self._last_use = clock()
        self._armed = False
        self._listening = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start counting (the vault was unlocked)."""
        self._last_use = self._clock()
        self._armed = True
        self._timer.start()
        self._listen(True)

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()
        self._listen(False)

    def touch(self) -> None:
        self._last_use = self._clock()

    def check(self) -> None:
        if self._armed and self.minutes > 0 and self._clock() - self._last_use >= self.minutes * 60:
            self.disarm()
            self.idle.emit()
        elif self._armed:
            self._listen(True)

    def detach(self) -> None:
        """Stop watching the application's events (before the app goes away)."""
        self.disarm()

    def _listen(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._listening:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._listening = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USE:
            self._last_use = self._clock()
            self._listen(False)  # until the next check; see the module's docstring
        return False
