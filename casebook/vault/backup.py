"""One-file vault backups: a consistent snapshot, still encrypted, verified, restorable.

A backup is the vault folder's own files, already ciphertext, in one container:

    file    = preamble || record_0 || record_1 || ... || record_n (the end record) || EOF
    preamble= b"CBBACKUP" (8) || version 0x01 (1) || salt (32)                     = 41 bytes
    record  = kind (1) || name length (2, BE) || name (UTF-8) || size (8, BE) || data || tag (32)
    tag_i   = HMAC-SHA256(backup key, preamble || i (8, BE) || kind .. data)
    key     = HKDF-SHA256(data key, salt, info=b"casebook/backup/v1")

Records, in this order: ``vault.json`` (the header, as in the folder: needed
first, to derive the data key from the passphrase or recovery key),
``casebook.db`` (an SQLCipher snapshot under the vault's own database key),
then each ``blobs/ab/ab12...`` in strictly increasing name order; last an end
record (kind 2, empty name) whose data is the number of records before it.

Why this shape: every byte is either already encrypted (database pages,
STREAM blobs) or already public in the folder (``vault.json``), so a second
layer of encryption would add cost, not secrecy; integrity is what the
container must add. An HMAC per record, keyed by a fresh per-backup subkey
(HKDF with its own label, so the data key never MACs directly) and binding
the record's position, detects a flipped byte, a swapped, dropped, doubled or
reordered record, records copied from another backup (other salt, other
key), truncation (no valid end record) and trailing bytes. Names say only
what the folder says (blob names are keyed hashes, never SHA-256).

Consistency: the database is copied with SQLite's online backup API in one
step (one read transaction, so one moment; writers are not blocked in WAL
mode), and the blobs copied are exactly those the *snapshot* references (the
caller's ``select_blobs`` reads them from it). Blobs are immutable once named
and written before the row that names them commits, so each referenced blob
exists; blobs of an import still running are not in the snapshot and are
left out.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import re
import secrets
import shutil
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from casebook.domain.errors import CasebookError, DamagedVault, WrongPassphrase
from casebook.vault import keys
from casebook.vault.blobstore import BlobStore, Fingerprint
from casebook.vault.database import DB_NAME, connect_raw, integrity_problems
from casebook.vault.faults import disk_nearly_full
from casebook.vault.files import (
    create_private_file,
    ensure_private_dir,
    fsync_dir,
    make_private_dir,
    remove_quietly,
    replace_durably,
    translate_os_error,
    write_all,
)
from casebook.vault.header import HEADER_NAME, MAX_HEADER_BYTES, VaultHeader, parse_header
from casebook.vault.vault import (
    BLOBS_DIR,
    UnlockedVault,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
    verify_header_tag,
)

__all__ = [
    "LABEL_BACKUP",
    "MAGIC",
    "BackupInfo",
    "DamagedBackup",
    "Unlock",
    "read_backup_header",
    "restore_backup",
    "verify_backup",
    "with_data_key",
    "with_passphrase",
    "with_recovery_key",
    "write_backup",
]

MAGIC = b"CBBACKUP"
VERSION = 1
SALT_SIZE = 32
PREAMBLE_SIZE = len(MAGIC) + 1 + SALT_SIZE
TAG_SIZE = 32
KIND_FILE = 1
KIND_END = 2
MAX_NAME = 255
LABEL_BACKUP = b"casebook/backup/v1"
SNAPSHOT_PREFIX = ".backup-snapshot-"
TEMP_SUFFIX = ".partial"
_PIECE = 1024 * 1024
_HEAD = struct.Struct(">BH")
_SIZE = struct.Struct(">Q")
_BLOB_ENTRY = re.compile(r"blobs/([0-9a-f]{2})/([0-9a-f]{64})")

Unlock = Callable[[VaultHeader], bytes]
"""Turns a backup's header into the data key (raising ``WrongPassphrase``)."""

SelectBlobs = Callable[[Any], Iterable[str]]
"""Given a DB-API connection to the snapshot, the blob names it references."""

Vet = Callable[[Any, Mapping[str, Fingerprint]], list[str]]
"""Given the restored database and every verified blob, what is inconsistent."""

Progress = Callable[[int, int], None]  # records done, records in all


