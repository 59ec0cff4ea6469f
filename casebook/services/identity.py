"""This vault's identity (age recipient + Ed25519 key) and the colleagues it has heard from.

``vault_identity(store)`` is the one way in: it makes the keys the first time
they are needed (at ``init``, or on first use in a vault made before
revision 0013) and otherwise unseals them. Other code (hand-off, the office
hub) signs, verifies and decrypts through the returned ``Identity`` and
never sees a secret; its repr shows only public values.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyrage
from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import CasebookError
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import KnownSender, VaultIdentity
from casebook.vault import identity_keys
from casebook.vault.identity_keys import KeyPairs, NotARecipient, fingerprint

__all__ = [
    "Identity",
    "NotARecipient",
    "Sender",
    "fingerprint",
    "parse_recipients",
    "vault_identity",
    "verify",
]

_ROW = 1


@dataclass(frozen=True)
class Identity:
    """This vault's keys while it is open. ``recipient`` and ``fingerprint`` are public."""

    _keys: KeyPairs

    @property
    def recipient(self) -> str:
        return self._keys.recipient

    @property
    def signing_public(self) -> bytes:
        return self._keys.signing_public

    @property
    def fingerprint(self) -> str:
        return self._keys.fingerprint

    def sign(self, data: bytes) -> bytes:
        return self._keys.sign(data)

    def verify(self, data: bytes, signature: bytes) -> bool:
        """Whether this vault signed ``data``."""
        return identity_keys.verify(self.signing_public, signature, data)

    def decrypt_age(self, ciphertext: bytes) -> bytes:
        """A small age file (an invite, a wrapped key) sent to this vault's recipient."""
        try:
            return bytes(pyrage.decrypt(ciphertext, [self._keys.age_identity]))
        except pyrage.DecryptError:
            raise CasebookError(
                "That file was not encrypted to this vault's key, or it is damaged."
            ) from None

    @property
    def age_identities(self) -> list[pyrage.x25519.Identity]:
        """For the vault layer's streaming reader only."""
        return [self._keys.age_identity]

    def to_json(self) -> dict[str, str]:
        """Public values only; ``signing_key`` (base64) is what an office invite endorses."""
        return {
            "recipient": self.recipient,
            "fingerprint": self.fingerprint,
            "signing_key": base64.b64encode(self.signing_public).decode("ascii"),
        }

    def __repr__(self) -> str:
        return f"Identity(recipient={self.recipient!r}, fingerprint={self.fingerprint!r})"

    __str__ = __repr__


def verify(signing_public: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``data`` was made by the holder of ``signing_public``."""
    return identity_keys.verify(signing_public, signature, data)


def _seal_key(store: Store) -> bytes:
    return store.vault.subkey(identity_keys.LABEL_IDENTITY_SEAL)


def vault_identity(store: Store) -> Identity:
    """This vault's identity, made (and recorded in the audit trail) on first need."""
    with store.reading() as session:
        row = session.get(VaultIdentity, _ROW)
        if row is not None:
            return Identity(_unseal(store, row))
    with store.transaction() as session:
        row = session.get(VaultIdentity, _ROW)  # another thread may have made it meanwhile
        if row is not None:
            return Identity(_unseal(store, row))
        keys = KeyPairs.generate()
        session.add(
            VaultIdentity(
                id=_ROW,
                recipient=keys.recipient,
                signing_public=keys.signing_public,
                sealed=keys.seal(_seal_key(store)),
                created_at=audit.utcnow(),
            )
        )
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "identity",
                str(_ROW),
                {"recipient": keys.recipient, "fingerprint": keys.fingerprint},
            ),
        )
    return Identity(keys)


def _unseal(store: Store, row: VaultIdentity) -> KeyPairs:
    return KeyPairs.unseal(_seal_key(store), row.recipient, row.signing_public, row.sealed)


def parse_recipients(texts: Sequence[str]) -> list[pyrage.x25519.Recipient]:
    """Colleagues' ``age1...`` recipients as given; each checked, repeats dropped."""
    seen: dict[str, pyrage.x25519.Recipient] = {}
    for text in texts:
        seen.setdefault(text.strip(), identity_keys.parse_recipient(text))
    if not seen:
        raise NotARecipient("Give at least one colleague's recipient (age1...).")
    return list(seen.values())


# -- colleagues heard from (trust on first use) --------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """Who signed a bundle: their keys, and what this vault knew of them before."""

    recipient: str
    fingerprint: str
    name: str  # as first seen (the sender's own name for themselves), "" if none
    known: bool  # this vault had imported a bundle signed by these keys before

    def to_json(self) -> dict[str, Any]:
        return {
            "recipient": self.recipient,
            "fingerprint": self.fingerprint,
            "name": self.name or None,
            "known": self.known,
        }


class SigningKeyChanged(CasebookError):
    """A known colleague's recipient with a signing key other than the one first seen."""


def check_sender(session: Session, recipient: str, signing_public: bytes, name: str) -> Sender:
    """The sender as this vault knows them; refuse a known recipient with a new signing key."""
    known = session.get(KnownSender, recipient)
    print_ = fingerprint(recipient, signing_public)
    if known is None:
        return Sender(recipient, print_, name, known=False)
    if known.signing_public != signing_public:
        raise SigningKeyChanged(
            f"The bundle claims to come from {recipient[:16]}..., but is signed with another key "
            f"than that colleague's earlier bundles (fingerprint now {print_}, before "
            f"{fingerprint(recipient, known.signing_public)}). Nothing was imported: call "
            "them and compare `casebook identity show` before trusting it."
        )
    return Sender(recipient, print_, known.name, known=True)


def remember_sender(session: Session, sender: Sender, signing_public: bytes) -> None:
    """Keep (or touch) the sender's keys, in the import's own transaction."""
    now = audit.utcnow()
    row = session.get(KnownSender, sender.recipient)
    if row is None:
        session.add(
            KnownSender(
                recipient=sender.recipient,
                signing_public=signing_public,
                name=sender.name,
                first_seen=now,
                last_seen=now,
            )
        )
    else:
        row.last_seen = now


def known_senders(store: Store) -> list[Sender]:
    with store.reading() as session:
        rows = session.scalars(select(KnownSender).order_by(KnownSender.first_seen))
        return [
            Sender(r.recipient, fingerprint(r.recipient, r.signing_public), r.name, known=True)
            for r in rows
        ]
