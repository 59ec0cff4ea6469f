"""Synced records as plain field maps: read, written and deleted by global uid.

What the office sync (casebook.services.sync) moves between vaults is a
record's fields as JSON-ready values: dates and times as ISO text, bytes as
base64, and every reference to another synced record as that record's global
uid (``sync_ids``), never a local row id, which means nothing in another vault.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Table, delete, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from casebook.store.sync_capture import SYNCED, WHOLE_ROW
from casebook.store.tables import Base, SyncId, SyncJournal, SyncState

Json = Any  # a JSON-ready value: str, int, bool, None, or {"b64": str}


def table(name: str) -> Table:
    if name not in SYNCED:
        raise KeyError(name)
    return Base.metadata.tables[name]


def parents(name: str) -> dict[str, str]:
    """Column → the synced table it refers to."""
    out: dict[str, str] = {}
    for fk in table(name).foreign_keys:
        out[fk.parent.name] = fk.column.table.name
    return out


def fields_of(name: str) -> list[str]:
    """The fields that travel: every column but the local id (the uid is the record's name)."""
    return [c.name for c in table(name).columns if c.name not in ("id", "uid")]


def encode(name: str, field: str, value: Any) -> Json:
    if value is None:
        return None
    kind = table(name).c[field].type
    if isinstance(kind, DateTime):
        return value.isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, LargeBinary):
        return {"b64": base64.b64encode(value).decode()}
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return str(value)


def decode(name: str, field: str, value: Json) -> Any:
    if value is None:
        return None
    kind = table(name).c[field].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value["b64"])
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return str(value)


# --- global ids ---------------------------------------------------------------------------


def row_id(session: Session, name: str, uid: str) -> int | None:
    return session.scalar(select(SyncId.row_id).where(SyncId.table_name == name, SyncId.uid == uid))


def uid_of(session: Session, name: str, rid: int) -> str | None:
    return session.scalar(select(SyncId.uid).where(SyncId.table_name == name, SyncId.row_id == rid))


# --- the journal's switches -----------------------------------------------------------------


def state(session: Session) -> SyncState | None:
    return session.get(SyncState, 1)


def set_applying(session: Session, on: bool) -> None:
    """Triggers stay silent while changes from the hub are applied (never journalled again)."""
    session.execute(sql_update(SyncState).where(SyncState.id == 1).values(applying=on))


def start_journal(session: Session, member_id: str, edited_ms: int) -> int:
    """Turn capture on, giving every existing row a global uid and journalling it whole
    (the first sync of a vault pushes what it already holds); how many rows."""
    session.add(SyncState(id=1, journal=True, applying=False, member_id=member_id))
    session.flush()
    count = 0
    for name in SYNCED:
        t = table(name)
        has_uid = "uid" in t.c
        cols = [t.c.id, t.c.uid] if has_uid else [t.c.id]
        known = set(session.scalars(select(SyncId.row_id).where(SyncId.table_name == name)))
        for row in session.execute(select(*cols).order_by(t.c.id)):
            rid = int(row[0])
            if rid in known:
                continue
            uid = str(row[1]) if has_uid else secrets.token_hex(16)
            session.add(SyncId(table_name=name, row_id=rid, uid=uid))
            session.add(
                SyncJournal(
                    table_name=name, uid=uid, field=WHOLE_ROW, op="put", edited_ms=edited_ms
                )
            )
            count += 1
        session.flush()
    return count


# --- records --------------------------------------------------------------------------------


def read_record(session: Session, name: str, uid: str) -> dict[str, Json] | None:
    """Every field of the record, encoded, references as uids; None if it is not here."""
    rid = row_id(session, name, uid)
    if rid is None:
        return None
    t = table(name)
    row = session.execute(select(t).where(t.c.id == rid)).mappings().first()
    if row is None:
        return None
    refs = parents(name)
    out: dict[str, Json] = {}
    for field in fields_of(name):
        value = row[field]
        if field in refs:
            out[field] = None if value is None else uid_of(session, refs[field], int(value))
        else:
            out[field] = encode(name, field, value)
    return out


@dataclass(frozen=True)
class Written:
    row_id: int | None  # None: not written (a parent it needs is not in this vault)
    created: bool


def _local(session: Session, name: str, fields: dict[str, Json]) -> dict[str, Any] | None:
    refs = parents(name)
    t = table(name)
    values: dict[str, Any] = {}
    for field, value in fields.items():
        if field not in t.c or field in ("id", "uid"):
            continue
        if field in refs:
            if value is None:
                values[field] = None
                continue
            parent = row_id(session, refs[field], str(value))
            if parent is None:
                if not t.c[field].nullable:
                    return None
                values[field] = None
            else:
                values[field] = parent
        else:
            values[field] = decode(name, field, value)
    return values


def write_record(session: Session, name: str, uid: str, fields: dict[str, Json]) -> Written:
    """Create the record (``fields`` whole) or change the given fields of it."""
    values = _local(session, name, fields)
    if values is None:
        return Written(None, False)
    t = table(name)
    rid = row_id(session, name, uid)
    if rid is None:
        if "uid" in t.c:
            values["uid"] = uid
        new = session.execute(insert(t).values(**values).returning(t.c.id)).scalar_one()
        session.add(SyncId(table_name=name, row_id=int(new), uid=uid))
        session.flush()
        return Written(int(new), True)
    if values:
        session.execute(sql_update(t).where(t.c.id == rid).values(**values))
    return Written(rid, False)


def delete_record(session: Session, name: str, uid: str) -> bool:
    """Delete it here (its children go as the schema cascades); False if it was not here."""
    rid = row_id(session, name, uid)
    if rid is None:
        return False
    t = table(name)
    session.execute(delete(t).where(t.c.id == rid))
    return True
