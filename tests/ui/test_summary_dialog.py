"""Export client summary: choose the file and the redactions; the PDF is written on the worker."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from casebook.domain.clients import ClientDraft
from casebook.services import clients, vaults
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE, TODAY


@pytest.fixture
def summary_app(qtbot, casebook_app: CasebookApp, demo_vault_path: Path, unlock) -> CasebookApp:
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        cid = clients.add_client(
            store,
            ClientDraft(
                "Marie-Claire Joseph",
                a_number="A123456789",
                phone="212-555-0134",
                address="41 Flatbush Ave, Brooklyn NY",
            ),
            today=TODAY,
        )
    finally:
        store.close()
    unlock(qtbot, casebook_app, demo_vault_path)
    window = casebook_app.main_window
    window.open_client(cid)
    detail = window.clients.detail
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == cid)
    return casebook_app


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_summary_for_sharing_hides_the_full_a_number(qtbot, summary_app, tmp_path) -> None:
    window = summary_app.main_window
    target = tmp_path / "Joseph summary"
    asked: list[str] = []

    def choose(_parent, name, _filter, chosen) -> None:
        asked.append(name)
        chosen(str(target))

    window._choose_save_path = choose
    window.summary_action.trigger()
    dialog = window.summary_dialog
    assert dialog is not None and dialog.client_name == "Marie-Claire Joseph"

    dialog.write()  # no file chosen yet
    assert dialog.form.errors["path"].isVisible()

    dialog.for_sharing.setChecked(True)
    assert dialog.chosen() == frozenset({"a-number", "address", "phone"})
    dialog.redactions["dob"].setChecked(True)
    assert dialog.for_sharing.isChecked()
    dialog.redactions["phone"].setChecked(False)
    assert not dialog.for_sharing.isChecked()  # no longer the usual set
    dialog.redactions["phone"].setChecked(True)
    dialog.browse()
    assert asked and "for sharing" in asked[0]
    assert dialog.path.text() == str(target)

    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        dialog.save_button.click()
    written = target.with_name(target.name + ".pdf")
    assert done.args[0].path == written
    text = pdf_text(written)
    assert "Marie-Claire Joseph" in text or "MARIE-CLAIRE JOSEPH" in text
    assert "123456789" not in text.replace("-", "").replace(" ", "")
    assert "789" in text
    assert "Flatbush" not in text and "555-0134" not in text
    assert "redacted" in dialog.status.text() and str(written) in dialog.status.text()
    dialog.reject()


def test_summary_without_redaction_keeps_the_a_number(qtbot, summary_app, tmp_path) -> None:
    window = summary_app.main_window
    window.summary_action.trigger()
    dialog = window.summary_dialog
    assert dialog is not None
    dialog.path.setText(str(tmp_path / "full.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.write()
    assert "A-123-456-789" in pdf_text(tmp_path / "full.pdf")
    dialog.reject()


def test_the_summary_written_in_spanish_for_the_client(qtbot, summary_app, tmp_path) -> None:
    """The person picks Español in the dialog (keyboard), saves, and the PDF reads in Spanish
    while the window stays in English."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from tests.ui.journey import click, dialog_named, find

    window = summary_app.main_window
    window.summary_action.trigger()
    dialog = dialog_named(qtbot, "Export client summary")
    path = find(dialog, "Summary file", QLineEdit)
    assert isinstance(path, QLineEdit)
    qtbot.keyClicks(path, str(tmp_path / "resumen.pdf"))
    # a combo box announces its current item; its own name is its accessibleName
    [language] = [
        c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Summary language"
    ]
    assert language.currentText() == "English"
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)
    assert language.currentText() == "Español"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):  # type: ignore[attr-defined]
        click(dialog, "Export summary")
    text = " ".join(pdf_text(tmp_path / "resumen.pdf").split())
    assert "Resumen del cliente preparado el" in text and "Perfil" in text
    assert "Profile" not in text
    assert window.summary_action.text().replace("&", "") == "Export client summary…"
    dialog.reject()
