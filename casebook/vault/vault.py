"""Create, unlock, re-key and recover a vault folder.

Unlocking reads and checks the header, derives the passphrase key and
unwraps the data key *before* touching any other file: a wrong passphrase
writes nothing at all (not even a lock or a ``-wal``). Only then is the lock
taken and the database opened.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Engine, text

from casebook.domain.errors import CasebookError, DamagedVault, DiskFull, WrongPassphrase
from casebook.vault import keys, pending
from casebook.vault.database import DB_NAME, connect_raw, make_engine, wal_is_empty
from casebook.vault.faults import opening_fault
from casebook.vault.files import (
    atomic_write_bytes,
    fsync_dir,
    make_private_dir,
    open_private,
    translate_os_error,
)
from casebook.vault.header import HEADER_NAME, VaultHeader, Wrap, read_header
from casebook.vault.kdf import SALT_BYTES, TARGET_SECONDS, KdfParams, calibrate
from casebook.vault.lockfile import VaultLock
from casebook.vault.rekey_swap import StepHook, finish_interrupted_rekey, is_committed

if TYPE_CHECKING:
    from casebook.vault.blobstore import BlobStore
    from casebook.vault.rekey import Progress, Rewrite

BLOBS_DIR = "blobs"
ROLE_PASSPHRASE = "passphrase"  # noqa: S105 (a role label)
ROLE_RECOVERY = "recovery"


def encode_passphrase(passphrase: str) -> bytes:
    """NFC first, so a passphrase typed on macOS and on Windows gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass
