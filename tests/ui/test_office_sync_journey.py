"""Office > Sync now, the status bar's office line and Office > Resolve sync conflicts.

Two laptops of one office on the throwaway PostgreSQL of tests/office: Ben adds
a client and syncs; both change her phone while apart; Ann unlocks her vault
in the real window and syncs from the Office menu (keyboard only). She sees
the client arrive, the status line count the conflict, resolves it in the
dialog by accessible name, and the profile shows the value she kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTableWidget

from casebook.domain.clients import ClientDraft
from casebook.services import clients
from casebook.services import office_membership as om
from casebook.services.identity import vault_identity
from casebook.services.sync import sync
from casebook.store.session import Store
from casebook.ui.controller import CasebookApp
from casebook.ui.settings import AppSettings
from tests.helpers import NOW, TODAY
from tests.office.conftest import Hub, hub, pg_cluster  # noqa: F401 (fixtures)
from tests.office.sync_helpers import Clock, new_store
from tests.ui.conftest import FakeClock, _unlock
from tests.ui.journey import click, dialog_named, find, open_file_menu_item

SHOTS = Path("/tmp/shots")


def _sync(store: Store, clock: Clock) -> None:
    ctx = om.office_context(store)
    assert ctx is not None
    sync(store, ctx, clock.tick())


@pytest.fixture
def ann_vault(hub: Hub, tmp_path: Path) -> Path:  # noqa: F811
    """Ann's vault (closed, to unlock in the window) after the laptops went apart."""
    clock = Clock()
    ann, ben = new_store(tmp_path, "ann", clock), new_store(tmp_path, "ben", clock)
    try:
        om.create_office(ann, hub.dsn, hub.cluster.password, "Harlem Defenders", member_name="Ann")
        me = vault_identity(ben)
        _, invite = om.invite_member(ann, me.recipient, "Ben", signing_key=me.signing_public)
        om.join_office(ben, invite)
        nadia = clients.add_client(
            ben, ClientDraft(name="Nadia Rahman", phone="212-555-0100"), today=TODAY
        )
        _sync(ben, clock)
        _sync(ann, clock)  # both hold her now; then they part and both change her phone
        at_ann = next(c.id for c in clients.list_clients(ann) if c.name == "Nadia Rahman")
        draft = clients.show_client(ann, at_ann).draft
        clients.update_client(ann, at_ann, replace(draft, phone="212-555-0111"), today=TODAY)
        clock.tick()
        draft = clients.show_client(ben, nadia).draft
        clients.update_client(ben, nadia, replace(draft, phone="212-555-0199"), today=TODAY)
        clients.add_client(ben, ClientDraft(name="Omar Haddad"), today=TODAY)
        _sync(ben, clock)
    finally:
        ann.close()
        ben.close()
    return tmp_path / "ann.casebook"


def _office_line(app: CasebookApp) -> str:
    label = find(app.main_window, "Office sync", QLabel)
    assert isinstance(label, QLabel)
    return label.text() if label.isVisible() else ""


@pytest.fixture
def app(qtbot, settings: AppSettings, clock: FakeClock) -> Iterator[CasebookApp]:
    """The app on the tests' clock: the sync's stamps and "synced today" come from it."""
    later = Clock(NOW + timedelta(hours=1))  # after what the laptops did before
    made = CasebookApp(
        settings, clock=clock, today=lambda: TODAY, now=later.tick, install_excepthook=False
    )
    qtbot.add_widget(made.start_window)
    qtbot.add_widget(made.main_window)
    yield made
    made.shutdown()


def test_sync_now_brings_a_colleagues_client_and_a_conflict_the_person_resolves(
    qtbot, app: CasebookApp, ann_vault: Path
) -> None:
    window = app.main_window
    _unlock(qtbot, app, ann_vault)
    model = window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.is_loaded(0), timeout=10_000)
    qtbot.waitUntil(lambda: _office_line(app) != "", timeout=10_000)
    assert _office_line(app).startswith("Office: synced")

    window.activateWindow()
    QTest.keyClick(
        window,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20_000)  # Omar arrived
    names = {model.client_at(r).name for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert names == {"Nadia Rahman", "Omar Haddad"}
    qtbot.waitUntil(lambda: "1 conflict to resolve" in _office_line(app), timeout=10_000)
    assert "choose in Office > Resolve sync conflicts" in window.statusBar().currentMessage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "office-sync-window.png"))

    open_file_menu_item(qtbot, app, "Resolve sync conflicts…", menu_name="Office")
    dialog = dialog_named(qtbot, "Resolve sync conflicts")
    table = find(dialog, "Sync conflicts", QTableWidget)
    assert isinstance(table, QTableWidget)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[:3] == ["Nadia Rahman", "Client", "Phone"]
    assert sorted(cells[3:]) == ["212-555-0111", "212-555-0199"]
    assert cells[3] == "212-555-0111"  # this laptop's, beside the colleague's
    dialog.grab().save(str(SHOTS / "office-sync-conflicts.png"))
    click(dialog, "Keep this laptop's value")
    qtbot.waitUntil(lambda: find(dialog, "No sync conflicts", QLabel).isVisible(), timeout=10_000)
    assert "Kept 212-555-0111 for phone." in window.statusBar().currentMessage()
    dialog.reject()

    row = next(r for r in range(model.rowCount()) if model.client_at(r).name == "Nadia Rahman")  # type: ignore[union-attr]
    window.clients.table.selectRow(row)

    def phone() -> str:
        shown = [
            w for w in window.clients.detail.findChildren(QLabel) if w.accessibleName() == "Phone"
        ]
        return shown[0].text() if shown else ""

    qtbot.waitUntil(lambda: phone() == "212-555-0111", timeout=10_000)
    qtbot.waitUntil(lambda: "conflict" not in _office_line(app), timeout=10_000)
    assert "1 change to send" in _office_line(app)  # the choice goes at the next sync
