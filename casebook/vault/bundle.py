"""Passphrase-encrypted bundles: a few records (bytes) for another vault, as one file.

The vault layer knows only records (a kind byte and bytes); what they mean is
``casebook.services.handoff``'s business.

Format, version 1::

    file     = MAGIC b"CBBUNDLE" (8) || header length (4, BE) || header || body
    header   = canonical JSON: {"format": "casebook-bundle", "version": 1,
               "kdf": {"algorithm": "argon2id", "salt", "time_cost", "memory_kib",
               "parallelism"}, "nonce_prefix": 7 bytes, "check": 32 bytes,
               "checksum": SHA-256 hex of the rest}          (bytes as base64)
    master   = Argon2id(NFC passphrase, salt, t, m, p)        32 bytes
    key      = HKDF-SHA256(master, info=b"casebook/bundle/v1")
    check    = HMAC-SHA256(HKDF-SHA256(master, info=b"casebook/bundle-check/v1"),
               canonical header without "check" and "checksum")
    body     = STREAM (as the blob store): AES-256-GCM over 64 KiB chunks,
               nonce = prefix (7) || counter (4, BE) || 0x01 on the last chunk else 0x00,
               associated data = MAGIC || header length || header
    plain    = records: kind (1) || length (8, BE) || bytes, ending with kind 0, length 0

Why: Argon2id (RFC 9106; never below its second option, as for vaults, and
the parameters travel in the header) makes guessing the one-time passphrase
expensive; a fresh salt gives each bundle its own key, so the STREAM nonces
never repeat. The checksum tells a damaged header from a wrong passphrase
(the check value) without trying to decrypt, as ``vault.json`` does. STREAM
(Hoang, Reyhanitabar, Rogaway, Vizár 2015; age, Tink) detects truncation,
reordering, dropped or doubled chunks and trailing bytes; the header is
associated data of every chunk. The body is split by the file's size, so
every chunk's position is fixed before anything is decrypted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.domain.errors import CasebookError, DamagedVault, WrongPassphrase
from casebook.vault import kdf, keys
from casebook.vault.files import (
    create_private_file,
    remove_quietly,
    replace_durably,
    translate_os_error,
    write_all,
)
from casebook.vault.vault import encode_passphrase

__all__ = [
    "KIND_CONTENT",
    "KIND_END",
    "KIND_MANIFEST",
    "MAGIC",
    "BundleReader",
    "BundleWriter",
    "DamagedBundle",
]

MAGIC = b"CBBUNDLE"
FORMAT = "casebook-bundle"
VERSION = 1
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
PREFIX_SIZE = 7
MAX_HEADER = 4096
MAX_CHUNKS = 2**32
LABEL_KEY = b"casebook/bundle/v1"
LABEL_CHECK = b"casebook/bundle-check/v1"
KIND_END = 0
KIND_MANIFEST = 1
KIND_CONTENT = 2
_RECORD = struct.Struct(">BQ")
_LENGTH = struct.Struct(">I")
_TEMP_SUFFIX = ".partial"


class DamagedBundle(CasebookError):
    """A bundle that is truncated, altered, or not a casebook bundle."""


def _canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _keys(passphrase: str, params: kdf.KdfParams) -> tuple[bytes, bytes]:
    master = params.derive(encode_passphrase(passphrase))
    return keys.subkey(master, LABEL_KEY), keys.subkey(master, LABEL_CHECK)


def _kdf_json(params: kdf.KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": _b64(params.salt),
        "time_cost": params.time_cost,
        "memory_kib": params.memory_kib,
        "parallelism": params.parallelism,
    }


class BundleWriter:
    """Write records to ``dest`` atomically (temp + fsync + rename, 0600).

    Use as a context manager: leaving it normally writes the end record and
    renames the file into place; an exception removes everything written.
    """

    def __init__(self, dest: Path, passphrase: str, params: kdf.KdfParams | None = None) -> None:
        self._dest = Path(os.path.abspath(dest))
        if self._dest.is_dir():
            raise CasebookError(f"{dest} is a folder; give the bundle a file name.")
        if not self._dest.parent.is_dir():
            raise CasebookError(f"There is no folder {self._dest.parent}; choose another place.")
        params = params or kdf.calibrate(secrets.token_bytes(kdf.SALT_BYTES))
        params.check()
        stream_key, check_key = _keys(passphrase, params)
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": _kdf_json(params),
            "nonce_prefix": _b64(os.urandom(PREFIX_SIZE)),
        }
        self._prefix = base64.b64decode(body["nonce_prefix"])
        body["check"] = _b64(keys.mac(check_key, _canonical(body)))
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        header = _canonical(body)
        self._aad = MAGIC + _LENGTH.pack(len(header)) + header
        self._aead = AESGCM(stream_key)
        self._buffer = bytearray()
        self._index = 0
        self._fd = -1
        self._temporary: Path | None = None
        try:
            self._fd, self._temporary = create_private_file(
                self._dest.parent, f".{self._dest.name}.", _TEMP_SUFFIX
            )
            write_all(self._fd, self._aad)
        except OSError as exc:
            self._abandon()
            raise translate_os_error(exc, "writing the bundle") from None

    def add(self, kind: int, data: bytes) -> None:
        self.add_stream(kind, len(data), [data])

    def add_stream(self, kind: int, size: int, pieces: Iterable[bytes]) -> None:
        """A record of exactly ``size`` bytes given as pieces (e.g. a blob's plaintext)."""
        self._push(_RECORD.pack(kind, size))
        written = 0
        for piece in pieces:
            written += len(piece)
            if written > size:
                break
            self._push(piece)
        if written != size:
            raise CasebookError("A document's content is not the size the vault recorded for it.")

    def _push(self, data: bytes) -> None:
        self._buffer += data
        # Seal only chunks known not to be last: one byte more must be waiting.
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]

    def _seal(self, chunk: bytes, *, final: bool) -> None:
        if self._index >= MAX_CHUNKS:
            raise CasebookError("This client's file is too large for one bundle.")
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, final), chunk, self._aad)
        try:
            write_all(self._fd, sealed)
        except OSError as exc:
            raise translate_os_error(exc, "writing the bundle") from None
        self._index += 1

    def _finish(self) -> Path:
        self._push(_RECORD.pack(KIND_END, 0))
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()
        assert self._temporary is not None
        try:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
            replace_durably(self._temporary, self._dest)
        except OSError as exc:
            raise translate_os_error(exc, "writing the bundle") from None
        self._temporary = None
        return self._dest

    def _abandon(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._temporary is not None:
            remove_quietly(self._temporary)
            self._temporary = None

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._abandon()
            return
        try:
            self._finish()
        finally:
            self._abandon()


class BundleReader:
    """Read and verify a bundle's records in order.

    ``next_record`` gives (kind, size); then ``read`` or ``pieces`` must take
    exactly that many bytes. ``finish`` checks the end record and that the
    final chunk verified: only then is the whole bundle proven intact.
    """

    def __init__(self, path: Path, passphrase: str) -> None:
        self._path = Path(path)
        try:
            self._stream: BinaryIO = open(self._path, "rb")  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            raise CasebookError(f"There is no bundle file {path}.") from None
        except IsADirectoryError:
            raise CasebookError(f"{path} is a folder, not a bundle file.") from None
        except OSError as exc:
            raise CasebookError(f"The bundle {path} could not be read: {exc.strerror}.") from None
        try:
            self._open(passphrase)
        except BaseException:
            self._stream.close()
            raise

    def _damaged(self, what: str) -> DamagedBundle:
        return DamagedBundle(
            f"The bundle {self._path.name} is damaged or incomplete ({what}); nothing was "
            "imported. Ask your colleague to send it again."
        )

    def _open(self, passphrase: str) -> None:
        size = os.fstat(self._stream.fileno()).st_size
        fixed = self._stream.read(len(MAGIC) + _LENGTH.size)
        if len(fixed) < len(MAGIC) + _LENGTH.size or fixed[: len(MAGIC)] != MAGIC:
            raise self._damaged("it is not a casebook bundle")
        (length,) = _LENGTH.unpack(fixed[len(MAGIC) :])
        if length > MAX_HEADER:
            raise self._damaged("its header is damaged")
        header = self._stream.read(length)
        if len(header) != length:
            raise self._damaged("it ends too early")
        params, prefix, check = self._parse_header(header)
        try:
            stream_key, check_key = _keys(passphrase, params)
        except DamagedVault:
            raise self._damaged("it asks for weaker protection than casebook allows") from None
        if not keys.same(keys.mac(check_key, self._checked_body), check):
            raise WrongPassphrase(
                "That bundle passphrase is not right for this bundle. Nothing was imported."
            )
        self._aad = fixed + header
        self._prefix = prefix
        self._aead = AESGCM(stream_key)
        body = size - len(self._aad)
        self._chunks = max(1, -(-body // SEALED_CHUNK_SIZE))
        self._last_size = body - (self._chunks - 1) * SEALED_CHUNK_SIZE
        if self._last_size <= TAG_SIZE or self._chunks > MAX_CHUNKS:
            raise self._damaged("it ends too early")
        self._index = 0
        self._plain = bytearray()
        self._ended = False

    def _parse_header(self, header: bytes) -> tuple[kdf.KdfParams, bytes, bytes]:
        damaged = self._damaged("its header is damaged")
        try:
            body = json.loads(header.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise damaged from None
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise damaged
        checksum = body.pop("checksum", None)
        if (
            not isinstance(checksum, str)
            or hashlib.sha256(_canonical(body)).hexdigest() != checksum
        ):
            raise damaged
        if body.get("version") != VERSION:
            raise self._damaged("it was made by a newer casebook; update casebook to import it")
        try:
            check = base64.b64decode(body.pop("check"), validate=True)
            k = body["kdf"]
            if k["algorithm"] != "argon2id":
                raise damaged
            params = kdf.KdfParams(
                salt=base64.b64decode(k["salt"], validate=True),
                time_cost=int(k["time_cost"]),
                memory_kib=int(k["memory_kib"]),
                parallelism=int(k["parallelism"]),
            )
            prefix = base64.b64decode(body["nonce_prefix"], validate=True)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise damaged from None
        if len(prefix) != PREFIX_SIZE:
            raise damaged
        try:
            params.check()
        except DamagedVault:
            raise self._damaged("it asks for weaker protection than casebook allows") from None
        self._checked_body = _canonical(body)
        return params, prefix, check

    def _fill(self, want: int) -> None:
        """Decrypt chunks until ``want`` plaintext bytes are buffered."""
        while len(self._plain) < want:
            if self._index >= self._chunks:
                raise self._damaged("a record runs past its end")
            final = self._index == self._chunks - 1
            size = self._last_size if final else SEALED_CHUNK_SIZE
            sealed = self._stream.read(size)
            if len(sealed) != size:
                raise self._damaged("it ends too early")
            try:
                self._plain += self._aead.decrypt(
                    _nonce(self._prefix, self._index, final), sealed, self._aad
                )
            except InvalidTag:
                raise self._damaged(f"part {self._index + 1} was altered or is missing") from None
            self._index += 1

    def rewind(self) -> None:
        """Back to the first record, to read the bundle again without deriving the key again."""
        self._stream.seek(len(self._aad))
        self._index = 0
        self._plain = bytearray()
        self._ended = False

    def _take(self, count: int) -> bytes:
        self._fill(count)
        data = bytes(self._plain[:count])
        del self._plain[:count]
        return data

    def next_record(self) -> tuple[int, int]:
        """The next record's kind and size; ``KIND_END`` means there are no more."""
        kind, size = _RECORD.unpack(self._take(_RECORD.size))
        if kind == KIND_END:
            if size:
                raise self._damaged("its end is damaged")
            self._ended = True
        elif kind not in (KIND_MANIFEST, KIND_CONTENT):
            raise self._damaged("it holds a record casebook does not know")
        return kind, size

    def read(self, size: int) -> bytes:
        return b"".join(self.pieces(size))

    def pieces(self, size: int) -> Iterator[bytes]:
        left = size
        while left:
            piece = self._take(min(left, CHUNK_SIZE))
            left -= len(piece)
            yield piece

    def finish(self) -> None:
        """Raise unless the end record was read, nothing follows it and every chunk verified."""
        if not self._ended or self._plain or self._index != self._chunks:
            raise self._damaged("it has unexpected data at its end")
        if self._stream.read(1):
            raise self._damaged("it grew while it was read")

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
