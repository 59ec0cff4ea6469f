"""Applying one verified change from a colleague: per-field last writer wins, by HLC.

Each field of a change carries its value, its stamp and the stamp it
overwrote (its base). Here, for each field:

- the stamp this vault holds for it is compared with the change's, as
  (HLC, author id): the greater wins, so every vault that has seen the same
  changes holds the same value, whatever order it met them in;
- when this vault's stamp is not the change's base, the two edits were made
  without seeing each other; if their values differ, both are kept in
  ``sync_conflicts`` (values, authors, stamps) for a person to resolve. The
  record holds the winner's value meanwhile: nothing is lost.

A deletion is a tombstone: it wins over every edit, earlier or later, and
an edit of a record deleted here is not applied. Derived and bookkeeping
fields (sort keys, times of update, extracted text) follow the last writer
without being shown as conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from casebook.services.sync_outbox import (
    BLOB_FIELD,
    field_stamps,
    mark_shared,
    put_stamps,
    set_stamp,
    stamp_of,
)
from casebook.store import sync_records as records
from casebook.store.sync_capture import DELETED, SYNCED, WHOLE_ROW
from casebook.store.tables import SyncConflict

QUIET = frozenset(
    {
        "created_at",
        "updated_at",
        "name_key",
        "sort_name",
        BLOB_FIELD,
        "thumbnail",
        "text",
        "text_status",
    }
)


@dataclass(frozen=True)
class Applied:
    table: str
    row_id: int | None  # None: nothing changed here
    conflicts: int
    skipped: bool = False  # could not apply here (a parent or a document's content missing)


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def apply_change(
    session: Session, body: dict[str, Any], author: str, blobs: dict[str, str], now: datetime
) -> Applied:
    """Apply one opened change; ``blobs`` maps hub document names to local blob names."""
    table, uid = str(body["t"]), str(body["u"])
    if table not in SYNCED:
        return Applied(table, None, 0)
    stamps = field_stamps(session, table, uid)
    if DELETED in stamps:
        return Applied(table, None, 0)
    mark_shared(session, table, uid)
    if body["op"] == "del":
        set_stamp(session, table, uid, DELETED, (int(body["s"]), author))
        rid = records.row_id(session, table, uid)
        records.delete_record(session, table, uid)
        return Applied(table, rid, 0)
    fields: dict[str, list[Any]] = body["f"]
    current = records.read_record(session, table, uid)
    if current is None:
        if not body.get("full"):
            return Applied(table, None, 0, skipped=True)  # an edit of a record never seen here
        values = {name: _local_value(table, name, f[0], blobs) for name, f in fields.items()}
        if table == "documents" and values.get(BLOB_FIELD) is None:
            return Applied(table, None, 0, skipped=True)  # its content is not on the hub
        written = records.write_record(session, table, uid, values)
        if written.row_id is None:
            return Applied(table, None, 0, skipped=True)  # its parent is not in this vault
        given = {name: (int(f[1]), author) for name, f in fields.items()}
        if len(set(given.values())) == 1:  # one stamp for the whole row, as its author keeps it
            given = {WHOLE_ROW: next(iter(given.values()))}
        put_stamps(session, table, uid, given)
        return Applied(table, written.row_id, 0)
    changed: dict[str, Any] = {}
    won: dict[str, tuple[int, str]] = {}
    conflicts = 0
    for name, (value, hlc, base_hlc, base_author) in fields.items():
        mine = stamp_of(stamps, name)
        theirs = (int(hlc), author)
        if theirs == mine:
            continue
        concurrent = (int(base_hlc), str(base_author)) != mine
        local = current.get(name)
        if concurrent and name not in QUIET and _json(local) != _json(value):
            session.add(
                SyncConflict(
                    table_name=table,
                    uid=uid,
                    field=name,
                    local_value=_json(local),
                    local_hlc=mine[0],
                    local_author=mine[1],
                    remote_value=_json(value),
                    remote_hlc=theirs[0],
                    remote_author=theirs[1],
                    found_at=now,
                )
            )
            conflicts += 1
        if theirs > mine:
            local_value = _local_value(table, name, value, blobs)
            if table == "documents" and name == BLOB_FIELD and local_value is None:
                continue  # the new content is not on the hub: keep the old
            changed[name] = local_value
            won[name] = theirs
    if not changed:
        return Applied(table, None, conflicts)
    written = records.write_record(session, table, uid, changed)
    if written.row_id is None:  # it now refers to a record not in this vault: left as it was
        return Applied(table, None, conflicts, skipped=True)
    put_stamps(session, table, uid, won)
    return Applied(table, written.row_id, conflicts)


def _local_value(table: str, name: str, value: Any, blobs: dict[str, str]) -> Any:
    if table == "documents" and name == BLOB_FIELD:
        return blobs.get(str(value["n"])) if isinstance(value, dict) else None
    return value
