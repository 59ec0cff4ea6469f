"""What casebook copies leaves the clipboard after a while, and only what it copied."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from casebook.ui.clipboard import CLEAR_AFTER_MS, ClipboardGuard


def test_a_copy_is_taken_back_after_the_delay(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=50)
    guard.copy("ABCD-EFGH-JKLM")
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH-JKLM"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_what_the_person_copied_since_is_left_alone(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=50)
    guard.copy("ABCD-EFGH-JKLM")
    QGuiApplication.clipboard().setText("their own note")
    qtbot.wait(200)
    assert QGuiApplication.clipboard().text() == "their own note"


def test_the_default_delay_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000 and ClipboardGuard().clear_after_seconds == 30
