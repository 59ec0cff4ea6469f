"""A page turned in the viewer: the change seen, the earlier version listed and opened, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QToolBar

from casebook.ui.document_viewer import ViewerWindow
from tests.ui.journey import accessible_name, click, find

SHOTS = Path("/tmp/shots")


def _open_letter(qtbot, app) -> ViewerWindow:
    window = app.main_window
    clients = window.clients
    clients.table.selectRow(0)
    detail = clients.detail
    qtbot.waitUntil(lambda: detail.documents.rowCount() == 1)
    detail.tabs.setCurrentWidget(detail.documents_tab)
    detail.documents.setCurrentCell(0, 0)
    detail.documents.setFocus()
    QTest.keyClick(detail.documents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.viewers) == 1)
    viewer = window.viewers[0]
    qtbot.waitUntil(lambda: not viewer.viewer.image.pixmap().isNull())
    return viewer


def _size(window: ViewerWindow) -> tuple[int, int]:
    pixmap = window.viewer.image.pixmap()
    return pixmap.width(), pixmap.height()


def test_a_page_turned_in_the_viewer_keeps_its_earlier_version_listed(qtbot, docs_app):
    window = _open_letter(qtbot, docs_app)
    window.resize(1200, 900)
    qtbot.waitUntil(lambda: _size(window)[1] > _size(window)[0])  # a portrait letter
    upright = _size(window)
    original_sha = window.viewer.summary.sha256

    click(window, "Rotate right")

    qtbot.waitUntil(
        lambda: window.viewer.summary is not None and window.viewer.summary.sha256 != original_sha,
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: _size(window) == (upright[1], upright[0]) or abs(_size(window)[0] - upright[1]) <= 2
    )
    assert "Turned page 1 right" in window.statusBar().currentMessage()
    assert "earlier version 1" in window.statusBar().currentMessage()

    click(window, "Earlier versions")
    versions = find(window, "Earlier versions", QListWidget)
    assert isinstance(versions, QListWidget)
    qtbot.waitUntil(
        lambda: versions.count() == 1 and bool(versions.item(0).flags() & Qt.ItemFlag.ItemIsEnabled)
    )
    shown = versions.item(0).text()
    assert "Version 1" in shown and "rotated page 1 by 90°" in shown
    assert original_sha in "".join(shown.split())  # shown in groups of eight
    click(window, "Fit width")
    qtbot.waitUntil(lambda: window.viewer.image.pixmap().width() < upright[1])
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "pageedit-rotated.png"))

    # Opening the earlier version: a read-only window, without page tools.
    main = docs_app.main_window
    versions.setFocus()
    QTest.keyClick(versions, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(main.viewers) == 2)
    earlier = main.viewers[1]
    qtbot.waitUntil(lambda: not earlier.viewer.image.pixmap().isNull())
    assert "earlier version 1 (read-only)" in earlier.windowTitle()
    notice = find(earlier, "Earlier version notice", QLabel)
    assert (
        isinstance(notice, QLabel)
        and "read-only" in notice.text()
        and original_sha in notice.text()
    )
    assert earlier.viewer.summary is not None and earlier.viewer.summary.sha256 == original_sha
    assert _size(earlier)[1] > _size(earlier)[0]  # as it was: upright
    assert not [t for t in earlier.findChildren(QToolBar) if accessible_name(t) == "Page tools"]
    earlier.grab().save(str(SHOTS / "pageedit-earlier-version.png"))
    earlier.close()
    qtbot.waitUntil(lambda: len(main.viewers) == 1)

    # Undo puts the page back; both states stay listed.
    with qtbot.waitActive(window):  # shortcuts go to the active window
        window.activateWindow()
    window.viewer.page_view.setFocus()
    QTest.keyClick(window.viewer.page_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.viewer.summary is not None and window.viewer.summary.sha256 == original_sha,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: versions.count() == 2)
    assert "restored earlier version 1" in versions.item(0).text()
    assert "Undone" in window.statusBar().currentMessage()


def test_the_page_tools_say_what_cannot_be_done_on_a_one_page_letter(qtbot, docs_app):
    window = _open_letter(qtbot, docs_app)
    for name in ("Delete page", "Move up", "Move down", "Split here"):
        button = find(window, name, QAbstractButton)
        assert not button.isEnabled(), name
    assert find(window, "Rotate left", QAbstractButton).isEnabled()
    assert find(window, "Earlier versions", QAbstractButton).isEnabled()


def test_a_scan_in_the_inbox_has_a_page_moved_and_is_split_in_two(qtbot, docs_app):
    from tests.ui.journey import dialog_named

    main = docs_app.main_window
    main.sidebar.setCurrentRow(1)
    inbox = main.inbox
    row = next(r for r in range(inbox.model.rowCount()) if inbox.model.index(r).data() == "notice")
    inbox.list.setCurrentIndex(inbox.model.index(row))
    inbox.list.setFocus()
    QTest.keyClick(inbox.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(main.viewers) == 1)
    window = main.viewers[0]
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.page_count == 3 and not viewer.image.pixmap().isNull())
    with qtbot.waitActive(window):
        window.activateWindow()
    viewer.page_view.setFocus()
    QTest.keyClick(viewer.page_view, Qt.Key.Key_PageDown)
    QTest.keyClick(viewer.page_view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: viewer.page == 2)

    click(window, "Move up")  # the last page, with "Varick Street", becomes page 2
    qtbot.waitUntil(lambda: "Moved page 3 to page 2" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: viewer.summary is not None and viewer.page == 1)
    qtbot.waitUntil(lambda: not viewer.image.pixmap().isNull())

    click(window, "Split here")
    box = dialog_named(qtbot, "Split the document")
    assert (
        "Make pages 2\N{EN DASH}3 a new document" in box.findChild(QLabel, "qt_msgbox_label").text()
    )
    click(box, "Split")
    qtbot.waitUntil(
        lambda: "are now document" in window.statusBar().currentMessage(), timeout=10000
    )
    qtbot.waitUntil(lambda: viewer.page_count == 1)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3)  # the new part waits beside it
    titles = {inbox.model.index(r).data() for r in range(inbox.model.rowCount())}
    assert any("pages 2" in t for t in titles), titles

    click(window, "Earlier versions")
    versions = find(window, "Earlier versions", QListWidget)
    assert isinstance(versions, QListWidget)
    qtbot.waitUntil(lambda: versions.count() == 2)
    assert "split: pages 2\N{EN DASH}3 moved to document" in versions.item(0).text()
    assert "pages reordered as 1, 3, 2" in versions.item(1).text()
    window.grab().save(str(SHOTS / "pageedit-split.png"))


def test_the_check_counts_earlier_versions_apart() -> None:
    from casebook.services.checks import CheckReport
    from casebook.ui.check_dialog import summary

    report = CheckReport((), blobs_checked=3, versions_checked=1)
    assert summary(report, deep=True) == (
        "The vault is intact; 2 documents and 1 earlier version decrypted and verified."
    )
