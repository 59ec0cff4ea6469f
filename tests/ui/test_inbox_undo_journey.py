"""Journey (d): import a file, go to the Inbox from the status bar, file it, undo, redo.

Driven only through keys and clicks on widgets found by their accessible names,
asserting what the person sees: the status-bar notice, the Inbox's list, the
client's Documents tab and the status bar's words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListView,
    QTableWidget,
    QWidget,
)

from casebook.ui.inbox_page import InboxPage
from tests.ui.conftest import write_pdf
from tests.ui.test_recovery_journey import find


def _appears(qtbot, root, name: str):
    """The visible widget called ``name``, once the import has put it there."""
    found: list[object] = []

    def shown() -> bool:
        found[:] = [
            w for w in root.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()
        ]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def _inbox_titles(list_view: QListView) -> list[str]:
    model = list_view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _document_titles(table: QTableWidget) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_import_show_in_inbox_assign_undo_redo(qtbot, docs_app, tmp_path) -> None:
    window = docs_app.main_window
    path = write_pdf(tmp_path / "asylum-receipt.pdf", "I-589 receipt notice", words="receipt")
    window._choose_files = lambda _parent: [str(path)]

    QTest.keySequence(window, "Ctrl+I")  # File > Import files into the inbox…
    notice = _appears(qtbot, window, "Import result")
    assert "1 imported (the inbox)" in find(notice, "Import result text", QLabel).text()
    assert window.pages.currentWidget() is not window.inbox  # the person was elsewhere

    qtbot.mouseClick(find(notice, "Show in Inbox", QAbstractButton), Qt.MouseButton.LeftButton)
    inbox = find(window, "Inbox", InboxPage)
    assert window.pages.currentWidget() is inbox and not notice.isVisible()
    documents = find(inbox, "Documents in the inbox", QListView)
    qtbot.waitUntil(lambda: "asylum-receipt" in _inbox_titles(documents), timeout=10_000)
    current = documents.currentIndex().data()
    assert current == "asylum-receipt"  # the imported one is the one selected

    client = window.clients.model.client_at(3)
    picker = find(inbox, "Client", QLineEdit)
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
    QTest.keyClicks(picker, client.name.split()[0])
    popup = picker.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=5000)
    wanted = next(
        r
        for r in range(popup.model().rowCount())
        if popup.model().index(r, 0).data().startswith(client.name)
    )
    for _ in range(wanted + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: inbox.client.client_id == client.id)
    qtbot.mouseClick(find(inbox, "Assign", QAbstractButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "asylum-receipt" not in _inbox_titles(documents), timeout=10_000)
    assert f"1 document assigned to {client.name}" in window.statusBar().currentMessage()

    window.open_client(client.id)
    detail = window.clients.detail
    table = detail.documents
    qtbot.waitUntil(lambda: "asylum-receipt" in _document_titles(table), timeout=10_000)

    QTest.keySequence(window, "Ctrl+Z")
    qtbot.waitUntil(lambda: "asylum-receipt" not in _document_titles(table), timeout=10_000)
    assert "Undid: Assign 1 document" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "asylum-receipt" in _inbox_titles(documents), timeout=10_000)
    assert window.sidebar.item(1).text().startswith("Inbox (")

    QTest.keySequence(window, "Ctrl+Shift+Z")  # redo, as on Linux and macOS
    qtbot.waitUntil(lambda: "asylum-receipt" in _document_titles(table), timeout=10_000)
    assert "Redid: Assign 1 document" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "asylum-receipt" not in _inbox_titles(documents), timeout=10_000)


def test_an_import_with_a_bad_file_names_it_without_a_modal_box(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    empty = tmp_path / "blank.pdf"
    empty.write_bytes(b"")
    window._choose_files = lambda _parent: [str(empty)]
    QTest.keySequence(window, "Ctrl+I")
    notice = _appears(qtbot, window, "Import result")
    assert "1 not imported" in find(notice, "Import result text", QLabel).text()
    shown = [b.accessibleName() for b in notice.findChildren(QAbstractButton) if b.isVisible()]
    assert "Show in Inbox" not in shown  # nothing was imported to show
    qtbot.mouseClick(find(notice, "Import details", QAbstractButton), Qt.MouseButton.LeftButton)
    details = notice.details_window
    assert details is not None and details.isVisible() and not details.isModal()
    assert "blank.pdf" in find(details, "Files and reasons").toPlainText()
    window.statusBar().grab().save("/tmp/shots/import_notice.png")


def test_a_dropped_folders_hidden_files_and_links_are_named_as_skipped(
    qtbot, docs_app, tmp_path
) -> None:
    window = docs_app.main_window
    folder = tmp_path / "scans"
    folder.mkdir()
    write_pdf(folder / "visa.pdf", "Visa", words="visa")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / "outside").symlink_to("/etc/hostname")
    window._choose_files = lambda _parent: [str(folder)]
    QTest.keySequence(window, "Ctrl+I")
    notice = _appears(qtbot, window, "Import result")
    text = find(notice, "Import result text", QLabel).text()
    assert "1 imported" in text and "2 skipped" in text
    qtbot.mouseClick(find(notice, "Import details", QAbstractButton), Qt.MouseButton.LeftButton)
    listed = find(notice.details_window, "Files and reasons").toPlainText()
    assert "Skipped: .DS_Store" in listed and "Skipped: outside" in listed
