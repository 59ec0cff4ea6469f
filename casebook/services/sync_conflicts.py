"""Fields two members changed without seeing each other's edit: listed, and resolved by a person.

The record holds the last writer's value meanwhile (casebook.services.sync_apply);
resolving writes the value the person picked as a new local edit, so it
travels at the next sync and every vault ends with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from casebook.domain.errors import CasebookError, NotFound
from casebook.services.changes import Changed, Changes
from casebook.services.sync import KINDS
from casebook.store import sync_records as records
from casebook.store.session import Store
from casebook.store.tables import SyncConflict

KEEP = ("local", "remote")


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    table: str
    record: str  # the record's global uid
    row_id: int | None  # its id in this vault (None: it has since been deleted)
    field: str
    local_value: Any
    remote_value: Any
    local_author: str
    remote_author: str
    found_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "table": self.table,
            "record": self.record,
            "row_id": str(self.row_id) if self.row_id is not None else None,
            "field": self.field,
            "local": self.local_value,
            "remote": self.remote_value,
            "local_author": self.local_author,
            "remote_author": self.remote_author,
            "found_at": self.found_at.isoformat(sep=" ", timespec="seconds"),
        }


def list_conflicts(store: Store) -> list[ConflictInfo]:
    """Conflicts not yet resolved, oldest first."""
    with store.reading() as session:
        rows = list(
            session.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.id)
            )
        )
        return [
            ConflictInfo(
                c.id,
                c.table_name,
                c.uid,
                records.row_id(session, c.table_name, c.uid),
                c.field,
                json.loads(c.local_value),
                json.loads(c.remote_value),
                c.local_author,
                c.remote_author,
                c.found_at,
            )
            for c in rows
        ]


def resolve_conflict(store: Store, conflict_id: int, keep: str, now: datetime) -> Changed[None]:
    """Keep this vault's value (``local``) or the colleague's (``remote``) for the field."""
    if keep not in KEEP:
        raise CasebookError("Keep one of the two values: local or remote.")
    with store.transaction() as session:
        c = session.get(SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            raise NotFound(f"No open sync conflict #{conflict_id} (see `casebook sync-conflicts`).")
        value = json.loads(c.local_value if keep == "local" else c.remote_value)
        if records.row_id(session, c.table_name, c.uid) is not None:
            written = records.write_record(session, c.table_name, c.uid, {c.field: value})
            if written.row_id is None:
                raise CasebookError("That value refers to a record no longer in this vault.")
        c.resolved_at = now
    return Changed(None, Changes(frozenset({KINDS[c.table_name]})))
