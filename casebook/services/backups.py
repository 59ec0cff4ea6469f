"""Backups as the app and the command see them: back up, restore, and remind.

The container and its cryptography are ``casebook.vault.backup`` (files only);
this module adds what needs the records: which blobs the snapshot's documents
and their earlier versions (page edits keep them) reference, the cross-check
of both against restored blobs, and the "last backup" time in the vault's
``settings`` table (key ``backup``), so the app can remind when it is older
than N days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from casebook.domain.errors import CasebookError
from casebook.services import vault_settings
from casebook.store.session import Store
from casebook.vault.backup import (
    BackupInfo,
    Progress,
    restore_backup,
    verify_backup,
    with_passphrase,
    with_recovery_key,
    write_backup,
)
from casebook.vault.blobstore import Fingerprint

SETTING_KEY = "backup"
DEFAULT_REMIND_DAYS = 7
SUFFIX = ".cbbackup"


@dataclass(frozen=True)
class BackupResult:
    """A verified backup: where, how big, how many documents' contents."""

    path: Path
    size: int
    blobs: int
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "size": self.size,
            "documents": self.blobs,
            "created_at": self.created_at.isoformat(),
            "verified": True,
        }


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    blobs: int

    def to_json(self) -> dict[str, Any]:
        return {"vault": str(self.folder), "documents": self.blobs, "verified": True}


def _snapshot_blobs(conn: Any) -> Iterable[str]:
    """Every blob the snapshot's documents name, trashed ones and earlier versions included."""
    names = [row[0] for row in conn.execute("SELECT blob_name FROM documents")]
    if _has_versions(conn):
        names += [
            row[0] for row in conn.execute("SELECT DISTINCT blob_name FROM document_versions")
        ]
    return list(dict.fromkeys(names))


def _has_versions(conn: Any) -> bool:
    """Whether the database has ``document_versions`` (a backup made before revision 0010
    restores without it)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_versions'"
    ).fetchone()
    return found is not None


def backup_vault(
    store: Store, dest: Path, *, progress: Progress | None = None, now: datetime | None = None
) -> BackupResult:
    """Write a verified backup of the open vault to ``dest`` and remember when.

    Safe while the app works on the vault (imports included): see
    ``casebook.vault.backup`` for why the snapshot is consistent.
    """
    info = write_backup(store.vault, dest, _snapshot_blobs, progress=progress)
    when = now or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    if store.vault.read_only:  # its disk is full: the backup stands, the date waits
        return BackupResult(info.path, info.size, info.blobs, when)
    record = vault_settings.read_json(store, SETTING_KEY)
    record.update(
        {
            "last_backup_at": when.isoformat(),
            "last_folder": str(info.path.parent),
            "size": info.size,
        }
    )
    vault_settings.write_json(store, SETTING_KEY, record)
    return BackupResult(info.path, info.size, info.blobs, when)


def restore(
    backup_file: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Restore into a new folder; the vault opens with the passphrase it had when backed up."""
    if (passphrase is None) == (recovery_key is None):
        raise CasebookError("Give the vault's passphrase or its recovery key (one of them).")
    unlock = with_passphrase(passphrase) if passphrase is not None else None
    if unlock is None:
        assert recovery_key is not None
        unlock = with_recovery_key(recovery_key)
    info = restore_backup(backup_file, folder, unlock, vet=_vet_documents)
    return RestoreResult(Path(folder), info.blobs)


def verify(backup_file: Path, passphrase: str) -> BackupInfo:
    """Read a backup through without restoring it (e.g. an old one on a drive)."""
    return verify_backup(backup_file, with_passphrase(passphrase))


def _vet_documents(conn: Any, blobs: Mapping[str, Fingerprint]) -> list[str]:
    """Every document's content is in the backup and has its recorded SHA-256 and size."""
    problems: list[str] = []
    rows = conn.execute("SELECT id, blob_name, sha256, size FROM documents ORDER BY id")
    for doc_id, name, sha256, size in rows:
        fp = blobs.get(name)
        if fp is None:
            problems.append(f"document {doc_id}'s content is missing from it")
        elif fp.sha256 != sha256 or fp.size != size:
            problems.append(f"document {doc_id}'s content does not match its SHA-256")
    if not _has_versions(conn):
        return problems
    rows = conn.execute(
        "SELECT document_id, number, blob_name, sha256, size FROM document_versions "
        "ORDER BY document_id, number"
    )
    for doc_id, number, name, sha256, size in rows:
        fp = blobs.get(name)
        if fp is None:
            problems.append(f"document {doc_id}'s earlier version {number} is missing from it")
        elif fp.sha256 != sha256 or fp.size != size:
            problems.append(
                f"document {doc_id}'s earlier version {number} does not match its SHA-256"
            )
    return problems


def last_backup(store: Store) -> datetime | None:
    """When the last verified backup was written (UTC), or None."""
    value = vault_settings.read_json(store, SETTING_KEY).get("last_backup_at")
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def last_backup_folder(store: Store) -> Path | None:
    """Where the last backup went (e.g. a removable drive), to offer it again."""
    value = vault_settings.read_json(store, SETTING_KEY).get("last_folder")
    return Path(value) if isinstance(value, str) and value else None


def backup_overdue(store: Store, today: date, days: int = DEFAULT_REMIND_DAYS) -> bool:
    """True when the last backup (or, if none, the vault's creation) is older than ``days``.

    A vault made today does not nag at once; one never backed up does after ``days``.
    """
    last = last_backup(store)
    if last is not None:
        since = last.date()
    else:
        with store.reading() as session:
            created = session.execute(text("SELECT min(created) FROM casebook_vault")).scalar()
        since = datetime.fromtimestamp(int(created), UTC).date() if created else today
    return (today - since).days > days
