"""A client's convictions and when their records seal (the rules: ``domain.sealing``).

Adding or changing a conviction returns ``Changed`` (``Change.ARRESTS`` for the
client), like the other services, and one audit entry. The sealing picture
is read, never stored: it depends on every conviction and arrest of the
client and on today (probation or parole still running), so it is worked out
again wherever it is shown.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.sealing import (
    IMMIGRATION_NOTE,
    ArrestFact,
    Conviction,
    FelonyClass,
    Level,
    Release,
    SealingPicture,
    describe,
    sealing_pictures,
)
from casebook.domain.vocabulary import SealedUnder
from casebook.services.arrests import live_client
from casebook.services.changes import Change, Changed, Changes
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Arrest
from casebook.store.tables import Conviction as ConvictionRow

_MAX_OFFENSE = 2_000
_FAVOURABLE = (SealedUnder.CPL_160_50.value, SealedUnder.CPL_160_55.value)


@dataclass(frozen=True)
class ConvictionInfo:
    id: int
    client_id: int
    arrest_id: int | None
    conviction: Conviction

    def to_json(self) -> dict[str, Any]:
        c = self.conviction
        return {
            "id": str(self.id),
            "client_id": str(self.client_id),
            "arrest_id": str(self.arrest_id) if self.arrest_id is not None else None,
            "level": c.level.value,
            "class": c.felony_class.value if c.felony_class else None,
            "offense": c.offense or None,
            "sentenced": c.sentenced_on.isoformat(),
            "released": [r.released_on.isoformat() for r in c.releases],
            "supervision_until": _iso(c.supervision_until),
            "drug_felony": c.drug_felony,
            "registrable": c.registrable,
            "other_exclusion": c.other_exclusion,
            "conditionally_sealed_on": _iso(c.conditionally_sealed_on),
        }


@dataclass(frozen=True)
class ConvictionSealing:
    """One conviction with its sealing picture and the picture in words."""

    info: ConvictionInfo
    picture: SealingPicture
    words: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The object ``conviction add --json`` prints (CLI.md)."""
        cs, app = self.picture.clean_slate, self.picture.on_application
        return {
            "id": str(self.info.id),
            "clean_slate": {
                "eligible_on": _iso(cs.eligible_on),
                "blocked_by": [b.value for b in cs.blocked_by],
            },
            "cpl_160_59": {
                "earliest_application": _iso(app.earliest_application),
                "blocked_by": [b.value for b in app.blocked_by],
            },
        }


@dataclass(frozen=True)
class ClientSealing:
    """A client's whole sealing picture, one entry per conviction, oldest first."""

    convictions: tuple[ConvictionSealing, ...]
    pending_charge: bool

    def for_id(self, conviction_id: int) -> ConvictionSealing:
        for c in self.convictions:
            if c.info.id == conviction_id:
                return c
        raise NotFound(f"There is no conviction #{conviction_id}.")

    def to_json(self) -> dict[str, Any]:
        return {
            "convictions": [c.to_json() for c in self.convictions],
            "pending_charge": self.pending_charge,
            "note": IMMIGRATION_NOTE,
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# -- writing ------------------------------------------------------------------------------------


def add_conviction(
    store: Store,
    client_id: int,
    conviction: Conviction,
    *,
    today: date,
    arrest_id: int | None = None,
) -> Changed[int]:
    """Record a conviction of a client; one audit entry."""
    clean = _checked(conviction, today)
    with store.transaction() as session:
        live_client(session, client_id)
        _check_arrest(session, client_id, arrest_id)
        now = audit.utcnow()
        row = ConvictionRow(
            client_id=client_id,
            arrest_id=arrest_id,
            **_columns(clean),
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create",
                "conviction",
                str(row.id),
                {"client_id": client_id, "arrest_id": arrest_id, **_columns(clean)},
            ),
        )
        return Changed(row.id, Changes.of(Change.ARRESTS, client_id=client_id))


def update_conviction(
    store: Store,
    conviction_id: int,
    conviction: Conviction,
    *,
    today: date,
    arrest_id: int | None = None,
) -> Changed[ConvictionInfo]:
    """Change a conviction; returns it as it was before (for undo) and what changed."""
    clean = _checked(conviction, today)
    with store.transaction() as session:
        row = session.get(ConvictionRow, conviction_id)
        if row is None:
            raise NotFound(f"There is no conviction #{conviction_id}.")
        before = _info(row)
        _check_arrest(session, row.client_id, arrest_id)
        audit.record_update(
            session,
            store.audit_key,
            "conviction",
            row,
            {"arrest_id": arrest_id, **_columns(clean)},
        )
        return Changed(before, Changes.of(Change.ARRESTS, client_id=row.client_id))


