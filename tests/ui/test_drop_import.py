"""Dropping files and folders imports them in the background, where they were dropped.

Like KeePassXC's testDragAndDropKdbxFiles: real QDragEnterEvent/QDropEvent
carrying file URLs are sent to the window at the spot of the target.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from casebook.services import documents
from casebook.services.importer import Target
from tests.ui.conftest import write_pdf, write_png


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(window: QWidget, widget: QWidget, where: QPoint, *paths: Path) -> bool:
    """Drag ``paths`` over ``where`` in ``widget`` and drop them; True if the drop was taken."""
    point = widget.mapTo(window, where)
    pos = QPointF(point)
    mime = _mime(*paths)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def _wait_summary(qtbot, window):
    with qtbot.waitSignal(window.imports.finished, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def test_files_dropped_on_a_client_row_go_to_that_client(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    page = window.clients
    table = page.table
    client = page.model.client_at(3)
    rect = table.visualRect(page.model.index(3, 0))
    notice = write_pdf(tmp_path / "bond-notice.pdf", "Bond hearing notice", words="bond")

    with qtbot.waitSignal(window.imports.finished, timeout=20_000) as finished:
        assert _drop(window, table.viewport(), rect.center(), notice)
        assert window.imports.isVisible()  # the progress strip while it runs
    summary = finished.args[0]
    assert (summary.imported, summary.duplicates, summary.rejected) == (1, 0, ())
    assert summary.label == client.name
    result = window.import_notice
    assert result.isVisible() and "1 imported" in result.text.text()
    assert result.show_button.text() == "Show in client file"

    page.select_client(client.id)
    qtbot.waitUntil(lambda: page.detail.documents.rowCount() == 1)
    assert page.detail.documents.item(0, 0).text() == "bond-notice"


def test_a_folder_dropped_on_the_inbox_reports_duplicates_and_rejections(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    window.sidebar.setCurrentRow(1)
    folder = tmp_path / "from the scanner"
    folder.mkdir()
    write_png(folder / "new-scan.png", (10, 120, 30))
    write_png(folder / "photo again.png")  # the same bytes as the photo already in the inbox
    (folder / "empty.pdf").write_bytes(b"")

    with qtbot.waitSignal(window.imports.finished, timeout=20_000) as finished:
        assert _drop(window, window.inbox.list.viewport(), QPoint(20, 20), folder)
    summary = finished.args[0]
    assert summary.label == "the inbox"
    assert summary.imported == 1 and summary.duplicates == 1
    assert [name for name, _why in summary.rejected] == ["empty.pdf"]
    assert "0 bytes" in summary.rejected[0][1]
    assert "2 imported" not in window.import_notice.text.text()
    assert "1 not imported" in window.import_notice.text.text()
    details = window.import_notice.open_details()
    assert details is not None and not details.isModal()
    assert "empty.pdf" in window.import_notice.summary.details
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3)
    assert window.sidebar.item(1).text() == "Inbox (3)"


def test_a_drop_on_a_matter_row_files_with_that_matter(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    page = window.clients
    detail = page.detail
    for row in range(30):  # the first client the demo gave a matter
        page.table.selectRow(row)
        qtbot.waitUntil(lambda: detail.client_name != "")
        if detail.matters.rowCount():
            break
    detail.tabs.setCurrentIndex(1)
    matter_id = detail.matter_at(0)
    rect = detail.matters.visualRect(detail.matters.model().index(0, 0))
    spot = detail.matters.viewport().mapTo(window, rect.center())
    target, label = window.drop_target(spot)
    assert target == Target(client_id=detail.client_id, matter_id=matter_id)
    assert label.startswith(detail.client_name + ", ")
    with qtbot.waitSignal(window.imports.finished, timeout=20_000) as finished:
        _drop(window, detail.matters.viewport(), rect.center(), write_pdf(tmp_path / "m.pdf", "M"))
    assert finished.args[0].imported == 1
    detail.tabs.setCurrentIndex(0)  # elsewhere in the file: the client
    assert window.drop_target(detail.mapTo(window, QPoint(30, 30)))[0] == Target(
        client_id=detail.client_id
    )


def test_elsewhere_on_the_window_means_the_inbox_and_text_drags_are_refused(qtbot, docs_app):
    window = docs_app.main_window
    target, label = window.drop_target(QPoint(5, window.height() - 5))
    assert target == Target() and label == "the inbox"
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert not window.clients.filter.acceptDrops()


def test_cancel_stops_the_import_and_says_so(qtbot, docs_app, tmp_path, monkeypatch):
    import casebook.ui.import_queue as queue_module

    window = docs_app.main_window
    started = threading.Event()

    def slow_import(store, paths, target, *, options, progress, cancel):
        progress(0, len(paths), paths[0].name)
        started.set()
        assert cancel.wait(10)
        from casebook.services.importer import ImportResult, ImportStatus

        return [
            ImportResult(
                str(p), ImportStatus.REJECTED, reason="not imported: the import was cancelled"
            )
            for p in paths
        ]

    monkeypatch.setattr(queue_module, "import_paths", slow_import)
    files = [write_pdf(tmp_path / f"f{i}.pdf", f"F{i}") for i in range(3)]
    window.imports.start(files, Target(), "the inbox")
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: "of 3" in window.imports.label.text())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000) as finished:
        qtbot.mouseClick(window.imports.cancel_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert summary.cancelled and len(summary.rejected) == 3
    assert summary.headline.startswith("Import cancelled")
    assert not window.imports.isVisible()


def test_locking_during_an_import_cancels_it_and_closes_cleanly(
    qtbot, docs_app, tmp_path, monkeypatch
):
    import casebook.ui.import_queue as queue_module

    window = docs_app.main_window
    started, ended = threading.Event(), threading.Event()

    def slow_import(store, paths, target, *, options, progress, cancel):
        started.set()
        assert cancel.wait(10)
        ended.set()
        return []

    monkeypatch.setattr(queue_module, "import_paths", slow_import)
    window.imports.start([write_pdf(tmp_path / "a.pdf", "A")], Target(), "the inbox")
    qtbot.waitUntil(started.is_set)
    docs_app.lock()
    qtbot.waitUntil(lambda: docs_app.worker.pending == 0)
    assert ended.is_set()
    assert not window.imports.isVisible() and not window.import_notice.isVisible()


def test_import_files_action_asks_and_imports_to_the_inbox(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    path = write_pdf(tmp_path / "asked.pdf", "Asked")
    window._choose_files = lambda _parent: [str(path)]
    with qtbot.waitSignal(window.imports.finished, timeout=20_000) as finished:
        window.import_action.trigger()
    assert finished.args[0].imported == 1
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3)


def test_background_import_leaves_the_worker_free_for_reads(qtbot, docs_app, tmp_path, monkeypatch):
    import casebook.ui.import_queue as queue_module

    window = docs_app.main_window
    release = threading.Event()

    def waiting_import(store, paths, target, *, options, progress, cancel):
        release.wait(10)
        return []

    monkeypatch.setattr(queue_module, "import_paths", waiting_import)
    window.imports.start([write_pdf(tmp_path / "a.pdf", "A")], Target(), "the inbox")
    seen = []
    docs_app.worker.submit(documents.inbox, on_success=seen.append)
    qtbot.waitUntil(lambda: bool(seen))  # answered while the import still runs
    assert window.imports.running
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        release.set()
