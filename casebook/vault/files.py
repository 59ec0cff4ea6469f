"""Private, crash-safe file writes: 0600 files, 0700 folders, temp + fsync + rename.

A reader sees either the old file or the new one, never half of either, even
if the process is killed or the power fails between any two lines here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from casebook.domain.errors import CasebookError, DiskFull

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".partial"


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.chmod(DIR_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; NTFS journals the rename.
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def open_private(path: Path) -> int:
    """Create ``path`` exclusively, readable by its owner only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, FILE_MODE)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old or the new file."""
    temp = temp_path_for(target)
    try:
        fd = open_private(temp)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise translate_os_error(exc, f"writing {target.name}") from None
    fsync_dir(target.parent)


def translate_os_error(exc: OSError, doing: str) -> CasebookError:
    """Turn an environment failure into a message a person can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            f"The disk is full ({doing}). Free some space and try again; nothing was lost."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return CasebookError(f"casebook may not write here ({doing}): permission denied.")
    if exc.errno == errno.EROFS:
        return CasebookError(f"The disk is read-only ({doing}).")
    return CasebookError(f"The disk reported an error ({doing}): {os.strerror(exc.errno or 0)}.")
