"""One writer per vault: an OS file lock on ``<vault>/lock``.

The lock is the kernel's (``flock`` on POSIX, ``msvcrt.locking`` on Windows),
so it dies with its process: a lock left by a killed process is stale by
construction and is taken over without asking. The file's text (a process
id) only says who holds a live lock; the host name is not written, as the
folder may sit on a shared or synced drive. Writing that text is best effort:
on a full disk the lock is still the kernel's, so reading, exporting and
backing up to another drive still work.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from casebook.domain.errors import VaultInUse
from casebook.vault.files import FILE_MODE, translate_os_error

LOCK_NAME = "lock"


class VaultLock:
    """Held from unlock until close; ``release`` is idempotent."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self._path, flags, FILE_MODE)
        except OSError as exc:
            raise translate_os_error(exc, "opening the vault's lock file") from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            holder = _read_holder(self._path)
            raise VaultInUse(
                "This vault is open in another casebook window or command"
                f"{holder}. Close it there first."
            ) from None
        with contextlib.suppress(OSError):  # a full disk: the flock alone is the lock
            os.ftruncate(fd, 0)
            os.write(fd, f"pid={os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


def _read_holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f" ({text})" if text else ""


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
