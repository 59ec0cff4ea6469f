"""The vault's office membership: create an office, invite, join, list and remove members.

The vault keeps (revision 0014) where its hub is, this member's login, the
founder's key its invite pinned and the office key of every epoch it may
read; the password and the keys sealed under a data-key subkey (as
``vault.identity_keys`` seals the identity), bound to the office and the
epoch. The office's CA certificate is public and sits beside the vault as a
file, for libpq's ``sslrootcert``. ``office_context`` is what sync and the
office-wide conflict check take.

The administrator's database password (``office create``) is used once, to
install the hub and make the founder's login, and never stored; after that
an administrator makes and disables members' logins through the hub's two
functions (casebook.office.schema), with its own member login.
"""

from __future__ import annotations

import functools
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from uuid import UUID, uuid4

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from casebook.domain.errors import CasebookError, DamagedVault
from casebook.office import keys as office_keys
from casebook.office import membership as hub_members
from casebook.office import schema
from casebook.office.connection import HubAddress, HubAddressError, HubUnreachable, connect
from casebook.office.keys import OfficeKey
from casebook.office.roster import Endorsed, EpochEntry, MemberEntry, Roster, endorse, sign_epoch
from casebook.services.identity import fingerprint, vault_identity
from casebook.services.office_context import OfficeContext
from casebook.services.office_invite import (
    Invite,
    InviteRefused,
    b64,
    open_invite,
    seal_invite,
    unb64,
)
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import KnownSender, OfficeKeyRow, OfficeMembership

CA_FILE = "office-ca.pem"
LABEL_OFFICE_SEAL = b"casebook/office-seal/v1"
_ROW = 1
_NONCE = 12
PASSWORD_BYTES = 24


class OfficeError(CasebookError):
    """An office operation that cannot go ahead (message names why and what to do)."""


P = ParamSpec("P")
R = TypeVar("R")


def hub_safe(fn: Callable[P, R]) -> Callable[P, R]:
    """The hub's refusals, an unreachable hub or a weak address as one ``OfficeError``
    (a message fit to show: no password, no statement, no client data)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            with hub_members.refusals():
                return fn(*args, **kwargs)
        except (HubUnreachable, HubAddressError, hub_members.HubError) as exc:
            text = str(exc)
            raise OfficeError(text[:1].upper() + text[1:].rstrip(".") + ".") from None

    return run


@dataclass(frozen=True)
class MemberInfo:
    member_id: str
    name: str
    role: str
    fingerprint: str
    added: int  # the epoch it joined in
    removed: int | None  # the epoch that removed it

    def to_json(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "role": self.role,
            "fingerprint": self.fingerprint,
            "added": self.added,
            "removed": self.removed,
        }


# --- sealing --------------------------------------------------------------------


def _seal_key(store: Store) -> bytes:
    return store.vault.subkey(LABEL_OFFICE_SEAL)


def _ad(office_id: str, what: str) -> bytes:
    return LABEL_OFFICE_SEAL + b"\0" + office_id.encode() + b"\0" + what.encode()


def _seal(store: Store, office_id: str, what: str, secret: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(_seal_key(store)).encrypt(nonce, secret, _ad(office_id, what))


def _unseal(store: Store, office_id: str, what: str, sealed: bytes) -> bytes:
    try:
        return AESGCM(_seal_key(store)).decrypt(
            sealed[:_NONCE], sealed[_NONCE:], _ad(office_id, what)
        )
    except InvalidTag:
        raise DamagedVault(
            "This vault's office keys cannot be read; run `casebook check` on it."
        ) from None


def _key_row(store: Store, office_id: str, key: OfficeKey) -> OfficeKeyRow:
    return OfficeKeyRow(
        epoch=key.epoch, sealed=_seal(store, office_id, f"key/{key.epoch}", key.secret)
    )


# --- reading the membership --------------------------------------------------------


def ca_path(store: Store) -> Path:
    return store.vault.folder / CA_FILE


def _write_ca(folder: Path, pem: str) -> Path:
    """The office's CA certificate beside the vault (public), written atomically."""
    target = folder / CA_FILE
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".office-ca-")
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(pem)
    os.replace(tmp, target)
    return target


