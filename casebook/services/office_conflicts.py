"""The office-wide conflict check: this vault's clients in the office's blind index, and asking it.

Conflicts of interest are imputed across the office (NY Rules of Professional
Conduct 1.7, 1.10), so a check against one vault is not enough. Each client
of this vault (walled ones too: only their index tokens leave the vault,
never their records) is published as blind-index entries: truncated HMACs
of its names and aliases (folded as the vault's own same-person check
folds them), A-number and date of birth (casebook.office.blind_index), and
a reference only office members can open. A check computes the same tokens
for the person being added and asks the hub which entries carry them; a
possible match names the member who holds it, never the client.

A match needs a name or an A-number: a shared date of birth alone is not
offered as a possible match (too many people share one).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import DuplicateWarning
from casebook.domain.names import name_key
from casebook.office import blind_index as bi
from casebook.office import hub as hubops
from casebook.office import membership as hub_members
from casebook.office.blind_index import Kind
from casebook.office.connection import HubAddressError, HubUnreachable, connect
from casebook.office.keys import OfficeKey, Purpose
from casebook.services.clients import add_client, possible_duplicates
from casebook.services.office_context import OfficeContext
from casebook.services.office_membership import OfficeError, hub_safe, office_context
from casebook.store.session import Store
from casebook.store.tables import Client, ClientAlias

ENTRY_LABEL = b"casebook/office/index-entry/v1"
KIND_WORDS = {Kind.NAME: "name or alias", Kind.A_NUMBER: "A-number", Kind.DOB: "date of birth"}


@dataclass(frozen=True)
class Conflict:
    """One possible same person: in this vault (its client id) or another member's."""

    where: str  # "vault" or "office"
    member: str | None  # the member who holds it (office), None in this vault
    client_id: int | None  # this vault's client (vault), None for the office
    why: str

    def to_json(self) -> dict[str, Any]:
        return {
            "where": self.where,
            "member": self.member,
            "client_id": str(self.client_id) if self.client_id is not None else None,
            "why": self.why,
        }


@dataclass(frozen=True)
class ConflictReport:
    conflicts: tuple[Conflict, ...]
    office_checked: bool  # False: in an office, but the hub could not be asked
    note: str  # why the office check was not made ("" when it was, or no office)

    @property
    def office(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.where == "office")


def _entry_id(key: OfficeKey, member_id: UUID, client_uid: str) -> UUID:
    """The same entry id for the same client, member and epoch (republishing is idempotent)."""
    digest = hmac.new(
        key.subkey(Purpose.BLIND_INDEX),
        ENTRY_LABEL + member_id.bytes + client_uid.encode(),
        hashlib.sha256,
    ).digest()
    return UUID(bytes=digest[:16], version=4)


def _tokens_by_kind(key: OfficeKey, draft: ClientDraft) -> dict[bytes, Kind]:
    found: dict[bytes, Kind] = {}
    for t in bi.person_tokens(key, names=(draft.name, *draft.aliases)):
        found[t] = Kind.NAME
    for t in bi.person_tokens(key, a_number=draft.a_number or None):
        found[t] = Kind.A_NUMBER
    for t in bi.person_tokens(key, dob=draft.dob):
        found[t] = Kind.DOB
    return found


def _clients(store: Store, client_ids: Iterable[int] | None) -> list[tuple[str, ClientDraft]]:
    with store.reading() as session:
        query = select(Client).where(Client.deleted_at.is_(None))
        if client_ids is not None:
            query = query.where(Client.id.in_(list(client_ids)))
        rows = list(session.scalars(query.order_by(Client.id)))
        aliases: dict[int, list[str]] = defaultdict(list)
        for a in session.scalars(
            select(ClientAlias).where(ClientAlias.client_id.in_([c.id for c in rows]))
        ):
            aliases[a.client_id].append(a.name)
        return [
            (c.uid, ClientDraft(c.name, tuple(aliases[c.id]), c.dob, a_number=c.a_number))
            for c in rows
        ]


def clients_to_index(store: Store, client_ids: Iterable[int]) -> list[tuple[str, ClientDraft]]:
    """These clients (uid and what their tokens are made of), for ``index_entries``."""
    return _clients(store, client_ids)


def index_entries(
    ctx: OfficeContext, clients: Iterable[tuple[str, ClientDraft]]
) -> list[hubops.IndexEntry]:
    """The entries of these clients under the current epoch (tokens and a sealed pointer)."""
    key = ctx.keys[ctx.epoch]
    out: list[hubops.IndexEntry] = []
    for uid, draft in clients:
        entry_id = _entry_id(key, ctx.member_id, uid)
        ref = bi.seal_reference(
            key, entry_id, json.dumps({"member": str(ctx.member_id), "client": uid}).encode()
        )
        for t in _tokens_by_kind(key, draft):
            out.append(hubops.IndexEntry(t, entry_id, key.epoch, ctx.member_id, ref))
    return out


@hub_safe
def publish(store: Store, client_ids: Iterable[int] | None = None) -> int:
    """(Re)publish this vault's clients (or those given) to the office's index; how many new.

    Raises ``HubUnreachable`` offline; a vault in no office publishes nothing.
    """
    ctx = office_context(store)
    if ctx is None or not ctx.keys:
        return 0
    entries = index_entries(ctx, _clients(store, client_ids))
    with connect(ctx.address, ctx.password) as conn:
        return hubops.put_index_entries(conn, entries)


