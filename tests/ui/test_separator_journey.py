"""Journey: print the separator sheet from the File menu, scan a stack with it, drop the
batch on the window, and see one inbox item per document.

Driven through input events on widgets found by their accessible names; the
printer and the save dialog are answered by plain functions. The batch is
rendered at 300 dpi, skewed and speckled, the separator turned upside down.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListView, QListWidget, QMenu

from casebook.services.ocr import ocr_available
from casebook.services.separator_sheets import separator_sheet_image
from tests import batch_scans as scans
from tests.ui.journey import dialog_named, find
from tests.ui.test_drop_import import _drop

SHOTS = Path("/tmp/shots")


def _open_file_menu_and_grab(qtbot, window) -> QMenu:
    bar = window.menuBar()
    file_menu = next(a for a in bar.actions() if a.text().replace("&", "") == "File")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu).center())
    menu = file_menu.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == "Print separator sheet…")
    menu.setActiveAction(entry)
    SHOTS.mkdir(exist_ok=True)
    menu.grab().save(str(SHOTS / "sepsplit-menu.png"))
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())
    return menu


def test_print_the_sheet_then_drop_a_batch_and_see_each_document_in_the_inbox(
    qtbot, casebook_app, unlock, demo_vault_path, tmp_path
) -> None:
    unlock(qtbot, casebook_app, demo_vault_path)
    window = casebook_app.main_window
    printed: list[str] = []

    def printer(parent, say) -> None:
        printed.append("sheet")
        say("The separator sheet was sent to the printer.")

    window.print_separator_sheet = printer
    saved_to = tmp_path / "for the office printer"
    window._choose_save_path = lambda parent, name, filt, chosen: chosen(str(saved_to))

    _open_file_menu_and_grab(qtbot, window)
    dialog = dialog_named(qtbot, "Print separator sheet")
    dialog.grab().save(str(SHOTS / "sepsplit-dialog.png"))
    assert "between documents" in find(dialog, "What the separator sheet does", QLabel).text()
    QTest.mouseClick(find(dialog, "Print the separator sheet", QAbstractButton), Qt.LeftButton)
    assert printed == ["sheet"]
    QTest.mouseClick(
        find(dialog, "Save the separator sheet as a PDF", QAbstractButton), Qt.LeftButton
    )
    written = saved_to.with_name(saved_to.name + ".pdf")
    assert written.read_bytes().startswith(b"%PDF-")
    status = find(dialog, "Separator sheet status", QLabel).text()
    assert status.startswith("Saved the separator sheet to for the office printer.pdf")
    QTest.mouseClick(find(dialog, "Close", QAbstractButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The printed sheet, scanned in a stack: NTA, sheet (upside down), notice, blank, letter.
    sheet = separator_sheet_image(300)
    sheet.info["dpi"] = (300, 300)
    pages = [
        scans.scan(scans.form(scans.NTA), angle=0.6, seed=1),
        scans.scan(sheet, angle=-2.0, turn=2, seed=2),
        scans.scan(scans.form(scans.HEARING), angle=0.4, seed=3),
        scans.scan(scans.blank(bleed=0.1), angle=1.0, seed=4),
        scans.scan(scans.form(scans.FOIL), angle=-0.5, seed=5),
    ]
    batch = scans.batch_pdf(pages, tmp_path / "scan-0042.pdf", 300)

    sidebar = find(window, "Sections", QListWidget)
    assert isinstance(sidebar, QListWidget)
    QTest.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(sidebar.item(1)).center(),
    )
    inbox = window.inbox
    before = inbox.model.rowCount()
    with qtbot.waitSignal(window.imports.finished, timeout=180_000) as finished:
        documents = find(inbox, "Documents in the inbox", QListView)
        assert _drop(window, documents.viewport(), QPoint(20, 20), batch)
    summary = finished.args[0]
    assert summary.imported == 3 and summary.split_documents == 3
    notice = window.import_notice.text.text()
    assert "3 imported" in notice and "1 scanned batch split into 3 documents" in notice, notice
    assert summary.splits == (
        (
            "scan-0042.pdf",
            "split into 3 documents (page 1, page 3, page 5); "
            "left out: page 2 a separator sheet, page 4 blank",
        ),
    )
    qtbot.waitUntil(lambda: inbox.model.rowCount() == before + 3, timeout=20_000)
    if not ocr_available(refresh=True).available:
        window.grab().save(str(SHOTS / "sepsplit-inbox.png"))
        return
    # Each document has its own suggestions: the notice of hearing proposes its hearing.
    documents = find(inbox, "Documents in the inbox", QListView)
    assert isinstance(documents, QListView)
    titles = [inbox.model.index(r, 0).data() for r in range(inbox.model.rowCount())]
    row = titles.index("scan-0042 (page 3)")
    rect = documents.visualRect(inbox.model.index(row, 0))
    QTest.mouseClick(documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: inbox.suggestions.list.isVisible(), timeout=30_000)
    panel = find(inbox, "Suggestions", QListWidget)
    assert isinstance(panel, QListWidget)
    qtbot.waitUntil(lambda: any(r.startswith("Hearing: ") for r in _rows(panel)), timeout=30_000)
    assert not any("Notice to Appear" in r for r in _rows(panel))
    window.grab().save(str(SHOTS / "sepsplit-inbox.png"))


def _rows(widget: QListWidget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]
