"""Vault life cycle as the app and the command see it: create, open, re-key, recover."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casebook.domain.errors import ValidationError
from casebook.services.passphrases import require_strong, words_of
from casebook.store.session import Store
from casebook.vault.kdf import KdfParams
from casebook.vault.vault import create_vault, open_vault, open_with_recovery_key, recover_vault


def create(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, created: datetime | None = None
) -> str:
    """Create a vault with its schema in place; returns the recovery key, to show once.

    ``created`` (UTC, default now) is for callers with an injected clock (tests).
    """
    require_strong(passphrase, words_of(Path(folder).name))
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


def read_only_notice(store: Store) -> str | None:
    """What to tell the user when the vault opened for reading only (its disk is full)."""
    from casebook.vault.faults import READ_ONLY_NOTICE

    return READ_ONLY_NOTICE if store.vault.read_only else None


def change_passphrase(folder: Path, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Rewrap the data key of a closed vault (``casebook passwd``)."""
    require_strong(new)
    with open_vault(folder, old) as vault:
        vault.change_passphrase(new, kdf)


def recover(folder: Path, recovery_key: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Set a new passphrase with the recovery key (``casebook recover``)."""
    require_strong(new)
    recover_vault(folder, recovery_key, new, kdf)


def recover_and_open(
    folder: Path, recovery_key: str, new: str, *, kdf: KdfParams | None = None
) -> Store:
    """Set a new passphrase with the recovery key and stay unlocked (the app's unlock page).

    The same steps as ``recover``, then the store is opened with the data key
    already in hand, so the slow KDF runs once (for the new wrap), not twice.
    A wrong or mistyped key raises ``WrongPassphrase`` and nothing is written.
    """
    require_strong(new)
    vault = open_with_recovery_key(folder, recovery_key)
    try:
        vault.change_passphrase(new, kdf)
        return Store.open(vault)
    except BaseException:
        vault.close()
        raise


def change_open_passphrase(
    store: Store, current: str, new: str, *, kdf: KdfParams | None = None
) -> None:
    """Change the passphrase of the vault open in ``store`` (File > Change passphrase…).

    The current passphrase is asked again (``WrongPassphrase`` if it is not
    right), so an unlocked laptop left alone does not hand over the vault.
    Only the header changes, atomically; the recovery key keeps working.
    """
    if new == current:
        raise ValidationError(
            "new_passphrase", "The new passphrase is the same as the current one; choose another."
        )
    require_strong(new)
    store.vault.check_passphrase(current)
    store.vault.change_passphrase(new, kdf)
