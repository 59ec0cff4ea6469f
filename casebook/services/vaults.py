"""Vault life cycle as the app and the command see it: create, open, re-key, recover."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casebook.domain.errors import CasebookError, ValidationError, VaultLocked
from casebook.services.identity import vault_identity
from casebook.services.passphrases import require_strong, words_of
from casebook.store.rekey import rewrite_for_new_key
from casebook.store.session import Store
from casebook.vault.kdf import KdfParams
from casebook.vault.rekey_swap import StepHook
from casebook.vault.vault import create_vault, open_vault, open_with_recovery_key, recover_vault


def create(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, created: datetime | None = None
) -> str:
    """Create a vault with its schema and identity in place; returns the recovery key.

    ``created`` (UTC, default now) is for callers with an injected clock (tests).
    """
    require_strong(passphrase, words_of(Path(folder).name))
    recovery_key, vault = create_vault(folder, passphrase, kdf=kdf, created=created)
    try:
        vault_identity(Store.open(vault))
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


def warm_up() -> None:
    """Prepare the database layer ahead of an unlock (see ``store.session.warm_up``)."""
    from casebook.store.session import warm_up as warm_up_store

    warm_up_store()


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


REKEY_CLOSED_TEXT = (
    "The vault's key was changed, but the vault had to close before the new recovery key "
    "could be shown: unlock it with the new passphrase, then issue a new recovery key "
    "(File > New recovery key…)."
)

# done, total: units of work (bytes re-encrypted), for a progress bar.
Progress = Callable[[int, int], None]


def rekey(
    folder: Path,
    old: str,
    new: str,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    step: StepHook | None = None,
) -> str:
    """``casebook passwd --rekey``: a new data key, passphrase and recovery key (returned).

    Old copies and backups keep the old key and passphrase; they open only
    what they already hold. Resumes a re-key that was interrupted before its
    commit point (run it again with the old passphrase).
    """
    require_strong(new)
    store = open_store(folder, old)
    try:
        return _rekey_vault(store, new, kdf, progress, cancel, step)
    finally:
        store.close()


@dataclass(frozen=True)
class Rekeyed:
    """The re-keyed vault's new store (the old one no longer reads) and its recovery key."""

    store: Store
    recovery_key: str


def rekey_open(
    store: Store,
    current: str,
    new: str,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Rekeyed:
    """Re-key the vault open in ``store`` (File > Change passphrase…, "lock out old copies").

    The current passphrase is asked again, as for a plain change. The caller
    must use the returned store from now on. On failure before the commit
    point (``RekeyCancelled`` when cancelled) ``store`` stays usable under the
    old key; a failure after it closes the vault (``store.vault.is_open`` is
    False): the next unlock with the new passphrase completes the change.
    """
    if new == current:
        raise ValidationError(
            "new_passphrase", "The new passphrase is the same as the current one; choose another."
        )
    require_strong(new)
    store.vault.check_passphrase(current)
    try:
        recovery_key = _rekey_vault(store, new, kdf, progress, cancel, None)
    except CasebookError:
        if store.vault.is_open:
            raise
        raise VaultLocked(REKEY_CLOSED_TEXT) from None
    return Rekeyed(Store(store.vault), recovery_key)


def _rekey_vault(
    store: Store,
    new: str,
    kdf: KdfParams | None,
    progress: Progress | None,
    cancel: threading.Event | None,
    step: StepHook | None,
) -> str:
    return store.vault.rekey(
        new,
        rewrite_for_new_key,
        kdf=kdf,
        progress=progress,
        cancelled=cancel.is_set if cancel is not None else None,
        step=step,
    )


def new_recovery_key(folder: Path, passphrase: str) -> str:
    """``casebook recovery-key --new``: replace the recovery key of a closed vault."""
    with open_vault(folder, passphrase) as vault:
        return vault.new_recovery_key()


def new_open_recovery_key(store: Store, current: str) -> str:
    """File > New recovery key…: the current passphrase is asked again, as for a change."""
    store.vault.check_passphrase(current)
    return store.vault.new_recovery_key()
