"""A person prepares a filing packet: renames a scan's exhibit, pairs a translation with its
original after being refused a lone certificate, and gets the table of contents they typed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QPushButton

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import Detention, EventKind, MatterType
from casebook.services import clients, matters, profile, vaults
from casebook.services.importer import Options, Target, import_paths
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE, TODAY
from tests.ui.conftest import write_pdf
from tests.ui.journey import accessible_name, find, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/shots")


@pytest.fixture
def filing_vault(demo_vault_path: Path, tmp_path: Path) -> tuple[Path, int]:
    """A removal case with a hearing, a scan named like a scanner names it, and a Spanish
    birth certificate with its English translation."""
    files = tmp_path / "scans"
    files.mkdir()
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        cid = clients.add_client(
            store, ClientDraft("Rosa Elena Quispe", a_number="A987654321"), today=TODAY
        )
        mid = matters.add_matter(
            store,
            cid,
            matters.MatterDraft(
                type=MatterType.REMOVAL_DEFENCE,
                court="New York - Broadway",
                judge="Hon. A. Rivera",
                detention=Detention.NOT_DETAINED,
            ),
        ).value
        matters.add_event(
            store,
            cid,
            matters.EventDraft(EventKind.MASTER_HEARING, datetime(2027, 2, 3, 9, 0), mid),
        )
        profile.set_profile(store, profile.AdvocateProfile(name="Ana Advocate"))
        paths = [
            write_pdf(files / "scan-0001.pdf", "NOTICE TO APPEAR"),
            write_pdf(files / "acta de nacimiento.pdf", "ACTA DE NACIMIENTO"),
            write_pdf(files / "birth certificate translation.pdf", "BIRTH CERTIFICATE"),
        ]
        import_paths(store, paths, Target(client_id=cid), options=Options(ocr=False))
    finally:
        store.close()
    return demo_vault_path, cid


def row_of(exhibits: QListWidget, title: str) -> int:
    for row in range(exhibits.count()):
        if exhibits.item(row).data(Qt.ItemDataRole.UserRole + 2).title == title:
            return row
    raise AssertionError(f"no exhibit {title!r}")


def pick(qtbot, exhibits: QListWidget, title: str, *, tick: bool) -> None:
    """Click the document in the list; Space ticks it, as a keyboard user does."""
    item = exhibits.item(row_of(exhibits, title))
    rect = exhibits.visualItemRect(item)
    qtbot.mouseClick(exhibits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert exhibits.currentItem() is item
    if tick:
        qtbot.keyClick(exhibits, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked


def test_describe_an_exhibit_and_pair_a_translation(
    qtbot, casebook_app: CasebookApp, filing_vault, unlock, tmp_path: Path
) -> None:
    folder, cid = filing_vault
    unlock(qtbot, casebook_app, folder)
    window = casebook_app.main_window
    window.open_client(cid)
    detail = window.clients.detail
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == cid)
    saved = tmp_path / "filing"
    saved.mkdir()
    asked: list[str] = []

    def answer(_parent, suggested: str, _filter: str, chosen) -> None:
        asked.append(suggested)
        chosen(str(saved / suggested))

    window._choose_save_path = answer
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.packet_dialog
    assert dialog is not None
    exhibits = find(dialog, "Exhibits", QListWidget)
    assert isinstance(exhibits, QListWidget)
    qtbot.waitUntil(lambda: exhibits.count() == 3)
    caption = find(dialog, "From the matter", QLabel)
    assert isinstance(caption, QLabel)
    assert (
        "Hon. A. Rivera" in caption.text()
        and "NON\N{NON-BREAKING HYPHEN}DETAINED" in caption.text()
    )

    # The scan's exhibit gets the words the court should read, not "scan-0001".
    pick(qtbot, exhibits, "scan-0001", tick=True)
    description = find(dialog, "Exhibit description")
    assert description.text() == "scan-0001"  # prefilled from the document's title
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(description, "Notice to Appear (Form I-862)")
    type_into(dialog, "Exhibit source", "DHS")
    exhibits.setFocus()
    while row_of(exhibits, "scan-0001") > 0:  # first in the filing: Ctrl+Up
        qtbot.keyClick(exhibits, Qt.Key.Key_Up, CTRL)
    assert exhibits.item(0).text().startswith("Tab A: Notice to Appear (Form I-862)\n")

    # The translation, marked as one but with no original: refused, with the reason.
    pick(qtbot, exhibits, "birth certificate translation", tick=True)
    is_translation = find(dialog, "Is a translation", QCheckBox)
    qtbot.mouseClick(is_translation, Qt.MouseButton.LeftButton)
    assert is_translation.isChecked()
    type_into(dialog, "Translator", "Jean Pierre")
    export = find(dialog, "Export packet…", QPushButton)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    problem = find(dialog, "Export problem", QLabel)
    assert isinstance(problem, QLabel)
    assert "no foreign-language original" in problem.text() and "1003.33" in problem.text()
    assert asked == [] and list(saved.iterdir()) == []  # refused before asking where
    estimate = find(dialog, "Estimate", QLabel)
    assert isinstance(estimate, QLabel)
    qtbot.waitUntil(lambda: "2 exhibits" in estimate.text())
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "packet-lone-certificate.png"))

    # Choosing its original with the keyboard puts both in one tab.
    # A closed combo box announces its current text, so it is found by its own name.
    [original] = [
        w
        for w in dialog.findChildren(QComboBox)
        if w.isVisible() and w.accessibleName() == "Original of this translation"
    ]
    assert original.isEnabled()
    original.setFocus()
    for _ in range(original.count()):
        if original.currentText() == "acta de nacimiento":
            break
        qtbot.keyClick(original, Qt.Key.Key_Down)
    assert original.currentText() == "acta de nacimiento"
    acta = exhibits.item(row_of(exhibits, "acta de nacimiento")).text()
    assert acta.startswith("Tab B, original of \u201cbirth certificate translation\u201d")
    # cover, list, tab A + 1, tab B + translation + certificate + original, service
    qtbot.waitUntil(lambda: "about 9 pages" in estimate.text())
    assert not problem.isVisible()  # paired: the refusal is gone
    dialog.grab().save(str(SHOTS / "packet-paired.png"))

    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert asked == ["Quispe_A987654321_Evidence.pdf"]  # the name ECAS asks for
    [path] = done.args[0].paths
    listing = " ".join(pdfium.PdfDocument(path)[1].get_textpage().get_text_range().split())
    assert "Notice to Appear (Form I-862)" in listing and "DHS" in listing
    assert "scan-0001" not in listing
    assert "English translation" in listing and "Certificate of translation" in listing
    result = find(dialog, "Export result", QLabel)
    assert isinstance(result, QLabel) and str(path) in result.text()
    assert accessible_name(dialog) == "Export filing packet"
    dialog.reject()