def _checked(conviction: Conviction, today: date) -> Conviction:
    clean = conviction.validated(today)
    if len(clean.offense) > _MAX_OFFENSE:
        raise ValidationError("offense", f"That is too long ({_MAX_OFFENSE:,} characters at most).")
    return clean


def _check_arrest(session: Session, client_id: int, arrest_id: int | None) -> None:
    if arrest_id is None:
        return
    arrest = session.get(Arrest, arrest_id)
    if arrest is None or arrest.client_id != client_id:
        raise ValidationError("arrest_id", f"Arrest #{arrest_id} is not one of this client's.")


# -- reading ------------------------------------------------------------------------------------


def list_convictions(store: Store, client_id: int) -> list[ConvictionInfo]:
    """A client's convictions, oldest sentence first."""
    with store.reading() as session:
        return _rows(session, client_id)


def show_conviction(store: Store, conviction_id: int) -> ConvictionInfo:
    with store.reading() as session:
        row = session.get(ConvictionRow, conviction_id)
        if row is None:
            raise NotFound(f"There is no conviction #{conviction_id}.")
        return _info(row)


def client_sealing(store: Store, client_id: int, *, today: date) -> ClientSealing:
    """Each conviction's sealing routes, worked out from all of the client's records."""
    with store.reading() as session:
        live_client(session, client_id)
        return sealing_of(session, client_id, today=today)


def sealing_of(session: Session, client_id: int, *, today: date) -> ClientSealing:
    infos = _rows(session, client_id)
    facts = [
        ArrestFact(a.arrested_on, a.pending, a.sealed_under in _FAVOURABLE)
        for a in session.scalars(select(Arrest).where(Arrest.client_id == client_id))
    ]
    return picture_of(infos, facts, today=today)


def picture_of(
    infos: Sequence[ConvictionInfo], arrests: Sequence[ArrestFact], *, today: date
) -> ClientSealing:
    pictures = sealing_pictures([i.conviction for i in infos], arrests, today=today)
    return ClientSealing(
        tuple(
            ConvictionSealing(info, p, describe(p, today))
            for info, p in zip(infos, pictures, strict=True)
        ),
        any(a.pending for a in arrests),
    )


def _rows(session: Session, client_id: int) -> list[ConvictionInfo]:
    rows = session.scalars(
        select(ConvictionRow)
        .where(ConvictionRow.client_id == client_id)
        .order_by(ConvictionRow.sentenced_on, ConvictionRow.id)
    )
    return [_info(r) for r in rows]


def _info(r: ConvictionRow) -> ConvictionInfo:
    return ConvictionInfo(
        r.id,
        r.client_id,
        r.arrest_id,
        Conviction(
            level=Level(r.level),
            sentenced_on=r.sentenced_on,
            felony_class=FelonyClass(r.felony_class) if r.felony_class else None,
            offense=r.offense,
            releases=releases_from_json(r.releases),
            supervision_until=r.supervision_until,
            drug_felony=r.drug_felony,
            registrable=r.registrable,
            other_exclusion=r.other_exclusion,
            conditionally_sealed_on=r.conditionally_sealed_on,
        ),
    )


def releases_to_json(releases: Sequence[Release]) -> str:
    return json.dumps(
        [
            {
                "on": r.released_on.isoformat(),
                "after_violation": r.after_violation,
                "revoked": r.revoked,
            }
            for r in releases
        ]
    )


def releases_from_json(text: str) -> tuple[Release, ...]:
    return tuple(
        Release(
            date.fromisoformat(item["on"]),
            bool(item.get("after_violation", False)),
            bool(item.get("revoked", False)),
        )
        for item in json.loads(text or "[]")
    )


def _columns(c: Conviction) -> dict[str, Any]:
    return {
        "level": c.level.value,
        "felony_class": c.felony_class.value if c.felony_class else None,
        "offense": c.offense,
        "sentenced_on": c.sentenced_on,
        "releases": releases_to_json(c.releases),
        "supervision_until": c.supervision_until,
        "drug_felony": c.drug_felony,
        "registrable": c.registrable,
        "other_exclusion": c.other_exclusion,
        "conditionally_sealed_on": c.conditionally_sealed_on,
    }
