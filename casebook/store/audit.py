"""The append-only audit trail: who did what to which record, when.

Each entry's ``hash`` is an HMAC (under a subkey of the vault's data key)
over the entry and the previous entry's hash, so editing, inserting or
deleting an entry in the middle of history breaks the chain, and a chain
cannot be forged with the database key alone. Removing the newest entries
is not detectable from inside the database; the README says so.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casebook.store.tables import AuditEntry

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    action: str  # create, update, delete, restore, purge, import, ...
    entity: str  # client, matter, document, ...
    entity_id: str
    detail: Mapping[str, Any]


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def edited_at(previous: datetime | None) -> datetime:
    """The ``updated_at`` of an edit: now, and always later than the version it edits.

    Times are kept to the second, so an edit made in the same second as the
    version it changes (a hand-off received and corrected at once) would
    otherwise look no newer, and the hand-off merge would keep the old one.
    """
    now = utcnow()
    if previous is not None and now <= previous:
        return previous + timedelta(seconds=1)
    return now


def record(session: Session, key: bytes, event: AuditEvent, actor: str | None = None) -> None:
    record_many(session, key, [event], actor)


def record_many(
    session: Session, key: bytes, events: Iterable[AuditEvent], actor: str | None = None
) -> int:
    """Append events in order, in the caller's transaction; returns how many."""
    who = actor or current_actor()
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev = prev or GENESIS
    at = utcnow()
    rows = []
    for event in events:
        row = {
            "at": at,
            "actor": who,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "detail": json.dumps(event.detail, sort_keys=True, default=str, ensure_ascii=False),
            "prev_hash": prev,
        }
        row["hash"] = prev = _entry_hash(key, row)
        rows.append(row)
    if rows:
        session.execute(insert(AuditEntry), rows)
    return len(rows)


def record_update(
    session: Session, key: bytes, entity: str, row: Any, values: Mapping[str, Any]
) -> None:
    """Set ``values`` on an ORM ``row`` and audit only the ones that changed."""
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    for name, value in values.items():
        setattr(row, name, value)
    if hasattr(row, "updated_at"):
        row.updated_at = edited_at(row.updated_at)
    record(session, key, AuditEvent("update", entity, str(row.id), changed))


def record_delete(session: Session, key: bytes, entity: str, row: Any) -> None:
    """Delete a client's ORM ``row`` and audit it under that client."""
    session.delete(row)
    record(session, key, AuditEvent("delete", entity, str(row.id), {"client_id": row.client_id}))


def chain_problems(session: Session, key: bytes) -> list[str]:
    """Every break in the chain, by entry number; empty when history is intact."""
    problems: list[str] = []
    prev = GENESIS
    columns = (
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.detail,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    )
    for row in session.execute(select(*columns).order_by(AuditEntry.id)).mappings():
        if row["prev_hash"] != prev:
            problems.append(f"audit entry {row['id']} does not follow the one before it")
        if not hmac.compare_digest(_entry_hash(key, dict(row)), row["hash"]):
            problems.append(f"audit entry {row['id']} was changed after it was written")
        prev = row["hash"]
    return problems


def _entry_hash(key: bytes, row: Mapping[str, Any]) -> str:
    body = json.dumps(
        [
            row["at"].isoformat(),
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["detail"],
            row["prev_hash"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def rechain(conn: Any, old_key: bytes, new_key: bytes) -> None:
    """Recompute every entry's hash under a new key (a re-key), keeping every break as it was.

    ``conn`` is a DB-API connection inside the caller's transaction. An entry
    that verified under the old key verifies under the new one; one that did
    not keeps its old hash (and a ``prev_hash`` that did not follow keeps its
    old value), so ``chain_problems`` reports the same entries afterwards: a
    key change never launders an altered history.
    """
    rows = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, detail, prev_hash, hash "
        "FROM audit ORDER BY id"
    ).fetchall()
    old_prev = new_prev = GENESIS
    for row_id, at, actor, action, entity, entity_id, detail, prev_hash, old_hash in rows:
        entry = {
            "at": at if isinstance(at, datetime) else datetime.fromisoformat(at),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
            "prev_hash": prev_hash,
        }
        intact = hmac.compare_digest(_entry_hash(old_key, entry), old_hash)
        new_prev_hash = new_prev if prev_hash == old_prev else prev_hash
        entry["prev_hash"] = new_prev_hash
        new_hash = _entry_hash(new_key, entry) if intact else old_hash
        conn.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?",
            (new_prev_hash, new_hash, row_id),
        )
        old_prev, new_prev = old_hash, new_hash
