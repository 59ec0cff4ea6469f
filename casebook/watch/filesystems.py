"""Does a folder live on a network share, where change notifications don't arrive?

inotify, FSEvents and ReadDirectoryChangesW report changes made through this
machine only; a network scanner writing straight to an SMB/NFS share is
invisible to them (KeePassXC's FileWatcher polls NFS for the same reason). On
such folders the watcher polls from the start.

- Linux: the folder's filesystem type from ``/proc/self/mountinfo``.
- Windows: a UNC path, or a drive letter that ``GetDriveTypeW`` calls remote.
- macOS: no cheap answer without ``statfs`` through ctypes; the watcher's
  periodic rescan and its "events are not arriving" fallback cover it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_REMOTE_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "virtiofs",
        "vboxsf",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
    }
)
_DRIVE_REMOTE = 4


_MOUNTINFO = Path("/proc/self/mountinfo")


def looks_remote(folder: Path, *, mountinfo: Path = _MOUNTINFO) -> bool:
    """True when ``folder`` is known to be on a network filesystem."""
    if sys.platform == "win32":
        return _windows_remote(folder)
    if sys.platform == "linux":
        fstype = linux_fstype(folder, mountinfo=mountinfo)
        return fstype is not None and fstype in _REMOTE_TYPES
    return False


def linux_fstype(folder: Path, *, mountinfo: Path = _MOUNTINFO) -> str | None:
    """The type of the filesystem mounted deepest above ``folder``, if readable."""
    target = os.path.realpath(folder)
    best: tuple[int, str] | None = None
    try:
        with mountinfo.open(encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                fields = line.split()
                if "-" not in fields:
                    continue
                separator = fields.index("-")
                if len(fields) <= separator + 1 or len(fields) < 5:
                    continue
                mount_point = _unescape(fields[4])
                if _is_within(target, mount_point) and (
                    best is None or len(mount_point) >= best[0]
                ):
                    best = (len(mount_point), fields[separator + 1])
    except OSError:
        return None
    return None if best is None else best[1]


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def _is_within(path: str, mount_point: str) -> bool:
    return mount_point == "/" or path == mount_point or path.startswith(mount_point + "/")


if sys.platform == "win32":
    import ctypes

    def _windows_remote(folder: Path) -> bool:
        """UNC paths and mapped network drives are remote."""
        absolute = os.path.abspath(folder)
        if absolute.startswith(("\\\\", "//")):
            return True
        drive = os.path.splitdrive(absolute)[0]
        if not drive:
            return False
        kernel32 = ctypes.WinDLL("kernel32")
        return bool(kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE)

else:

    def _windows_remote(folder: Path) -> bool:
        return False
