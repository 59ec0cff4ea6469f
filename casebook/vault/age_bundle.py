"""Hand-off bundles, version 2: an age file (pyrage) holding signed records.

The vault layer knows records, their hash and the envelope; what a record
means and who signed it is ``casebook.services.handoff``'s business.

To colleagues' keys, the file *is* an age file (C2SP age v1: an X25519
stanza per recipient, ChaCha20-Poly1305 STREAM payload), so ``age -d -i
key.txt`` opens it too. Under a one-time passphrase::

    file      = b"casebook-handoff/v2 passphrase " || n (ASCII) || b"\\n" || envelope (n bytes)
                || an age file to a one-time X25519 recipient
    envelope  = age scrypt file (pyrage.passphrase) of that one-time identity

because pyrage's passphrase call takes and returns whole byte strings, which
would hold a 200 MB bundle in memory twice; the one-time identity keeps the
payload streaming through ``encrypt_io``/``decrypt_io`` in both cases (and
the two parts still open with the ``age`` tool, one after the other).

The plaintext (what ``age -d`` prints) is the records of version 1
(``vault.bundle``): kind (1) || length (8, BE) || bytes, in the order
manifest, contents..., signature, end. ``digest`` is the SHA-256 of every
byte before the signature record, computed as the records stream by, so the
signature covers the whole content without holding it.

pyrage pushes plaintext into a writer while it decrypts, and the import reads
records at its own pace; a thread runs ``decrypt_io`` into a small bounded
queue (a few 8 KiB pieces), so memory stays flat whatever the bundle's size.
age authenticates each 64 KiB chunk before releasing it and detects
truncation at the end: only ``finish`` (which waits for that) proves the
bundle whole. age cannot tell a bundle to someone else from one whose
recipient lines were altered (neither unwraps), so ``NotAddressed`` names both.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

import pyrage

from casebook.domain.errors import CasebookError, WrongPassphrase
from casebook.vault.bundle import MAGIC as V1_MAGIC
from casebook.vault.bundle import DamagedBundle
from casebook.vault.files import (
    create_private_file,
    remove_quietly,
    replace_durably,
    translate_os_error,
)

AGE_MAGIC = b"age-encryption.org/v1\n"
PASSPHRASE_MAGIC = b"casebook-handoff/v2 passphrase "
KIND_END = 0
KIND_MANIFEST = 1
KIND_CONTENT = 2
KIND_SIGNATURE = 3
PIECE = 64 * 1024
MAX_ENVELOPE = 64 * 1024
_RECORD = struct.Struct(">BQ")
_QUEUE_PIECES = 16
_TEMP_SUFFIX = ".partial"

# (kind, size, pieces): one record of exactly ``size`` bytes.
Record = tuple[int, int, Iterable[bytes]]


def bundle_kind(path: Path) -> str:
    """``"v1"`` (passphrase, vault.bundle), ``"recipients"`` or ``"passphrase"`` (v2)."""
    try:
        with open(path, "rb") as f:
            start = f.read(len(PASSPHRASE_MAGIC))
    except FileNotFoundError:
        raise CasebookError(f"There is no bundle file {path}.") from None
    except IsADirectoryError:
        raise CasebookError(f"{path} is a folder, not a bundle file.") from None
    except OSError as exc:
        raise CasebookError(f"The bundle {path} could not be read: {exc.strerror}.") from None
    if start.startswith(V1_MAGIC):
        return "v1"
    if start.startswith(AGE_MAGIC):
        return "recipients"
    if start == PASSPHRASE_MAGIC:
        return "passphrase"
    raise DamagedBundle(
        f"The bundle {Path(path).name} is damaged or is not a casebook hand-off; nothing was "
        "imported. Ask your colleague to send it again."
    )


# -- writing ------------------------------------------------------------------------------------


class _Plaintext(io.RawIOBase):
    """The records as a file pyrage reads from; the signature is made when reached."""

    def __init__(self, records: Iterable[Record], sign: Callable[[bytes], bytes]) -> None:
        self._pieces = self._generate(records, sign)
        self._left = b""
        self.error: BaseException | None = None

    def _generate(
        self, records: Iterable[Record], sign: Callable[[bytes], bytes]
    ) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for kind, size, pieces in records:
            head = _RECORD.pack(kind, size)
            digest.update(head)
            yield head
            written = 0
            for piece in pieces:
                written += len(piece)
                if written > size:
                    break
                digest.update(piece)
                yield piece
            if written != size:
                raise CasebookError(
                    "A document's content is not the size the vault recorded for it."
                )
        signature = sign(digest.digest())
        yield _RECORD.pack(KIND_SIGNATURE, len(signature)) + signature
        yield _RECORD.pack(KIND_END, 0)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            while not self._left:
                self._left = next(self._pieces, b"")
                if not self._left:
                    return 0
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(buffer), len(self._left))
        buffer[:n] = self._left[:n]
        self._left = self._left[n:]
        return n


def write_bundle(
    dest: Path,
    records: Iterable[Record],
    sign: Callable[[bytes], bytes],
    *,
    recipients: Sequence[pyrage.x25519.Recipient] = (),
    passphrase: str | None = None,
) -> Path:
    """Write ``records`` (then the signature of their digest) to ``dest``, atomically, 0600.

    Exactly one of ``recipients`` (one or more) and ``passphrase``.
    """
    if bool(recipients) == (passphrase is not None):
        raise CasebookError("A bundle goes to colleagues' keys or under a passphrase, not both.")
    dest = Path(os.path.abspath(dest))
    if dest.is_dir():
        raise CasebookError(f"{dest} is a folder; give the bundle a file name.")
    if not dest.parent.is_dir():
        raise CasebookError(f"There is no folder {dest.parent}; choose another place.")
    to = list(recipients)
    prefix = b""
    if passphrase is not None:
        one_time = pyrage.x25519.Identity.generate()
        envelope = pyrage.passphrase.encrypt(str(one_time).encode("ascii"), passphrase)
        prefix = PASSPHRASE_MAGIC + str(len(envelope)).encode("ascii") + b"\n" + envelope
        to = [one_time.to_public()]
    plaintext = _Plaintext(records, sign)
    try:
        fd, temporary = create_private_file(dest.parent, f".{dest.name}.", _TEMP_SUFFIX)
    except OSError as exc:
        raise translate_os_error(exc, "writing the bundle") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(prefix)
            try:
                pyrage.encrypt_io(io.BufferedReader(plaintext, PIECE), out, to)
            except BaseException:
                if plaintext.error is not None:
                    raise plaintext.error from None
                raise
            out.flush()
            os.fsync(out.fileno())
        replace_durably(temporary, dest)
    except OSError as exc:
        remove_quietly(temporary)
        raise translate_os_error(exc, "writing the bundle") from None
    except BaseException:
        remove_quietly(temporary)
        raise
    return dest


# -- reading ------------------------------------------------------------------------------------


class NotAddressed(DamagedBundle):
    """A recipients' bundle none of whose stanzas this vault's identity opens."""


class _Stop(Exception):
    """Raised into pyrage's writer when the reader is closed early."""


