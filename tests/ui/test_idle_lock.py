"""The idle lock: minutes after the last use, whatever the hands did before.

The lock listens for use only until it sees one, then steps aside until its
next check (every 10 s), so a scrolling list does not call Python for every
event. What a person relies on is unchanged: the vault locks ``minutes``
after the last key, click, wheel or move, never earlier, and at most one check
interval later. The fake clock moves in the timer's 10 s steps, calling
``check()`` as the timer would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from casebook.ui.autolock import IdleLock
from tests.ui.conftest import FakeClock

STEP = 10.0  # seconds between the timer's checks


def _wait(lock: IdleLock, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds // STEP)):
        clock.advance(STEP)
        lock.check()


def test_the_vault_locks_minutes_after_the_last_of_many_uses(qtbot, clock: FakeClock):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    lock = IdleLock(5, clock=clock)
    fired: list[float] = []
    lock.idle.connect(lambda: fired.append(clock.now))
    lock.arm()
    for _ in range(12):  # two minutes of typing, a key every 10 s, many keys each time
        for _ in range(5):
            QTest.keyClick(field, Qt.Key.Key_A)
        _wait(lock, clock, STEP)
    last_use = clock.now - STEP  # the last keys came just before the last check
    _wait(lock, clock, 4 * 60)
    assert fired == []  # four minutes after the last key: not yet
    _wait(lock, clock, 70)
    assert len(fired) == 1
    assert 5 * 60 <= fired[0] - last_use <= 5 * 60 + STEP
    lock.detach()


def test_a_busy_window_costs_the_lock_one_event_per_check(qtbot, clock: FakeClock):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    lock = IdleLock(5, clock=clock)
    lock.arm()
    seen: list[int] = []
    original = lock.eventFilter

    def counting(watched: QObject, event: QEvent) -> bool:
        seen.append(1)
        return original(watched, event)

    lock.eventFilter = counting  # type: ignore[method-assign]
    app = QApplication.instance()
    app.removeEventFilter(lock)
    app.installEventFilter(lock)
    for i in range(200):  # a mouse dragged across the field
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(i % 50, 5),
            QPointF(i % 50, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(field, move)
    assert len(seen) < 5  # the first move and what came just before it; not 200
    lock.detach()
