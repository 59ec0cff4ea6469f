"""A client's arrests, their sealing, NYPD precincts, and the sealed-record flag.

An arrest sealed under CPL 160.50 (the case ended in the accused's favour),
CPL 160.55 (it ended in a non-criminal offense; the court's own file stays
open), or whose conviction sealed under CPL 160.57, 160.58 or 160.59 must not
be shared: the
official records and papers are sealed and "not made available to any
person or public or private agency" (CPL 160.50(1)(c)), save to the accused
or their designated agent (CPL 160.50(1)(d)).

The sealed-record flag (``sealed_record_flag``) follows one rule, the same for
an incident and for a record request:

1. an incident tied to an arrest (``incidents.arrest_id``) that is sealed, or
2. a document linked to the incident (a source) or to the request (a
   response) whose text contains the arrest number of any sealed arrest in
   the vault, compared ignoring case, spaces and punctuation (numbers of
   fewer than 6 letters and digits are too short to match safely and are
   skipped).

Either way, a record of a sealed arrest has travelled where it should not.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.sealing import COURT_RECORD_OPEN_160_55
from casebook.domain.vocabulary import Borough, SealedUnder
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Arrest, Client, Document

_MAX_TEXT = 2_000
_MIN_ARREST_NUMBER = 6
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")

# NYPD's patrol precincts and the borough each serves (nyc.gov precinct list;
# the 116th opened in Queens in 2024). A precinct is stored as its number.
_PRECINCTS: dict[Borough, tuple[int, ...]] = {
    Borough.MANHATTAN: (
        *(1, 5, 6, 7, 9, 10, 13, 14, 17, 18, 19, 20, 22, 23, 24, 25, 26, 28, 30, 32, 33, 34),
    ),
    Borough.BRONX: (40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 52),
    Borough.BROOKLYN: (
        *(60, 61, 62, 63, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 77, 78, 79, 81, 83, 84),
        *(88, 90, 94),
    ),
    Borough.QUEENS: tuple(range(100, 117)),
    Borough.STATEN_ISLAND: (120, 121, 122, 123),
}
PRECINCT_BOROUGH: dict[str, Borough] = {
    str(number): borough for borough, numbers in _PRECINCTS.items() for number in numbers
}


def clean_precinct(text: str | int | None) -> str:
    """A precinct as its number ("075", "75th", "75 Pct" -> "75"); "" when not given.

    Raises ``ValidationError("precinct")`` for a number that is not an NYPD
    patrol precinct, so a typo does not end up in the aggregate report.
    """
    if text is None:
        return ""
    raw = str(text).strip().lower()
    raw = re.sub(r"(st|nd|rd|th)?\s*(pct|precinct)?\.?$", "", raw).strip()
    if not raw:
        return ""
    if not raw.isdigit() or str(int(raw)) not in PRECINCT_BOROUGH:
        raise ValidationError(
            "precinct", "That is not an NYPD precinct number (1 to 123, e.g. 75 for the 75th)."
        )
    return str(int(raw))


def clean_text(field: str, text: str, limit: int = _MAX_TEXT) -> str:
    value = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(value) > limit:
        raise ValidationError(field, f"That is too long ({limit:,} characters at most).")
    return value


# -- arrests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArrestDraft:
    """An arrest as typed by a person; ``validated`` returns a clean copy."""

    arrested_on: date
    precinct: str = ""
    arrest_number: str = ""
    charges: str = ""
    disposition: str = ""
    sealed_under: SealedUnder | None = None
    pending: bool = False  # a New York charge still open (blocks CPL 160.57 and 160.59)

    def validated(self, today: date) -> ArrestDraft:
        if not date(1900, 1, 1) <= self.arrested_on <= today:
            raise ValidationError("arrested_on", "The arrest date cannot be in the future.")
        return dataclasses.replace(
            self,
            precinct=clean_precinct(self.precinct),
            arrest_number=clean_text("arrest_number", self.arrest_number.upper(), 40),
            charges=clean_text("charges", self.charges),
            disposition=clean_text("disposition", self.disposition),
        )


@dataclass(frozen=True)
class ArrestInfo:
    id: int
    client_id: int
    draft: ArrestDraft

    @property
    def sealed(self) -> bool:
        return self.draft.sealed_under is not None

    def to_json(self) -> dict[str, Any]:
        d = self.draft
        return {
            "id": str(self.id),
            "client_id": str(self.client_id),
            "date": d.arrested_on.isoformat(),
            "precinct": d.precinct or None,
            "arrest_number": d.arrest_number or None,
            "charges": d.charges or None,
            "disposition": d.disposition or None,
            "sealed_under": d.sealed_under.value if d.sealed_under else None,
            "pending": d.pending,
        }


def add_arrest(store: Store, client_id: int, draft: ArrestDraft, *, today: date) -> int:
    """Record an arrest of a client; one audit entry."""
    clean = draft.validated(today)
    with store.transaction() as session:
        live_client(session, client_id)
        now = audit.utcnow()
        arrest = Arrest(client_id=client_id, **_columns(clean), created_at=now, updated_at=now)
        session.add(arrest)
        session.flush()
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "create", "arrest", str(arrest.id), {"client_id": client_id, **_columns(clean)}
            ),
        )
        return arrest.id


def update_arrest(store: Store, arrest_id: int, draft: ArrestDraft, *, today: date) -> None:
    """Change an arrest (e.g. once it is sealed); the audit entry holds what changed."""
    clean = draft.validated(today)
    with store.transaction() as session:
        arrest = session.get(Arrest, arrest_id)
        if arrest is None:
            raise NotFound(f"There is no arrest #{arrest_id}.")
        audit.record_update(session, store.audit_key, "arrest", arrest, _columns(clean))


def list_arrests(store: Store, client_id: int) -> list[ArrestInfo]:
    """A client's arrests, oldest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(Arrest)
            .where(Arrest.client_id == client_id)
            .order_by(Arrest.arrested_on, Arrest.id)
        )
        return [_info(a) for a in rows]


