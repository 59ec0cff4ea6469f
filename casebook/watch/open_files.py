"""Is a file that looks complete still open for writing? A cheap, per-platform probe.

Size and mtime can stay put while a slow scanner pauses between pages, so once
the stability tracker says "stable" the watcher asks this module too. Each probe
answers only what its platform can tell cheaply; an inconclusive probe answers
"not busy" and the size/mtime rule alone decides.

- Windows: open the file asking to deny others write access
  (``FILE_SHARE_READ | FILE_SHARE_DELETE``). While a scanner, a copy or an SMB
  client holds it open for writing, that open fails with a sharing violation.
  This is reliable and costs one open per file.
- Linux: (1) an exclusive, non-blocking ``flock`` on a read-only descriptor:
  busy if the writer holds a lock; (2) a walk of ``/proc/*/fd`` of the
  processes we may read (our own user's), checking ``fdinfo`` flags for a
  write-mode descriptor on the file. The walk is one ``readlink`` per open
  descriptor (a few milliseconds on a desktop) and runs once per watcher tick,
  only for files already stable. It cannot see other users' processes (e.g.
  Samba serving a network scanner): there stability alone decides.
- macOS and other Unixes: the ``flock`` probe only; ``lsof`` would be a
  subprocess per check, far from cheap.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from pathlib import Path

_ACCESS_MODE_MASK = 0o3  # O_ACCMODE: the low two bits of the open flags


def open_for_writing(paths: Collection[Path]) -> frozenset[Path]:
    """Those of ``paths`` that some process is known to have open for writing."""
    busy = {path for path in paths if _probe(path)}
    if sys.platform == "linux":
        busy |= _proc_writers([path for path in paths if path not in busy])
    return frozenset(busy)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _GENERIC_READ = 0x80000000
    _FILE_SHARE_READ = 0x1
    _FILE_SHARE_DELETE = 0x4
    _OPEN_EXISTING = 3
    _FILE_FLAG_OPEN_REPARSE_POINT = 0x00200000  # never follow a link
    _SHARING_ERRORS = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
    _INVALID_HANDLE = wintypes.HANDLE(-1).value

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.CreateFileW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    ]
    _kernel32.CreateFileW.restype = wintypes.HANDLE
    _kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    _kernel32.CloseHandle.restype = wintypes.BOOL

    def _probe(path: Path) -> bool:
        """Busy if an open that denies other writers fails with a sharing violation."""
        handle = _kernel32.CreateFileW(
            str(path),
            _GENERIC_READ,
            _FILE_SHARE_READ | _FILE_SHARE_DELETE,
            None,
            _OPEN_EXISTING,
            _FILE_FLAG_OPEN_REPARSE_POINT,
            None,
        )
        if handle is None or handle == _INVALID_HANDLE:
            return ctypes.get_last_error() in _SHARING_ERRORS
        _kernel32.CloseHandle(handle)
        return False

else:
    import fcntl

    def _probe(path: Path) -> bool:
        """Busy if another open file holds a ``flock`` on it."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False  # e.g. a filesystem without flock: inconclusive
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)


def _proc_writers(paths: Collection[Path]) -> set[Path]:
    """Paths some readable process in ``/proc`` holds open in write mode (Linux)."""
    if not paths:
        return set()
    wanted = {os.path.realpath(path): path for path in paths}
    found: set[Path] = set()
    try:
        processes = os.scandir("/proc")
    except OSError:
        return found
    with processes:
        for process in processes:
            if not process.name.isdigit():
                continue
            try:
                with os.scandir(f"/proc/{process.name}/fd") as descriptors:
                    for descriptor in descriptors:
                        try:
                            target = os.readlink(descriptor.path)
                        except OSError:
                            continue
                        path = wanted.get(target)
                        if path is not None and _writable(process.name, descriptor.name):
                            found.add(path)
            except OSError:
                continue  # another user's process, or it just exited
    return found


def _writable(pid: str, fd: str) -> bool:
    """Whether descriptor ``fd`` of process ``pid`` was opened for writing."""
    try:
        with open(f"/proc/{pid}/fdinfo/{fd}", encoding="ascii") as info:
            for line in info:
                if line.startswith("flags:"):
                    mode = int(line.split()[1], 8) & _ACCESS_MODE_MASK
                    return mode in (os.O_WRONLY, os.O_RDWR)
    except (OSError, ValueError, IndexError):
        return False
    return False