class DamagedBackup(CasebookError):
    """A backup file that is truncated, altered or not a casebook backup."""


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds (sizes and counts only; nothing about clients)."""

    path: Path
    size: int
    vault_id: str
    database_size: int
    blobs: int


# -- unlocking ---------------------------------------------------------------------------------


def with_passphrase(passphrase: str) -> Unlock:
    """Unwrap the data key exactly as ``open_vault`` does."""
    return lambda header: unwrap_with_passphrase(header, passphrase)


def with_recovery_key(recovery_key: str) -> Unlock:
    """Unwrap the data key with the recovery key, as ``recover_vault`` does."""
    return lambda header: unwrap_with_recovery_key(header, recovery_key)


def with_data_key(data_key: bytes) -> Unlock:
    """For reading back a backup just written by the open vault that holds ``data_key``."""

    def unlock(header: VaultHeader) -> bytes:
        return data_key

    return unlock


# -- writing -----------------------------------------------------------------------------------


def write_backup(
    vault: UnlockedVault,
    dest: Path,
    select_blobs: SelectBlobs,
    *,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a backup of ``vault`` to ``dest`` (0600), read it back, then rename it into place.

    ``dest`` is replaced only by a backup that verified; on any failure the
    old ``dest`` (if any) is left as it was and nothing else remains.
    """
    dest = Path(os.path.abspath(dest))
    folder = Path(os.path.abspath(vault.folder))
    if dest == folder or folder in dest.parents:
        raise CasebookError("Save the backup outside the vault folder (e.g. on a removable drive).")
    if dest.is_dir():
        raise CasebookError(f"{dest} is a folder; give the backup a file name.")
    if not dest.parent.is_dir():
        raise CasebookError(f"There is no folder {dest.parent}; choose another place.")
    data_key = vault._require_key()  # the backup key and the read-back derive from it
    _remove_stale_snapshots(folder)
    # The encrypted snapshot goes beside the vault, or beside the backup when the
    # vault's disk is full: backing up to another drive is what frees it.
    scratch = dest.parent if vault.read_only or disk_nearly_full(folder) else folder
    snapshot = scratch / f"{SNAPSHOT_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    temporary: Path | None = None
    try:
        names = _snapshot(vault, snapshot, select_blobs)
        fd, temporary = create_private_file(dest.parent, f".{dest.name}.", TEMP_SUFFIX)
        try:
            _write_container(fd, vault, snapshot, names, data_key, progress)
            os.fsync(fd)
            _drop_cache(fd)
        finally:
            os.close(fd)
        remove_quietly(snapshot)
        info = verify_backup(
            temporary,
            with_data_key(data_key),
            scratch=scratch,
            consequence="it was not kept. Try again, or another drive",
            label=dest.name,
        )
        replace_durably(temporary, dest)
        temporary = None
    except OSError as exc:
        raise translate_os_error(exc, "writing the backup") from None
    finally:
        remove_quietly(snapshot)
        _remove_sqlite_sidecars(snapshot)
        if temporary is not None:
            remove_quietly(temporary)
    return BackupInfo(dest, info.size, info.vault_id, info.database_size, info.blobs)


def _snapshot(vault: UnlockedVault, snapshot: Path, select_blobs: SelectBlobs) -> list[str]:
    """Copy the live database to ``snapshot`` in one step; return the blobs it references."""
    key = vault.database_key()
    fd, _ = _exclusive(snapshot)  # 0600 from the start; SQLite's -journal takes its mode
    os.close(fd)
    source = connect_raw(vault.db_path, key, immutable=vault.read_only)
    try:
        target = _keyed(snapshot, key)
        try:
            # pages=-1: the whole database in one step, i.e. one read transaction.
            source.backup(target, pages=-1)
            names = sorted(set(select_blobs(target)))
        finally:
            target.close()
    finally:
        source.close()
    for name in names:
        if not _BLOB_ENTRY.fullmatch(f"{BLOBS_DIR}/{name[:2]}/{name}"):
            raise CasebookError("The vault's database names a document content file wrongly.")
    return names


def _write_container(
    fd: int,
    vault: UnlockedVault,
    snapshot: Path,
    names: list[str],
    data_key: bytes,
    progress: Progress | None,
) -> None:
    salt = os.urandom(SALT_SIZE)
    preamble = MAGIC + bytes([VERSION]) + salt
    key = keys.subkey(data_key, LABEL_BACKUP, salt=salt)
    write_all(fd, preamble)
    writer = _RecordWriter(fd, key, preamble)
    writer.add_bytes(HEADER_NAME, vault.header.to_bytes())
    writer.add_file(DB_NAME, snapshot, "the database snapshot")
    total = len(names) + 2
    if progress is not None:
        progress(2, total)
    blobs = vault.folder / BLOBS_DIR
    for done, name in enumerate(names, start=3):
        writer.add_file(
            f"{BLOBS_DIR}/{name[:2]}/{name}",
            blobs / name[:2] / name,
            "a document's content",
        )
        if progress is not None:
            progress(done, total)
    writer.finish()


