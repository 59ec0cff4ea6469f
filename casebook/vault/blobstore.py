"""Encrypted, content-addressed store for document contents (DESIGN.md, "The vault").

Layout (``folder`` is the vault's ``blobs/`` folder)::

    blobs/                          0700
    blobs/ab/                       0700, shard = the first two hex digits of the name
    blobs/ab/ab12...(64 hex)        0600, one blob
    blobs/.tmp-<16 hex>.partial     a blob being written; a stray if left by a crash

Keys (HKDF-SHA256 of the 32-byte data key, output 32 bytes)::

    name key = HKDF(data key, salt=none,          info=b"casebook/blob-name/v1")
    blob key = HKDF(data key, salt=random 32 B,   info=b"casebook/blob/v1")   one per blob
    name     = hex(HMAC-SHA256(name key, plaintext))   64 lowercase hex digits, never SHA-256

File format, version 1 (a STREAM construction like age's and Tink's)::

    header  = b"CBBLOB1\\n" (8) || version 0x01 (1) || salt (32) || nonce prefix (7)  = 48 bytes
    body    = C_0 || C_1 || ... || C_{n-1},       n = max(1, ceil(len(plaintext) / 65536))
    C_i     = AES-256-GCM(blob key, nonce_i, P_i, aad) = ciphertext || 16-byte tag
    P_i     = plaintext[i * 65536 : (i + 1) * 65536]  every chunk but the last is full
    nonce_i = prefix (7) || i (4, big-endian) || 0x01 if i == n - 1 else 0x00
    aad     = header (48) || name as 32 raw bytes

An empty plaintext is one final chunk of 0 bytes; no other final chunk may be empty.
The reader splits the body by the file's size, so every chunk position is fixed:

* a flipped bit anywhere (header, ciphertext, tag) fails a tag (the header is AAD);
* chunks reordered or copied within a blob fail: the counter is in the nonce;
* chunks copied from another blob fail: other key (salt), other AAD (name, header);
* a whole blob renamed onto another name fails: the name is AAD;
* truncation at a chunk boundary, a dropped or doubled final chunk, or trailing
  bytes fail: the chunk read as final was sealed with flag 0x00 (or the tag moved);
* a wrong data key fails every tag.

Every failure raises ``DamagedVault`` whose message names the caller's label
(e.g. "document 42"), never content or keys.

Import is two passes so memory stays bounded (about 4 MiB) whatever the size:
``fingerprint`` reads the source once for the name, its SHA-256 (chain of
custody) and size; the caller checks ``exists(name)``; ``put`` reads it again,
encrypting into a temporary file in ``blobs/`` while recomputing the name, and
only if the name and size still match fsyncs it, renames it into its shard and
fsyncs the folders. Any failure removes the temporary file.

Speed: SHA-256 and HMAC run on a second thread (hashlib releases the GIL),
overlapping hashing with encryption and writes; and every 8 MiB written the
kernel is told (POSIX_FADV_DONTNEED) to start writing back now, so the final
fsync is short. That also keeps ciphertext out of the page cache, so the first
read of a fresh blob comes from the disk.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.domain.errors import CasebookError, DamagedVault, DiskFull
from casebook.vault import pending
from casebook.vault.files import (
    create_private_file,
    ensure_private_dir,
    fsync_dir,
    is_disk_full,
    open_private,
    remove_quietly,
    replace_durably,
    write_all,
)

__all__ = [
    "CHUNK_SIZE",
    "HEADER_SIZE",
    "MAGIC",
    "SEALED_CHUNK_SIZE",
    "TAG_SIZE",
    "TEMP_PREFIX",
    "TEMP_SUFFIX",
    "VERSION",
    "BlobStore",
    "Fingerprint",
]

MAGIC = b"CBBLOB1\n"
VERSION = 1
SALT_SIZE = 32
PREFIX_SIZE = 7
HEADER_SIZE = len(MAGIC) + 1 + SALT_SIZE + PREFIX_SIZE  # 48
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
MAX_CHUNKS = 2**32  # the nonce's 4-byte counter: 256 TiB per blob
NAME_INFO = b"casebook/blob-name/v1"
BLOB_INFO = b"casebook/blob/v1"
TEMP_PREFIX = ".tmp-"
TEMP_SUFFIX = ".partial"
_EXPORT_PREFIX = ".casebook-export-"

_BATCH_CHUNKS = 16  # chunks read, sealed and written per system call: 1 MiB
_BATCH = CHUNK_SIZE * _BATCH_CHUNKS
_WRITEBACK_STEP = 8 * 1024 * 1024  # start the kernel's writeback every 8 MiB
_IN_MEMORY_LIMIT = 8 * 1024 * 1024  # re-keying: blobs up to this size are decrypted once
_NAME_RE = re.compile(r"[0-9a-f]{64}")
QUARANTINE_DIR = "quarantine"
_SHARD_RE = re.compile(r"[0-9a-f]{2}")
_FINAL = b"\x01"
_NOT_FINAL = b"\x00"

_CHANGED = "the file changed while it was being imported; try again"
_DISK_FULL_PUT = (
    "The disk is full: the document could not be imported and nothing was stored. "
    "Free some space and try again."
)


@dataclass(frozen=True)
class Fingerprint:
    """What pass 1 learns about a plaintext: its blob name, SHA-256 (hex) and size."""

    name: str
    sha256: str
    size: int


class _Hash(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes | None: ...


class _HashThread:
    """A second thread that feeds hashes in order; hashlib releases the GIL.

    ``submit`` returns at once; the caller must not change the bytes it passed
    until the returned future is done. Jobs run in the order submitted. Until
    the thread is needed, small inputs are hashed inline (nothing can be
    pending then, so the order still holds).
    """

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, target: _Hash, data: memoryview) -> Future[None] | None:
        if self._pool is None and len(data) < CHUNK_SIZE:
            target.update(data)
            return None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebook-hash")
        return self._pool.submit(target.update, data)

    def __enter__(self) -> _HashThread:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _wait(job: Future[None] | None) -> None:
    if job is not None:
        job.result()


def _read_into(stream: BinaryIO | _Readable, view: memoryview) -> int:
    """Fill ``view`` from ``stream`` until it is full or the stream ends; return the count."""
    readinto = getattr(stream, "readinto", None)
    total = 0
    while total < len(view):
        if readinto is not None:
            got = readinto(view[total:])
        else:
            data = stream.read(len(view) - total)
            got = len(data) if data else 0
            view[total : total + got] = data or b""
        if not got:
            break
        total += got
    return total


def _start_writeback(fd: int, start: int, end: int) -> None:
    """Ask the kernel to start writing [start, end) now, so the final fsync is short."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None and end > start:
        with suppress(OSError):  # a hint only
            advise(fd, start, end - start, os.POSIX_FADV_DONTNEED)


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise ValueError("a blob name is 64 lowercase hex digits")


