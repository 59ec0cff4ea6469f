"""Journey: drop a scanned notice of hearing on the window, accept what it says, see the
hearing and its filing deadline on the Deadlines page.

Driven only through input events on widgets found by their accessible names; the
scan goes through the real import and OCR path. Calendar (TODAY is Sun 2026-11-29):
the notice sets an individual hearing on Tue 2026-12-22 at 9:00 AM, so filings are
due 15 days before, Mon 2026-12-07 (a business day), 8 days from today.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QListView, QListWidget, QTreeWidget

from casebook.domain.clients import ClientDraft
from casebook.services import vaults
from casebook.services.clients import add_client
from casebook.services.ocr import ocr_available
from tests.form_scans import write_scan
from tests.helpers import PASSPHRASE, TODAY
from tests.ui.journey import find
from tests.ui.test_drop_import import _drop

pytestmark = [
    pytest.mark.dates,
    pytest.mark.skipif(
        not ocr_available(refresh=True).available,
        reason="Tesseract is not installed (CI installs .ci/ocr-packages.txt)",
    ),
]

NOTICE_LINES = [
    "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
    "IMMIGRATION COURT",
    "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237, NEW YORK, NY 10278",
    "RE: LOPEZ, MARIA        FILE: A 123 456 789        DATE: Nov 20, 2026",
    "NOTICE OF HEARING IN REMOVAL PROCEEDINGS",
    "Please take notice that the above captioned case has been scheduled for an",
    "INDIVIDUAL hearing before the Immigration Court on Dec 22, 2026 at 9:00 A.M. at:",
    "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237",
    "NEW YORK, NY 10278",
    "Immigration Judge: Hon. R. Castellanos",
    "Failure to appear at your hearing may result in an order of removal in your absence.",
]


@pytest.fixture
def maria_vault(demo_vault_path: Path) -> Path:
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        add_client(
            store,
            ClientDraft(name="Maria Lopez", a_number="A123456789"),
            today=TODAY,
            allow_duplicate=True,
        )
    finally:
        store.close()
    return demo_vault_path


def _rows(widget: QListWidget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]


def _lines(tree: QTreeWidget) -> list[str]:
    return [" | ".join(it.text(c) for c in range(3)) for it in _items(tree)]


def _items(tree: QTreeWidget):
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_drop_a_scanned_hearing_notice_accept_it_and_see_the_deadline(
    qtbot, casebook_app, unlock, maria_vault, tmp_path
) -> None:
    unlock(qtbot, casebook_app, maria_vault)
    window = casebook_app.main_window
    sidebar = find(window, "Sections", QListWidget)
    assert isinstance(sidebar, QListWidget)
    QTest.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(sidebar.item(1)).center(),
    )
    inbox = window.inbox
    scan = write_scan(tmp_path / "scan0001.png", NOTICE_LINES, dpi=300, skew=0.8)

    with qtbot.waitSignal(window.imports.finished, timeout=120_000):
        documents = find(inbox, "Documents in the inbox", QListView)
        assert _drop(window, documents.viewport(), QPoint(20, 20), scan)

    qtbot.waitUntil(lambda: inbox.suggestions.list.isVisible(), timeout=30_000)
    panel = find(inbox, "Suggestions", QListWidget)
    assert isinstance(panel, QListWidget)
    qtbot.waitUntil(lambda: any("File with Maria Lopez" in r for r in _rows(panel)), timeout=30_000)
    rows = _rows(panel)
    assert any(
        r.startswith("Hearing: Individual hearing on Tue 2026-12-22 at 9:00 AM") for r in rows
    ), rows
    client_row = next(r for r in rows if "File with Maria Lopez" in r)
    assert "because A-123-456-789 is Maria Lopez's A-number: page 1 says" in client_row
    assert any(r.startswith("Kind: ") for r in rows)
    preview = inbox.preview
    qtbot.waitUntil(lambda: preview.stack.currentWidget() is not preview.notice, timeout=20_000)
    window.grab().save("/tmp/shots/inbox-suggestions.png")

    # One at a time with Enter: the kind first (the document stays in the inbox).
    panel.setFocus()
    kind_row = next(i for i, r in enumerate(rows) if r.startswith("Kind: "))
    panel.setCurrentRow(kind_row)
    QTest.keyClick(panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not any(r.startswith("Kind: ") for r in _rows(panel)), timeout=10_000)
    assert "Applied kind." in window.statusBar().currentMessage()

    # Then all the rest with one click.
    accept_all = find(inbox, "Accept all suggestions", QAbstractButton)
    qtbot.waitUntil(accept_all.isEnabled, timeout=10_000)
    QTest.mouseClick(accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "Applied client, title, date, hearing." in message, message

    QTest.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(sidebar.item(4)).center(),
    )
    page = window.deadlines
    assert window.pages.currentWidget() is page
    listing = find(page, "Deadlines, overdue first", QTreeWidget)
    assert isinstance(listing, QTreeWidget)

    def shown() -> list[str]:
        return [line for line in _lines(listing) if "Maria Lopez" in line]

    qtbot.waitUntil(lambda: len(shown()) == 2, timeout=10_000)
    filing, hearing = shown()
    assert filing.startswith("8 days | Maria Lopez |"), filing
    assert "File evidence for the individual hearing by Mon 2026-12-07" in filing
    assert "Individual hearing on Tue 2026-12-22 at 09:00" in hearing, hearing
    window.grab().save("/tmp/shots/inbox-deadlines.png")

    # Edit > Undo puts it all back: the hearing and its deadline go, the notice is in the inbox.
    QTest.keySequence(window, "Ctrl+Z")
    qtbot.waitUntil(lambda: shown() == [], timeout=10_000)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10_000)
    assert "Undid: Accept suggestions (client, title, date, hearing)" in (
        window.statusBar().currentMessage()
    )