def office_context(store: Store) -> OfficeContext | None:
    """What this vault knows of its office, or None for a vault in no office."""
    with store.reading() as session:
        row = session.get(OfficeMembership, _ROW)
        if row is None:
            return None
        key_rows = list(session.scalars(select(OfficeKeyRow)))
    path = ca_path(store)
    if not path.is_file() and not store.vault.read_only:
        _write_ca(store.vault.folder, row.ca_pem)
    keys = {
        r.epoch: OfficeKey(r.epoch, _unseal(store, row.office_id, f"key/{r.epoch}", r.sealed))
        for r in key_rows
    }
    return OfficeContext(
        office_id=UUID(row.office_id),
        name=row.name,
        address=HubAddress(row.host, row.port, row.dbname, row.login, path),
        member_id=UUID(row.member_id),
        role=row.role,
        founder_key=row.founder_key,
        identity=vault_identity(store),
        password=_unseal(store, row.office_id, "password", row.sealed_password).decode(),
        keys=keys,
    )


def require_office(store: Store) -> OfficeContext:
    ctx = office_context(store)
    if ctx is None:
        raise OfficeError(
            "This vault is in no office: create one (`casebook office create`) or join one "
            "(`casebook office join`)."
        )
    return ctx


def _require_admin(ctx: OfficeContext) -> None:
    if ctx.role != "admin":
        raise OfficeError("Only an office administrator can do that; ask yours.")


def _connect(ctx: OfficeContext) -> hub_members.Conn:
    return connect(ctx.address, ctx.password)


def _store_membership(
    store: Store,
    *,
    office_id: str,
    name: str,
    address: HubAddress,
    ca_pem: str,
    member_id: UUID,
    role: str,
    founder_key: bytes,
    password: str,
    keys: dict[int, OfficeKey],
) -> None:
    with store.transaction() as session:
        if session.get(OfficeMembership, _ROW) is not None:
            raise OfficeError("This vault is already in an office; nothing was changed.")
        session.add(
            OfficeMembership(
                id=_ROW,
                office_id=office_id,
                name=name,
                host=address.host,
                port=address.port,
                dbname=address.dbname,
                login=address.user,
                ca_pem=ca_pem,
                member_id=str(member_id),
                role=role,
                founder_key=founder_key,
                sealed_password=_seal(store, office_id, "password", password.encode()),
                joined_at=audit.utcnow(),
            )
        )
        for key in keys.values():
            session.add(_key_row(store, office_id, key))
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "office",
                office_id,
                {
                    "name": name,
                    "hub": f"{address.host}:{address.port}/{address.dbname}",
                    "role": role,
                },
            ),
        )
    _write_ca(store.vault.folder, ca_pem)


def _save_keys(store: Store, ctx: OfficeContext, keys: dict[int, OfficeKey]) -> list[int]:
    """Keep office keys this vault did not have yet; the epochs added."""
    new = {e: k for e, k in keys.items() if e not in ctx.keys}
    if new:
        with store.transaction() as session:
            for key in new.values():
                if session.get(OfficeKeyRow, key.epoch) is None:
                    session.add(_key_row(store, str(ctx.office_id), key))
    return sorted(new)


def keep_keys(store: Store, ctx: OfficeContext, keys: dict[int, OfficeKey]) -> list[int]:
    """Office keys fetched by another operation (a sync) kept in the vault; epochs added."""
    return _save_keys(store, ctx, keys)


def _read_ca(path: Path) -> str:
    try:
        pem = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise HubAddressError(f"the office's CA certificate {path} cannot be read") from None
    if "-----BEGIN CERTIFICATE-----" not in pem:
        raise HubAddressError(f"{path} is not a PEM certificate (the office's CA)")
    return pem


# --- create -------------------------------------------------------------------------


