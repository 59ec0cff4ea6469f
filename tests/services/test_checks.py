"""`casebook check` finds damage in the database pages, never shows a silent empty vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import DamagedVault
from casebook.services import vaults
from casebook.services.checks import check_store
from casebook.services.clients import add_client
from casebook.services.demo import fill_demo
from tests.helpers import PASSPHRASE, TODAY


def _filled(vault_path: Path) -> None:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        add_client(store, ClientDraft(name="Ana Quispe"), today=TODAY)
        fill_demo(store, clients=300)
    finally:
        store.close()  # the last connection folds the WAL into the database file


def test_intact_vault_passes(vault_path: Path) -> None:
    _filled(vault_path)
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        assert check_store(store).ok
    finally:
        store.close()


def test_a_damaged_page_is_named_by_check(vault_path: Path) -> None:
    _filled(vault_path)
    db = vault_path / "casebook.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    data[10 * page + 100] ^= 0x40  # one bit inside page 11
    db.write_bytes(bytes(data))
    store = vaults.open_store(vault_path, PASSPHRASE)  # the header and page 1 are fine
    try:
        report = check_store(store)
        assert not report.ok
        assert any("encrypted page check" in p for p in report.problems), report.problems
    finally:
        store.close()


def test_zeroed_database_is_damage(vault_path: Path) -> None:
    _filled(vault_path)
    db = vault_path / "casebook.db"
    db.write_bytes(bytes(db.stat().st_size))
    with pytest.raises(DamagedVault, match="damaged or is not a casebook database"):
        vaults.open_store(vault_path, PASSPHRASE)
