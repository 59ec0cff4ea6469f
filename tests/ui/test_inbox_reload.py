"""The inbox model: reloads update rows in place, thumbnails are painted lazily and forgotten
on lock, and the page keeps a person's selection when new documents arrive."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListView

from casebook.services.documents import DocumentSummary
from casebook.ui import inbox_model
from casebook.ui.inbox_model import InboxItem, InboxModel, load_inbox


def _summary(doc_id: int, title: str = "") -> DocumentSummary:
    return DocumentSummary(
        id=doc_id,
        title=title or f"scan {doc_id}",
        kind="other",
        original_name=f"scan{doc_id}.pdf",
        media_type="application/pdf",
        size=1000,
        page_count=1,
        sha256=f"{doc_id:064x}",
        received_on=None,
        created_at=datetime(2026, 11, 1, 12, 0),
        in_inbox=True,
        text_status="",
    )


def _image() -> QImage:
    image = QImage(QSize(120, 150), QImage.Format.Format_RGB32)
    image.fill(QColor(200, 200, 200))
    return image


def _items(ids: list[int]) -> list[InboxItem]:
    png = _png_bytes(_image())
    return [InboxItem(_summary(i), png) for i in ids]


def _ids(model: InboxModel) -> list[int]:
    return [model.doc_id(r) for r in range(model.rowCount())]


@pytest.fixture
def view(qtbot) -> QListView:
    view = QListView()
    view.setModel(InboxModel())
    view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
    qtbot.addWidget(view)
    return view


def test_a_reload_inserts_and_removes_rows_and_the_selection_follows_its_documents(view):
    model = view.model()
    model.set_items(_items([1, 2, 3, 4]))
    selection = view.selectionModel()
    flag = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(model.index(2), flag.ClearAndSelect)  # document 3
    selection.select(model.index(3), flag.Select)  # and document 4
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"+{first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(f"-{first}-{last}"))

    model.set_items(_items([2, 3, 4, 5, 6]))  # 1 was filed, 5 and 6 were scanned

    assert events == ["-0-0", "+3-4"]
    assert _ids(model) == [2, 3, 4, 5, 6]
    assert sorted(model.doc_id(i.row()) for i in selection.selectedRows()) == [3, 4]
    assert model.doc_id(selection.currentIndex().row()) == 3


def test_a_reload_updates_changed_rows_and_keeps_the_thumbnails_it_holds(view):
    model = view.model()
    model.set_items(_items([1, 2]))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    model.set_items([InboxItem(_summary(1), None), InboxItem(_summary(2, "Renamed"), None)])

    assert changed == [1]
    assert model.index(1).data() == "Renamed"
    assert model.item_at(1).thumbnail is not None  # not decoded again, not lost


def test_a_new_order_resets_the_rows_but_keeps_their_thumbnails(view):
    model = view.model()
    model.set_items(_items([1, 2, 3]))
    model.set_items([InboxItem(_summary(i), None) for i in (3, 1, 2)])
    assert _ids(model) == [3, 1, 2]
    assert model.row_of(2) == 2
    assert all(model.item_at(r).thumbnail is not None for r in range(3))


def test_only_painted_rows_get_a_pixmap(qtbot, view):
    model = view.model()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setIconSize(inbox_model.THUMB)
    view.setGridSize(QSize(156, 198))
    view.setUniformItemSizes(True)
    view.resize(500, 420)
    view.show()
    qtbot.waitExposed(view)
    model.set_items(_items(list(range(1, 1001))))
    view.grab()
    assert 0 < model.cached_icons() < 50
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_the_worker_reads_only_thumbnails_the_model_does_not_hold(monkeypatch):
    image = _image()
    monkeypatch.setattr(
        inbox_model.documents,
        "inbox_with_thumbnails",
        lambda _store: [(_summary(1), b"not decoded"), (_summary(2), _png_bytes(image))],
    )
    items = load_inbox(None, known=frozenset({1}))  # type: ignore[arg-type]
    assert [i.thumbnail is None for i in items] == [True, False]


def _png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


# -- the page in the unlocked app --------------------------------------------------------------


def _row_of(inbox, title: str) -> int:
    model = inbox.model
    return next(r for r in range(model.rowCount()) if model.index(r).data() == title)


def test_a_reload_after_new_documents_arrive_keeps_the_selection(qtbot, docs_app, tmp_path):
    window = docs_app.main_window
    window.sidebar.setCurrentRow(1)
    inbox = window.inbox
    photo = inbox.model.doc_id(_row_of(inbox, "photo"))
    inbox.select_ids([photo])
    qtbot.waitUntil(lambda: inbox.preview.doc_id == photo)
    inbox.title.setText("Property clerk invoice")  # mid-triage: typing its title

    note = tmp_path / "note.txt"
    note.write_text("Scanned while someone was filing.", encoding="utf-8")
    with qtbot.waitSignal(window.imports.finished, timeout=20_000):
        window.imports.start([note], window.drop_target(window.rect().bottomLeft())[0], "inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3)

    assert inbox.selected_ids() == [photo]
    assert inbox.model.doc_id(inbox.list.currentIndex().row()) == photo
    assert inbox.title.text() == "Property clerk invoice"
    assert inbox.preview.doc_id == photo
    assert window.sidebar.item(1).text() == "Inbox (3)"


def test_clear_empties_the_model_and_drops_thumbnails(qtbot, docs_app):
    window = docs_app.main_window
    window.sidebar.setCurrentRow(1)
    inbox = window.inbox
    window.grab()  # painted: the thumbnails are pixmaps now too
    assert inbox.model.thumbnails_held() > 0 and inbox.model.cached_icons() > 0

    docs_app.lock()

    assert inbox.model.rowCount() == 0
    assert inbox.model.thumbnails_held() == 0 and inbox.model.cached_icons() == 0
    assert inbox.selected_ids() == []


def test_the_inbox_is_used_with_the_keyboard(qtbot, docs_app):
    window = docs_app.main_window
    window.sidebar.setCurrentRow(1)
    inbox = window.inbox
    inbox.list.setFocus()
    qtbot.keyClick(inbox.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(inbox.selected_ids()) == 2
    assert "2 selected" in inbox.form_title.text()
    qtbot.keyClick(inbox.list, Qt.Key.Key_Home)
    qtbot.keyClick(inbox.list, Qt.Key.Key_Right)
    assert inbox.selected_ids() == [inbox.model.doc_id(1)]
    assert inbox.title.isEnabled()
    assert inbox.list.accessibleName() == "Documents in the inbox"
    assert inbox.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_thumbnail_that_does_not_decode_shows_a_blank_page(view):
    model = view.model()
    model.set_items([InboxItem(_summary(1), b"\x89PNG damaged"), *_items([2])])
    view.grab()
    blank = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not blank.isNull()
    assert model.cached_icons() == 1  # only the thumbnail that decoded is kept