class _RecordWriter:
    def __init__(self, fd: int, key: bytes, preamble: bytes) -> None:
        self._fd = fd
        self._key = key
        self._preamble = preamble
        self._index = 0

    def _begin(self, kind: int, name: str, size: int) -> hmac.HMAC:
        raw = name.encode("utf-8")
        head = _HEAD.pack(kind, len(raw)) + raw + _SIZE.pack(size)
        mac = hmac.new(self._key, self._preamble + _SIZE.pack(self._index), "sha256")
        mac.update(head)
        write_all(self._fd, head)
        return mac

    def _end(self, mac: hmac.HMAC) -> None:
        write_all(self._fd, mac.digest())
        self._index += 1

    def add_bytes(self, name: str, data: bytes, kind: int = KIND_FILE) -> None:
        mac = self._begin(kind, name, len(data))
        mac.update(data)
        write_all(self._fd, data)
        self._end(mac)

    def add_file(self, name: str, path: Path, what: str) -> None:
        try:
            stream = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise CasebookError(
                f"{what[0].upper()}{what[1:]} disappeared while the backup was written; "
                "run `casebook check`, then back up again."
            ) from None
        with stream:
            size = os.fstat(stream.fileno()).st_size
            mac = self._begin(KIND_FILE, name, size)
            left = size
            while left:
                piece = stream.read(min(_PIECE, left))
                if not piece:
                    raise CasebookError(f"{what} changed while the backup was written; try again.")
                mac.update(piece)
                write_all(self._fd, piece)
                left -= len(piece)
            self._end(mac)

    def finish(self) -> None:
        self.add_bytes("", _SIZE.pack(self._index), KIND_END)


# -- reading -----------------------------------------------------------------------------------


@dataclass
class _Opened:
    """A backup whose header record verified; positioned at record 1."""

    reader: _RecordReader
    header: VaultHeader
    header_bytes: bytes
    data_key: bytes


class _RecordReader:
    def __init__(self, stream: BinaryIO, size: int) -> None:
        self._stream = stream
        self._left = size
        self._key = b""
        self.preamble = b""
        self.index = 0

    def read_exact(self, count: int) -> bytes:
        if count > self._left:
            raise DamagedBackup("it ends too early: it is truncated or incomplete")
        data = self._stream.read(count)
        if len(data) != count:
            raise DamagedBackup("it ends too early: it is truncated or incomplete")
        self._left -= count
        return data

    def read_preamble(self) -> bytes:
        if self._left < PREAMBLE_SIZE:
            raise DamagedBackup("it is too short to be a casebook backup")
        self.preamble = self.read_exact(PREAMBLE_SIZE)
        if self.preamble[: len(MAGIC)] != MAGIC:
            raise DamagedBackup("it is not a casebook backup")
        if self.preamble[len(MAGIC)] != VERSION:
            raise DamagedBackup(
                "it was written by a newer casebook, or its first bytes are damaged"
            )
        return self.preamble[len(MAGIC) + 1 :]

    def set_key(self, key: bytes) -> None:
        self._key = key

    def head(self) -> tuple[int, str, int, bytes]:
        fixed = self.read_exact(_HEAD.size)
        kind, length = _HEAD.unpack(fixed)
        if kind not in (KIND_FILE, KIND_END) or length > MAX_NAME:
            raise DamagedBackup(f"record {self.index} is damaged")
        raw = self.read_exact(length)
        size_bytes = self.read_exact(_SIZE.size)
        (size,) = _SIZE.unpack(size_bytes)
        if size + TAG_SIZE > self._left:
            raise DamagedBackup("it ends too early: it is truncated or incomplete")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DamagedBackup(f"record {self.index} is damaged") from None
        return kind, name, size, fixed + raw + size_bytes

    def new_mac(self, head: bytes) -> hmac.HMAC:
        mac = hmac.new(self._key, self.preamble + _SIZE.pack(self.index), "sha256")
        mac.update(head)
        return mac

    def body(self, size: int, mac: hmac.HMAC) -> Iterator[bytes]:
        left = size
        while left:
            piece = self.read_exact(min(_PIECE, left))
            mac.update(piece)
            left -= len(piece)
            yield piece

    def check_tag(self, mac: hmac.HMAC, what: str) -> None:
        tag = self.read_exact(TAG_SIZE)
        if not hmac.compare_digest(mac.digest(), tag):
            raise DamagedBackup(f"{what} was altered or damaged")
        self.index += 1

    def at_end(self) -> bool:
        return self._left == 0


