"""Private, crash-safe files: 0600 files, 0700 folders, temp + fsync + rename.

A file becomes visible under its final name only by ``os.replace`` from a
temporary in the same folder after its contents were fsynced, and the folder
is fsynced afterwards so the rename survives a power cut: a reader sees the
old file or the new one, never half of either. On Windows, modes and folder
fsync do not apply and are skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import threading
from collections.abc import Sequence
from pathlib import Path

from casebook.domain.errors import CasebookError, DiskFull

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".partial"

_DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)

_OPEN_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


def is_disk_full(exc: OSError) -> bool:
    """True when ``exc`` means the disk (or the user's quota) is full."""
    return exc.errno in _DISK_FULL_ERRNOS


def fsync_dir(folder: Path) -> None:
    """Make the folder's entries (creations, renames, removals) durable."""
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(folder: Path) -> bool:
    """Create ``folder`` with mode 0700 if missing; return True if it was created.

    The parent must exist. A new folder is made durable by fsyncing its parent.
    An existing folder is left as it is.
    """
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return False
    if os.name != "nt":
        os.chmod(folder, 0o700)  # the umask may have removed bits; never add any
    fsync_dir(folder.parent)
    return True


def create_private_file(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """Create a new, empty file (mode 0600) with a random name; return (fd, path)."""
    while True:
        path = folder / f"{prefix}{secrets.token_hex(8)}{suffix}"
        try:
            fd = os.open(path, _OPEN_FLAGS, 0o600)
        except FileExistsError:  # pragma: no cover - 64 random bits
            continue
        if os.name != "nt":
            try:
                os.fchmod(fd, 0o600)
            except BaseException:
                os.close(fd)
                remove_quietly(path)
                raise
        return fd, path


def write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    """Write every byte of ``data`` to ``fd``, looping over short writes."""
    view = memoryview(data).cast("B")
    while view:
        written = os.write(fd, view)
        view = view[written:]


def replace_durably(temporary: Path, final: Path) -> None:
    """Rename an fsynced ``temporary`` onto ``final`` and fsync the folder(s)."""
    os.replace(temporary, final)
    fsync_dir(final.parent)
    if temporary.parent != final.parent:
        fsync_dir(temporary.parent)


def remove_quietly(path: Path) -> None:
    """Remove a file if it exists; ignore every error (used on failure paths)."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def make_private_dir(path: Path) -> None:
    """``mkdir -p`` that makes 0700 only the folders it creates.

    A folder that already exists is the person's (their home, ``~/Documents``,
    a team's shared folder): its mode is theirs to choose, so it is never
    touched, even when casebook then creates something inside it.
    """
    missing: list[Path] = []
    folder = path
    while not os.path.lexists(folder):
        missing.append(folder)
        if folder.parent == folder:  # pragma: no cover - the root always exists
            break
        folder = folder.parent
    for new_folder in reversed(missing):
        try:
            os.mkdir(new_folder, DIR_MODE)
        except FileExistsError:  # made meanwhile by someone else: theirs, not ours
            continue
        if os.name != "nt":
            with contextlib.suppress(OSError):  # some drives (FAT) have no modes
                os.chmod(new_folder, DIR_MODE)  # the umask may have removed bits; add none
    if not path.is_dir():
        raise FileExistsError(errno.EEXIST, "exists and is not a folder", str(path))


def open_private(path: Path) -> int:
    """Create ``path`` exclusively, readable by its owner only."""
    return os.open(path, _OPEN_FLAGS, FILE_MODE)


def atomic_write_bytes(target: Path, data: bytes, *, track: bool = True) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old or the new file.

    ``track``: record the temporary with the open vault (``pending``), so a
    kill between writing and renaming leaves no plaintext behind for good.
    """
    from casebook.vault import pending

    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
    with pending.tracked(temp) if track else contextlib.nullcontext():
        try:
            fd = open_private(temp)
            try:
                write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            replace_durably(temp, target)
        except OSError as exc:
            remove_quietly(temp)
            raise translate_os_error(exc, f"writing {target.name}") from None


def atomic_write_files(files: Sequence[tuple[Path, bytes]], *, track: bool = True) -> None:
    """``atomic_write_bytes`` for several files that belong together (a packet's parts).

    Every temporary is written and fsynced at once (each in its own thread, so
    the disk flushes them together instead of one after another), then all are
    renamed, and each folder fsynced once. If anything fails, no file of the set is left: the
    temporaries are removed and the ones already renamed into place too.
    """
    from casebook.vault import pending

    temps = [
        (t.with_name(f".{t.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"), t, d) for t, d in files
    ]
    renamed: list[Path] = []
    with contextlib.ExitStack() as stack:
        if track:
            for temp, _, _ in temps:
                stack.enter_context(pending.tracked(temp))
        try:
            fds: list[int] = []
            try:
                for temp, _, _ in temps:
                    fds.append(open_private(temp))
                _write_together([(fd, data) for fd, (_, _, data) in zip(fds, temps, strict=True)])
            finally:
                for fd in fds:
                    os.close(fd)
            for temp, target, _ in temps:
                os.replace(temp, target)
                renamed.append(target)
            for folder in dict.fromkeys(target.parent for _, target, _ in temps):
                fsync_dir(folder)
        except OSError as exc:
            for temp, _, _ in temps:
                remove_quietly(temp)
            for done in renamed:
                remove_quietly(done)
            names = ", ".join(target.name for _, target, _ in temps)
            raise translate_os_error(exc, f"writing {names}") from None
        except BaseException:
            for temp, _, _ in temps:
                remove_quietly(temp)
            for done in renamed:
                remove_quietly(done)
            raise


def _write_together(writes: Sequence[tuple[int, bytes]]) -> None:
    """Write and fsync each file in its own thread: both system calls release the GIL,
    so the copies into the page cache and the flushes to disk overlap."""
    errors: list[OSError] = []

    def write(fd: int, data: bytes) -> None:
        try:
            write_all(fd, data)
            os.fsync(fd)
        except OSError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=pair) for pair in writes[1:]]
    for thread in threads:
        thread.start()
    if writes:
        write(*writes[0])
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def translate_os_error(exc: OSError, doing: str) -> CasebookError:
    """Turn an environment failure into a message a person can act on."""
    if is_disk_full(exc):
        return DiskFull(
            f"The disk is full ({doing}). Free some space and try again; nothing was lost."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return CasebookError(f"casebook may not write here ({doing}): permission denied.")
    if exc.errno == errno.EROFS:
        return CasebookError(f"The disk is read-only ({doing}).")
    return CasebookError(f"The disk reported an error ({doing}): {os.strerror(exc.errno or 0)}.")
