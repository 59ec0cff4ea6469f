"""Sync with the office hub, offline first: take the journal, pull, then push.

1. Take: local edits since the last sync are stamped (HLC, from when they
   were made) and sealed into the outbox, in one local transaction, before
   anything is pulled, so a colleague's change can be seen as concurrent
   with them rather than silently overwrite them. The clients changed are
   republished to the blind index at once (walled ones too: their tokens are
   all that leaves the vault).
2. Pull: page by page from this vault's cursor, every change verified
   (signature, author in the roster chained to the founder, epoch) before it
   is opened; a refused change is counted and named, never applied. Each
   page is applied (per-field last writer wins, conflicts kept:
   casebook.services.sync_apply) and the cursor moved past it in one local
   transaction, so an interruption anywhere resumes with nothing lost and
   nothing applied twice.
3. Push: documents first (sealed, stored once under their keyed name), then
   the outbox's changes, each deleted from the outbox only once the hub holds
   it; a retried push resends the same bytes, which the hub keeps once.

The network is reached only through casebook.office. The first sync of a
vault shares what it already holds; from then on, triggers journal every
change (casebook.store.sync_capture).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from casebook.office import hub as hubops
from casebook.office import membership as hub_members
from casebook.office.connection import connect, lost_link
from casebook.office.documents import DocumentError, open_document, seal_document
from casebook.office.hlc import ClockError, Stamp, receive
from casebook.office.hub import Cursor, Opened
from casebook.office.keys import UnwrapError
from casebook.services import office_conflicts
from casebook.services.changes import Change, Changes
from casebook.services.office_context import OfficeContext
from casebook.services.office_membership import OfficeError, hub_safe, keep_keys
from casebook.services.sync_apply import apply_change
from casebook.services.sync_outbox import (
    BLOB_FIELD,
    FORMAT,
    Taken,
    as_sealed,
    reseal,
    take_journal,
)
from casebook.store import sync_records as records
from casebook.store.session import Store, clock_ms
from casebook.store.tables import SyncOutbox

PAGE = 500
OPS = ("put", "del")
PUSH_BATCH = 200
KINDS = {
    "clients": Change.CLIENTS,
    "client_aliases": Change.CLIENTS,
    "matters": Change.MATTERS,
    "events": Change.EVENTS,
    "notes": Change.NOTES,
    "record_requests": Change.REQUESTS,
    "request_extensions": Change.REQUESTS,
    "arrests": Change.ARRESTS,
    "convictions": Change.ARRESTS,
    "incidents": Change.INCIDENTS,
    "documents": Change.DOCUMENTS,
    "document_links": Change.DOCUMENTS,
}


@dataclass(frozen=True)
class RefusedChange:
    """A change on the hub this vault will not apply, and why (no content: it never opened)."""

    change_id: str
    reason: str


@dataclass(frozen=True)
class SyncResult:
    pushed: int  # changes the hub now holds from this vault
    pulled: int  # colleagues' changes applied here
    conflicts: int  # fields found edited on both sides, both values kept
    refused: tuple[RefusedChange, ...]
    withheld: int  # records of walled clients kept in this vault
    skipped: int  # colleagues' changes that could not apply here (see sync_apply)
    changes: Changes  # what pages redraw

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": self.conflicts,
            "refused": [{"change_id": r.change_id, "reason": r.reason} for r in self.refused],
            "withheld": self.withheld,
            "skipped": self.skipped,
        }


def _fresh_keys(store: Store, ctx: OfficeContext, conn: hub_members.Conn) -> OfficeContext:
    """Keys of epochs begun since the last look (the hub takes changes only under the newest)."""
    checked = hub_members.roster(conn, ctx.founder_key)
    try:
        keys = hub_members.my_keys(conn, ctx.member_id, ctx.identity.age_identities[0], checked)
    except UnwrapError:
        raise OfficeError(
            "An office key the hub holds for this vault does not open with its identity; "
            "nothing was synced. Ask the office's administrator."
        ) from None
    if set(keys) - set(ctx.keys):
        keep_keys(store, ctx, keys)
    return replace(ctx, keys={**ctx.keys, **keys})


def _take(store: Store, ctx: OfficeContext, now_ms: int) -> Taken:
    with store.transaction() as session:
        state = records.state(session)
        if state is None:
            records.start_journal(session, str(ctx.member_id), now_ms)
        elif state.member_id != str(ctx.member_id):
            raise OfficeError("This vault synced as another member before; nothing was synced.")
        return take_journal(store, session, ctx, now_ms)


UNREADABLE = "signed by a member, but not a change this casebook can read"
MALFORMED = (AttributeError, KeyError, IndexError, TypeError, ValueError)


def _parse(plaintext: bytes) -> dict[str, Any] | None:
    """A change's body, or None if it is not one (a newer format, or a member's bug)."""
    try:
        body = json.loads(plaintext)
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("v") != FORMAT or body.get("op") not in OPS:
        return None
    if not isinstance(body.get("t"), str) or not isinstance(body.get("u"), str):
        return None
    return body


def _documents(
    store: Store, ctx: OfficeContext, conn: hub_members.Conn, bodies: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """The documents these changes bring, fetched once and kept in the blob store."""
    found: dict[str, str] = {}
    for body in bodies:
        if body.get("t") != "documents" or body.get("op") != "put":
            continue
        try:
            field = body["f"].get(BLOB_FIELD)
            ref = field[0] if field else None
            if not isinstance(ref, dict) or ref["n"] in found:
                continue
            name = bytes.fromhex(str(ref["n"]))
        except MALFORMED:
            continue  # the change itself is skipped when it is applied
        held = hubops.get_document(conn, name)
        key = ctx.keys.get(held[0]) if held else None
        if held is None or key is None:
            continue
        try:
            content = open_document(key, name, held[1])
        except DocumentError:
            continue
        found[str(ref["n"])] = store.vault.blobs.put_bytes(content).name
    return found


@dataclass
class _Pulled:
    applied: int = 0
    conflicts: int = 0
    skipped: int = 0
    kinds: frozenset[Change] = frozenset()


def _apply_page(
    store: Store, ctx: OfficeContext, conn: hub_members.Conn, page: list[Opened], now: datetime
) -> tuple[_Pulled, list[RefusedChange]]:
    refused = [RefusedChange(str(o.change.change_id), o.refused.value) for o in page if o.refused]
    mine = [o for o in page if o.plaintext is not None and o.change.author != ctx.member_id]
    bodies: list[tuple[Opened, dict[str, Any]]] = []
    for o in mine:
        body = _parse(o.plaintext or b"")
        if body is None:
            refused.append(RefusedChange(str(o.change.change_id), UNREADABLE))
        else:
            bodies.append((o, body))
    blobs = _documents(store, ctx, conn, (b for _, b in bodies))
    out = _Pulled()
    kinds: set[Change] = set()
    now_ms = clock_ms(now)
    with store.transaction() as session:
        state = records.state(session)
        assert state is not None
        records.set_applying(session, True)
        last = Stamp.unpack(state.last_hlc)
        for o, body in bodies:
            try:
                with session.begin_nested():
                    applied = apply_change(session, body, str(o.change.author), blobs, now)
            except (IntegrityError, *MALFORMED):
                # It contradicts a record here (the same link made on two laptops, a document
                # this vault holds under another record): skipped, never a sync stuck for good.
                out.skipped += 1
                continue
            out.skipped += applied.skipped
            if applied.row_id is not None:
                out.applied += 1
                kinds.add(KINDS[applied.table])
            out.conflicts += applied.conflicts
            # No bound on how far ahead a colleague's stamp may be: refusing to follow it
            # would let our own later edit lose to it here and there alike, yet show here.
            with contextlib.suppress(ClockError):  # counter overflow: our clock stays as it was
                last = receive(last, Stamp.unpack(o.change.hlc), now_ms)
        state.cursor = str(page[-1].position)
        state.last_hlc = last.pack()
        session.flush()
        records.set_applying(session, False)
    out.kinds = frozenset(kinds)
    return out, refused


def _pull(
    store: Store, ctx: OfficeContext, conn: hub_members.Conn, now: datetime, page_size: int
) -> tuple[_Pulled, list[RefusedChange]]:
    with store.reading() as session:
        state = records.state(session)
        assert state is not None
        cursor = Cursor.parse(state.cursor)
    total = _Pulled()
    refused: list[RefusedChange] = []
    while True:
        page = hubops.pull_and_open(conn, cursor, ctx.keys, ctx.founder_key, page_size)
        if not page:
            break
        got, no = _apply_page(store, ctx, conn, page, now)
        total.applied += got.applied
        total.conflicts += got.conflicts
        total.skipped += got.skipped
        total.kinds |= got.kinds
        refused += no
        cursor = page[-1].position
        if len(page) < page_size:
            break
    return total, refused


def _upload(store: Store, ctx: OfficeContext, conn: hub_members.Conn, row: SyncOutbox) -> None:
    if row.blob_name is None:
        return
    body = json.loads(row.plaintext)
    ref = body["f"][BLOB_FIELD][0]
    key = ctx.keys[int(ref["e"])]
    content = store.vault.blobs.read_bytes(row.blob_name, "a document for the office")
    name, sealed = seal_document(key, content)
    if name.hex() != ref["n"]:
        raise OfficeError("A document changed after it was taken for the office; sync again.")
    hubops.put_document(conn, name, key.epoch, ctx.member_id, sealed)


def _push(store: Store, ctx: OfficeContext, conn: hub_members.Conn) -> int:
    pushed = 0
    while True:
        with store.transaction() as session:
            rows = list(
                session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq).limit(PUSH_BATCH))
            )
            for row in rows:
                if row.epoch != ctx.epoch:
                    reseal(session, ctx, row)
        if not rows:
            return pushed
        for row in rows:
            _upload(store, ctx, conn, row)
        hubops.append_changes(conn, [as_sealed(r, ctx.member_id) for r in rows])
        with store.transaction() as session:
            session.execute(delete(SyncOutbox).where(SyncOutbox.seq <= rows[-1].seq))
        pushed += len(rows)


def _publish(
    store: Store, ctx: OfficeContext, conn: hub_members.Conn, client_ids: frozenset[int]
) -> None:
    if not client_ids:
        return
    clients = office_conflicts.clients_to_index(store, sorted(client_ids))
    hubops.put_index_entries(conn, office_conflicts.index_entries(ctx, clients))


@hub_safe
def sync(store: Store, ctx: OfficeContext, now: datetime, *, page: int = PAGE) -> SyncResult:
    """Take, pull, push, publish; what moved. ``OfficeError`` when the hub cannot be reached
    (nothing lost: what was not acknowledged goes at the next sync)."""
    with connect(ctx.address, ctx.password) as conn, lost_link():
        ctx = _fresh_keys(store, ctx, conn)
        if not ctx.keys:
            raise OfficeError("This vault holds no office key yet; ask the office's administrator.")
        taken = _take(store, ctx, clock_ms(now))
        _publish(store, ctx, conn, taken.client_ids)  # first: the journal that named them is gone
        pulled, refused = _pull(store, ctx, conn, now, page)
        pushed = _push(store, ctx, conn)
    with store.transaction() as session:
        state = records.state(session)
        assert state is not None
        state.synced_at = now
    return SyncResult(
        pushed=pushed,
        pulled=pulled.applied,
        conflicts=pulled.conflicts,
        refused=tuple(refused),
        withheld=taken.withheld,
        skipped=pulled.skipped,
        changes=Changes(pulled.kinds),
    )
