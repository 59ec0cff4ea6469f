"""What the window says about the office sync: when it last met the hub, what waits, what clashes.

Read from the vault alone (no network), so the status bar can say it offline
too. ``hub_reachable`` is the one question that goes out, to the hub the
office configured, with a short timeout, so an automatic sync is tried only
when it can work: offline (in court, in detention) the worker is never held
for the connection's full timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import distinct, func, select

from casebook.domain.errors import CasebookError
from casebook.office.connection import HubAddressError, HubUnreachable, connect
from casebook.services.office_context import OfficeContext
from casebook.services.office_membership import office_context
from casebook.services.sync_conflicts import ConflictInfo, list_conflicts
from casebook.services.sync_walls import owners
from casebook.store import sync_records as records
from casebook.store.session import Store
from casebook.store.tables import Client, SyncConflict, SyncJournal, SyncOutbox

PROBE_TIMEOUT_S = 2

# What a synced table's rows are, for a person reading a conflict.
RECORD_LABELS = {
    "clients": "Client",
    "client_aliases": "Alias",
    "matters": "Matter",
    "events": "Hearing or date",
    "notes": "Note",
    "record_requests": "Record request",
    "request_extensions": "Request extension",
    "arrests": "Arrest",
    "convictions": "Conviction",
    "incidents": "Incident",
    "documents": "Document",
    "document_links": "Document link",
}


@dataclass(frozen=True)
class SyncStatus:
    office: str  # the office's name; "" for a vault in no office
    synced_at: datetime | None  # the last sync that reached the hub (None: never)
    pending: int  # records changed here and not yet on the hub
    conflicts: int  # fields edited on two laptops, waiting for a person

    @property
    def in_office(self) -> bool:
        return bool(self.office)


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the window lists it: whose file, which record, both values."""

    info: ConflictInfo
    record: str  # "Client", "Matter"...
    client: str  # the name of the client whose file it is ("" if none or deleted)


def sync_status(store: Store) -> SyncStatus:
    ctx = office_context(store)
    if ctx is None:
        return SyncStatus("", None, 0, 0)
    with store.reading() as session:
        state = records.state(session)
        journal = session.scalar(
            select(func.count(distinct(SyncJournal.table_name + "/" + SyncJournal.uid)))
        )
        outbox = session.scalar(select(func.count(distinct(SyncOutbox.record))))
        conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
    return SyncStatus(
        ctx.name,
        state.synced_at if state is not None else None,
        int(journal or 0) + int(outbox or 0),
        int(conflicts or 0),
    )


def conflict_rows(store: Store) -> list[ConflictRow]:
    """The open conflicts, each with the name of the client whose file holds it."""
    found = list_conflicts(store)
    rows: list[ConflictRow] = []
    with store.reading() as session:
        for c in found:
            name = ""
            if c.row_id is not None:
                ids = sorted(i for i in owners(session, c.table, c.row_id) if i is not None)
                client = session.get(Client, ids[0]) if ids else None
                name = client.name if client is not None else ""
            rows.append(ConflictRow(c, RECORD_LABELS.get(c.table, c.table), name))
    return rows


def hub_reachable(ctx: OfficeContext) -> bool:
    """Whether the hub answers (TLS verified, login accepted) within a couple of seconds.

    Runs off the database worker: it needs the office's address, not the vault.
    """
    try:
        with connect(ctx.address, ctx.password, timeout_s=PROBE_TIMEOUT_S):
            return True
    except (HubUnreachable, HubAddressError, CasebookError):  # unreachable, refused, its
        return False  # certificate missing: "not now" (a sync the person asks for names it)
