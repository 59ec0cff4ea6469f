"""File > Check the vault…: the app's `casebook check` and `--repair`, walked as a person.

A content file no document names (an import killed before its commit) is moved
to quarantine by the check and shown; deleting it asks first. A document whose
encrypted content was altered is named as a problem, never hidden.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

from casebook.services import vaults
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE
from tests.ui.conftest import _unlock
from tests.ui.journey import accessible_name, click, dialog_named, find, open_file_menu_item


def _plant_orphan(folder: Path) -> Path:
    """A stored content file no document names, written an hour ago."""
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        fp = store.vault.blobs.put_bytes(b"written by an import killed before its commit")
        path = store.vault.blobs._path(fp.name)
    finally:
        store.close()
    hour_ago = time.time() - 3600
    os.utime(path, (hour_ago, hour_ago))
    return path


@pytest.fixture
def app_with_orphan(qtbot, casebook_app: CasebookApp, document_vault_path: Path) -> CasebookApp:
    _plant_orphan(document_vault_path)
    _unlock(qtbot, casebook_app, document_vault_path)
    return casebook_app


def _details(dialog) -> list[str]:
    """The lines under the result, as shown (none when the list is hidden)."""
    (listing,) = [
        w for w in dialog.findChildren(QListWidget) if accessible_name(w) == "Check details"
    ]
    if not listing.isVisible():
        return []
    return [listing.item(i).text() for i in range(listing.count())]


def _result(dialog) -> str:
    label = find(dialog, "Check result", QLabel)
    assert isinstance(label, QLabel)
    return label.text()


def test_check_quarantines_an_orphan_and_deletes_it_only_when_asked(
    qtbot, app_with_orphan: CasebookApp, document_vault_path: Path
) -> None:
    open_file_menu_item(qtbot, app_with_orphan, "Check the vault…")
    dialog = dialog_named(qtbot, "Check the vault")
    click(dialog, "Verify every document")
    click(dialog, "Check")
    qtbot.waitUntil(lambda: _result(dialog).startswith("The vault is intact"), timeout=20_000)
    assert _result(dialog) == "The vault is intact; 3 documents decrypted and verified."
    details = _details(dialog)
    assert any("moved 1 stored content file" in d and "the button below" in d for d in details)
    assert "1 content file no document names wait in the quarantine folder" in details[-1]
    quarantine = document_vault_path / "quarantine"
    assert len(list(quarantine.iterdir())) == 1  # kept, still encrypted

    click(dialog, "Delete quarantined files")
    box = dialog_named(qtbot, "Delete quarantined files")
    click(box, "Keep them")  # the default: nothing happens
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(list(quarantine.iterdir())) == 1

    click(dialog, "Delete quarantined files")
    box = dialog_named(qtbot, "Delete quarantined files")
    assert "cannot be undone" in box.text()
    click(box, "Delete them")
    qtbot.waitUntil(lambda: _result(dialog) == "Deleted 1 quarantined content file.")
    assert list(quarantine.iterdir()) == []
    assert not find_all_visible(dialog, "Delete quarantined files")

    click(dialog, "Check")  # again: nothing left to report
    qtbot.waitUntil(lambda: "intact" in _result(dialog) and not _details(dialog))
    click(dialog, "Close")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_altered_document_content_is_named_as_a_problem(
    qtbot, casebook_app: CasebookApp, document_vault_path: Path
) -> None:
    blobs = sorted((document_vault_path / "blobs").glob("??/*"))
    assert blobs
    data = bytearray(blobs[0].read_bytes())
    data[-20] ^= 0x01  # one bit of one document's ciphertext
    blobs[0].write_bytes(bytes(data))
    _unlock(qtbot, casebook_app, document_vault_path)
    open_file_menu_item(qtbot, casebook_app, "Check the vault…")
    dialog = dialog_named(qtbot, "Check the vault")
    click(dialog, "Check")  # the quick check reads the database only: no problem there
    qtbot.waitUntil(lambda: "intact" in _result(dialog), timeout=20_000)
    click(dialog, "Verify every document")
    click(dialog, "Check")
    qtbot.waitUntil(lambda: "found 1 problem," in _result(dialog), timeout=20_000)
    problems = [d for d in _details(dialog) if d.startswith("Problem: document ")]
    assert len(problems) == 1, _details(dialog)
    click(dialog, "Close")


def find_all_visible(dialog, name: str) -> list[QAbstractButton]:
    return [
        b
        for b in dialog.findChildren(QAbstractButton)
        if b.isVisible() and accessible_name(b) == name
    ]
