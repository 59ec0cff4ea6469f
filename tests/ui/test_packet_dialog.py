"""Export filing packet: exhibits picked and ordered, estimate, background export, preview."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import DetentionStatus, EventKind, MatterType
from casebook.services import clients, documents, matters, profile, vaults
from casebook.services.importer import Options, Target, import_paths
from casebook.ui.controller import CasebookApp
from casebook.ui.packet_dialog import PacketDialog
from tests.helpers import PASSPHRASE, TODAY
from tests.ui.conftest import write_pdf

TITLES = ("Notice to Appear", "Birth Certificate", "Country Report")


@pytest.fixture
def case_vault(demo_vault_path: Path, tmp_path: Path) -> tuple[Path, int]:
    """The demo vault plus a detained asylum client with three PDFs (1, 2 and 3 pages)."""
    files = tmp_path / "exhibits"
    files.mkdir()
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        cid = clients.add_client(
            store,
            ClientDraft(
                "Marie-Claire Joseph",
                a_number="A123456789",
                detention_status=DetentionStatus.DETAINED,
            ),
            today=TODAY,
        )
        mid = matters.add_matter(
            store,
            cid,
            matters.MatterDraft(
                type=MatterType.ASYLUM, court="New York - Varick", judge="Hon. R. Lee"
            ),
        ).value
        matters.add_event(
            store,
            cid,
            matters.EventDraft(
                kind=EventKind.INDIVIDUAL_HEARING,
                starts_at=datetime(2027, 1, 12, 13, 0),
                matter_id=mid,
            ),
        )
        profile.set_profile(
            store, profile.AdvocateProfile(name="Ana Advocate", organisation="Legal Aid")
        )
        paths = [
            write_pdf(files / f"{title}.pdf", title, pages=i + 1) for i, title in enumerate(TITLES)
        ]
        import_paths(store, paths, Target(client_id=cid), options=Options(ocr=False))
    finally:
        store.close()
    return demo_vault_path, cid


@pytest.fixture
def case_app(qtbot, casebook_app: CasebookApp, case_vault, unlock) -> tuple[CasebookApp, int]:
    folder, cid = case_vault
    unlock(qtbot, casebook_app, folder)
    window = casebook_app.main_window
    window.open_client(cid)
    detail = window.clients.detail
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == cid)
    return casebook_app, cid


@pytest.fixture
def saved_to(tmp_path: Path) -> dict[str, Path]:
    return {"path": tmp_path / "out" / "Joseph - Exhibits.pdf"}


def open_dialog(qtbot, app: CasebookApp, target: Path) -> PacketDialog:
    window = app.main_window
    window._choose_save_path = lambda _parent, _name, _filter, chosen: chosen(str(target))
    window.packet_action.trigger()
    dialog = window.packet_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.exhibits.count() == 3)
    return dialog


def titles(dialog: PacketDialog) -> list[str]:
    return [dialog.exhibits.item(r).data(Qt.ItemDataRole.UserRole + 2).title for r in range(3)]


def tick(dialog: PacketDialog, *names: str) -> None:
    for r in range(dialog.exhibits.count()):
        item = dialog.exhibits.item(r)
        if item.data(Qt.ItemDataRole.UserRole + 2).title in names:
            item.setCheckState(Qt.CheckState.Checked)


def move(dialog: PacketDialog, title: str, to_row: int) -> None:
    row = titles(dialog).index(title)
    dialog.exhibits.setCurrentRow(row)
    button = dialog.up_button if to_row < row else dialog.down_button
    for _ in range(abs(to_row - row)):
        button.click()


def test_lists_documents_prefills_the_cover_and_reorders(qtbot, case_app, saved_to) -> None:
    app, _cid = case_app
    window = app.main_window
    assert window.packet_action.shortcut().toString() == "Ctrl+Shift+P"
    dialog = open_dialog(qtbot, app, saved_to["path"])
    assert sorted(titles(dialog)) == sorted(TITLES)
    assert dialog.court.text() == "New York - Varick"
    assert "ASYLUM" in dialog.title_edit.toPlainText()
    assert "Hon. R. Lee" in dialog.caption_label.text()
    assert "January 12, 2027 at 1:00 PM" in dialog.caption_label.text()
    assert dialog.caption_label.text().splitlines()[-1] == "DETAINED"
    assert "Ana Advocate" in dialog.filer_label.text()
    assert not dialog.export_button.isEnabled()  # nothing ticked yet

    tick(dialog, *TITLES)
    qtbot.waitUntil(lambda: dialog.estimate is not None)
    # cover, list, service + 3 tabs + 1 + 2 + 3 pages
    assert dialog.estimate.pages == 3 + 3 + 6
    assert "about 12 pages" in dialog.estimate_label.text()

    for row, title in enumerate(("Country Report", "Notice to Appear", "Birth Certificate")):
        move(dialog, title, row)
    assert titles(dialog) == ["Country Report", "Notice to Appear", "Birth Certificate"]
    assert dialog.exhibits.item(0).text().startswith("Tab A: Country Report\n")
    assert dialog.exhibits.item(2).text().startswith("Tab C: Birth Certificate")

    dialog.exhibits.item(1).setCheckState(Qt.CheckState.Unchecked)  # Notice to Appear out
    qtbot.waitUntil(lambda: dialog.estimate is not None and dialog.estimate.pages == 3 + 2 + 5)
    assert dialog.exhibits.item(2).text().startswith("Tab B: Birth Certificate")
    dialog.reject()


def test_export_writes_the_packet_in_order_and_previews_it(qtbot, case_app, saved_to) -> None:
    app, _cid = case_app
    target = saved_to["path"]
    target.parent.mkdir()
    dialog = open_dialog(qtbot, app, target)
    tick(dialog, "Country Report", "Birth Certificate")
    move(dialog, "Country Report", 0)
    move(dialog, "Birth Certificate", 1)
    dialog.exhibits.setCurrentRow(1)
    dialog.translation_box.setChecked(True)  # the birth certificate is a translation
    assert dialog.translator_group.isEnabled()
    dialog.export()
    assert "no foreign-language original" in dialog.error.text()  # refused: pair it first
    assert not target.exists()
    original = dialog.details.original
    original.setCurrentIndex(original.findText("Notice to Appear"))  # not ticked: joins tab B
    assert (
        dialog.exhibits.item(2)
        .text()
        .startswith("Tab B, original of \u201cBirth Certificate\u201d: Notice to Appear")
    )
    dialog.export()
    assert dialog.translator_form.errors["translator"].isVisible()  # the name is needed
    assert not target.exists()
    dialog.translator.setText("Jean Pierre")
    dialog.language.setText("Haitian Creole")

    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        dialog.export()
    result = done.args[0]
    assert result.paths == (target,)
    reader = PdfReader(target)
    # cover, list, tab A + 3, tab B + 2 + certificate of translation + original (1), service
    assert len(reader.pages) == result.page_count == 2 + 4 + 5 + 1
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    exhibits = [b for b in bookmarks if b.startswith("Tab ")]
    assert len(exhibits) == 2
    assert "Country Report" in exhibits[0] and "Birth Certificate" in exhibits[1]
    assert dialog.pages.currentIndex() == 1
    assert str(target) in dialog.result_label.text()
    viewer = dialog.preview
    qtbot.waitUntil(lambda: not viewer.image.pixmap().isNull(), timeout=10_000)
    assert viewer.page_count == result.page_count
    assert not viewer.export_action.isEnabled()

    dialog.show_setup()  # back to the exhibits: the choices are kept
    assert dialog.pages.currentIndex() == 0 and viewer.summary is None
    assert dialog.chosen_ids() and len(dialog.chosen_ids()) == 2
    dialog.reject()


def test_cancel_leaves_no_file(qtbot, case_app, saved_to) -> None:
    app, _cid = case_app
    target = saved_to["path"]
    target.parent.mkdir()
    dialog = open_dialog(qtbot, app, target)
    tick(dialog, *TITLES)
    gate = threading.Event()
    app.worker.submit(lambda _s: gate.wait(10))  # hold the worker until Cancel is pressed
    with qtbot.waitSignal(app.worker.busy_changed, timeout=30_000, check_params_cb=lambda b: not b):
        dialog.export()
        assert dialog.running and dialog.cancel_button.isVisible()
        assert not dialog.setup_page.isEnabled()
        dialog.cancel_button.click()
        gate.set()
    assert not dialog.running
    assert "cancelled" in dialog.error.text()
    assert list(target.parent.iterdir()) == []
    assert dialog.pages.currentIndex() == 0 and dialog.setup_page.isEnabled()
    dialog.reject()


def test_damaged_exhibit_is_named_and_nothing_is_written(
    qtbot, case_app, saved_to, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _cid = case_app
    target = saved_to["path"]
    target.parent.mkdir()
    dialog = open_dialog(qtbot, app, target)
    tick(dialog, *TITLES)
    real = documents.read_content
    damaged_id = next(
        dialog.exhibits.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(3)
        if dialog.exhibits.item(r).data(Qt.ItemDataRole.UserRole + 2).title == "Birth Certificate"
    )

    def cut_off(store, doc_id: int) -> bytes:
        data = real(store, doc_id)
        return data[: len(data) // 3] if doc_id == damaged_id else data

    monkeypatch.setattr(documents, "read_content", cut_off)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.running, timeout=30_000)
    assert f"#{damaged_id}" in dialog.error.text()
    assert "Birth Certificate" in dialog.error.text()
    assert list(target.parent.iterdir()) == []
    dialog.reject()


def test_locking_closes_the_dialog(qtbot, case_app, saved_to) -> None:
    app, _cid = case_app
    dialog = open_dialog(qtbot, app, saved_to["path"])
    assert dialog.isVisible()
    app.lock()
    assert not dialog.isVisible()
    assert app.main_window.packet_dialog is None


def test_without_a_client_the_action_explains(qtbot, unlocked_app) -> None:
    window = unlocked_app.main_window
    window.clients.detail.show_client(None)
    window.packet_action.trigger()
    assert window.packet_dialog is None
    assert "Choose a client" in window.statusBar().currentMessage()
