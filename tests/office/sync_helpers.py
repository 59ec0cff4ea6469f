"""Vaults in one office for the sync tests, on one injected clock, and how to compare them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casebook.services import office_membership as om
from casebook.services import vaults
from casebook.services.identity import vault_identity
from casebook.services.sync import SyncResult, sync
from casebook.store import sync_records as records
from casebook.store.session import Store
from casebook.store.sync_capture import SYNCED
from casebook.store.tables import SyncConflict, SyncId
from tests.helpers import NOW, PASSPHRASE
from tests.office.conftest import Hub

LOCAL_FIELDS = {"documents": {"blob_name"}}  # differs by vault (its own data key)


@dataclass
class Clock:
    """One clock for every vault of a test (the laptops agree on the time)."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float = 1.0) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@dataclass
class OfficeVaults:
    hub: Hub
    clock: Clock
    stores: dict[str, Store] = field(default_factory=dict)

    def sync(self, name: str, **kwargs: Any) -> SyncResult:
        store = self.stores[name]
        ctx = om.office_context(store)
        assert ctx is not None
        return sync(store, ctx, self.clock.tick(), **kwargs)


def new_store(tmp_path: Path, name: str, clock: Clock, template: Path | None = None) -> Store:
    """A vault of its own (own keys and identity), or a copy of ``template`` (one copy per
    office: copies of one template share their keys)."""
    path = tmp_path / f"{name}.casebook"
    if template is None:
        vaults.create(path, PASSPHRASE, created=NOW)
    else:
        shutil.copytree(template, path)
    store = vaults.open_store(path, PASSPHRASE)
    store.clock = clock
    return store


@contextmanager
def office_of(
    hub: Hub, tmp_path: Path, names: tuple[str, ...], templates: dict[str, Path] | None = None
) -> Iterator[OfficeVaults]:
    """``names[0]`` founds the office and invites the others, who join."""
    clock = Clock()
    made = OfficeVaults(hub, clock)
    for n in names:
        made.stores[n] = new_store(tmp_path, n, clock, (templates or {}).get(n))
    first = made.stores[names[0]]
    om.create_office(first, hub.dsn, hub.cluster.password, "Harlem Defenders", member_name=names[0])
    for n in names[1:]:
        me = vault_identity(made.stores[n])
        _, data = om.invite_member(first, me.recipient, n, signing_key=me.signing_public)
        om.join_office(made.stores[n], data)
    try:
        yield made
    finally:
        for s in made.stores.values():
            s.close()


def snapshot(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record by global uid, its fields as they travel (local-only ones left out)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.reading() as session:
        for table in SYNCED:
            found: dict[str, dict[str, Any]] = {}
            for uid in session.scalars(select(SyncId.uid).where(SyncId.table_name == table)):
                rec = records.read_record(session, table, uid)
                assert rec is not None
                for local in LOCAL_FIELDS.get(table, ()):
                    rec.pop(local, None)
                found[uid] = rec
            out[table] = found
    return out


def conflicts(store: Store) -> list[tuple[str, str, str]]:
    """(field, local value, remote value) of every conflict kept, as JSON text."""
    with store.reading() as session:
        rows = session.scalars(select(SyncConflict).order_by(SyncConflict.id))
        return [(c.field, c.local_value, c.remote_value) for c in rows]
