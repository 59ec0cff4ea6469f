"""Plaintext temporaries outside the vault, remembered until they are renamed or removed.

An export writes its plaintext to a temporary beside the destination and
renames it into place once complete. A process killed in between (``kill -9``,
a power cut) would leave that half-written plaintext there for good. So, while
a vault is open, every such temporary is first recorded in the vault's
``pending-writes`` file (encrypted and authenticated under a key derived from
the data key: the paths can name a client), and the next unlock removes any
that are still there. Only names casebook itself makes (``*.partial``) are
ever removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.domain.errors import CasebookError

PENDING_NAME = "pending-writes"
LABEL_PENDING = b"casebook/pending-writes/v1"
_AAD = b"casebook pending writes v1"
_SUFFIX = ".partial"


class PendingWrites:
    """The register of one open vault; thread-safe (imports export on workers)."""

    def __init__(self, vault_folder: Path, key: bytes) -> None:
        self._path = vault_folder / PENDING_NAME
        self._aead = AESGCM(key)
        self._lock = threading.Lock()
        self._live: set[str] = set()

    def sweep(self) -> int:
        """Remove what an earlier, interrupted run left; how many files were removed."""
        removed = 0
        recorded = self._read()
        if not recorded and not self._path.exists():
            return 0
        for name in recorded:
            path = Path(name)
            if path.name.endswith(_SUFFIX) and path.is_absolute():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        with self._lock, contextlib.suppress(OSError, CasebookError):
            self._write()
        return removed

    @contextlib.contextmanager
    def track(self, temporary: Path) -> Iterator[None]:
        """Record ``temporary`` before it is created; forget it once it is gone or renamed."""
        key = os.path.abspath(temporary)
        with self._lock:
            self._live.add(key)
            with contextlib.suppress(OSError, CasebookError):  # the vault's disk is full:
                self._write()  # the export (to another drive, perhaps) still goes ahead
        try:
            yield
        finally:
            with self._lock:
                self._live.discard(key)
                with contextlib.suppress(OSError, CasebookError):
                    self._write()

    def _read(self) -> list[str]:
        try:
            blob = self._path.read_bytes()
            names = json.loads(self._aead.decrypt(blob[:12], blob[12:], _AAD))
        except (OSError, ValueError, InvalidTag):
            return []  # nothing recorded, or unreadable: nothing is removed
        return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []

    def _write(self) -> None:
        """Nothing pending: no file at all (an unlock that exported nothing changes nothing)."""
        from casebook.vault.files import atomic_write_bytes, fsync_dir

        if not self._live:
            if self._path.exists():
                self._path.unlink()
                fsync_dir(self._path.parent)
            return

        nonce = os.urandom(12)
        body = json.dumps(sorted(self._live)).encode()
        atomic_write_bytes(self._path, nonce + self._aead.encrypt(nonce, body, _AAD), track=False)


_active: PendingWrites | None = None


def activate(register: PendingWrites) -> None:
    """The open vault's register (the app and the command open one vault at a time)."""
    global _active
    _active = register


def deactivate(register: PendingWrites | None) -> None:
    """At close; a second vault opened meanwhile (a self-test's copy) keeps its own."""
    global _active
    if register is not None and _active is register:
        _active = None


@contextlib.contextmanager
def tracked(temporary: Path) -> Iterator[None]:
    """``PendingWrites.track`` on the open vault's register; nothing if none is open."""
    register = _active
    if register is None:
        yield
        return
    with register.track(temporary):
        yield
