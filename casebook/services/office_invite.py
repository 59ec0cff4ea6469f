"""An office invite: what a new member needs to join, for its eyes only, signed by its inviter.

The file is an age file encrypted to the invitee's recipient (nobody else can
read the login's password in it), holding a JSON statement and the inviter's
Ed25519 signature over exactly that statement (label-prefixed, canonical
JSON). Joining checks the signature, that the statement names this vault's
own keys, and then, on the hub, that the inviter and the new member both
chain to the founder the invite pins (``office_membership.join_office``).
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from typing import Any

import pyrage

from casebook.domain.errors import CasebookError
from casebook.services.identity import Identity, verify

LABEL = b"casebook/office/invite/v1\0"
VERSION = 1


class InviteRefused(CasebookError):
    """An invite this vault will not act on; the message names why."""


@dataclass(frozen=True)
class Invite:
    """What the invite says (the password is a secret: never printed)."""

    office_id: str
    office_name: str
    host: str
    port: int
    dbname: str
    ca_pem: str
    login: str
    password: str
    founder_key: str  # base64 of the founder's Ed25519 public key (the pin)
    member_id: str
    member_name: str
    role: str
    recipient: str  # the invitee's age recipient
    signing_key: str  # base64 of the invitee's Ed25519 public key
    inviter_id: str
    inviter_key: str  # base64 of the inviter's Ed25519 public key

    def __repr__(self) -> str:
        return f"Invite(office={self.office_name!r}, member={self.member_id})"

    def statement(self) -> bytes:
        return LABEL + json.dumps(
            {"version": VERSION, **asdict(self)}, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def seal_invite(invite: Invite, inviter: Identity) -> bytes:
    """The invite signed by ``inviter`` and age-encrypted to the invitee."""
    body = json.dumps(
        {
            "invite": {"version": VERSION, **asdict(invite)},
            "signature": b64(inviter.sign(invite.statement())),
        },
        sort_keys=True,
    ).encode("utf-8")
    return bytes(pyrage.encrypt(body, [pyrage.x25519.Recipient.from_str(invite.recipient)]))


def open_invite(data: bytes, me: Identity) -> Invite:
    """Decrypt and check an invite's own claims (the hub's roster is checked on joining)."""
    plain = me.decrypt_age(data)  # not for this vault: a clear refusal
    try:
        doc = json.loads(plain)
        fields: dict[str, Any] = dict(doc["invite"])
        if fields.pop("version") != VERSION:
            raise InviteRefused("This invite is from a newer casebook; update, then join.")
        invite = Invite(**fields)
        signature = unb64(doc["signature"])
        inviter_key = unb64(invite.inviter_key)
        unb64(invite.founder_key)
    except InviteRefused:
        raise
    except (ValueError, KeyError, TypeError):
        raise InviteRefused(
            "This invite is damaged: it does not read as an office invite."
        ) from None
    if invite.recipient != me.recipient or unb64(invite.signing_key) != me.signing_public:
        raise InviteRefused(
            "This invite names another vault's keys: ask the administrator for one made for "
            "this vault's recipient and fingerprint (`casebook identity show`)."
        )
    if not verify(inviter_key, invite.statement(), signature):
        raise InviteRefused(
            "This invite was altered after its administrator signed it: its signature does "
            "not verify. Nothing was joined."
        )
    return invite
