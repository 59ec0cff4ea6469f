"""Removing a plaintext scan from the watched folder once the vault holds it.

The import service decides *when* (only after it has read the stored document
back and compared hashes); this module only does the removal safely.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from casebook.domain.errors import CasebookError


def remove_original(path: Path, *, folder: Path | None = None) -> None:
    """Unlink the regular file at ``path``; never a link's target, never a folder.

    A symbolic link (or anything but a regular file) is refused, so a link
    dropped into the scanner folder can never make casebook delete a file
    elsewhere; ``unlink`` itself never follows a link, so a swap between the
    check and the removal cannot either. With ``folder`` given, a path whose
    real location is outside it (e.g. through a linked subfolder) is refused
    too. A file that is already gone is not an error: nothing plaintext is left.

    The file is not overwritten before unlinking: on SSDs (wear levelling) and
    journaling or copy-on-write filesystems an overwrite lands in new blocks and
    gives no guarantee the old ones are erased. That is why the vault imports a
    scan at once and removes it promptly, and why full-disk encryption is the
    real protection for the scanner folder.

    Raises ``CasebookError`` with a message naming the file and what to do.
    """
    name = path.name
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CasebookError(
            f"Could not check the original {name!r} before removing it ({_reason(exc)}). "
            "It is safely in the vault; remove it by hand."
        ) from exc
    if stat.S_ISLNK(st.st_mode):
        raise CasebookError(
            f"{name!r} is a link, not a scanned file; it was left in place. Remove it by hand."
        )
    if not stat.S_ISREG(st.st_mode):
        raise CasebookError(f"{name!r} is not a regular file; it was left in place.")
    if folder is not None and not _is_inside(path, folder):
        raise CasebookError(
            f"{name!r} is not inside the watched folder {str(folder)!r}; it was left in place."
        )
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CasebookError(
            f"Could not remove the original {name!r} from {str(path.parent)!r} "
            f"({_reason(exc)}). It is safely in the vault; close any program using it "
            "and remove it by hand."
        ) from exc


def _is_inside(path: Path, folder: Path) -> bool:
    """Whether the real location of ``path``'s parent is within ``folder``'s."""
    try:
        parent = path.parent.resolve(strict=True)
        root = folder.resolve(strict=True)
    except OSError:
        return False
    return parent == root or root in parent.parents


def _reason(exc: OSError) -> str:
    """A short, person-readable cause; never the full path twice."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied, or the file is open in another program"
    if exc.errno == errno.EROFS:
        return "the folder is read-only"
    if exc.errno == errno.EBUSY:
        return "the file is in use"
    return exc.strerror or type(exc).__name__
