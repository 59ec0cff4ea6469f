"""Re-keying: a new data key, so old copies and backups stop opening new data.

``passwd`` only rewraps the data key; any old ``vault.json`` (every backup
holds one) with the old passphrase still unwraps it. A re-key makes a new
random data key, re-encrypts the database and every blob under it, and
wraps it under the new passphrase and a new recovery key (the old recovery
key never saw the new key, so it cannot wrap it).

Crash safety: everything is built in ``<vault>/.rekey/`` beside the
untouched vault, in this order, each piece fsynced::

    plan.json     the new data key, wrapped under a subkey of the old one,
                  so a resume with the old passphrase continues with it
    blobs/        every blob re-encrypted (content-addressed: a resume
                  keeps what is done, listed in ``moved``)
    moved         "old-name new-name" per finished blob
    casebook.db   the database exported under the new key (sqlcipher_export
                  into a fresh file), blob names and keyed hashes rewritten
                  by the caller's ``Rewrite``; redone on every resume, as the
                  vault may have been used with the old passphrase since
    vault.json    the new header
    committed     the commit point

Until ``committed`` exists, the old passphrase opens the old vault as if
nothing happened, and cancelling removes the folder; after it,
``rekey_swap`` moves the new files into place, and any unlock completes
that swap first. The vault's lock is held throughout.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from casebook.domain.errors import CasebookError, DiskFull, RekeyCancelled
from casebook.vault import kdf as kdf_module
from casebook.vault import keys
from casebook.vault.blobstore import BlobStore
from casebook.vault.database import DB_NAME, connect_raw, wal_is_empty
from casebook.vault.files import (
    atomic_write_bytes,
    ensure_private_dir,
    fsync_dir,
    open_private,
    remove_quietly,
    replace_durably,
    translate_os_error,
)
from casebook.vault.header import HEADER_NAME, VaultHeader, Wrap
from casebook.vault.kdf import SALT_BYTES, KdfParams
from casebook.vault.rekey_swap import (
    BLOBS,
    COMMITTED,
    STAGING,
    StepHook,
    discard_staging,
    swap,
)
from casebook.vault.vault import ROLE_PASSPHRASE, ROLE_RECOVERY, encode_passphrase, sign_header

PLAN = "plan.json"
MOVED = "moved"
_PARTIAL_DB = "casebook.db.partial"
LABEL_REKEY_WRAP = b"casebook/rekey-wrap/v1"
_WORKERS = min(4, os.cpu_count() or 1)
_IN_FLIGHT = 2 * _WORKERS

# The caller's rewrite of the exported database (store knows its tables):
# (DB-API connection to the new database, old blob name -> new name,
#  subkey of the old data key by label, subkey of the new data key by label).
Subkey = Callable[[bytes], bytes]
Rewrite = Callable[[Any, Mapping[str, str], Subkey, Subkey], None]
# done, total (in bytes of work); cancelled() is asked between blobs and before the commit.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Rekeyed:
    """The outcome: the new header and key (for the open vault) and the recovery key to show."""

    header: VaultHeader
    data_key: bytes
    recovery_key: str
    blobs: int


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def _no_step(_name: str) -> None:
    return None


def rekey_folder(
    folder: Path,
    header: VaultHeader,
    old_key: bytes,
    new_passphrase: str,
    rewrite: Rewrite,
    *,
    kdf: KdfParams | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
    step: StepHook = _no_step,
) -> Rekeyed:
    """Re-key the vault at ``folder``; the caller holds its lock and has no database open.

    ``old_key`` is the data key ``header`` wraps now. Raises ``RekeyCancelled``
    (the staging folder removed) if ``cancelled()`` turns true before the
    commit; any other failure leaves the staging folder for a later re-key
    with the old passphrase to resume, and the vault opening as before.
    """
    params = kdf or kdf_module.calibrate(secrets.token_bytes(SALT_BYTES))
    params.check()
    stage = folder / STAGING
    try:
        try:
            _make_room(folder)
            ensure_private_dir(stage)
            new_key = _plan(stage, header, old_key)
            step("plan")
            moved = _reencrypt_blobs(folder, stage, old_key, new_key, progress, cancelled, step)
            if cancelled():
                raise RekeyCancelled("The key change was cancelled; nothing was changed.")
            _export_database(folder, stage, old_key, new_key, moved, rewrite)
            step("database")
            recovery_text = keys.new_recovery_key()
            new_header = _new_header(
                header, params, new_key, encode_passphrase(new_passphrase), recovery_text
            )
            atomic_write_bytes(stage / HEADER_NAME, new_header.to_bytes())
            step("header")
            if cancelled():
                raise RekeyCancelled("The key change was cancelled; nothing was changed.")
            _check_old_log_empty(folder)
            atomic_write_bytes(stage / COMMITTED, b"casebook re-key committed\n")
            step("commit")
        except RekeyCancelled:
            discard_staging(folder)
            raise
        swap(folder, step)
    except OSError as exc:
        raise translate_os_error(exc, "changing the vault's key") from None
    return Rekeyed(new_header, new_key, recovery_text, len(moved))


# -- staging ---------------------------------------------------------------------------------


def _make_room(folder: Path) -> None:
    """Refuse before writing anything when the disk cannot hold a second copy."""
    need = 0
    for path in (folder / BLOBS).rglob("*"):
        if path.is_file():
            need += path.stat().st_size
    db = folder / DB_NAME
    if db.is_file():
        need += db.stat().st_size
    staged = folder / STAGING
    if staged.is_dir():  # a resume: what is staged already counts as done
        need -= sum(p.stat().st_size for p in staged.rglob("*") if p.is_file())
    free = shutil.disk_usage(folder).free
    if need > 0 and free < need + 16 * 1024 * 1024:
        raise DiskFull(
            "The disk holding the vault has too little free space to change its key: it "
            f"needs about {_megabytes(need)} MB for a second, re-encrypted copy while it "
            "works. Free some space and try again; nothing was changed."
        )


def _megabytes(size: int) -> int:
    return max(1, -(-size // (1024 * 1024)))


def _plan_aad(header: VaultHeader) -> bytes:
    return json.dumps(
        {"format": "casebook-rekey", "vault_id": header.vault_id, "role": "new-data-key"},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()


def _plan(stage: Path, header: VaultHeader, old_key: bytes) -> bytes:
    """The new data key: the staged one when resuming, else a fresh one, stored first."""
    wrap_key = keys.subkey(old_key, LABEL_REKEY_WRAP)
    path = stage / PLAN
    if path.is_file():
        try:
            body = json.loads(path.read_bytes())
            return keys.unwrap(
                wrap_key,
                base64.b64decode(body["nonce"]),
                base64.b64decode(body["wrapped"]),
                _plan_aad(header),
                "plan",
            )
        except (CasebookError, ValueError, KeyError, TypeError):
            pass  # not this key's: a stray from another copy; start afresh
        for entry in stage.iterdir():
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        fsync_dir(stage)
    new_key = keys.new_data_key()
    nonce, wrapped = keys.wrap(wrap_key, new_key, _plan_aad(header))
    body = {
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
    }
    atomic_write_bytes(path, json.dumps(body).encode())
    return new_key


def _read_moved(path: Path, target: BlobStore) -> dict[str, str]:
    """What a run before this one finished: old name -> new name, where the new blob exists."""
    moved: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="ascii", errors="replace").splitlines()
    except FileNotFoundError:
        return moved
    for line in lines:
        parts = line.split()
        if len(parts) != 2:
            continue  # a line cut short by a crash
        try:
            if target.exists(parts[1]):
                moved[parts[0]] = parts[1]
        except ValueError:
            continue
    return moved


def _reencrypt_blobs(
    folder: Path,
    stage: Path,
    old_key: bytes,
    new_key: bytes,
    progress: Progress,
    cancelled: Callable[[], bool],
    step: StepHook,
) -> dict[str, str]:
    """Every stored blob, named or not by the database, into ``.rekey/blobs`` under the new key.

    Blobs no document names are carried over too: deciding what is garbage is
    ``check``'s business, never a key change's.
    """
    source = BlobStore(folder / BLOBS, old_key)
    target = BlobStore(stage / BLOBS, new_key)
    # Quarantined blobs are re-encrypted too (an old key must open nothing): back
    # among the others, unnamed still, for the next ``check`` to set aside again.
    for name in source.quarantined():
        source.release(name)
    names = list(source.names())
    sizes = {n: (folder / BLOBS / n[:2] / n).stat().st_size for n in names}
    db_size = (folder / DB_NAME).stat().st_size
    total = sum(sizes.values()) + db_size
    moved = _read_moved(stage / MOVED, target)
    todo = [(i, n) for i, n in enumerate(names, start=1) if n not in moved]
    done = sum(sizes[n] for n in names if n in moved)
    progress(done, total)
    fd = os.open(stage / MOVED, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        # AES-GCM, hashlib and fsync release the GIL: a few blobs at once keep the
        # cores and the disk busy. At most _IN_FLIGHT are pending (each may hold 8 MiB).
        with ThreadPoolExecutor(_WORKERS, thread_name_prefix="casebook-rekey") as pool:
            pending: dict[Future[str], str] = {}
            queue = iter(todo)
            while True:
                while len(pending) < _IN_FLIGHT and not cancelled():
                    item = next(queue, None)
                    if item is None:
                        break
                    index, name = item
                    job = pool.submit(
                        source.reencrypt_into, name, target, f"stored document {index}"
                    )
                    pending[job] = name
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for job in finished:
                    name = pending.pop(job)
                    new_name = job.result()
                    os.write(fd, f"{name} {new_name}\n".encode("ascii"))
                    moved[name] = new_name
                    done += sizes[name]
                    progress(done, total)
                    step("blob")
            if cancelled():
                raise RekeyCancelled("The key change was cancelled; nothing was changed.")
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(stage)
    return {old: moved[old] for old in names}


def _export_database(
    folder: Path,
    stage: Path,
    old_key: bytes,
    new_key: bytes,
    moved: Mapping[str, str],
    rewrite: Rewrite,
) -> None:
    """``sqlcipher_export`` into a fresh file keyed by the new key; then the caller's rewrite.

    Always redone from the live database (a resume may follow days of use
    with the old passphrase); written under a temporary name and renamed
    into ``.rekey/`` only when complete, checkpointed and fsynced.
    """
    partial = stage / _PARTIAL_DB
    for name in (partial, stage / DB_NAME):
        for suffix in ("", "-wal", "-shm", "-journal"):
            remove_quietly(name.with_name(name.name + suffix))
    os.close(open_private(partial))
    old_db_key = keys.subkey(old_key, keys.LABEL_SQLCIPHER)
    new_db_key = keys.subkey(new_key, keys.LABEL_SQLCIPHER)
    conn = connect_raw(folder / DB_NAME, old_db_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_db_key.hex()}'\"", (str(partial),))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    conn = connect_raw(partial, new_db_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            rewrite(
                conn,
                moved,
                lambda label: keys.subkey(old_key, label),
                lambda label: keys.subkey(new_key, label),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise CasebookError(
                "The re-encrypted copy of the database did not verify; nothing was changed. "
                "Run `casebook check` on the vault."
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    remove_quietly(partial.with_name(partial.name + "-wal"))
    remove_quietly(partial.with_name(partial.name + "-shm"))
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    replace_durably(partial, stage / DB_NAME)


def _new_header(
    header: VaultHeader, params: KdfParams, new_key: bytes, passphrase: bytes, recovery: str
) -> VaultHeader:
    """The same vault (id), its new key wrapped by the new passphrase and recovery key."""
    fresh = replace(header, kdf=params, tag=b"")
    nonce, wrapped = keys.wrap(params.derive(passphrase), new_key, fresh.aad(ROLE_PASSPHRASE))
    fresh = replace(fresh, passphrase_wrap=Wrap(nonce, wrapped))
    rsalt = secrets.token_bytes(SALT_BYTES)
    rkek = keys.recovery_kek(keys.parse_recovery_key(recovery), rsalt)
    rnonce, rwrapped = keys.wrap(rkek, new_key, fresh.aad(ROLE_RECOVERY))
    return sign_header(replace(fresh, recovery_wrap=Wrap(rnonce, rwrapped, rsalt)), new_key)


def _check_old_log_empty(folder: Path) -> None:
    """The old database's write-ahead log must hold nothing (it is removed at the swap)."""
    if not wal_is_empty(folder / DB_NAME):
        raise CasebookError(
            "The vault's database is still in use; close every other casebook window "
            "and try again. Nothing was changed."
        )
