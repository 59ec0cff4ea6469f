"""``casebook check``: is every part of the vault intact?

Checks, in order: the header (done by unlocking), SQLCipher's per-page HMACs
and SQLite's structure, the audit chain, and with ``deep`` every blob
decrypted end to end against its recorded SHA-256: each document's current
content and each earlier version kept by a page edit (``document_versions``),
a damaged one named with its version number.

Nothing the user has is destroyed without asking. A blob no document names
(a crash between writing it and committing its row, or a database rolled
back to an older copy) is moved, still encrypted, to the vault's quarantine
folder and reported; only ``repair`` (``check --repair``, or the app's button)
deletes it. A document whose blob is missing gets it back from quarantine if
it is there, and is reported otherwise, never hidden. Blobs written in the last
few minutes are left alone: they may belong to an import still running.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from casebook.domain.errors import CasebookError, DiskFull
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentVersion
from casebook.vault.database import integrity_problems

# An unnamed blob younger than this may belong to an import still committing.
SETTLE_SECONDS = 10 * 60


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    repaired: tuple[str, ...] = field(default=())
    blobs_checked: int = 0
    quarantined: int = 0  # content files no document names, kept until ``repair``
    stopped: bool = False  # cancelled during the deep read: ``blobs_checked`` is partial
    versions_checked: int = 0  # of ``blobs_checked``: earlier versions kept by page edits

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "problems": list(self.problems),
            "repaired": list(self.repaired),
            "blobs_checked": self.blobs_checked,
            "versions_checked": self.versions_checked,
            "quarantined": self.quarantined,
        }


Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Content:
    """One stored content to check: a document's current one or an earlier version."""

    label: str
    blob_name: str
    sha256: str
    size: int
    version: bool = False


def check_store(
    store: Store,
    *,
    deep: bool = False,
    repair: bool = False,
    now: float | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CheckReport:
    """Check the vault; ``repair`` also deletes what the quarantine holds.

    ``progress(done, total)`` follows the deep read, content by content (current
    and earlier versions);
    setting ``cancel`` ends it early with ``stopped`` set (what was already
    moved to quarantine stays reported in ``repaired``).
    """
    vault = store.vault
    problems = integrity_problems(vault.db_path, vault.database_key(), immutable=vault.read_only)
    repaired: list[str] = []
    with store.reading() as session:
        problems += audit.chain_problems(session, store.audit_key)
        documents = session.execute(
            select(Document.id, Document.blob_name, Document.sha256, Document.size)
        ).all()
        earlier = session.execute(
            select(
                DocumentVersion.document_id,
                DocumentVersion.number,
                DocumentVersion.blob_name,
                DocumentVersion.sha256,
                DocumentVersion.size,
            ).order_by(DocumentVersion.document_id, DocumentVersion.number)
        ).all()
    blobs = store.vault.blobs
    known = {d.blob_name for d in documents} | {v.blob_name for v in earlier}
    writable = not vault.read_only  # on a full disk the check only reads
    brought_back = 0
    contents = [_Content(f"document {d.id}", d.blob_name, d.sha256, d.size) for d in documents] + [
        _Content(
            f"document {v.document_id} earlier version {v.number}",
            v.blob_name,
            v.sha256,
            v.size,
            version=True,
        )
        for v in earlier
    ]
    for item in contents:
        if blobs.exists(item.blob_name):
            continue
        if writable and blobs.release(item.blob_name):
            brought_back += 1
        else:
            problems.append(f"{item.label}: its encrypted content is missing")
    if brought_back:
        repaired.append(f"brought back {brought_back} document content file(s) from quarantine")
    if writable:
        settled = (time.time() if now is None else now) - SETTLE_SECONDS
        orphans = [n for n in blobs.names() if n not in known and blobs.mtime(n) < settled]
        for name in orphans:
            blobs.quarantine(name)
        if orphans:
            repaired.append(
                f"moved {len(orphans)} stored content file(s) no document names to the "
                "quarantine folder (kept, still encrypted; `casebook check --repair` deletes them)"
            )
        if repair:
            purged = blobs.purge_quarantine()
            if purged:
                repaired.append(f"deleted {purged} quarantined content file(s)")
    strays = blobs.remove_stray_temporaries() if writable else 0
    if strays:
        repaired.append(f"removed {strays} unfinished temporary file(s)")
    checked, versions, stopped = 0, 0, False
    if deep:
        total = len(contents)
        for done, item in enumerate(contents):
            if progress is not None:
                progress(done, total)
            if cancel is not None and cancel.is_set():
                stopped = True
                break
            if not blobs.exists(item.blob_name):
                continue
            try:
                fp = blobs.verify(item.blob_name, item.label)
            except CasebookError as exc:
                problems.append(exc.message)
                continue
            checked += 1
            versions += item.version
            if fp.sha256 != item.sha256 or fp.size != item.size:
                problems.append(f"{item.label}: its content does not match its recorded SHA-256")
        if progress is not None and not stopped:
            progress(total, total)
    return CheckReport(
        tuple(problems),
        tuple(repaired),
        checked,
        len(blobs.quarantined()),
        stopped,
        versions,
    )


def delete_quarantined(store: Store) -> int:
    """The app's "Delete them" for the quarantine: how many files were deleted."""
    if store.vault.read_only:
        raise DiskFull(
            "The disk holding the vault is full, so the vault is open for reading only. "
            "Free some space on it, then open the vault again to delete them."
        )
    return store.vault.blobs.purge_quarantine()
