"""Taking the journal for the hub: local edits stamped, sealed, and kept until acknowledged.

In one local transaction: each journalled record's edits get HLC stamps
(from when they were made, ``edited_ms``), the fields' current values are
read, each field carries the stamp it overwrote (its *base*: a receiver that
holds another value than that base sees two concurrent edits and keeps
both), and the change is sealed and signed under the office's current epoch
into ``sync_outbox``. A change sealed once is resent byte for byte after any
interruption, so the hub (one copy per change id) never holds it twice.

A walled client's records are stamped but withheld (``sync_withheld``), and
sent whole, ahead of the journal, once they no longer belong to a walled file
(the client unwalled, a document unlinked from it, a request moved to another
client); a deletion travels only for a record that has been on the hub.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from casebook.office.documents import document_name
from casebook.office.envelope import Sealed, seal
from casebook.office.hlc import Stamp, tick
from casebook.services.office_context import OfficeContext
from casebook.services.sync_walls import is_walled, walled_ids
from casebook.store import sync_records as records
from casebook.store.session import Store
from casebook.store.sync_capture import DELETED, SYNCED, WHOLE_ROW
from casebook.store.tables import (
    Base,
    SyncField,
    SyncJournal,
    SyncOutbox,
    SyncShared,
    SyncWithheld,
)

FORMAT = 1
_FIELDS = Base.metadata.tables["sync_fields"]
_SHARED = Base.metadata.tables["sync_shared"]
_OUTBOX = Base.metadata.tables["sync_outbox"]
_WITHHELD = Base.metadata.tables["sync_withheld"]
BLOB_FIELD = "blob_name"  # a document's content: its hub name travels, not the local one


@dataclass
class _Pending:
    table: str
    uid: str
    whole: Stamp | None = None  # when the row was journalled whole (created, or shared again)
    deleted: Stamp | None = None
    stamps: dict[str, Stamp] = field(default_factory=dict)


@dataclass(frozen=True)
class Taken:
    sealed: int  # changes put in the outbox
    withheld: int  # records of walled clients kept in the vault
    client_ids: frozenset[int]  # clients whose index entries may have changed


def field_stamps(session: Session, table: str, uid: str) -> dict[str, tuple[int, str]]:
    rows = session.execute(
        select(SyncField.field, SyncField.hlc, SyncField.author).where(
            SyncField.table_name == table, SyncField.uid == uid
        )
    )
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}


def stamp_of(stamps: dict[str, tuple[int, str]], name: str) -> tuple[int, str]:
    return stamps.get(name) or stamps.get(WHOLE_ROW) or (0, "")


def set_stamp(session: Session, table: str, uid: str, name: str, stamp: tuple[int, str]) -> None:
    put_stamps(session, table, uid, {name: stamp})


def put_stamps(
    session: Session, table: str, uid: str, stamps: Mapping[str, tuple[int, str]]
) -> None:
    """Upsert field stamps in one Core statement (no ORM objects: many per record)."""
    if not stamps:
        return
    rows = [
        {"table_name": table, "uid": uid, "field": n, "hlc": s[0], "author": s[1]}
        for n, s in stamps.items()
    ]
    statement = sqlite_insert(_FIELDS)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["table_name", "uid", "field"],
            set_={"hlc": statement.excluded.hlc, "author": statement.excluded.author},
        ),
        rows,
    )


def mark_shared(session: Session, table: str, uid: str) -> None:
    session.execute(
        sqlite_insert(_SHARED).on_conflict_do_nothing(),
        [{"table_name": table, "uid": uid}],
    )


def _group(rows: Iterable[Any], last: Stamp, now_ms: int) -> tuple[list[_Pending], Stamp]:
    """Journal rows (seq, table_name, uid, field, op, edited_ms) by record, stamped."""
    pending: dict[tuple[str, str], _Pending] = {}
    previous_ms: int | None = None
    stamp = last
    for row in rows:
        ms = row.edited_ms if row.edited_ms is not None else now_ms
        if ms != previous_ms:
            stamp = tick(stamp, ms)
            previous_ms = ms
        p = pending.setdefault((row.table_name, row.uid), _Pending(row.table_name, row.uid))
        if row.op == "del":
            p.deleted = stamp
        elif row.field == WHOLE_ROW:
            p.whole = stamp
            p.stamps = {f: stamp for f in records.fields_of(row.table_name)}
        elif row.field is not None:
            p.stamps[row.field] = stamp
    return list(pending.values()), stamp


def _seal(ctx: OfficeContext, change_id: UUID, plain: bytes, hlc: int, record: str) -> Sealed:
    return seal(
        plain,
        key=ctx.keys[ctx.epoch],
        signer=ctx.identity,
        author=ctx.member_id,
        change_id=change_id,
        stamp=Stamp.unpack(hlc),
        record_id=record,
    )


def _outbox(
    session: Session, ctx: OfficeContext, body: dict[str, object], hlc: int, blob: str | None
) -> None:
    record = f"{body['t']}/{body['u']}"
    plain = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    change_id = uuid4()
    s = _seal(ctx, change_id, plain, hlc, record)
    session.execute(
        insert(_OUTBOX),
        [
            {
                "change_id": str(change_id),
                "record": record,
                "plaintext": plain,
                "epoch": s.epoch,
                "hlc": s.hlc,
                "record_key": s.record_key,
                "ciphertext": s.ciphertext,
                "signature": s.signature,
                "blob_name": blob,
            }
        ],
    )


def take_journal(store: Store, session: Session, ctx: OfficeContext, now_ms: int) -> Taken:
    """Move every journalled change into the outbox, sealed (inside the caller's transaction)."""
    state = records.state(session)
    assert state is not None
    me = str(ctx.member_id)
    j = SyncJournal
    rows = session.execute(
        select(j.seq, j.table_name, j.uid, j.field, j.op, j.edited_ms).order_by(j.seq)
    ).all()
    walled = walled_ids(session)
    released = _released(session, walled, now_ms)
    if not rows and not released:
        return Taken(0, 0, frozenset())
    pending, last = _group([*released, *rows], Stamp.unpack(state.last_hlc), now_ms)
    sealed = withheld = 0
    touched: set[int] = set()
    for p in pending:
        stamps = field_stamps(session, p.table, p.uid)
        if p.deleted is not None:
            set_stamp(session, p.table, p.uid, DELETED, (p.deleted.pack(), me))
            if session.get(SyncShared, (p.table, p.uid)) is not None:
                body = {"v": FORMAT, "t": p.table, "u": p.uid, "op": "del", "s": p.deleted.pack()}
                _outbox(session, ctx, body, p.deleted.pack(), None)
                sealed += 1
            continue
        rid = records.row_id(session, p.table, p.uid)
        current = records.read_record(session, p.table, p.uid)
        if rid is None or current is None or not p.stamps:
            continue
        if p.table in ("clients", "client_aliases"):
            touched.add(rid if p.table == "clients" else int(current_client(session, rid)))
        if p.whole is None and session.get(SyncShared, (p.table, p.uid)) is None:
            # Never on the hub (a safety net: new rows are journalled whole): send all of it.
            p.whole = last_of(p)
            p.stamps = {f: p.stamps.get(f, p.whole) for f in records.fields_of(p.table)}
        _keep_stamps(session, p, me)
        if is_walled(session, p.table, rid, walled):
            withheld += 1
            session.execute(
                sqlite_insert(_WITHHELD).on_conflict_do_nothing(),
                [{"table_name": p.table, "uid": p.uid, "seq": rows[-1].seq if rows else 0}],
            )
            continue
        fields: dict[str, list[object]] = {}
        blob: str | None = None
        for name, stamp in p.stamps.items():
            base = stamp_of(stamps, name)
            value: object = current.get(name)
            if p.table == "documents" and name == BLOB_FIELD and value is not None:
                blob = str(value)
                content = store.vault.blobs.read_bytes(blob, "a document for the office")
                value = {"n": document_name(ctx.keys[ctx.epoch], content).hex(), "e": ctx.epoch}
            fields[name] = [value, stamp.pack(), base[0], base[1]]
        full = p.whole is not None
        body = {"v": FORMAT, "t": p.table, "u": p.uid, "op": "put", "full": full, "f": fields}
        _outbox(session, ctx, body, last_of(p).pack(), blob)
        mark_shared(session, p.table, p.uid)
        sealed += 1
    if rows:
        session.execute(delete(SyncJournal).where(SyncJournal.seq <= rows[-1].seq))
    state.last_hlc = last.pack()
    return Taken(sealed, withheld, frozenset(touched))


@dataclass(frozen=True)
class _Row:
    """A journal row made up for a record released from a wall (sent whole)."""

    seq: int
    table_name: str
    uid: str
    field: str | None
    op: str
    edited_ms: int | None


def _released(session: Session, walled: frozenset[int], now_ms: int) -> list[_Row]:
    """Withheld records no longer in a walled file, parents first, as whole-row changes
    ahead of the journal (so a link never arrives before the document it links)."""
    order = {t: i for i, t in enumerate(SYNCED)}
    held = sorted(
        session.execute(select(SyncWithheld.table_name, SyncWithheld.uid, SyncWithheld.seq)),
        key=lambda r: (order.get(r[0], len(order)), r[2]),
    )
    out: list[_Row] = []
    for table, uid, _ in held:
        rid = records.row_id(session, table, uid)
        if rid is not None and is_walled(session, table, rid, walled):
            continue
        session.execute(
            delete(SyncWithheld).where(SyncWithheld.table_name == table, SyncWithheld.uid == uid)
        )
        if rid is not None:
            out.append(_Row(0, table, uid, WHOLE_ROW, "put", now_ms))
    return out


def _keep_stamps(session: Session, p: _Pending, me: str) -> None:
    """This vault's stamps for the fields it changed: exactly those the change carries
    (a whole row as one ``*`` stamp and the fields edited since, each its own)."""
    if p.whole is not None:
        session.execute(
            delete(SyncField).where(SyncField.table_name == p.table, SyncField.uid == p.uid)
        )
        set_stamp(session, p.table, p.uid, WHOLE_ROW, (p.whole.pack(), me))
    own = {n: (s.pack(), me) for n, s in p.stamps.items() if s != p.whole}
    put_stamps(session, p.table, p.uid, own)


def last_of(p: _Pending) -> Stamp:
    return max(p.stamps.values())


def current_client(session: Session, alias_id: int) -> int:
    from casebook.store.tables import ClientAlias

    alias = session.get(ClientAlias, alias_id)
    assert alias is not None
    return alias.client_id


def reseal(session: Session, ctx: OfficeContext, row: SyncOutbox) -> Sealed:
    """A change sealed under an epoch that has since ended: sealed again under the current
    one, as a new change (a receiver applies it once: same stamps, same author)."""
    change_id = uuid4()
    s = _seal(ctx, change_id, row.plaintext, row.hlc, row.record)
    row.change_id = str(change_id)
    row.epoch, row.record_key, row.ciphertext, row.signature = (
        s.epoch,
        s.record_key,
        s.ciphertext,
        s.signature,
    )
    return s


def as_sealed(row: SyncOutbox, author: UUID) -> Sealed:
    return Sealed(
        UUID(row.change_id),
        author,
        row.epoch,
        row.hlc,
        row.record_key,
        row.ciphertext,
        row.signature,
    )
