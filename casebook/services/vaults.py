"""Vault life cycle as the app and the command see it: create, open, re-key, recover."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casebook.services.passphrases import require_strong
from casebook.store.session import Store
from casebook.vault.kdf import KdfParams
from casebook.vault.vault import create_vault, open_vault, recover_vault


def create(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, created: datetime | None = None
) -> str:
    """Create a vault with its schema in place; returns the recovery key, to show once.

    ``created`` (UTC, default now) is for callers with an injected clock (tests).
    """
    require_strong(passphrase)
    recovery_key, vault = create_vault(folder, passphrase, kdf=kdf, created=created)
    try:
        Store.open(vault)
    finally:
        vault.close()
    return recovery_key


def open_store(folder: Path, passphrase: str) -> Store:
    """Unlock, take the lock, and bring the schema up to date."""
    vault = open_vault(folder, passphrase)
    try:
        return Store.open(vault)
    except BaseException:
        vault.close()
        raise


def change_passphrase(folder: Path, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    require_strong(new)
    with open_vault(folder, old) as vault:
        vault.change_passphrase(new, kdf)


def recover(folder: Path, recovery_key: str, new: str, *, kdf: KdfParams | None = None) -> None:
    require_strong(new)
    recover_vault(folder, recovery_key, new, kdf)
