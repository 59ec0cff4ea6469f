"""``casebook check``: is every part of the vault intact?

Checks, in order: the header (done by unlocking), SQLCipher's per-page HMACs
and SQLite's structure, the audit chain, and with ``deep`` every blob
decrypted end to end against its recorded SHA-256. Blobs with no document
(left by a crash between writing a blob and committing its row) are removed;
documents whose blob is missing are reported, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from casebook.domain.errors import CasebookError
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document
from casebook.vault.database import integrity_problems


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    repaired: tuple[str, ...] = field(default=())
    blobs_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "problems": list(self.problems),
            "repaired": list(self.repaired),
            "blobs_checked": self.blobs_checked,
        }


def check_store(store: Store, *, deep: bool = False) -> CheckReport:
    vault = store.vault
    problems = integrity_problems(vault.db_path, vault.database_key(), immutable=vault.read_only)
    repaired: list[str] = []
    with store.reading() as session:
        problems += audit.chain_problems(session, store.audit_key)
        documents = session.execute(
            select(Document.id, Document.blob_name, Document.sha256, Document.size)
        ).all()
    blobs = store.vault.blobs
    known = {d.blob_name for d in documents}
    for doc in documents:
        if not blobs.exists(doc.blob_name):
            problems.append(f"document {doc.id}: its encrypted content is missing")
    # On a full disk (read-only) nothing is moved; the check only reads.
    orphans = [] if vault.read_only else [n for n in blobs.names() if n not in known]
    for name in orphans:
        blobs.delete(name)
    if orphans:
        repaired.append(
            f"removed {len(orphans)} stored content file(s) no document used "
            "(left by an interrupted import)"
        )
    strays = blobs.remove_stray_temporaries()
    if strays:
        repaired.append(f"removed {strays} unfinished temporary file(s)")
    checked = 0
    if deep:
        for doc in documents:
            if not blobs.exists(doc.blob_name):
                continue
            label = f"document {doc.id}"
            try:
                fp = blobs.verify(doc.blob_name, label)
            except CasebookError as exc:
                problems.append(exc.message)
                continue
            checked += 1
            if fp.sha256 != doc.sha256 or fp.size != doc.size:
                problems.append(f"{label}: its content does not match its recorded SHA-256")
    return CheckReport(tuple(problems), tuple(repaired), checked)
