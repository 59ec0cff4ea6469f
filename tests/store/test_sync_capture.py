"""The sync journal: written by triggers, silent in a vault in no office and while applying."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select

from casebook.domain.clients import ClientDraft
from casebook.services import clients, matters
from casebook.store import sync_records as records
from casebook.store.session import Store, clock_ms
from casebook.store.tables import Client, ClientAlias, SyncId, SyncJournal, SyncWithheld
from tests.helpers import NOW, TODAY


def _journal(store: Store) -> list[tuple[str, str | None, str, int | None]]:
    with store.reading() as session:
        rows = session.scalars(select(SyncJournal).order_by(SyncJournal.seq))
        return [(r.table_name, r.field, r.op, r.edited_ms) for r in rows]


def _start(store: Store, at: datetime) -> None:
    with store.transaction() as session:
        records.start_journal(session, "00000000-0000-4000-8000-000000000001", clock_ms(at))


def test_a_vault_in_no_office_journals_nothing(store: Store) -> None:
    cid = clients.add_client(store, ClientDraft(name="Nadia Rahman", aliases=("N R",)), today=TODAY)
    matters.add_note(store, cid, "a note")
    assert _journal(store) == []
    with store.reading() as session:
        assert session.scalars(select(SyncId)).all() == []


def test_the_first_sync_journals_what_the_vault_holds_then_every_change_once(
    store: Store,
) -> None:
    store.clock = lambda: NOW
    cid = clients.add_client(store, ClientDraft(name="Nadia Rahman", aliases=("N R",)), today=TODAY)
    _start(store, NOW)
    assert [(t, f, op) for t, f, op, _ in _journal(store)] == [
        ("clients", "*", "put"),
        ("client_aliases", "*", "put"),
    ]
    with store.transaction() as session:
        # A Core insert, as the importer and the hand-off write, is caught too.
        session.execute(insert(ClientAlias).values(client_id=cid, name="Nadia", name_key="nadia"))
        session.get(Client, cid).phone = "212-555-0100"  # type: ignore[union-attr]
    journal = _journal(store)[2:]
    assert [(t, f, op) for t, f, op, _ in journal] == [
        ("client_aliases", "*", "put"),
        ("clients", "phone", "put"),
    ]
    assert {ms for *_, ms in journal} == {clock_ms(NOW)}  # dated by the store's clock
    note = matters.add_note(store, cid, "met at Varick Street")
    with store.transaction() as session:  # erased for good: the cascade's deletions too
        session.delete(session.get(Client, cid))
    tail = [(t, f, op) for t, f, op, _ in _journal(store)[4:]]
    assert ("notes", "*", "put") in tail
    assert ("clients", None, "del") in tail and ("notes", None, "del") in tail
    assert tail.count(("client_aliases", None, "del")) == 2
    with store.reading() as session:
        assert session.scalars(select(SyncId)).all() == []  # ids go with their rows
    del note


def test_changes_applied_from_the_hub_are_not_journalled_again(store: Store) -> None:
    _start(store, NOW)
    with store.transaction() as session:
        records.set_applying(session, True)
        records.write_record(
            session,
            "clients",
            "ab" * 16,
            {
                "name": "Omar Haddad",
                "name_key": "haddad omar",
                "sort_name": "haddad omar",
                "created_at": NOW.isoformat(),
                "updated_at": NOW.isoformat(),
            },
        )
        records.set_applying(session, False)
    assert _journal(store) == []
    with store.reading() as session:
        assert records.read_record(session, "clients", "ab" * 16)["name"] == "Omar Haddad"  # type: ignore[index]


def test_a_vault_at_0015_gains_the_withheld_table_and_keeps_its_journal(tmp_path: Path) -> None:
    from casebook.services import vaults
    from casebook.store import migrate
    from casebook.vault.vault import create_vault, open_vault
    from tests.helpers import PASSPHRASE

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0015")
    old = Store(open_vault(folder, PASSPHRASE))
    try:
        _start(old, NOW)
        clients.add_client(old, ClientDraft(name="Nadia Rahman"), today=TODAY)
    finally:
        old.close()
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        assert [(t, f) for t, f, _, _ in _journal(store)] == [("clients", "*")]
        with store.reading() as session:
            assert session.scalars(select(SyncWithheld)).all() == []
    finally:
        store.close()
