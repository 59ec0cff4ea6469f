"""The second half of a re-key: swapping the staged vault into place, resumably.

A re-key (``rekey.py``) builds the whole new vault in ``<vault>/.rekey/``
while the old one stays untouched, then writes ``.rekey/committed``. That
file is the commit point: before it, the old passphrase opens the old vault
and the staging folder is only a leftover to resume or discard; after it,
the swap below is completed by whoever opens the vault next, before the
header is read, so the new passphrase opens the new vault and the old one
opens nothing.

Every step of the swap is a rename that can be repeated, and each is
decided by which files exist, so a crash at any point is finished by
running it again::

    blobs/             -> .rekey/old-blobs/    then .rekey/blobs/ -> blobs/
    .rekey/casebook.db -> casebook.db          (the old one's empty -wal/-shm removed first)
    .rekey/vault.json  -> vault.json
    .rekey/            -> .rekey.done/         then removed with the old files

It needs no key at all, only the vault's lock.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from casebook.vault.database import DB_NAME
from casebook.vault.files import fsync_dir, remove_quietly, translate_os_error
from casebook.vault.header import HEADER_NAME
from casebook.vault.lockfile import VaultLock

STAGING = ".rekey"
DONE = ".rekey.done"
COMMITTED = "committed"
OLD_BLOBS = "old-blobs"
BLOBS = "blobs"

# Called with the name of each step as it is reached (tests inject crashes here).
StepHook = Callable[[str], None]


def _no_step(_name: str) -> None:
    return None


def is_committed(folder: Path) -> bool:
    return (folder / STAGING / COMMITTED).is_file()


def finish_interrupted_rekey(folder: Path, step: StepHook = _no_step) -> bool:
    """Complete a committed re-key left half-swapped; True if there was one.

    Called by every unlock before the header is read. Takes the vault's lock
    for the swap (``VaultInUse`` if another process holds it) and releases it.
    """
    if not is_committed(folder) and not (folder / DONE).exists():
        return False
    lock = VaultLock(folder)
    lock.acquire()
    try:
        if is_committed(folder):
            swap(folder, step)
        else:
            remove_done(folder, step)
    finally:
        lock.release()
    return True


def swap(folder: Path, step: StepHook = _no_step) -> None:
    """Move the committed staged vault into place (caller holds the lock); repeatable."""
    stage = folder / STAGING
    try:
        if (stage / BLOBS).is_dir():
            if (folder / BLOBS).exists():
                os.replace(folder / BLOBS, stage / OLD_BLOBS)
                fsync_dir(stage)
                fsync_dir(folder)
                step("swap-old-blobs")
            os.replace(stage / BLOBS, folder / BLOBS)
            fsync_dir(stage)
            fsync_dir(folder)
            step("swap-blobs")
        if (stage / DB_NAME).is_file():
            # The old database's log was checkpointed and emptied before the commit; an
            # old -wal left beside the new database would be replayed onto it.
            for suffix in ("-wal", "-shm"):
                remove_quietly(folder / f"{DB_NAME}{suffix}")
            os.replace(stage / DB_NAME, folder / DB_NAME)
            fsync_dir(stage)
            fsync_dir(folder)
            step("swap-database")
        if (stage / HEADER_NAME).is_file():
            os.replace(stage / HEADER_NAME, folder / HEADER_NAME)
            fsync_dir(stage)
            fsync_dir(folder)
            step("swap-header")
        os.replace(stage, folder / DONE)
        fsync_dir(folder)
        step("swap-done")
    except OSError as exc:
        raise translate_os_error(exc, "finishing the change of the vault's key") from None
    remove_done(folder, step)


def remove_done(folder: Path, step: StepHook = _no_step) -> None:
    """Remove what the swap left: the old database and blobs, now unreadable to the new key."""
    done = folder / DONE
    if done.exists():
        shutil.rmtree(done, ignore_errors=True)
        fsync_dir(folder)
    step("removed-old")


def discard_staging(folder: Path) -> None:
    """Remove an uncommitted staging folder (a cancelled re-key); the vault is as it was."""
    stage = folder / STAGING
    if stage.exists() and not is_committed(folder):
        shutil.rmtree(stage, ignore_errors=True)
        fsync_dir(folder)
