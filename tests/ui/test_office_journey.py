"""Joining an office in Settings, then adding a client another member already holds.

Walked as a person on the real cluster: the invite chosen by typing its
path, "Join office", the members listed; then File > New client with the
name written the other way round and without accents, and the dialog names
the member who holds that person (never the client), with "Add anyway".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QTabWidget

from casebook.domain.clients import ClientDraft
from casebook.services import office_conflicts, vaults
from casebook.services import office_membership as om
from casebook.services.clients import add_client
from casebook.services.identity import vault_identity
from casebook.ui.controller import CasebookApp
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.office.conftest import (  # noqa: F401 (the fixture)
    Hub,
    hub,
    pg_cluster,
)
from tests.ui.journey import click, dialog_named, find, open_file_menu_item, type_into

SHOTS = Path("/tmp/shots")


def test_join_in_settings_then_the_new_client_dialog_names_the_member_who_holds_them(
    qtbot,
    casebook_app: CasebookApp,
    vault_path: Path,
    tmp_path: Path,
    hub: Hub,  # noqa: F811
    unlock,
) -> None:
    SHOTS.mkdir(exist_ok=True)
    ann_path, ben_path = tmp_path / "ann.casebook", tmp_path / "ben.casebook"
    for path in (ann_path, ben_path):
        vaults.create(path, PASSPHRASE, created=NOW)
    ann, ben = vaults.open_store(ann_path, PASSPHRASE), vaults.open_store(ben_path, PASSPHRASE)
    mine = vaults.open_store(vault_path, PASSPHRASE)
    try:
        me = vault_identity(mine)
        om.create_office(ann, hub.dsn, hub.cluster.password, "Bronx Defenders", member_name="Ann")
        for store, name, out in ((ben, "Ben Okafor", "ben.invite"), (mine, "Dee", "dee.invite")):
            who = vault_identity(store)
            _, data = om.invite_member(ann, who.recipient, name, signing_key=who.signing_public)
            (tmp_path / out).write_bytes(data)
        om.join_office(ben, (tmp_path / "ben.invite").read_bytes())
        add_client(ben, ClientDraft("José García", aliases=("Pepe",)), today=TODAY)
        office_conflicts.publish(ben)
        assert me.recipient
    finally:
        for store in (ann, ben, mine):
            store.close()

    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    open_file_menu_item(qtbot, casebook_app, "Settings…")
    dialog = dialog_named(qtbot, "Settings")
    tabs = dialog.findChild(QTabWidget)
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Office")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    status = find(dialog, "Office status", QLabel)
    qtbot.waitUntil(lambda: "in no office" in status.text())
    dialog.grab().save(str(SHOTS / "office-settings-none.png"))

    type_into(dialog, "Invite file", str(tmp_path / "dee.invite"))
    click(dialog, "Join office")
    qtbot.waitUntil(lambda: "Bronx Defenders" in status.text(), timeout=20_000)
    assert "role: member" in status.text()
    members = find(dialog, "Office members", QListWidget)
    qtbot.waitUntil(lambda: members.count() == 3, timeout=20_000)
    shown = [members.item(i).text() for i in range(members.count())]
    assert shown[0].startswith("Ann: admin") and shown[1].startswith("Ben Okafor: member")
    assert "Dee (this vault): member" in shown[2]
    dialog.grab().save(str(SHOTS / "office-settings-joined.png"))
    click(dialog, "Cancel")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    open_file_menu_item(qtbot, casebook_app, "New client…")
    new_client = dialog_named(qtbot, "New client")
    type_into(new_client, "Name", "garcia jose")
    click(new_client, "Save")
    match = find_when_shown(qtbot, new_client, "Possible same person")
    assert "held by Ben Okafor (same name or alias)" in match.text()
    assert "José" not in match.text()  # the member is named, never the client
    new_client.grab().save(str(SHOTS / "office-new-client-match.png"))
    click(new_client, "Add anyway")
    qtbot.waitUntil(lambda: "garcia jose" in window.clients.detail.heading.text().lower())


def find_when_shown(qtbot, root, name: str) -> QLabel:
    def visible() -> bool:
        return any(w.isVisible() and w.accessibleName() == name for w in root.findChildren(QLabel))

    qtbot.waitUntil(visible, timeout=20_000)
    label = find(root, name, QLabel)
    assert isinstance(label, QLabel)
    return label


def test_create_an_office_in_settings_and_see_this_vault_as_its_administrator(
    qtbot,
    casebook_app: CasebookApp,
    vault_path: Path,
    hub: Hub,  # noqa: F811
    unlock,
) -> None:
    SHOTS.mkdir(exist_ok=True)
    unlock(qtbot, casebook_app, vault_path)
    open_file_menu_item(qtbot, casebook_app, "Settings…")
    dialog = dialog_named(qtbot, "Settings")
    tabs = dialog.findChild(QTabWidget)
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Office")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    status = find(dialog, "Office status", QLabel)
    qtbot.waitUntil(lambda: "in no office" in status.text())
    c = hub.cluster
    type_into(
        dialog, "Hub address", f"host={c.host} port={c.port} dbname={hub.dbname} user={c.superuser}"
    )
    type_into(dialog, "CA certificate file", c.ca_file)
    type_into(dialog, "Office name", "Queens Legal Aid")
    type_into(dialog, "Your name in the office", "Rosa")
    type_into(dialog, "Hub administrator password", c.password)
    click(dialog, "Create office")
    qtbot.waitUntil(lambda: "Queens Legal Aid" in status.text(), timeout=30_000)
    assert "role: admin" in status.text()
    members = find(dialog, "Office members", QListWidget)
    qtbot.waitUntil(lambda: members.count() == 1, timeout=20_000)
    assert members.item(0).text().startswith("Rosa (this vault): admin")
    remove = find(dialog, "Remove member")
    assert not remove.isEnabled()  # an administrator does not remove itself
    dialog.grab().save(str(SHOTS / "office-settings-admin.png"))
    click(dialog, "Cancel")
