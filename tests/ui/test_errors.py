"""The global exception hook: a plain message, a log line without client data."""

from __future__ import annotations

import logging
import sys

from casebook.domain.errors import VaultInUse
from casebook.ui.errors import BUG_MESSAGE, ErrorReporter


def test_exception_hook_shows_a_plain_message_and_logs_type_and_place(qtbot, caplog):
    reporter = ErrorReporter()
    reporter.install()
    try:
        assert sys.excepthook == reporter.excepthook
        try:
            raise ValueError("A-123-456-789 belongs to Ana")
        except ValueError:
            kind, exc, tb = sys.exc_info()
        with caplog.at_level(logging.ERROR, logger="casebook.ui"):
            sys.excepthook(kind, exc, tb)
    finally:
        reporter.uninstall()
    box = reporter.last_box
    assert box is not None and box.isVisible()
    assert box.text() == BUG_MESSAGE
    assert "Traceback" not in box.text()
    assert "Ana" not in caplog.text
    assert "A-123" not in caplog.text
    assert "ValueError at test_errors.py:" in caplog.text
    box.close()


def test_user_errors_are_shown_in_their_own_words(qtbot):
    reporter = ErrorReporter()
    reporter.handle(VaultInUse("This vault is open in another casebook window."))
    box = reporter.last_box
    assert box is not None
    assert box.text() == "This vault is open in another casebook window."
    box.close()