def show_arrest(store: Store, arrest_id: int) -> ArrestInfo:
    with store.reading() as session:
        arrest = session.get(Arrest, arrest_id)
        if arrest is None:
            raise NotFound(f"There is no arrest #{arrest_id}.")
        return _info(arrest)


def _info(a: Arrest) -> ArrestInfo:
    return ArrestInfo(
        a.id,
        a.client_id,
        ArrestDraft(
            arrested_on=a.arrested_on,
            precinct=a.precinct,
            arrest_number=a.arrest_number,
            charges=a.charges,
            disposition=a.disposition,
            sealed_under=SealedUnder(a.sealed_under) if a.sealed_under else None,
            pending=a.pending,
        ),
    )


def _columns(d: ArrestDraft) -> dict[str, Any]:
    return {
        "arrested_on": d.arrested_on,
        "precinct": d.precinct,
        "arrest_number": d.arrest_number,
        "charges": d.charges,
        "disposition": d.disposition,
        "sealed_under": d.sealed_under.value if d.sealed_under else None,
        "pending": d.pending,
    }


def live_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(f"There is no client #{client_id} (it may be in the trash).")
    return client


# -- the sealed-record flag ---------------------------------------------------------------------


@dataclass(frozen=True)
class SealedRecordFlag:
    """Why an incident or request looks like it carries a sealed record."""

    message: str
    arrest_ids: tuple[int, ...]
    document_ids: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "arrest_ids": [str(i) for i in self.arrest_ids],
            "document_ids": [str(i) for i in self.document_ids],
        }


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.upper())


def sealed_record_flag(
    session: Session,
    *,
    document_ids: Iterable[int],
    arrest_id: int | None = None,
    about: str = "This incident",
) -> SealedRecordFlag | None:
    """The flag of the module docstring's rule, or None when nothing sealed is involved."""
    sealed = list(
        session.execute(
            select(Arrest.id, Arrest.arrest_number, Arrest.sealed_under).where(
                Arrest.sealed_under.is_not(None)
            )
        )
    )
    if not sealed:
        return None
    arrests: dict[int, str] = {}  # arrest id -> law it is sealed under
    docs: list[int] = []
    for row in sealed:
        if row.id == arrest_id:
            arrests[row.id] = row.sealed_under
    wanted = sorted(set(document_ids))
    numbers = {
        _squash(r.arrest_number): r
        for r in sealed
        if len(_squash(r.arrest_number)) >= _MIN_ARREST_NUMBER
    }
    if wanted and numbers:
        texts = session.execute(
            select(Document.id, Document.text).where(
                Document.id.in_(wanted), Document.deleted_at.is_(None)
            )
        )
        for doc_id, text in texts:
            body = _squash(text or "")
            hits = [r for number, r in numbers.items() if number in body]
            if hits:
                docs.append(doc_id)
                arrests.update((r.id, r.sealed_under) for r in hits)
    if not arrests:
        return None
    laws = " and ".join(sorted({f"CPL {law.removeprefix('cpl-')}" for law in arrests.values()}))
    which = ", ".join(f"#{i}" for i in sorted(arrests))
    if docs:
        shown = ", ".join(f"#{i}" for i in docs)
        how = f"linked document {shown} holds the number of arrest {which}"
    else:
        how = f"it concerns arrest {which}"
    message = (
        f"{about} involves a sealed record: {how}, sealed under {laws}. Sealed records "
        "should not have been shared (CPL 160.50(1)(c)), except "
        "with the client or someone they designated (CPL 160.50(1)(d))."
    )
    if SealedUnder.CPL_160_55.value in arrests.values():
        message += " " + COURT_RECORD_OPEN_160_55
    return SealedRecordFlag(message, tuple(sorted(arrests)), tuple(docs))