class _Feed(io.RawIOBase):
    """Where pyrage writes plaintext: into a small bounded queue."""

    def __init__(self, pieces: queue.Queue[bytes | None], stop: threading.Event) -> None:
        self._pieces = pieces
        self._stop = stop

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        while True:
            if self._stop.is_set():
                raise _Stop
            try:
                self._pieces.put(bytes(data), timeout=0.1)
                return len(data)
            except queue.Full:
                continue


class AgeBundleReader:
    """Read and verify a v2 bundle's records in order (the same calls as ``BundleReader``).

    ``identities`` are this vault's age identity (recipients' bundles);
    ``passphrase`` opens the one-time envelope (asked once: ``rewind`` keeps it).
    """

    def __init__(
        self,
        path: Path,
        *,
        identities: Sequence[pyrage.x25519.Identity] = (),
        passphrase: str | None = None,
    ) -> None:
        self._path = Path(path)
        self._offset = 0
        self._identities = list(identities)
        if passphrase is not None:
            self._open_envelope(passphrase)
        self._thread: threading.Thread | None = None
        self._start()

    def _damaged(self, what: str) -> DamagedBundle:
        return DamagedBundle(
            f"The bundle {self._path.name} is damaged or incomplete ({what}); nothing was "
            "imported. Ask your colleague to send it again."
        )

    def _open_envelope(self, passphrase: str) -> None:
        with open(self._path, "rb") as f:
            line = f.readline(len(PASSPHRASE_MAGIC) + 12)
            if not line.startswith(PASSPHRASE_MAGIC) or not line.endswith(b"\n"):
                raise self._damaged("its passphrase part is damaged")
            try:
                size = int(line[len(PASSPHRASE_MAGIC) : -1])
            except ValueError:
                raise self._damaged("its passphrase part is damaged") from None
            if not 0 < size <= MAX_ENVELOPE:
                raise self._damaged("its passphrase part is damaged")
            envelope = f.read(size)
        if len(envelope) != size:
            raise self._damaged("it ends too early")
        try:
            secret = pyrage.passphrase.decrypt(envelope, passphrase)
            self._identities = [pyrage.x25519.Identity.from_str(secret.decode("ascii"))]
        except pyrage.DecryptError:
            raise WrongPassphrase(
                "That bundle passphrase is not right for this bundle. Nothing was imported."
            ) from None
        except (UnicodeDecodeError, pyrage.IdentityError):
            raise self._damaged("its passphrase part is damaged") from None
        self._offset = len(line) + size

    def _start(self) -> None:
        self._pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE_PIECES)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._plain = bytearray()
        self._done = False
        self._ended = False
        self._hash = hashlib.sha256()
        self._hashing = True
        self._digest: bytes | None = None
        self._thread = threading.Thread(target=self._decrypt, name="bundle-decrypt", daemon=True)
        self._thread.start()

    def _decrypt(self) -> None:
        try:
            with open(self._path, "rb") as f:
                f.seek(self._offset)
                feed = _Feed(self._pieces, self._stop)
                pyrage.decrypt_io(f, feed, self._identities)
        except BaseException as exc:  # handed to the reading thread
            self._error = exc
        finally:
            while True:
                try:
                    self._pieces.put(None, timeout=0.1)
                    break
                except queue.Full:
                    if self._stop.is_set():
                        break

    def _failure(self) -> CasebookError:
        error = self._error
        if isinstance(error, pyrage.DecryptError) and "No matching keys" in str(error):
            return NotAddressed(
                f"The bundle {self._path.name} was not encrypted to this vault's key (or its "
                "header is damaged); nothing was imported. Ask your colleague to export it "
                "again to your recipient (casebook identity show), or with a one-time passphrase."
            )
        if isinstance(error, OSError) and error.errno is not None:
            return CasebookError(f"The bundle {self._path} could not be read: {error.strerror}.")
        if isinstance(error, pyrage.DecryptError) and "header" in str(error).lower():
            return self._damaged("its header is damaged or it is not an age file")
        return self._damaged("a part was altered, is missing or it ends too early")

    def _fill(self, want: int) -> None:
        while len(self._plain) < want:
            if self._done:
                if self._error is not None:
                    raise self._failure()
                raise self._damaged("a record runs past its end")
            piece = self._pieces.get()
            if piece is None:
                self._done = True
                continue
            self._plain += piece

    def _take(self, count: int) -> bytes:
        self._fill(count)
        data = bytes(self._plain[:count])
        del self._plain[:count]
        if self._hashing:
            self._hash.update(data)
        return data

    def next_record(self) -> tuple[int, int]:
        """The next record's kind and size; after the signature record, ``digest`` is set."""
        self._fill(_RECORD.size)
        kind, size = _RECORD.unpack(bytes(self._plain[: _RECORD.size]))
        if kind == KIND_SIGNATURE and self._hashing:
            self._digest = self._hash.digest()
            self._hashing = False
        self._take(_RECORD.size)
        if kind == KIND_END:
            if size:
                raise self._damaged("its end is damaged")
            self._ended = True
        elif kind not in (KIND_MANIFEST, KIND_CONTENT, KIND_SIGNATURE):
            raise self._damaged("it holds a record casebook does not know")
        return kind, size

    @property
    def digest(self) -> bytes:
        """SHA-256 of every byte before the signature record (once that record is read)."""
        if self._digest is None:
            raise self._damaged("it carries no signature")
        return self._digest

    def read(self, size: int) -> bytes:
        return b"".join(self.pieces(size))

    def pieces(self, size: int) -> Iterator[bytes]:
        left = size
        while left:
            piece = self._take(min(left, PIECE))
            left -= len(piece)
            yield piece

    def finish(self) -> None:
        """Raise unless the end record was read, nothing follows, and age verified every chunk."""
        if not self._ended:
            raise self._damaged("it has unexpected data at its end")
        while not self._done:
            piece = self._pieces.get()
            if piece is None:
                self._done = True
            elif piece:
                self._plain += piece
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._failure()
        if self._plain:
            raise self._damaged("it has unexpected data at its end")

    def rewind(self) -> None:
        """Read again from the first record (the passphrase is not asked again)."""
        self._halt()
        self._start()

    def _halt(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._pieces.get(timeout=0.1)
            except queue.Empty:
                continue
        self._thread.join()
        self._thread = None

    def close(self) -> None:
        self._halt()

    def __enter__(self) -> AgeBundleReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