@hub_safe
def create_office(
    store: Store, dsn: str, admin_password: str, name: str, *, member_name: str = "administrator"
) -> OfficeContext:
    """Install the hub, found the office with this vault as its administrator, keep it."""
    name = name.strip()
    if not name:
        raise OfficeError("An office needs a name (--name).")
    if office_context(store) is not None:
        raise OfficeError("This vault is already in an office; nothing was changed.")
    given = HubAddress.from_dsn(dsn)
    ca_pem = _read_ca(given.ca_file)
    me = vault_identity(store)
    with connect(given, admin_password) as admin:
        schema.install_hub(admin)
        if hub_members.current_epoch(admin) != 0:
            raise OfficeError(
                "That hub already holds an office; join it with an invite from its administrator."
            )
        login = schema.member_login_name(given.dbname)
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        schema.create_member_login(admin, login, password, admin=True)
    member_id = uuid4()
    address = HubAddress(given.host, given.port, given.dbname, login, given.ca_file)
    entry = MemberEntry(member_id, login, me.recipient, me.signing_public, "admin", 1)
    key = office_keys.new_office_key(1)
    first = EpochEntry(1, member_id, (), key.commitment(), sign_epoch(me, key, member_id, ()))
    with connect(address, password) as conn:
        hub_members.create_office(
            conn,
            Endorsed(entry, member_id, endorse(me, entry)),
            first,
            office_keys.wrap(key, me.recipient),
        )
        hub_members.put_name(conn, key, member_id, member_name.strip() or "administrator")
    office_id = str(uuid4())
    _store_membership(
        store,
        office_id=office_id,
        name=name,
        address=address,
        ca_pem=ca_pem,
        member_id=member_id,
        role="admin",
        founder_key=me.signing_public,
        password=password,
        keys={1: key},
    )
    ctx = office_context(store)
    assert ctx is not None
    return ctx


# --- invite -------------------------------------------------------------------------


def _signing_key_for(store: Store, recipient: str, given: bytes | None) -> bytes:
    if given is not None:
        if len(given) != 32:
            raise OfficeError(
                "A signing key is 32 bytes (as `casebook identity show --json` gives it)."
            )
        return given
    with store.reading() as session:
        known = session.get(KnownSender, recipient)
    if known is None:
        raise OfficeError(
            "This vault does not know that colleague's signing key: give --member-key as their "
            "`casebook identity show --json` prints it (compare the fingerprint by phone)."
        )
    return known.signing_public


@hub_safe
def invite_member(
    store: Store,
    recipient: str,
    name: str,
    *,
    role: str = "member",
    signing_key: bytes | None = None,
) -> tuple[MemberInfo, bytes]:
    """Endorse a new member on the hub, make its login, wrap every epoch's key for it.

    Returns the member and the invite file's bytes (encrypted to the member).
    """
    from casebook.vault.identity_keys import parse_recipient

    ctx = require_office(store)
    _require_admin(ctx)
    if role not in ("member", "supervisor"):
        raise OfficeError("An invited member's role is member or supervisor.")
    name = name.strip()
    if not name:
        raise OfficeError("Give the member's name (--name).")
    recipient = str(parse_recipient(recipient))
    key_bytes = _signing_key_for(store, recipient, signing_key)
    me = ctx.identity
    with _connect(ctx) as conn:
        checked = hub_members.roster(conn, ctx.founder_key)
        if any(e.recipient == recipient for e in checked.entries.values()):
            raise OfficeError("That recipient is already a member of this office.")
        epoch = hub_members.current_epoch(conn)
        keys = _refresh(store, ctx, conn, checked)
        login = schema.member_login_name(ctx.address.dbname)
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        member_id = uuid4()
        entry = MemberEntry(member_id, login, recipient, key_bytes, role, epoch)
        schema.add_member_login(conn, login, password)
        wrapped = {e: office_keys.wrap(k, recipient) for e, k in keys.items()}
        hub_members.add_member(conn, Endorsed(entry, ctx.member_id, endorse(me, entry)), wrapped)
        hub_members.put_name(conn, keys[max(keys)], member_id, name)
    invite = Invite(
        office_id=str(ctx.office_id),
        office_name=ctx.name,
        host=ctx.address.host,
        port=ctx.address.port,
        dbname=ctx.address.dbname,
        ca_pem=ctx.address.ca_file.read_text(encoding="ascii"),
        login=login,
        password=password,
        founder_key=b64(ctx.founder_key),
        member_id=str(member_id),
        member_name=name,
        role=role,
        recipient=recipient,
        signing_key=b64(key_bytes),
        inviter_id=str(ctx.member_id),
        inviter_key=b64(me.signing_public),
    )
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "invite", "office", str(member_id), {"role": role, "recipient": recipient}
            ),
        )
    info = MemberInfo(str(member_id), name, role, fingerprint(recipient, key_bytes), epoch, None)
    return info, seal_invite(invite, me)


