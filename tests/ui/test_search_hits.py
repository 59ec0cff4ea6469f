"""A search hit says whose it is, and the viewer opens at the hit with the words marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebook.services import vaults
from casebook.services.clients import list_clients
from casebook.services.importer import Options, Target, import_paths
from casebook.ui.search_popup import HIT_ROLE, INBOX
from tests.helpers import PASSPHRASE
from tests.ui.conftest import write_pdf

SHOTS = Path("/tmp/shots")


@pytest.fixture
def document_vault_path(document_vault_path: Path, tmp_path: Path) -> Path:
    """The documents vault plus a three-page statement, its accented words on the last
    page, filed with the first client."""
    store = vaults.open_store(document_vault_path, PASSPHRASE)
    try:
        first = list_clients(store, limit=1)[0]
        path = write_pdf(
            tmp_path / "statement.pdf",
            "Sworn Statement",
            pages=3,
            words="Declaración jurada de la señora Ñáñez Quispe.",
        )
        import_paths(store, [path], Target(client_id=first.id), options=Options(ocr=False))
    finally:
        store.close()
    return document_vault_path


def _search(qtbot, window, typed: str) -> int:
    """Type into Ctrl+K's box like a person; the row of the first document hit."""
    window.activateWindow()
    window.find_action.trigger()
    popup = window.search
    qtbot.keyClicks(popup.query, typed)
    qtbot.waitUntil(lambda: any(h.kind == "document" for h in popup.hits), timeout=5000)
    return next(i for i, h in enumerate(popup.hits) if h.kind == "document")


def _open_row(qtbot, window, row: int):
    popup = window.search
    for _ in range(row):
        qtbot.keyClick(popup.query, Qt.Key.Key_Down)
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.viewers) == 1)
    return window.viewers[0].viewer


def _marked(view) -> list[str]:
    return [s.cursor.selectedText() for s in view.extraSelections()]


def test_a_document_hit_names_its_client_and_opens_marked_at_its_page(qtbot, docs_app):
    window = docs_app.main_window
    client = window.clients.model.client_at(0)
    row = _search(qtbot, window, "nanez quis")  # no accents typed, the last word half done
    popup = window.search
    item = popup.results.item(row)
    assert f"<b>statement</b> \N{EM DASH} {client.name}" in item.data(HIT_ROLE)
    assert client.name in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert client.name not in str(
        [
            popup.results.item(i).data(HIT_ROLE)
            for i, h in enumerate(popup.hits)
            if h.kind == "client"
        ]
    )
    SHOTS.mkdir(exist_ok=True)
    popup.grab().save(str(SHOTS / "search_hit.png"))

    viewer = _open_row(qtbot, window, row)
    qtbot.waitUntil(
        lambda: viewer.page_text.isVisible() and viewer.marked_on_page > 0, timeout=10_000
    )
    assert viewer.page_count == 3 and viewer.page == 2
    assert viewer.page_box.value() == 3
    assert viewer.marked_on_page == 2  # boxes drawn on the PDF page: Ñáñez, Quispe
    assert _marked(viewer.page_text) == ["Ñáñez", "Quispe"]
    [first, _second] = viewer.page_text.extraSelections()
    assert first.format.background().color().alpha() > 0
    assert viewer.page_text.textCursor().position() == first.cursor.selectionStart()
    assert viewer.page_view.verticalScrollBar().value() > 0  # scrolled down to the words
    window.viewers[0].grab().save(str(SHOTS / "viewer_hit.png"))


def test_an_inbox_hit_says_so_and_a_find_of_ones_own_replaces_the_marks(qtbot, docs_app):
    window = docs_app.main_window
    row = _search(qtbot, window, "varick")
    assert f"<b>notice</b> \N{EM DASH} {INBOX}" in window.search.results.item(row).data(HIT_ROLE)
    viewer = _open_row(qtbot, window, row)
    qtbot.waitUntil(lambda: viewer.page_text.isVisible(), timeout=10_000)
    assert viewer.page == viewer.page_count - 1 > 0
    assert _marked(viewer.page_text) == ["Varick"]

    qtbot.keyClicks(viewer.find_box, "respondent")
    qtbot.keyClick(viewer.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewer.page_text.isVisible())
    assert viewer.hit_terms == ()