def _damaged(label: str) -> DamagedVault:
    return DamagedVault(
        f"{label} is damaged or was altered and cannot be read. Restore the vault from a backup."
    )


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (_FINAL if final else _NOT_FINAL)


class BlobStore:
    """Document contents, encrypted under ``data_key``, in ``folder`` (the vault's ``blobs/``).

    Not safe for two processes at once: the vault's lock file guarantees one writer.
    """

    def __init__(self, folder: Path, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._folder = Path(folder)
        self._data_key = bytes(data_key)
        self._name_key = HKDF(algorithm=SHA256(), length=32, salt=None, info=NAME_INFO).derive(
            self._data_key
        )
        ensure_private_dir(self._folder)

    def __repr__(self) -> str:
        return f"BlobStore({str(self._folder)!r})"

    @property
    def folder(self) -> Path:
        return self._folder

    # -- naming -----------------------------------------------------------------

    def _new_mac(self) -> hmac.HMAC:
        return hmac.new(self._name_key, digestmod="sha256")

    def _blob_key(self, salt: bytes) -> bytes:
        return HKDF(algorithm=SHA256(), length=32, salt=salt, info=BLOB_INFO).derive(self._data_key)

    def _path(self, name: str) -> Path:
        _check_name(name)
        return self._folder / name[:2] / name

    # -- pass 1 -----------------------------------------------------------------

    def fingerprint(self, source: Path | BinaryIO) -> Fingerprint:
        """Pass 1: read ``source`` once for its blob name, SHA-256 and size. Writes nothing."""
        if isinstance(source, str | os.PathLike):
            with open(source, "rb", buffering=0) as stream:
                return self._fingerprint(stream)
        return self._fingerprint(source)

    def _fingerprint(self, stream: BinaryIO | _Readable) -> Fingerprint:
        mac = self._new_mac()
        sha = hashlib.sha256()
        size = 0
        view = memoryview(bytearray(_BATCH))
        with _HashThread() as hasher:
            while got := _read_into(stream, view):
                data = view[:got]
                job = hasher.submit(sha, data)
                mac.update(data)
                _wait(job)
                size += got
        return Fingerprint(mac.hexdigest(), sha.hexdigest(), size)

    # -- pass 2 -----------------------------------------------------------------

    def exists(self, name: str) -> bool:
        """True if a blob with this name is stored."""
        return self._path(name).is_file()

    def put(self, source: Path, fp: Fingerprint) -> None:
        """Pass 2: encrypt ``source`` as blob ``fp.name``; a no-op if it is stored already.

        Raises ``CasebookError`` if the source no longer matches ``fp`` and
        ``DiskFull`` if the disk fills; either way nothing is left behind.
        Other ``OSError``s reading the source propagate, also leaving nothing.
        """
        if self.exists(fp.name):
            return
        try:
            stream = open(source, "rb", buffering=0)  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise CasebookError(_CHANGED) from None
        with stream:
            self._store(stream, fp)

    def fingerprint_stream(self, stream: _Readable) -> Fingerprint:
        """Pass 1 over any reader (a bundle's pieces): name, SHA-256 and size; writes nothing."""
        return self._fingerprint(stream)

    def put_stream(self, stream: _Readable, fp: Fingerprint) -> None:
        """Pass 2 over a reader of the same bytes; memory stays one batch, whatever the size.

        Already stored: the reader is still read to its end (it may be one record
        of a longer stream, such as a hand-off bundle).
        """
        if not self.exists(fp.name):
            self._store(stream, fp)
            return
        while stream.read(_BATCH):
            pass

    def put_bytes(self, data: bytes) -> Fingerprint:
        """Store ``data`` (both passes, in memory) and return its fingerprint."""
        view = memoryview(data)
        mac = self._new_mac()
        sha = hashlib.sha256()
        with _HashThread() as hasher:
            job = hasher.submit(sha, view)
            mac.update(view)
            _wait(job)
        fp = Fingerprint(mac.hexdigest(), sha.hexdigest(), len(data))
        if not self.exists(fp.name):
            self._store(_MemoryStream(view), fp)
        return fp

    def _store(self, stream: BinaryIO | _Readable, fp: Fingerprint) -> None:
        final = self._path(fp.name)
        chunks = max(1, -(-fp.size // CHUNK_SIZE))
        if chunks > MAX_CHUNKS:
            raise CasebookError("This file is too large to store: the limit is 256 TiB.")
        salt = os.urandom(SALT_SIZE)
        prefix = os.urandom(PREFIX_SIZE)
        header = MAGIC + bytes([VERSION]) + salt + prefix
        aad = header + bytes.fromhex(fp.name)
        aead = AESGCM(self._blob_key(salt))
        temporary: Path | None = None
        created_shard = False
        try:
            fd, temporary = create_private_file(self._folder, TEMP_PREFIX, TEMP_SUFFIX)
            try:
                write_all(fd, header)
                mac = self._new_mac()
                self._seal(stream, fd, fp.size, aead, prefix, aad, mac)
                more = _read_into(stream, memoryview(bytearray(1)))
                if more or not hmac.compare_digest(mac.hexdigest(), fp.name):
                    raise CasebookError(_CHANGED)
                os.fsync(fd)
            finally:
                os.close(fd)
            created_shard = ensure_private_dir(final.parent)
            replace_durably(temporary, final)
        except BaseException as exc:
            if temporary is not None:
                remove_quietly(temporary)
            if created_shard:
                with suppress(OSError):
                    os.rmdir(final.parent)
            if isinstance(exc, OSError) and is_disk_full(exc):
                raise DiskFull(_DISK_FULL_PUT) from exc
            raise

    @staticmethod
    def _seal(
        stream: BinaryIO | _Readable,
        fd: int,
        size: int,
        aead: AESGCM,
        prefix: bytes,
        aad: bytes,
        mac: hmac.HMAC,
    ) -> None:
        """Read exactly ``size`` bytes, hashing them on the second thread while sealing.

        Two read buffers alternate, so the next batch is read and sealed while the
        previous one is still being hashed.
        """
        buffers = (memoryview(bytearray(_BATCH)), memoryview(bytearray(_BATCH)))
        jobs: list[Future[None] | None] = [None, None]
        remaining = size
        index = 0
        written = HEADER_SIZE
        flushed = 0
        slot = 0
        with _HashThread() as hasher:
            while True:
                _wait(jobs[slot])
                want = min(_BATCH, remaining)
                data = buffers[slot][:want]
                if _read_into(stream, data) != want:
                    raise CasebookError(_CHANGED)
                remaining -= want
                jobs[slot] = hasher.submit(mac, data)
                sealed = []
                for start in range(0, max(want, 1), CHUNK_SIZE):
                    end = start + CHUNK_SIZE
                    last = remaining == 0 and end >= want
                    nonce = _nonce(prefix, index, last)
                    sealed.append(aead.encrypt(nonce, data[start:end], aad))
                    index += 1
                block = b"".join(sealed)
                write_all(fd, block)
                written += len(block)
                if written - flushed >= _WRITEBACK_STEP:
                    _start_writeback(fd, max(0, flushed - _WRITEBACK_STEP), written)
                    flushed = written
                if remaining == 0:
                    break
                slot ^= 1
            for job in jobs:
                _wait(job)

    # -- reading ----------------------------------------------------------------

    def _plain_batches(self, name: str, label: str) -> Generator[list[bytes], None, None]:
        """Yield lists of verified plaintext chunks, up to 1 MiB per list."""
        path = self._path(name)
        try:
            stream = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise DamagedVault(
                f"{label} is missing from the vault. Restore the vault from a backup."
            ) from None
        with stream:
            header = bytearray(HEADER_SIZE)
            if _read_into(stream, memoryview(header)) != HEADER_SIZE:
                raise _damaged(label)
            if header[: len(MAGIC)] != MAGIC or header[len(MAGIC)] != VERSION:
                raise DamagedVault(
                    f"{label} is damaged, or was stored by a newer version of casebook, "
                    "and cannot be read."
                )
            salt_at = len(MAGIC) + 1
            salt = bytes(header[salt_at : salt_at + SALT_SIZE])
            prefix = bytes(header[salt_at + SALT_SIZE :])
            body = os.fstat(stream.fileno()).st_size - HEADER_SIZE
            chunks = max(1, -(-body // SEALED_CHUNK_SIZE))
            last_size = body - (chunks - 1) * SEALED_CHUNK_SIZE
            if last_size < TAG_SIZE or (last_size == TAG_SIZE and chunks > 1):
                raise _damaged(label)
            if chunks > MAX_CHUNKS:
                raise _damaged(label)
            aad = bytes(header) + bytes.fromhex(name)
            aead = AESGCM(self._blob_key(salt))
            buffer = memoryview(bytearray(_BATCH_CHUNKS * SEALED_CHUNK_SIZE))
            index = 0
            while index < chunks:
                count = min(_BATCH_CHUNKS, chunks - index)
                final_batch = index + count == chunks
                want = (count - 1) * SEALED_CHUNK_SIZE + (
                    last_size if final_batch else SEALED_CHUNK_SIZE
                )
                data = buffer[:want]
                if _read_into(stream, data) != want:
                    raise _damaged(label)
                plain = []
                try:
                    for start in range(0, want, SEALED_CHUNK_SIZE):
                        last = index == chunks - 1
                        nonce = _nonce(prefix, index, last)
                        plain.append(
                            aead.decrypt(nonce, data[start : start + SEALED_CHUNK_SIZE], aad)
                        )
                        index += 1
                except InvalidTag:
                    raise _damaged(label) from None
                if final_batch and _read_into(stream, memoryview(bytearray(1))):
                    raise _damaged(label)  # the file grew while it was read
                yield plain

    def open_reader(self, name: str, label: str) -> Iterator[bytes]:
        """Yield the plaintext of blob ``name`` in non-empty pieces of at most 64 KiB.

        A piece is yielded only after its tag verified, but damage further on
        raises ``DamagedVault`` (naming ``label``) only when the reader gets
        there, after earlier pieces were yielded. Callers that need all or
        nothing should use ``read_bytes`` or ``export_to``, or write to a
        temporary file and rename it. Nothing is opened until the first piece
        is asked for.
        """
        for batch in self._plain_batches(name, label):
            yield from (piece for piece in batch if piece)

    def read_bytes(self, name: str, label: str) -> bytes:
        """The whole verified plaintext of blob ``name``, in memory."""
        return b"".join(piece for batch in self._plain_batches(name, label) for piece in batch)

    def export_to(self, name: str, dest: Path, label: str) -> None:
        """Decrypt blob ``name`` to ``dest`` (0600), atomically; replaces an existing ``dest``.

        The plaintext is written to a temporary file beside ``dest`` that is
        renamed onto it only once all of it verified and was fsynced; on any
        failure the temporary file is removed and ``dest`` is left untouched.
        """
        dest = Path(dest)
        temporary = dest.parent / f"{_EXPORT_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        created = False
        try:
            with pending.tracked(temporary):
                try:
                    fd = open_private(temporary)
                    created = True
                    try:
                        self._write_plain(fd, name, label)
                    finally:
                        os.close(fd)
                    replace_durably(temporary, dest)
                except BaseException:
                    if created:
                        remove_quietly(temporary)
                    raise
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull(
                    f"The disk is full: {label} was not exported and nothing was written. "
                    "Free some space and try again."
                ) from exc
            raise

    def _write_plain(self, fd: int, name: str, label: str) -> None:
        written = flushed = 0
        with closing(self._plain_batches(name, label)) as batches:
            for batch in batches:
                block = b"".join(batch)
                write_all(fd, block)
                written += len(block)
                if written - flushed >= _WRITEBACK_STEP:
                    _start_writeback(fd, max(0, flushed - _WRITEBACK_STEP), written)
                    flushed = written
        os.fsync(fd)

    def verify(self, name: str, label: str) -> Fingerprint:
        """Decrypt all of blob ``name`` (for ``check --deep``); return its fingerprint.

        Raises ``DamagedVault`` naming ``label`` if any chunk fails or the
        plaintext does not hash to ``name``.
        """
        mac = self._new_mac()
        sha = hashlib.sha256()
        size = 0
        with _HashThread() as hasher, closing(self._plain_batches(name, label)) as batches:
            for batch in batches:
                data = memoryview(b"".join(batch))
                job = hasher.submit(sha, data)
                mac.update(data)
                _wait(job)
                size += len(data)
        if not hmac.compare_digest(mac.hexdigest(), name):
            raise _damaged(label)
        return Fingerprint(name, sha.hexdigest(), size)

    # -- re-keying ---------------------------------------------------------------

    def reencrypt_into(self, name: str, target: BlobStore, label: str) -> str:
        """Copy blob ``name`` into ``target`` (another data key); return its name there.

        Its plaintext is verified on the way (every tag, and the name it must
        hash to under this store's key), so a damaged blob raises
        ``DamagedVault`` naming ``label`` and nothing is written. The target's
        name is a keyed hash under its own key, so it is known only after a
        first pass; blobs up to 8 MiB are read once and held in memory, larger
        ones are decrypted twice (a second time while writing), keeping memory
        bounded. A blob the target holds already is not written again. No
        SHA-256 is computed: the name, a keyed hash, already proves the content.
        """
        old_mac, new_mac = self._new_mac(), target._new_mac()
        size = 0
        kept: list[bytes] | None = []
        with closing(self._plain_batches(name, label)) as batches:
            for batch in batches:
                data = b"".join(batch)
                old_mac.update(data)
                new_mac.update(data)
                size += len(data)
                if kept is not None:
                    kept.append(data)
                    if size > _IN_MEMORY_LIMIT:
                        kept = None
        if not hmac.compare_digest(old_mac.hexdigest(), name):
            raise _damaged(label)
        fp = Fingerprint(new_mac.hexdigest(), "", size)
        if target.exists(fp.name):
            return fp.name
        if kept is not None:
            target._store(_MemoryStream(memoryview(b"".join(kept))), fp)
        else:
            with closing(self._plain_batches(name, label)) as again:
                target._store(_BatchStream(again), fp)
        return fp.name

    # -- housekeeping -------------------------------------------------------------

    def mtime(self, name: str) -> float:
        """When blob ``name`` was written (seconds since the epoch)."""
        return self._path(name).stat().st_mtime

    def delete(self, name: str) -> None:
        """Remove blob ``name`` durably; a no-op if it is not stored."""
        path = self._path(name)
        try:
            os.unlink(path)
        except FileNotFoundError:
            return
        fsync_dir(path.parent)

    def names(self) -> Iterator[str]:
        """Every stored blob name, sorted (for orphan detection). Ignores anything else."""
        try:
            shards = sorted(
                entry.name
                for entry in os.scandir(self._folder)
                if _SHARD_RE.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
            )
        except FileNotFoundError:
            return
        for shard in shards:
            with os.scandir(self._folder / shard) as entries:
                found = sorted(
                    entry.name
                    for entry in entries
                    if _NAME_RE.fullmatch(entry.name)
                    and entry.name.startswith(shard)
                    and entry.is_file(follow_symlinks=False)
                )
            yield from found

    # -- quarantine: blobs no document names, kept until the user removes them ---

    @property
    def quarantine_folder(self) -> Path:
        return self._folder.parent / QUARANTINE_DIR

    def quarantine(self, name: str) -> None:
        """Move blob ``name`` aside (still encrypted), durably; nothing is deleted."""
        source = self._path(name)
        ensure_private_dir(self.quarantine_folder)
        os.replace(source, self.quarantine_folder / name)
        fsync_dir(self.quarantine_folder)
        fsync_dir(source.parent)

    def quarantined(self) -> list[str]:
        try:
            with os.scandir(self.quarantine_folder) as entries:
                return sorted(
                    e.name
                    for e in entries
                    if _NAME_RE.fullmatch(e.name) and e.is_file(follow_symlinks=False)
                )
        except FileNotFoundError:
            return []

    def release(self, name: str) -> bool:
        """Put a quarantined blob back where its document expects it; False if not there."""
        held = self.quarantine_folder / name
        if not _NAME_RE.fullmatch(name) or not held.is_file():
            return False
        target = self._path(name)
        ensure_private_dir(target.parent)
        os.replace(held, target)
        fsync_dir(target.parent)
        fsync_dir(self.quarantine_folder)
        return True

    def purge_quarantine(self) -> int:
        """Delete every quarantined blob (the user asked: ``check --repair``); how many."""
        names = self.quarantined()
        for name in names:
            remove_quietly(self.quarantine_folder / name)
        if names:
            fsync_dir(self.quarantine_folder)
        return len(names)

    def stray_temporaries(self) -> list[Path]:
        """Temporary files left by an interrupted import (call only while holding the lock)."""
        with os.scandir(self._folder) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if entry.name.startswith(TEMP_PREFIX)
                and entry.name.endswith(TEMP_SUFFIX)
                and entry.is_file(follow_symlinks=False)
            )

    def remove_stray_temporaries(self) -> int:
        """Remove the files ``stray_temporaries`` lists; return how many were removed."""
        strays = self.stray_temporaries()
        for path in strays:
            remove_quietly(path)
        if strays:
            fsync_dir(self._folder)
        return len(strays)


class _MemoryStream:
    """A minimal reader over a memoryview, without copying it (for ``put_bytes``)."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._at = 0

    def readinto(self, target: memoryview) -> int:
        got = min(len(target), len(self._view) - self._at)
        target[:got] = self._view[self._at : self._at + got]
        self._at += got
        return got

    def read(self, size: int = -1, /) -> bytes:  # pragma: no cover - readinto is preferred
        end = len(self._view) if size < 0 else min(len(self._view), self._at + size)
        data = bytes(self._view[self._at : end])
        self._at = end
        return data


class _BatchStream:
    """A reader over verified plaintext batches (re-keying a large blob without a copy)."""

    def __init__(self, batches: Iterator[list[bytes]]) -> None:
        self._batches = batches
        self._pending = memoryview(b"")

    def readinto(self, target: memoryview) -> int:
        filled = 0
        while filled < len(target):
            if not self._pending:
                batch = next(self._batches, None)
                if batch is None:
                    break
                self._pending = memoryview(b"".join(batch))
                continue
            got = min(len(target) - filled, len(self._pending))
            target[filled : filled + got] = self._pending[:got]
            self._pending = self._pending[got:]
            filled += got
        return filled

    def read(self, size: int = -1, /) -> bytes:  # pragma: no cover - readinto is preferred
        if size < 0:
            parts = [bytes(self._pending)] + [b"".join(batch) for batch in self._batches]
            self._pending = memoryview(b"")
            return b"".join(parts)
        buffer = bytearray(size)
        return bytes(buffer[: self.readinto(memoryview(buffer))])