def publish_quietly(store: Store, client_ids: Iterable[int] | None = None) -> bool:
    """Publish if the hub answers; False (to try again later) if it does not."""
    try:
        publish(store, client_ids)
    except OfficeError:
        return False
    return True


def office_matches(
    ctx: OfficeContext, conn: hub_members.Conn, draft: ClientDraft
) -> list[Conflict]:
    """Other members' entries sharing a name, alias or A-number with ``draft``."""
    wanted: dict[bytes, Kind] = {}
    for key in ctx.keys.values():
        wanted.update(_tokens_by_kind(key, draft))
    hits: dict[tuple[UUID, UUID], set[Kind]] = defaultdict(set)
    for entry in hubops.query_index(conn, wanted):
        held = ctx.keys.get(entry.epoch)
        if entry.author == ctx.member_id or held is None:
            continue
        try:
            bi.open_reference(held, entry.entry_id, entry.ref)  # an entry the office wrote
        except bi.IndexReferenceError:
            continue
        hits[(entry.author, entry.entry_id)].add(wanted[entry.token])
    names = hub_members.names(conn, ctx.keys)
    out = []
    for (author, _), kinds in sorted(hits.items(), key=lambda kv: str(kv[0])):
        if kinds == {Kind.DOB}:
            continue
        why = "same " + " and ".join(KIND_WORDS[k] for k in Kind if k in kinds)
        out.append(Conflict("office", names.get(author) or f"member {author}", None, why))
    return out


def _vault_matches(store: Store, draft: ClientDraft) -> list[Conflict]:
    keys = {name_key(n) for n in (draft.name, *draft.aliases)} - {""}
    with store.reading() as session:
        ids = possible_duplicates(session, draft)
        out = []
        for cid in ids:
            c = session.get(Client, cid)
            assert c is not None
            alias_keys = set(
                session.scalars(select(ClientAlias.name_key).where(ClientAlias.client_id == cid))
            )
            why = []
            if c.name_key in keys or alias_keys & keys:
                why.append("name or alias")
            if draft.a_number and c.a_number == draft.a_number:
                why.append("A-number")
            out.append(Conflict("vault", None, cid, "same " + " and ".join(why or ["person"])))
        return out


def check_office(store: Store, draft: ClientDraft) -> ConflictReport | None:
    """Only the office's part (for adding a client, whose vault check is its own): None
    when the vault is in no office."""
    ctx = office_context(store)
    if ctx is None:
        return None
    try:
        with connect(ctx.address, ctx.password) as conn:
            found = office_matches(ctx, conn, draft)
    except (HubUnreachable, HubAddressError) as exc:
        note = f"The office-wide check could not be made ({exc}); only this vault was checked."
        return ConflictReport((), office_checked=False, note=note)
    return ConflictReport(tuple(found), office_checked=True, note="")


def check_conflicts(store: Store, draft: ClientDraft) -> ConflictReport:
    """Possible same persons in this vault and, when it is in an office, across the office."""
    found = tuple(_vault_matches(store, draft))
    office = check_office(store, draft)
    if office is None:
        return ConflictReport(found, office_checked=False, note="")
    return ConflictReport(found + office.conflicts, office.office_checked, office.note)


OFFLINE_PUBLISH = (
    "The office hub could not be reached: this client joins the office's conflict check at "
    "the next publish or sync."
)


@dataclass(frozen=True)
class Added:
    """A client added; ``note`` says what of the office part could not be done ("" if all)."""

    client_id: int
    note: str


def add_client_checked(
    store: Store, draft: ClientDraft, *, today: date, allow_duplicate: bool = False
) -> Added:
    """Add a client after the vault's and (in an office) the office's same-person check.

    An office match is a ``DuplicateWarning`` naming the member who holds it
    (never blocking for good: "add anyway"); the hub unreachable is a note,
    never a refusal. The new client is published to the office's index.
    """
    clean = draft.validated(today)
    office = check_office(store, clean)
    note = office.note if office is not None else ""
    if office is not None and office.office and not allow_duplicate:
        held = "; ".join(f"{c.member} ({c.why})" for c in office.office[:5])
        raise DuplicateWarning(
            f"Another member of the office may already have this person: held by {held}. "
            "Ask them first (a possible conflict of interest), or add anyway.",
            (),
        )
    client_id = add_client(store, draft, today=today, allow_duplicate=allow_duplicate)
    if office is not None and office.office_checked and not publish_quietly(store, [client_id]):
        note = OFFLINE_PUBLISH
    elif office is not None and not office.office_checked:
        note = f"{note} {OFFLINE_PUBLISH}"
    return Added(client_id, note)


def republish(store: Store, client_id: int) -> str:
    """After an edit, the client's index entries again (new names, A-number, date of birth);
    a note if the hub could not be reached, "" otherwise (or in no office).

    The index is append-only: entries of a name the client no longer has stay
    on the hub, and may still offer a possible match that the holder rules out.
    """
    if office_context(store) is None or publish_quietly(store, [client_id]):
        return ""
    return OFFLINE_PUBLISH
