"""The inbox (thumbnails, preview, filing several at once) and the document viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from casebook.domain.vocabulary import DocumentKind
from casebook.ui.client_picker import describe
from casebook.ui.document_viewer import ViewerWindow


def _inbox_ids(window) -> dict[str, int]:
    model = window.inbox.model
    return {
        model.index(row).data(): int(model.index(row).data(Qt.ItemDataRole.UserRole))
        for row in range(model.rowCount())
    }


def test_inbox_shows_thumbnails_and_previews_the_selected_document(qtbot, docs_app):
    window = docs_app.main_window
    window.sidebar.setCurrentRow(1)
    inbox = window.inbox
    assert set(_inbox_ids(window)) == {"notice", "photo"}
    assert not inbox.model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()
    inbox.select_ids([_inbox_ids(window)["notice"]])
    qtbot.waitUntil(lambda: not inbox.preview.image.pixmap().isNull())
    assert inbox.preview.page_count == 3
    assert inbox.title.isEnabled() and inbox.title.text() == "notice"


def test_several_documents_are_assigned_at_once_with_a_kind(qtbot, docs_app):
    window = docs_app.main_window
    inbox = window.inbox
    clients = window.clients
    client = clients.model.client_at(5)
    inbox.list.selectAll()
    assert inbox.selected_ids() and not inbox.title.isEnabled()
    assert "2 selected" in inbox.form_title.text()

    inbox.assign()
    assert "Choose the client" in inbox.error.text()

    qtbot.keyClicks(inbox.client, client.name.split()[0][:4])
    qtbot.waitUntil(lambda: inbox.client.suggestions.rowCount() > 0)
    wanted = describe(client)  # name and A-number: two people may share a name
    qtbot.waitUntil(lambda: wanted in inbox.client.suggestions.stringList())
    inbox.client.choose_text(wanted)
    assert inbox.client.client_id == client.id
    inbox.kind.setCurrentIndex(inbox.kind.findData(DocumentKind.HEARING_NOTICE.value))
    with qtbot.waitSignal(inbox.assigned):
        inbox.assign_button.click()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)
    assert window.sidebar.item(1).text() == "Inbox"
    assert "2 documents assigned" in window.statusBar().currentMessage()

    clients.select_client(client.id)
    detail = clients.detail
    qtbot.waitUntil(lambda: detail.documents.rowCount() >= 2)
    kinds = {detail.documents.item(r, 1).text() for r in range(detail.documents.rowCount())}
    assert "Hearing notice" in kinds


def test_one_document_gets_its_title_and_matter(qtbot, docs_app):
    window = docs_app.main_window
    inbox = window.inbox
    ids = _inbox_ids(window)
    inbox.select_ids([ids["photo"]])
    clients = window.clients
    detail = clients.detail
    for row in range(30):  # a client with a matter
        clients.table.selectRow(row)
        qtbot.waitUntil(lambda: detail.client_name != "")
        if detail.matters.rowCount():
            break
    inbox.client.set_client(detail.client_id, detail.client_name)
    qtbot.waitUntil(lambda: inbox.matter.count() > 1)
    inbox.matter.setCurrentIndex(1)
    inbox.title.setText("Property clerk invoice")
    with qtbot.waitSignal(inbox.assigned):
        inbox.assign()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    qtbot.waitUntil(
        lambda: any(
            detail.documents.item(r, 0).text() == "Property clerk invoice"
            for r in range(detail.documents.rowCount())
        )
    )


def _open_letter_viewer(qtbot, app) -> ViewerWindow:
    window = app.main_window
    clients = window.clients
    clients.table.selectRow(0)
    detail = clients.detail
    qtbot.waitUntil(lambda: detail.documents.rowCount() == 1)
    detail.tabs.setCurrentWidget(detail.documents_tab)
    detail.documents.setCurrentCell(0, 0)
    detail.documents.setFocus()
    qtbot.keyClick(detail.documents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.viewers) == 1)
    viewer = window.viewers[0]
    qtbot.waitUntil(lambda: not viewer.viewer.image.pixmap().isNull())
    return viewer


def test_the_viewer_opens_from_the_documents_tab_and_zooms_and_turns(qtbot, docs_app):
    window = _open_letter_viewer(qtbot, docs_app)
    viewer = window.viewer
    assert window.windowTitle() == "letter \N{EN DASH} casebook"  # titled after the file
    width = viewer.image.pixmap().width()
    viewer.zoom_in_action.trigger()
    qtbot.waitUntil(lambda: viewer.image.pixmap().width() > width)
    zoomed = viewer.image.pixmap()
    viewer.rotate_action.trigger()
    qtbot.waitUntil(lambda: viewer.image.pixmap().width() == zoomed.height())
    assert viewer.rotation == 90
    window.close()
    assert docs_app.main_window.viewers == []


def test_page_navigation_and_find_go_to_the_page_with_the_words(qtbot, docs_app):
    window = docs_app.main_window
    inbox = window.inbox
    viewer = inbox.preview
    inbox.select_ids([_inbox_ids(window)["notice"]])
    qtbot.waitUntil(lambda: viewer.page_count == 3 and not viewer.image.pixmap().isNull())
    assert not viewer.previous_action.isEnabled()
    viewer.next_action.trigger()
    qtbot.waitUntil(lambda: viewer.page_box.value() == 2)
    viewer.page_box.setValue(1)
    assert viewer.page == 0

    qtbot.keyClicks(viewer.find_box, "varick street")
    qtbot.keyClick(viewer.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.page == 2)
    assert viewer.find_status.text() == "On page 3"
    qtbot.waitUntil(lambda: viewer.page_box.value() == 3 and not viewer.next_action.isEnabled())
    viewer.find_box.setText("zebra")
    viewer.find_next()
    assert viewer.find_status.text() == "Not found"


def test_export_asks_where_warns_unencrypted_and_writes_only_that_file(qtbot, docs_app, tmp_path):
    window = _open_letter_viewer(qtbot, docs_app)
    viewer = window.viewer
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "letter copy.pdf"
    viewer.choose_export_path = lambda _parent, suggested, chosen: chosen(str(target))
    viewer.export_action.trigger()
    box = viewer.export_warning
    assert box is not None and "NOT be encrypted" in box.text()

    box.button(box.StandardButton.Cancel).click()
    assert not target.exists()

    viewer.export_action.trigger()
    assert viewer.export_warning.defaultButton() is not viewer.export_button  # Enter cancels
    viewer.export_button.click()
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["letter copy.pdf"]
    qtbot.waitUntil(lambda: "unencrypted copy" in window.statusBar().currentMessage())


def test_locking_closes_viewers_and_forgets_the_inbox(qtbot, docs_app):
    viewer_window = _open_letter_viewer(qtbot, docs_app)
    window = docs_app.main_window
    docs_app.lock()
    assert window.viewers == [] and not viewer_window.isVisible()
    assert window.inbox.model.rowCount() == 0
    assert window.inbox.preview.summary is None and window.inbox.preview.image.pixmap().isNull()


def test_a_text_file_is_shown_as_text(qtbot, docs_app, tmp_path: Path):
    window = docs_app.main_window
    note = tmp_path / "note.txt"
    note.write_text("Client called from Rikers about the bond hearing.", encoding="utf-8")
    with qtbot.waitSignal(window.imports.finished, timeout=20_000):
        window.imports.start([note], window.drop_target(window.rect().bottomLeft())[0], "the inbox")
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3)
    window.inbox.select_ids([_inbox_ids(window)["note"]])
    viewer = window.inbox.preview
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.text_view)
    assert "Rikers" in viewer.text_view.toPlainText()
    assert not viewer.zoom_in_action.isEnabled()
