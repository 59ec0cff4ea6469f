"""Walled clients: private to this vault's advocate, their files never leave for the hub.

A walled client's records and its children's (matters, hearings, notes,
requests and their extensions, arrests, convictions, incidents, and the
documents linked to it) are withheld from every push; only its blind-index
entries travel (casebook.services.office_conflicts), so the office-wide
conflict check still finds it and names the member who holds it. What was
shared before the wall stays with colleagues; unwalling shares the whole
file again from then on.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound
from casebook.services.changes import Change, Changed, Changes
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import (
    Arrest,
    Client,
    ClientAlias,
    Conviction,
    DocumentLink,
    Event,
    Incident,
    Matter,
    Note,
    RecordRequest,
    RequestExtension,
    WalledClient,
)

_WITH_CLIENT: dict[str, Any] = {
    "client_aliases": ClientAlias,
    "matters": Matter,
    "events": Event,
    "notes": Note,
    "record_requests": RecordRequest,
    "arrests": Arrest,
    "convictions": Conviction,
    "incidents": Incident,
}


def walled_ids(session: Session) -> frozenset[int]:
    return frozenset(session.scalars(select(WalledClient.client_id)))


def _link_clients(session: Session, link: DocumentLink) -> set[int | None]:
    found: set[int | None] = {link.client_id}
    if link.matter_id is not None:
        found.add(session.scalar(select(Matter.client_id).where(Matter.id == link.matter_id)))
    if link.request_id is not None:
        found.add(
            session.scalar(
                select(RecordRequest.client_id).where(RecordRequest.id == link.request_id)
            )
        )
    if link.incident_id is not None:
        found.add(session.scalar(select(Incident.client_id).where(Incident.id == link.incident_id)))
    return found


def owners(session: Session, table: str, row_id: int) -> set[int | None]:
    """The clients whose file a row belongs to (a document: every client it is linked to)."""
    if table == "clients":
        return {row_id}
    model = _WITH_CLIENT.get(table)
    if model is not None:
        return {session.scalar(select(model.client_id).where(model.id == row_id))}
    if table == "request_extensions":
        request = session.scalar(
            select(RequestExtension.request_id).where(RequestExtension.id == row_id)
        )
        return {session.scalar(select(RecordRequest.client_id).where(RecordRequest.id == request))}
    if table == "document_links":
        link = session.get(DocumentLink, row_id)
        return _link_clients(session, link) if link is not None else set()
    if table == "documents":
        found: set[int | None] = set()
        for link in session.scalars(select(DocumentLink).where(DocumentLink.document_id == row_id)):
            found |= _link_clients(session, link)
        return found
    return set()


def is_walled(session: Session, table: str, row_id: int, walled: Set[int]) -> bool:
    return bool(walled) and bool(owners(session, table, row_id) & set(walled))


@dataclass(frozen=True)
class WallState:
    client_id: int
    walled: bool


def wall_client(store: Store, client_id: int, now: datetime) -> Changed[WallState]:
    """Keep a client's file in this vault only (its blind-index entries still travel)."""
    with store.transaction() as session:
        if session.get(Client, client_id) is None:
            raise NotFound(f"No client #{client_id} in this vault.")
        if session.get(WalledClient, client_id) is None:
            session.add(WalledClient(client_id=client_id, walled_at=now))
            audit.record(
                session, store.audit_key, audit.AuditEvent("wall", "client", str(client_id), {})
            )
    return Changed(WallState(client_id, True), Changes.of(Change.CLIENTS, client_id=client_id))


def unwall_client(store: Store, client_id: int, now: datetime) -> Changed[WallState]:
    """Share a client's file with the office again: all of it goes at the next sync
    (what was withheld is sent whole: casebook.services.sync_outbox)."""
    with store.transaction() as session:
        if session.get(Client, client_id) is None:
            raise NotFound(f"No client #{client_id} in this vault.")
        session.execute(delete(WalledClient).where(WalledClient.client_id == client_id))
        audit.record(
            session, store.audit_key, audit.AuditEvent("unwall", "client", str(client_id), {})
        )
    return Changed(WallState(client_id, False), Changes.of(Change.CLIENTS, client_id=client_id))