def read_backup_header(path: Path) -> VaultHeader:
    """The vault header a backup carries (unverified until unlocked); for showing its vault."""
    with _open_file(path) as (stream, size):
        reader = _RecordReader(stream, size)
        reader.read_preamble()
        return _header_record(reader)[0]


def _header_record(reader: _RecordReader) -> tuple[VaultHeader, bytes, bytes]:
    kind, name, size, head = reader.head()
    if kind != KIND_FILE or name != HEADER_NAME or size > MAX_HEADER_BYTES:
        raise DamagedBackup("its first record is not the vault header")
    raw = reader.read_exact(size)
    try:
        header = parse_header(raw)
    except DamagedVault:
        raise DamagedBackup("the vault header inside it is damaged") from None
    return header, raw, head


def _open_backup(stream: BinaryIO, size: int, unlock: Unlock) -> _Opened:
    reader = _RecordReader(stream, size)
    salt = reader.read_preamble()
    header, raw, head = _header_record(reader)
    try:
        data_key = unlock(header)  # WrongPassphrase propagates: nothing was written yet
        verify_header_tag(header, data_key)
    except DamagedVault:
        raise DamagedBackup("the vault header inside it was altered") from None
    reader.set_key(keys.subkey(data_key, LABEL_BACKUP, salt=salt))
    mac = reader.new_mac(head)
    mac.update(raw)
    reader.check_tag(mac, "the vault header record")
    return _Opened(reader, header, raw, data_key)


Sink = Callable[[str, int, Iterator[bytes]], None]
"""Consumes one record's name, size and data pieces (the pieces must be drained)."""


def _read_records(opened: _Opened, sink: Sink) -> tuple[int, int]:
    """Every record after the header, checked; returns (database size, blob count)."""
    reader = opened.reader
    previous = ""
    database_size = -1
    blobs = 0
    while True:
        kind, name, size, head = reader.head()
        mac = reader.new_mac(head)
        if kind == KIND_END:
            if name or size != _SIZE.size:
                raise DamagedBackup("its end record is damaged")
            data = reader.read_exact(size)
            mac.update(data)
            reader.check_tag(mac, "its end record")
            if _SIZE.unpack(data)[0] != reader.index - 1 or database_size < 0:
                raise DamagedBackup("records are missing from it")
            if not reader.at_end():
                raise DamagedBackup("it has unexpected bytes after its end")
            return database_size, blobs
        if reader.index == 1:
            if name != DB_NAME:
                raise DamagedBackup("its second record is not the database")
            database_size = size
            what = "the database record"
        else:
            match = _BLOB_ENTRY.fullmatch(name)
            if match is None or not match[2].startswith(match[1]) or name <= previous:
                raise DamagedBackup(f"record {reader.index} has an unexpected name")
            previous = name
            blobs += 1
            what = f"record {reader.index} (a document's content)"
        sink(name, size, reader.body(size, mac))
        reader.check_tag(mac, what)


def verify_backup(
    path: Path,
    unlock: Unlock,
    *,
    scratch: Path | None = None,
    consequence: str = "do not rely on it; make a new backup",
    label: str | None = None,
) -> BackupInfo:
    """Read all of ``path``, checking every record's tag and that its database opens intact.

    The database record is copied (it is ciphertext) to a temporary file in
    ``scratch`` (default: beside the backup) for SQLCipher's page-HMAC check.
    """
    path = Path(path)
    folder = scratch or path.parent
    with _open_file(path, consequence, label) as (stream, size):
        opened = _open_backup(stream, size, unlock)
        fd, db_copy = create_private_file(folder, SNAPSHOT_PREFIX, TEMP_SUFFIX)
        try:
            try:

                def sink(name: str, _size: int, pieces: Iterator[bytes]) -> None:
                    if name == DB_NAME:
                        for piece in pieces:
                            write_all(fd, piece)
                    else:
                        for _ in pieces:
                            pass

                database_size, blobs = _read_records(opened, sink)
            finally:
                os.close(fd)
            db_key = keys.subkey(opened.data_key, keys.LABEL_SQLCIPHER)
            problems = integrity_problems(db_copy, db_key)
            if problems:
                raise DamagedBackup(f"its database failed a check: {problems[0]}")
        finally:
            remove_quietly(db_copy)
            _remove_sqlite_sidecars(db_copy)
    return BackupInfo(path, size, opened.header.vault_id, database_size, blobs)


# -- restoring ---------------------------------------------------------------------------------


