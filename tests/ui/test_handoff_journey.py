"""My identity, Hand off to colleagues and Import a hand-off, walked as a person.

The advocate reads their recipient and fingerprint, hands a client off to a
colleague's recipient (a mistyped one is refused beside the field), and
imports the colleague's hand-off back, seeing who signed it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from casebook.domain.clients import ClientDraft
from casebook.services import clients, handoff, vaults
from casebook.services.identity import vault_identity
from casebook.ui.controller import CasebookApp
from tests.helpers import PASSPHRASE, TODAY
from tests.ui.journey import (
    click,
    dialog_named,
    find,
    open_file_menu_item,
    type_into,
    visible_error,
)

SHOTS = Path("/tmp/shots")
NAME = "Marie-Claire Joseph"


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"identity-{name}.png"))


def _text(root: QWidget, name: str) -> str:
    label = find(root, name, QLabel)
    assert isinstance(label, QLabel)
    return label.text()


@pytest.fixture
def colleague(tmp_path: Path) -> Path:
    folder = tmp_path / "Colleague.casebook"
    vaults.create(folder, PASSPHRASE)
    return folder


@pytest.fixture
def app_with_client(qtbot, casebook_app: CasebookApp, vault_path: Path, unlock) -> CasebookApp:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        cid = clients.add_client(store, ClientDraft(NAME, a_number="A123456789"), today=TODAY)
        casebook_app.me = vault_identity(store).to_json()  # type: ignore[attr-defined]
    finally:
        store.close()
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    window.open_client(cid)
    detail = window.clients.detail
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == cid)
    return casebook_app


def test_identity_then_hand_off_then_import_back(
    qtbot, app_with_client: CasebookApp, colleague: Path, tmp_path: Path
) -> None:
    app = app_with_client
    me = app.me  # type: ignore[attr-defined]

    open_file_menu_item(qtbot, app, "My identity…")
    mine = dialog_named(qtbot, "My identity")
    recipient = find(mine, "My recipient", QLineEdit)
    assert isinstance(recipient, QLineEdit)
    qtbot.waitUntil(lambda: recipient.text() == me["recipient"])
    assert _text(mine, "My fingerprint") == me["fingerprint"]
    click(mine, "Copy recipient")
    assert QGuiApplication.clipboard().text() == me["recipient"]
    _shot(mine, "my-identity")
    mine.reject()

    with _Open(colleague) as s:
        theirs = vault_identity(s).to_json()
    open_file_menu_item(qtbot, app, "Hand off to colleagues…")
    out = dialog_named(qtbot, "Hand off to colleagues")
    bundle = tmp_path / "joseph.cbhandoff"
    type_into(out, "Bundle file", str(bundle))
    box = find(out, "Colleagues' recipients", QPlainTextEdit)
    box.setFocus()
    QTest.keyClicks(box, theirs["recipient"][:-4])  # a recipient cut short when pasted
    click(out, "Export hand-off")
    assert "copied whole" in visible_error(out, "Recipients (age1…) problem")
    _shot(out, "handoff-refused")
    QTest.keyClicks(box, theirs["recipient"][-4:])
    click(out, "Export hand-off")
    status = find(out, "Hand-off status", QLabel)
    assert isinstance(status, QLabel)
    qtbot.waitUntil(lambda: status.text().startswith("Saved to"), timeout=20_000)
    assert "only 1 colleague(s) can open it" in status.text()
    assert me["fingerprint"] in status.text()
    _shot(out, "handoff-export")
    out.reject()

    with _Open(colleague) as s:  # the colleague imports it, adds to it and sends it back
        there = handoff.import_bundle(s, bundle)
        assert there.sender is not None and there.sender.fingerprint == me["fingerprint"]
        back = tmp_path / "back.cbhandoff"
        handoff.export_client(s, there.client_id, back, recipients=[me["recipient"]])

    open_file_menu_item(qtbot, app, "Import a hand-off…")
    into = dialog_named(qtbot, "Import a hand-off")
    type_into(into, "Hand-off file", str(back))
    click(into, "Import")
    result = find(into, "Import status", QLabel)
    assert isinstance(result, QLabel)
    qtbot.waitUntil(lambda: result.text().startswith("Imported"), timeout=20_000)
    sent_by = _text(into, "Sent by")
    assert theirs["recipient"] in sent_by and theirs["fingerprint"] in sent_by
    assert "compare the fingerprint with them by phone" in sent_by
    _shot(into, "handoff-import")
    QTest.keyClick(into, Qt.Key.Key_Escape)


class _Open:
    def __init__(self, folder: Path) -> None:
        self.store = vaults.open_store(folder, PASSPHRASE)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self.store

    def __exit__(self, *_: object) -> None:
        self.store.close()