# --- join ---------------------------------------------------------------------------


@hub_safe
def join_office(store: Store, data: bytes) -> OfficeContext:
    """Open an invite meant for this vault, check it against the hub's roster, keep it."""
    if office_context(store) is not None:
        raise OfficeError("This vault is already in an office; nothing was changed.")
    me = vault_identity(store)
    invite = open_invite(data, me)
    founder_key = unb64(invite.founder_key)
    inviter_key = unb64(invite.inviter_key)
    member_id = UUID(invite.member_id)
    with tempfile.TemporaryDirectory(prefix="casebook-join-") as tmp:
        ca = _write_ca(Path(tmp), invite.ca_pem)
        address = HubAddress(invite.host, invite.port, invite.dbname, invite.login, ca)
        with connect(address, invite.password) as conn:
            checked = hub_members.roster(conn, founder_key)
            inviter = checked.entries.get(UUID(invite.inviter_id))
            if inviter is None or inviter.signing_key != inviter_key or inviter.role != "admin":
                raise InviteRefused(
                    "This invite's signer is not an administrator of the office its founder pins "
                    "(it does not chain to the founder). Nothing was joined."
                )
            mine = checked.entries.get(member_id)
            if (
                mine is None
                or mine.recipient != me.recipient
                or mine.signing_key != me.signing_public
                or mine.login != invite.login
                or mine.role != invite.role
            ):
                raise InviteRefused(
                    "The hub's roster does not hold this member as the invite says (not endorsed "
                    "from the founder, or with other keys). Nothing was joined."
                )
            keys = hub_members.my_keys(conn, member_id, me.age_identities[0], checked)
    if not keys:
        raise InviteRefused("The hub holds no office key for this member yet. Nothing was joined.")
    _store_membership(
        store,
        office_id=invite.office_id,
        name=invite.office_name,
        address=HubAddress(invite.host, invite.port, invite.dbname, invite.login, ca_path(store)),
        ca_pem=invite.ca_pem,
        member_id=member_id,
        role=invite.role,
        founder_key=founder_key,
        password=invite.password,
        keys=keys,
    )
    ctx = office_context(store)
    assert ctx is not None
    return ctx


# --- members, keys, remove -------------------------------------------------------------


def _refresh(
    store: Store, ctx: OfficeContext, conn: hub_members.Conn, checked: Roster
) -> dict[int, OfficeKey]:
    """Every office key this member holds on the hub, new ones kept in the vault."""
    keys = hub_members.my_keys(conn, ctx.member_id, ctx.identity.age_identities[0], checked)
    _save_keys(store, ctx, keys)
    return {**ctx.keys, **keys}


@hub_safe
def refresh_keys(store: Store) -> list[int]:
    """Fetch office keys of epochs begun since this vault last looked; the epochs added."""
    ctx = require_office(store)
    with _connect(ctx) as conn:
        checked = hub_members.roster(conn, ctx.founder_key)
        keys = hub_members.my_keys(conn, ctx.member_id, ctx.identity.age_identities[0], checked)
    return _save_keys(store, ctx, keys)


