"""Clients: add (with the same-person check), list and filter, show, edit, trash, restore, purge.

An edit returns the client as they were before it (``Changed``), and
``put_client`` writes such a stored record back: undo and redo of an edit.
Undoing an added client moves them to the trash (``trash_client``), never
erases them, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, false, func, or_, select, update
from sqlalchemy.orm import Session

from casebook.domain.clients import ClientDraft
from casebook.domain.court_events import filing_due
from casebook.domain.errors import CasebookError, DuplicateWarning, NotFound
from casebook.domain.identifiers import format_a_number
from casebook.domain.names import fold, name_key
from casebook.domain.vocabulary import DetentionStatus
from casebook.services.changes import Change, Changed, Changes
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Client, ClientAlias, ClientTag, Event, Matter, Tag


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    id: int
    name: str
    dob: date | None
    a_number: str  # formatted A-123-456-789, or ""
    detention_status: str | None
    deleted: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "dob": self.dob.isoformat() if self.dob else None,
            "a_number": self.a_number or None,
            "detention_status": self.detention_status,
            "deleted": self.deleted,
        }


@dataclass(frozen=True)
class MatterSummary:
    id: int
    type: str
    court: str
    docket_number: str
    judge: str
    status: str
    detained: bool
    detention: str = "unknown"  # a Detention value; ``detained`` is True only for "detained"


@dataclass(frozen=True)
class EventSummary:
    id: int
    matter_id: int | None
    kind: str
    title: str
    starts_at: datetime
    location: str
    done: bool
    judge: str = ""
    filing_due: date | None = None  # derived: 15 days before an individual hearing


@dataclass(frozen=True)
class ClientDetail:
    id: int
    draft: ClientDraft
    created_at: datetime
    updated_at: datetime
    deleted: bool
    matters: tuple[MatterSummary, ...]
    events: tuple[EventSummary, ...]

    @property
    def a_number_display(self) -> str:
        return format_a_number(self.draft.a_number) if self.draft.a_number else ""

    def to_json(self) -> dict[str, Any]:
        d = self.draft
        return {
            "id": str(self.id),
            "name": d.name,
            "aliases": list(d.aliases),
            "dob": d.dob.isoformat() if d.dob else None,
            "country_of_birth": d.country_of_birth or None,
            "languages": list(d.languages),
            "interpreter_needed": d.interpreter_needed,
            "a_number": self.a_number_display or None,
            "nysid": d.nysid or None,
            "phone": d.phone or None,
            "email": d.email or None,
            "address": d.address or None,
            "immigration_status": d.immigration_status or None,
            "detention_status": d.detention_status.value if d.detention_status else None,
            "detention_facility": d.detention_facility or None,
            "tags": list(d.tags),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "deleted": self.deleted,
            "matters": [
                {
                    "id": str(m.id),
                    "type": m.type,
                    "court": m.court,
                    "docket_number": m.docket_number,
                    "judge": m.judge,
                    "status": m.status,
                    "detained": m.detained,
                    "detention": m.detention,
                }
                for m in self.matters
            ],
            "events": [
                {
                    "id": str(e.id),
                    "matter_id": str(e.matter_id) if e.matter_id else None,
                    "kind": e.kind,
                    "title": e.title,
                    "starts_at": e.starts_at.isoformat(),
                    "location": e.location,
                    "judge": e.judge,
                    "filing_due": e.filing_due.isoformat() if e.filing_due else None,
                    "done": e.done,
                }
                for e in self.events
            ],
        }


def possible_duplicates(
    session: Session, draft: ClientDraft, exclude: int | None = None
) -> list[int]:
    """Clients who are probably the same person as ``draft``.

    The same A-number is always the same person. Otherwise a name (or alias)
    that matches ignoring case, accents and word order, with birth dates that
    do not contradict each other (equal, or one of them unknown).
    """
    keys = {name_key(n) for n in (draft.name, *draft.aliases)}
    by_alias = select(ClientAlias.client_id).where(ClientAlias.name_key.in_(keys))
    name_match = or_(Client.name_key.in_(keys), Client.id.in_(by_alias))
    dob_ok = or_(Client.dob.is_(None), Client.dob == draft.dob) if draft.dob else True
    condition = name_match & dob_ok
    if draft.a_number:
        condition = condition | (Client.a_number == draft.a_number)
    query = select(Client.id).where(Client.deleted_at.is_(None), condition)
    if exclude is not None:
        query = query.where(Client.id != exclude)
    return list(session.scalars(query.order_by(Client.id)))


def add_client(
    store: Store, draft: ClientDraft, *, today: date, allow_duplicate: bool = False
) -> int:
    """Save a new client; ``DuplicateWarning`` first if it looks like someone already here."""
    clean = draft.validated(today)
    with store.transaction() as session:
        if not allow_duplicate:
            matches = possible_duplicates(session, clean)
            if matches:
                listed = ", ".join(f"#{m}" for m in matches[:5])
                raise DuplicateWarning(
                    f"This may be a client you already have ({listed}): same name and date of "
                    "birth, or same A-number. Check them, or add anyway.",
                    tuple(str(m) for m in matches),
                )
        now = audit.utcnow()
        client = Client(**_columns(clean), created_at=now, updated_at=now)
        session.add(client)
        session.flush()
        _set_aliases_and_tags(session, client.id, clean)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("create", "client", str(client.id), _audit_detail(clean)),
        )
        return client.id


def update_client(
    store: Store, client_id: int, draft: ClientDraft, *, today: date
) -> Changed[ClientDraft]:
    """Save an edit; the value is the client as stored before it (for undo)."""
    return _write(store, client_id, draft.validated(today))


def put_client(store: Store, client_id: int, stored: ClientDraft) -> Changed[ClientDraft]:
    """Write back a record read from the vault (undo or redo of an edit); the value is the
    one it replaced. Not checked against today again: it was checked when first saved."""
    return _write(store, client_id, stored)


def _write(store: Store, client_id: int, clean: ClientDraft) -> Changed[ClientDraft]:
    with store.transaction() as session:
        client = _get(session, client_id)
        before = _draft_of(session, client)
        for key, value in _columns(clean).items():
            setattr(client, key, value)
        client.updated_at = audit.edited_at(client.updated_at)
        # Aliases as they were stay the same rows: an edit of other fields does not make
        # new alias records (in an office, two laptops' edits would each add a copy).
        keep = clean.aliases == before.aliases
        if not keep:
            session.execute(delete(ClientAlias).where(ClientAlias.client_id == client_id))
        session.execute(delete(ClientTag).where(ClientTag.client_id == client_id))
        _set_aliases_and_tags(session, client_id, clean, aliases=not keep)
        changed = {
            k: v for k, v in _audit_detail(clean).items() if _audit_detail(before).get(k) != v
        }
        audit.record(
            session, store.audit_key, audit.AuditEvent("update", "client", str(client_id), changed)
        )
    return Changed(before, Changes.of(Change.CLIENTS, client_id=client_id))


def trash_client(store: Store, client_id: int) -> None:
    """Soft delete: hidden from lists and search, restorable until purged."""
    _set_deleted(store, client_id, deleted=True)


def restore_client(store: Store, client_id: int) -> None:
    _set_deleted(store, client_id, deleted=False)


def purge_client(store: Store, client_id: int) -> None:
    """Erase a trashed client and everything that is only theirs, for good."""
    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(f"There is no client #{client_id}.")
        if client.deleted_at is None:
            raise CasebookError("Move the client to the trash before erasing them for good.")
        session.delete(client)
        audit.record(
            session, store.audit_key, audit.AuditEvent("purge", "client", str(client_id), {})
        )


def list_clients(
    store: Store, *, trash: bool = False, limit: int | None = None, offset: int = 0
) -> list[ClientSummary]:
    """Clients sorted by name; selects only the shown columns (no ORM objects per row)."""
    live = Client.deleted_at.is_not(None) if trash else Client.deleted_at.is_(None)
    return _summaries(store, live, limit, offset)


def _summaries(
    store: Store, condition: ColumnElement[bool], limit: int | None, offset: int
) -> list[ClientSummary]:
    """One page of the client list in its display order (indexed ``sort_name``)."""
    query = (
        select(
            Client.id,
            Client.name,
            Client.dob,
            Client.a_number,
            Client.detention_status,
            Client.deleted_at,
        )
        .where(condition)
        .order_by(Client.sort_name, Client.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    with store.reading() as session:
        return [
            ClientSummary(
                id=r.id,
                name=r.name,
                dob=r.dob,
                a_number=format_a_number(r.a_number) if r.a_number else "",
                detention_status=r.detention_status,
                deleted=r.deleted_at is not None,
            )
            for r in session.connection().execute(query)  # Core rows: no ORM per-row cost
        ]


def count_clients(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(Client.id)).where(Client.deleted_at.is_(None))) or 0


def show_client(store: Store, client_id: int) -> ClientDetail:
    with store.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(f"There is no client #{client_id}.")
        matters = session.scalars(
            select(Matter).where(Matter.client_id == client_id).order_by(Matter.id)
        )
        events = session.scalars(
            select(Event).where(Event.client_id == client_id).order_by(Event.starts_at)
        )
        return ClientDetail(
            id=client.id,
            draft=_draft_of(session, client),
            created_at=client.created_at,
            updated_at=client.updated_at,
            deleted=client.deleted_at is not None,
            matters=tuple(
                MatterSummary(
                    m.id,
                    m.type,
                    m.court,
                    m.docket_number,
                    m.judge,
                    m.status,
                    m.detention == "detained",
                    m.detention,
                )
                for m in matters
            ),
            events=tuple(
                EventSummary(
                    e.id,
                    e.matter_id,
                    e.kind,
                    e.title,
                    e.starts_at,
                    e.location,
                    e.done,
                    e.judge,
                    filing_due(e.kind, e.starts_at.date()),
                )
                for e in events
            ),
        )


def _get(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(f"There is no client #{client_id} (it may be in the trash).")
    return client


def _set_deleted(store: Store, client_id: int, *, deleted: bool) -> None:
    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or (client.deleted_at is not None) == deleted:
            where = "in the trash" if not deleted else "outside the trash"
            raise NotFound(f"There is no client #{client_id} {where}.")
        session.execute(
            update(Client)
            .where(Client.id == client_id)
            .values(deleted_at=audit.utcnow() if deleted else None)
        )
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("delete" if deleted else "restore", "client", str(client_id), {}),
        )


def _columns(d: ClientDraft) -> dict[str, Any]:
    return {
        "name": d.name,
        "name_key": name_key(d.name),
        "sort_name": fold(d.name),
        "dob": d.dob,
        "country_of_birth": d.country_of_birth,
        "languages": "\n".join(d.languages),
        "interpreter_needed": d.interpreter_needed,
        "a_number": d.a_number,
        "nysid": d.nysid,
        "phone": d.phone,
        "email": d.email,
        "address": d.address,
        "immigration_status": d.immigration_status,
        "detention_status": d.detention_status.value if d.detention_status else None,
        "detention_facility": d.detention_facility,
    }


def _set_aliases_and_tags(
    session: Session, client_id: int, d: ClientDraft, *, aliases: bool = True
) -> None:
    if aliases:
        session.add_all(
            ClientAlias(client_id=client_id, name=a, name_key=name_key(a)) for a in d.aliases
        )
    for tag_name in d.tags:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == tag_name))
        if tag_id is None:
            tag = Tag(name=tag_name)
            session.add(tag)
            session.flush()
            tag_id = tag.id
        session.add(ClientTag(client_id=client_id, tag_id=tag_id))


def _draft_of(session: Session, c: Client) -> ClientDraft:
    aliases = session.scalars(
        select(ClientAlias.name).where(ClientAlias.client_id == c.id).order_by(ClientAlias.id)
    )
    tags = session.scalars(
        select(Tag.name)
        .join(ClientTag, ClientTag.tag_id == Tag.id)
        .where(ClientTag.client_id == c.id)
        .order_by(Tag.name)
    )
    return ClientDraft(
        name=c.name,
        aliases=tuple(aliases),
        dob=c.dob,
        country_of_birth=c.country_of_birth,
        languages=tuple(x for x in c.languages.split("\n") if x),
        interpreter_needed=c.interpreter_needed,
        a_number=c.a_number,
        nysid=c.nysid,
        phone=c.phone,
        email=c.email,
        address=c.address,
        immigration_status=c.immigration_status,
        detention_status=DetentionStatus(c.detention_status) if c.detention_status else None,
        detention_facility=c.detention_facility,
        tags=tuple(tags),
    )


def _audit_detail(d: ClientDraft) -> dict[str, Any]:
    """What changed, kept inside the encrypted database with the rest."""
    return {k: v for k, v in _columns(d).items() if k not in ("name_key", "sort_name")} | {
        "aliases": list(d.aliases),
        "tags": list(d.tags),
    }


# -- the client list's filter -------------------------------------------------------------------


def list_clients_matching(
    store: Store, text: str, *, limit: int | None = None, offset: int = 0
) -> list[ClientSummary]:
    """Like ``list_clients`` (same order), keeping clients whose name, alias or A-number match."""
    return _summaries(store, _matches(text), limit, offset)


def count_clients_matching(store: Store, text: str) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(Client.id)).where(_matches(text))) or 0


def client_position(store: Store, client_id: int, text: str = "") -> int | None:
    """The row of a client in the (filtered) list, or None if it is not in it."""
    with store.reading() as session:
        row = session.execute(
            select(Client.sort_name, Client.id).where(Client.id == client_id, _matches(text))
        ).one_or_none()
        if row is None:
            return None
        sort_name, cid = row
        # The same order as the listings (sort_name, id), so the row found is the row shown.
        before = select(func.count(Client.id)).where(
            _matches(text),
            or_(
                Client.sort_name < sort_name,
                and_(Client.sort_name == sort_name, Client.id < cid),
            ),
        )
        return session.scalar(before) or 0


def _matches(text: str) -> ColumnElement[bool]:
    """Live clients whose folded name or an alias contains every typed word, or whose
    A-number contains the typed digits."""
    live = Client.deleted_at.is_(None)
    words = name_key(text).split()
    if not words:
        return live
    name_hit = and_(*(Client.name_key.contains(w, autoescape=True) for w in words))
    alias_hit = Client.id.in_(
        select(ClientAlias.client_id).where(
            and_(*(ClientAlias.name_key.contains(w, autoescape=True) for w in words))
        )
    )
    digits = "".join(c for c in text if c.isdigit())
    number_hit = (
        Client.a_number.contains(digits, autoescape=True)
        if len(digits) >= 3 and digits.isascii()
        else false()
    )
    return and_(live, or_(name_hit, alias_hit, number_hit))
