"""The Qt binding must not corrupt the interpreter: a known PySide6 release did."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_qt_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call; the app died after a few
    thousand (Fatal Python error: none_dealloc). pyproject excludes that release."""
    widget, label = QWidget(), QLabel()
    qtbot.add_widget(widget)
    qtbot.add_widget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