def restore_backup(
    path: Path, folder: Path, unlock: Unlock, *, vet: Vet | None = None
) -> BackupInfo:
    """Restore ``path`` as a new vault at ``folder``, never over anything.

    Built in a hidden sibling folder and renamed into place only after every
    record's tag, the database's page HMACs and structure, every blob's
    STREAM tags and keyed name, and ``vet`` (the caller's cross-checks) pass.
    A wrong passphrase is found before anything is written.
    """
    path = Path(path)
    folder = Path(os.path.abspath(folder))
    _refuse_existing(folder)
    with _open_file(path) as (stream, size):
        opened = _open_backup(stream, size, unlock)
        try:
            make_private_dir(folder.parent)
        except OSError as exc:
            raise translate_os_error(exc, "creating the folder for the restored vault") from None
        staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
        try:
            make_private_dir(staging)
            blob_folder = staging / BLOBS_DIR
            make_private_dir(blob_folder)
            database_size, count = _read_records(opened, _StagingSink(staging))
            _write_private(staging / HEADER_NAME, opened.header_bytes)
            _check_restored(staging, opened.data_key, vet)
            fsync_dir(blob_folder)
            fsync_dir(staging)
            _refuse_existing(folder)
            if folder.exists():
                folder.rmdir()
            os.rename(staging, folder)
            fsync_dir(folder.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise translate_os_error(exc, "restoring the backup") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return BackupInfo(path, size, opened.header.vault_id, database_size, count)


class _StagingSink:
    """Writes each record to its place in the staging folder (0600 files, 0700 shards)."""

    def __init__(self, staging: Path) -> None:
        self._staging = staging

    def __call__(self, name: str, size: int, pieces: Iterator[bytes]) -> None:
        target = self._staging.joinpath(*name.split("/"))
        if target.parent != self._staging:
            ensure_private_dir(target.parent)
        fd = _exclusive(target)[0]
        try:
            for piece in pieces:
                write_all(fd, piece)
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_restored(staging: Path, data_key: bytes, vet: Vet | None) -> None:
    db_path = staging / DB_NAME
    db_key = keys.subkey(data_key, keys.LABEL_SQLCIPHER)
    problems = integrity_problems(db_path, db_key)
    if problems:
        raise DamagedBackup(f"its database failed a check: {problems[0]}")
    blobs = BlobStore(staging / BLOBS_DIR, data_key)
    fingerprints: dict[str, Fingerprint] = {}
    for name in blobs.names():
        try:
            fingerprints[name] = blobs.verify(name, "a document's content")
        except DamagedVault:
            raise DamagedBackup("a document's content inside it is damaged") from None
    if vet is not None:
        conn = connect_raw(db_path, db_key)
        try:
            found = vet(conn, fingerprints)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _remove_sqlite_sidecars(db_path)
        if found:
            raise DamagedBackup(found[0])


def _refuse_existing(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CasebookError(
            f"{folder} already exists and is not empty; restore into a new folder "
            "(casebook never restores over a vault)."
        )


# -- small helpers -----------------------------------------------------------------------------


@contextlib.contextmanager
def _open_file(
    path: Path,
    consequence: str = "nothing was restored. Use another copy of the backup",
    label: str | None = None,
) -> Iterator[tuple[BinaryIO, int]]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise CasebookError(f"There is no backup file {path}.") from None
    except IsADirectoryError:
        raise CasebookError(f"{path} is a folder, not a backup file.") from None
    except OSError as exc:
        raise CasebookError(f"The backup file {path} could not be read: {exc.strerror}.") from None
    with stream:
        try:
            yield stream, os.fstat(stream.fileno()).st_size
        except DamagedBackup as exc:
            raise DamagedBackup(
                f"The backup {label or path.name} is damaged or incomplete ({exc.message}); "
                f"{consequence}."
            ) from None
        except WrongPassphrase as exc:
            raise WrongPassphrase(
                exc.message.replace("this vault", "the vault in this backup")
            ) from None


def _exclusive(path: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600), path


def _keyed(path: Path, key: bytes) -> Any:
    """A connection to a new database file under the vault's raw key (no WAL of its own)."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _write_private(path: Path, data: bytes) -> None:
    fd = _exclusive(path)[0]
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _drop_cache(fd: int) -> None:
    """Ask the kernel to forget the written pages, so reading back comes from the disk."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _remove_sqlite_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        remove_quietly(path.with_name(path.name + suffix))


def _remove_stale_snapshots(folder: Path) -> None:
    """Snapshots left by a killed backup (we hold the vault's lock, so none is in use)."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(SNAPSHOT_PREFIX):
                remove_quietly(Path(entry.path))
