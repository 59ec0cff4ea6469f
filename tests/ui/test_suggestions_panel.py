"""The inbox's suggestions are computed on the worker, once per document, and never applied
without a click or Enter."""

from __future__ import annotations

import threading

import pytest

from casebook.services import suggestions

pytestmark = pytest.mark.dates


def test_suggestions_are_computed_on_the_worker_and_held_per_document(
    qtbot, docs_app, monkeypatch
) -> None:
    window = docs_app.main_window
    inbox = window.inbox
    window.sidebar.setCurrentRow(1)
    calls: list[tuple[int, bool]] = []
    real = suggestions.suggest

    def spy(store, doc_id, *, today):
        calls.append((doc_id, threading.current_thread() is threading.main_thread()))
        return real(store, doc_id, today=today)

    monkeypatch.setattr(suggestions, "suggest", spy)
    first, second = inbox.model.doc_id(0), inbox.model.doc_id(1)
    inbox.select_ids([second])
    qtbot.waitUntil(lambda: second in inbox._suggestions, timeout=10_000)
    inbox.select_ids([first])
    qtbot.waitUntil(lambda: first in inbox._suggestions, timeout=10_000)
    inbox.select_ids([second])  # held: not read again
    assert [doc for doc, _ in calls].count(second) == 1
    assert not any(on_gui for _, on_gui in calls)
    assert inbox.model.rowCount() == 2  # nothing was applied by looking
