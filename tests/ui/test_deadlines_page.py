"""The Deadlines page says one thing: its count line is counted from the rows it shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QTreeWidget, QWidget

from casebook.domain.deadline_phrases import summary
from casebook.services import requests as rq
from casebook.services import vaults
from tests.helpers import PASSPHRASE, TODAY

DASH = "\N{EM DASH}"
# Mon 11-09 + 5 business days (Veterans Day 11-11 off) = Tue 11-17, missed by Sun 11-29
# (TODAY) by 12 days; 30 days from it: Thu 12-17, 18 days on.
LATE_RECEIVED = date(2026, 11, 9)
LATE_TEXT = f"NYPD is 12 days late: you may appeal by Thu 2026-12-17 {DASH} 18 days"


def _named(window: QWidget, kind: type, name: str):
    found = [w for w in window.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


@pytest.fixture
def deadlines_app(qtbot, casebook_app, demo_vault_path: Path, unlock):
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        draft = rq.RequestDraft("Arrest report", received=LATE_RECEIVED)
        rq.add_request(store, draft, today=TODAY)
    finally:
        store.close()
    unlock(qtbot, casebook_app, demo_vault_path)
    return casebook_app


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_count_line_agrees_with_the_rows_at_every_horizon(qtbot, deadlines_app):
    window = deadlines_app.main_window
    sidebar = window.sidebar
    sidebar.setFocus()
    row = next(i for i in range(sidebar.count()) if sidebar.item(i).text().startswith("Deadlines"))
    QTest.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(sidebar.item(row)).center(),
    )
    horizon = _named(window, QComboBox, "How far ahead")
    count = _named(window, QLabel, "Deadline summary")
    tree = _named(window, QTreeWidget, "Deadlines, overdue first")
    qtbot.waitUntil(lambda: "30 days" in count.text())
    assert [tree.headerItem().text(c) for c in range(tree.columnCount())] == [
        "Due",
        "Client",
        "What",
    ]
    horizon.setFocus()
    QTest.keyClick(horizon, Qt.Key.Key_Up)  # Next 7 days
    seen = {}
    for days, key in ((7, None), (30, Qt.Key.Key_Down), (90, Qt.Key.Key_Down)):
        if key is not None:
            QTest.keyClick(horizon, key)
        qtbot.waitUntil(lambda d=days: f"{d} days" in count.text())
        rows = _rows(tree)
        overdue = sum(1 for r in rows if r[0].startswith("Overdue by"))
        assert count.text() == summary(overdue, len(rows) - overdue, days)
        for due, _client, what in rows:
            tail = due if due[0].isdigit() else due[0].lower() + due[1:]
            assert what.endswith(f"{DASH} {tail}"), "the Due column and the sentence agree"
            assert "_" not in due + what
        seen[days] = rows
    late = [r for r in seen[30] if r[2] == LATE_TEXT]
    assert late == [["18 days", "(no client)", LATE_TEXT]], "the late agency is one item"
    assert not any(r[2] == LATE_TEXT for r in seen[7])
