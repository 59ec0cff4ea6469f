"""Storage failures named for what they are, by SQLite's result code and the OS's errno.

A message's words are never inspected: a bug selecting a column named
``fullname`` must not read as "disk full". The rules:

* ``SQLITE_FULL`` is a full disk. So are I/O and open failures while the
  vault's drive has almost no space left (SQLite reports a failed write of its
  shared-memory index as ``SQLITE_IOERR``, not ``SQLITE_FULL``).
* "Damaged" is said only for ``SQLITE_CORRUPT`` and ``SQLITE_NOTADB``: with the
  key already proved right by the header's tag, these mean SQLCipher's page
  HMAC or SQLite's own structure check failed.
* Any other I/O failure is the drive's (unplugged, failing), not the vault's.
* Anything else (a misuse, a syntax error, a constraint) is a bug and is
  re-raised as one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from casebook.domain.errors import CasebookError, DamagedVault, DiskFull, VaultInUse

# Below this much free space, an I/O failure is taken to be the full disk's.
LOW_SPACE_BYTES = 1024 * 1024

SQLITE_PERM = sqlcipher3.SQLITE_PERM
SQLITE_BUSY = sqlcipher3.SQLITE_BUSY
SQLITE_LOCKED = sqlcipher3.SQLITE_LOCKED
SQLITE_NOMEM = sqlcipher3.SQLITE_NOMEM
SQLITE_READONLY = sqlcipher3.SQLITE_READONLY
SQLITE_IOERR = sqlcipher3.SQLITE_IOERR
SQLITE_CORRUPT = sqlcipher3.SQLITE_CORRUPT
SQLITE_FULL = sqlcipher3.SQLITE_FULL
SQLITE_CANTOPEN = sqlcipher3.SQLITE_CANTOPEN
SQLITE_NOTADB = sqlcipher3.SQLITE_NOTADB


READ_ONLY_NOTICE = (
    "The disk holding the vault is full, so it is open for reading only: you can look "
    "things up, export and back up to another drive. Free some space to make changes."
)


def sqlite_code(exc: BaseException) -> int | None:
    """The primary result code SQLite gave for ``exc`` (or its cause), if any."""
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(seen, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _while(doing: str) -> str:
    return f" ({doing})" if doing else ""


def disk_full(doing: str) -> DiskFull:
    what = f" ({doing})" if doing else ""
    return DiskFull(
        f"The disk holding the vault is full{what}. Free some space on it "
        "(empty the trash, move large files to another drive) and try again; "
        "nothing was lost."
    )


def storage_fault(
    exc: BaseException, doing: str, folder: Path, *, read_only: bool = False
) -> CasebookError | None:
    """The ``CasebookError`` a person should see for ``exc``, or None when it is a bug.

    ``read_only``: the vault was opened for reading because the disk was full,
    so a refused write is that, not a read-only drive.
    """
    code = sqlite_code(exc)
    if code is None:
        return None
    if code == SQLITE_FULL:
        return disk_full(doing)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        if disk_nearly_full(folder):
            return disk_full(doing)
        return CasebookError(
            f"The drive holding the vault reported a read or write error{_while(doing)}; "
            "nothing was changed. Check that the drive is still connected, then try again."
        )
    if code == SQLITE_READONLY:
        if read_only:
            return DiskFull(
                "The disk holding the vault is full, so the vault is open for reading only. "
                "Free some space on it, then open the vault again to make changes."
            )
        return CasebookError(f"The vault's drive is read-only{_while(doing)}; nothing was changed.")
    if code == SQLITE_PERM:
        return CasebookError(
            f"casebook may not use the vault's files{_while(doing)}: permission denied."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUse("The vault is busy in another casebook process; try again.")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedVault(
            "Part of the vault's database failed its integrity check. Run `casebook check "
            "--deep`, and restore from a backup if it reports damage."
        )
    if code == SQLITE_NOMEM:
        return CasebookError(
            f"casebook ran out of memory{_while(doing)}; close other programs and try again."
        )
    return None


def opening_fault(exc: BaseException, folder: Path, db_name: str) -> CasebookError | None:
    """``storage_fault`` for a vault's first read, where damage means the whole database."""
    fault = storage_fault(exc, "opening the vault", folder)
    if isinstance(fault, DamagedVault):
        return DamagedVault(
            f"The vault's database ({db_name}) is damaged or is not a casebook database; "
            "restore from a backup."
        )
    return fault