def _infos(conn: hub_members.Conn, ctx: OfficeContext, checked: Roster) -> list[MemberInfo]:
    named = hub_members.names(conn, ctx.keys)
    out = []
    for mid, e in checked.entries.items():
        author = checked.authors[mid]
        out.append(
            MemberInfo(
                str(mid),
                named.get(mid, ""),
                e.role,
                fingerprint(e.recipient, e.signing_key),
                e.added_epoch,
                author.removed_epoch,
            )
        )
    return sorted(out, key=lambda m: (m.added, m.name, m.member_id))


@hub_safe
def list_members(store: Store) -> list[MemberInfo]:
    """The office's members as its roster, checked from the founder, says (and their names)."""
    ctx = require_office(store)
    with _connect(ctx) as conn:
        checked = hub_members.roster(conn, ctx.founder_key)
        keys = hub_members.my_keys(conn, ctx.member_id, ctx.identity.age_identities[0], checked)
        _save_keys(store, ctx, keys)
        ctx = require_office(store)
        return _infos(conn, ctx, checked)


def member_names(store: Store, ctx: OfficeContext, conn: hub_members.Conn) -> dict[UUID, str]:
    return hub_members.names(conn, ctx.keys)


@hub_safe
def remove_member(store: Store, member: str) -> MemberInfo:
    """Start a new epoch wrapped only for those who remain; disable the member's login."""
    ctx = require_office(store)
    _require_admin(ctx)
    with _connect(ctx) as conn:
        checked = hub_members.roster(conn, ctx.founder_key)
        infos = {m.member_id: m for m in _infos(conn, ctx, checked)}
        target = _find(member, infos)
        gone = UUID(target.member_id)
        if gone == ctx.member_id:
            raise OfficeError("An administrator cannot remove itself.")
        if target.removed is not None:
            raise OfficeError("That member was already removed.")
        remaining = {
            mid: e.recipient
            for mid, e in checked.entries.items()
            if checked.authors[mid].removed_epoch is None and mid != gone
        }
        current = hub_members.current_epoch(conn)
        key, wrapped = office_keys.next_epoch(current, remaining, removed=[gone])
        signature = sign_epoch(ctx.identity, key, ctx.member_id, (gone,))
        entry = EpochEntry(key.epoch, ctx.member_id, (gone,), key.commitment(), signature)
        hub_members.start_epoch(conn, entry, wrapped)
        schema.remove_member_login(conn, checked.entries[gone].login)
    _save_keys(store, ctx, {key.epoch: key})
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("remove", "office member", target.member_id, {"epoch": key.epoch}),
        )
    return MemberInfo(
        target.member_id, target.name, target.role, target.fingerprint, target.added, key.epoch
    )


def _find(member: str, infos: dict[str, MemberInfo]) -> MemberInfo:
    wanted = member.strip()
    if wanted in infos:
        return infos[wanted]
    by_name = [m for m in infos.values() if m.name.casefold() == wanted.casefold()]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        raise OfficeError("Several members have that name: give the member id (`office members`).")
    raise OfficeError("No member of this office has that id or name (see `office members`).")


__all__ = [
    "HubUnreachable",
    "InviteRefused",
    "MemberInfo",
    "OfficeError",
    "create_office",
    "invite_member",
    "join_office",
    "list_members",
    "office_context",
    "refresh_keys",
    "remove_member",
]


@dataclass(frozen=True)
class OfficeSummary:
    """What Settings > Office shows (no secret)."""

    name: str
    role: str
    hub: str
    member_id: str


def office_summary(store: Store) -> OfficeSummary | None:
    ctx = office_context(store)
    if ctx is None:
        return None
    return OfficeSummary(ctx.name, ctx.role, str(ctx.address), str(ctx.member_id))


def hub_dsn(address: str, ca_file: Path) -> str:
    """The address typed in Settings (host, port, database, login) with the CA chosen."""
    from casebook.office.connection import with_ca

    return with_ca(address, ca_file)