class UnlockedVault:
    """An open vault. Holds the data key until ``close``; never log or repr it."""

    folder: Path
    header: VaultHeader
    _data_key: bytes = field(repr=False)
    _lock: VaultLock = field(repr=False)
    _engine: Engine | None = field(default=None, repr=False)
    _blobs: BlobStore | None = field(default=None, repr=False)
    # Opened for reading only because its disk is full (``_open_with_key``).
    read_only: bool = False
    _pending: pending.PendingWrites | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def is_open(self) -> bool:
        return self._lock.held

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db_path, self.database_key(), immutable=self.read_only)
        return self._engine

    def open_read_only(self) -> None:
        """Serve reads from the database file alone (its disk is full; see ``_open_with_key``)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self.read_only = True

    @property
    def blobs(self) -> BlobStore:
        if self._blobs is None:
            from casebook.vault.blobstore import BlobStore

            self._blobs = BlobStore(self.folder / BLOBS_DIR, self._require_key())
        return self._blobs

    def database_key(self) -> bytes:
        return keys.subkey(self._require_key(), keys.LABEL_SQLCIPHER)

    def subkey(self, label: bytes, salt: bytes | None = None) -> bytes:
        """A key for one purpose, derived from the data key (which never leaves this object)."""
        return keys.subkey(self._require_key(), label, salt=salt)

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the header is replaced atomically."""
        params = kdf or calibrate(secrets.token_bytes(SALT_BYTES))
        header = _with_passphrase(self.header, params, self._require_key(), new_passphrase)
        self.header = sign_header(header, self._require_key())
        _write_header(self.folder, self.header)

    def rekey(
        self,
        new_passphrase: str,
        rewrite: Rewrite,
        *,
        kdf: KdfParams | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        step: StepHook | None = None,
    ) -> str:
        """A new data key, new passphrase and new recovery key (returned, to show once).

        Old copies and backups keep the old key, so they no longer open what
        is written from now on. The database is closed for the work and opens
        again under the new key at the next use; the lock is held throughout.
        On failure before the commit the vault stays open under the old key
        (``RekeyCancelled`` if cancelled); a failure after it closes the vault,
        and the next unlock, with the new passphrase, finishes the change.
        See ``rekey.py``.
        """
        from casebook.vault import rekey as rekeying

        if self.read_only:
            raise DiskFull(
                "The disk holding the vault is full, so its key cannot be changed now. "
                "Free some space and try again; nothing was changed."
            )
        old_key = self._require_key()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._blobs = None
        options: dict[str, Any] = {"kdf": kdf}
        if progress is not None:
            options["progress"] = progress
        if cancelled is not None:
            options["cancelled"] = cancelled
        if step is not None:
            options["step"] = step
        try:
            done = rekeying.rekey_folder(
                self.folder, self.header, old_key, new_passphrase, rewrite, **options
            )
        except BaseException:
            if is_committed(self.folder):
                self.close()
            raise
        self.header, self._data_key = done.header, done.data_key
        return done.recovery_key

    def new_recovery_key(self) -> str:
        """Replace the recovery key (returned, to show once); the old one stops working.

        The data key stays, so this is one atomic header write. Old copies of
        ``vault.json`` (in backups) still hold the old recovery key's wrap:
        only a re-key locks those out.
        """
        data_key = self._require_key()
        recovery_text = keys.new_recovery_key()
        rsalt = secrets.token_bytes(SALT_BYTES)
        rkek = keys.recovery_kek(keys.parse_recovery_key(recovery_text), rsalt)
        rnonce, rwrapped = keys.wrap(rkek, data_key, self.header.aad(ROLE_RECOVERY))
        header = replace(self.header, recovery_wrap=Wrap(rnonce, rwrapped, rsalt))
        self.header = sign_header(header, data_key)
        _write_header(self.folder, self.header)
        return recovery_text

    def check_passphrase(self, passphrase: str) -> None:
        """``WrongPassphrase`` unless ``passphrase`` opens this vault as it is on disk now.

        Asked before a change made while unlocked, so an unattended unlocked
        laptop does not let a passer-by set a passphrase of their own.
        """
        if not keys.same(unwrap_with_passphrase(self.header, passphrase), self._require_key()):
            raise WrongPassphrase(
                "That passphrase is not right for this vault. Nothing was changed."
            )

    def close(self) -> None:
        """Close the database, forget the keys, release the lock."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._blobs = None
        self._data_key = b""
        pending.deactivate(self._pending)
        self._pending = None
        self._lock.release()

    def _require_key(self) -> bytes:
        if not self._data_key:
            raise CasebookError("The vault is locked.")
        return self._data_key

    def __enter__(self) -> UnlockedVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_vault(
    folder: Path, passphrase: str, kdf: KdfParams | None = None, *, created: datetime | None = None
) -> tuple[str, UnlockedVault]:
    """Make a new vault at ``folder``; returns its recovery key (to show once) and the open vault.

    ``created`` (UTC; default now) is the creation time the backup reminder counts
    from; tests that inject "today" pass it so the two clocks agree.

    Everything is built in a hidden sibling folder and renamed into place, so
    a crash leaves either no vault or a complete one.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CasebookError(f"{folder} already exists and is not empty; choose a new folder.")
    params = kdf or calibrate(secrets.token_bytes(SALT_BYTES))
    params.check()
    data_key = keys.new_data_key()
    recovery_text = keys.new_recovery_key()
    recovery_raw = keys.parse_recovery_key(recovery_text)
    header = VaultHeader(
        vault_id=secrets.token_hex(16),
        kdf=params,
        passphrase_wrap=Wrap(b"", b""),
        recovery_wrap=Wrap(b"", b""),
    )
    header = _with_passphrase(header, params, data_key, passphrase)
    rsalt = secrets.token_bytes(SALT_BYTES)
    rnonce, rwrapped = keys.wrap(
        keys.recovery_kek(recovery_raw, rsalt), data_key, header.aad(ROLE_RECOVERY)
    )
    header = sign_header(replace(header, recovery_wrap=Wrap(rnonce, rwrapped, rsalt)), data_key)

    staging = folder.with_name(f".{folder.name}.creating-{secrets.token_hex(4)}")
    try:
        make_private_dir(folder.parent)
        make_private_dir(staging)
        make_private_dir(staging / BLOBS_DIR)
        # SQLite gives the -wal and -shm files the database file's mode: 0600 from the start.
        os.close(open_private(staging / DB_NAME))
        conn = connect_raw(staging / DB_NAME, keys.subkey(data_key, keys.LABEL_SQLCIPHER))
        try:
            conn.execute("CREATE TABLE casebook_vault (created INTEGER NOT NULL)")
            when = created or datetime.now(UTC)
            stamp = int((when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp())
            conn.execute("INSERT INTO casebook_vault VALUES (?)", (stamp,))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _write_header(staging, header)
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise translate_os_error(exc, "creating the vault") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return recovery_text, _open_with_key(folder, header, data_key)


def open_vault(folder: Path, passphrase: str) -> UnlockedVault:
    """Unlock with the passphrase: ``WrongPassphrase``, ``DamagedVault`` or ``VaultInUse``.

    A re-key interrupted after its commit point is completed first (a few
    renames, no key needed), so the new passphrase opens the new vault.
    """
    finish_interrupted_rekey(folder)
    header = read_header(folder)
    started = time.perf_counter()
    data_key = unwrap_with_passphrase(header, passphrase)
    elapsed = time.perf_counter() - started
    vault = _open_with_key(folder, header, data_key)
    if elapsed < TARGET_SECONDS / 2 and not vault.read_only:
        _strengthen(vault, passphrase)
    return vault


def _strengthen(vault: UnlockedVault, passphrase: str) -> None:
    """Raise the passphrase's cost to what this machine does in about a second; never lower it.

    Calibration at creation may have run on a busy machine and kept the floor
    for good. The unlock that just took well under the target re-wraps the same
    data key under a stronger setting. Best effort: a failure leaves the header
    as it was, and the unlock stands.
    """
    stronger = calibrate(secrets.token_bytes(SALT_BYTES))
    if stronger.work <= vault.header.kdf.work:
        return
    with contextlib.suppress(CasebookError):
        vault.change_passphrase(passphrase, stronger)


def open_with_recovery_key(folder: Path, recovery_key: str) -> UnlockedVault:
    """Unlock with the recovery key instead of the passphrase (to set a new one).

    As with the passphrase, the key is checked before any file is touched: a
    wrong key raises ``WrongPassphrase`` and writes nothing.
    """
    finish_interrupted_rekey(folder)
    header = read_header(folder)
    return _open_with_key(folder, header, unwrap_with_recovery_key(header, recovery_key))


def recover_vault(
    folder: Path, recovery_key: str, new_passphrase: str, kdf: KdfParams | None = None
) -> None:
    """Set a new passphrase using the recovery key; the recovery key stays valid."""
    with open_with_recovery_key(folder, recovery_key) as vault:
        vault.change_passphrase(new_passphrase, kdf)


def unwrap_with_passphrase(header: VaultHeader, passphrase: str) -> bytes:
    """The data key, checked against the header's tag; ``WrongPassphrase`` if it does not open."""
    kek = header.kdf.derive(encode_passphrase(passphrase))
    wrap = header.passphrase_wrap
    data_key = keys.unwrap(kek, wrap.nonce, wrap.wrapped, header.aad(ROLE_PASSPHRASE), "passphrase")
    verify_header_tag(header, data_key)
    return data_key


def unwrap_with_recovery_key(header: VaultHeader, recovery_key: str) -> bytes:
    """The data key from the recovery key (full entropy, so HKDF rather than Argon2id)."""
    raw = keys.parse_recovery_key(recovery_key)
    wrap = header.recovery_wrap
    data_key = keys.unwrap(
        keys.recovery_kek(raw, wrap.salt),
        wrap.nonce,
        wrap.wrapped,
        header.aad(ROLE_RECOVERY),
        "recovery key",
    )
    verify_header_tag(header, data_key)
    return data_key


def verify_header_tag(header: VaultHeader, data_key: bytes) -> None:
    """A header whose checksum was fixed up after an edit fails here, once the key is known."""
    expected = keys.mac(keys.subkey(data_key, keys.LABEL_HEADER_MAC), header.signed_bytes())
    if not keys.same(expected, header.tag):
        raise DamagedVault(
            "The vault header has been altered since casebook last wrote it; "
            "restore it from a backup."
        )


def _open_with_key(folder: Path, header: VaultHeader, data_key: bytes) -> UnlockedVault:
    """Lock and open the database; on a full disk, open it for reading only.

    Reading a WAL database needs room for its shared-memory index. When there
    is none and no write-ahead log holds changes, the file alone is the whole
    vault, and it is read as immutable (``database.connect_raw``), so the
    user can still look things up, export and back up to another drive.
    """
    if not (folder / DB_NAME).is_file():
        raise DamagedVault(f"The vault's database ({DB_NAME}) is missing; restore from a backup.")
    lock = VaultLock(folder)
    lock.acquire()
    _disable_core_dumps()
    vault = UnlockedVault(folder=folder, header=header, _data_key=data_key, _lock=lock)
    try:
        try:
            _first_read(vault)
        except DiskFull:
            if not wal_is_empty(vault.db_path):
                raise DiskFull(
                    "The disk holding the vault is full, and its latest changes still wait "
                    "in the write-ahead log, so it cannot be read until some space is freed "
                    "on that disk. Nothing was lost."
                ) from None
            vault.open_read_only()
            _first_read(vault)
        if not vault.read_only:
            register = pending.PendingWrites(folder, vault.subkey(pending.LABEL_PENDING))
            register.sweep()  # plaintext left by an export a kill interrupted
            pending.activate(register)
            vault._pending = register
    except BaseException:
        vault.close()
        raise
    return vault


def _first_read(vault: UnlockedVault) -> None:
    try:
        with vault.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).one()
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:
        fault = opening_fault(exc, vault.folder, DB_NAME)
        if fault is not None:
            raise fault from None
        raise


def _with_passphrase(
    header: VaultHeader, params: KdfParams, data_key: bytes, passphrase: str
) -> VaultHeader:
    header = replace(header, kdf=params)
    kek = params.derive(encode_passphrase(passphrase))
    nonce, wrapped = keys.wrap(kek, data_key, header.aad(ROLE_PASSPHRASE))
    return replace(header, passphrase_wrap=Wrap(nonce, wrapped))


def sign_header(header: VaultHeader, data_key: bytes) -> VaultHeader:
    """Authenticate the whole header under a subkey of the data key."""
    tag = keys.mac(keys.subkey(data_key, keys.LABEL_HEADER_MAC), header.signed_bytes())
    return replace(header, tag=tag)


def _write_header(folder: Path, header: VaultHeader) -> None:
    atomic_write_bytes(folder / HEADER_NAME, header.to_bytes())


def _disable_core_dumps() -> None:
    """A core dump of an unlocked process would hold the keys in plaintext."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
