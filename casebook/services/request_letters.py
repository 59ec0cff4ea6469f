"""FOIL request and appeal letters made from a stored request and the advocate profile.

The letterhead is the advocate profile (``services.profile``, settings key
``advocate_profile``). The NYPD addresses below are defaults
taken from published letters, not from NYPD itself (a FOIL request
template addressed to the FOIL Unit, One Police Plaza, Room 110C; a 2015
appeal addressed to the Records Access Appeals Officer, One Police Plaza,
Room 1406): check them before mailing, and set your own with
``set_recipients`` (key ``letter_recipients``). NYPD also takes requests and
appeals through NYC OpenRecords, where no address is needed.

What a letter may say comes from the request's own clock
(``foil_deadlines.compute``): the denial appealed, the date the agency
missed (the statute's, or arguably its own), the last day to appeal, so
that a letter never claims an appeal is in time when its date says
otherwise (``Letter.warnings`` says so before writing).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from casebook.domain.errors import ValidationError
from casebook.domain.foil_deadlines import compute
from casebook.domain.vocabulary import Agency, RequestKind
from casebook.export.letters import DEFAULT_FEE_LIMIT as DEFAULT_FEE_LIMIT
from casebook.export.letters import (
    Letter,
    LetterFacts,
    Letterhead,
    compose,
    long_date,
    to_text,
)
from casebook.export.letters import write_letter_pdf as _write_pdf
from casebook.services.profile import AdvocateProfile, get_profile
from casebook.services.request_words import agency_in_sentence
from casebook.services.requests import AGENCY_NAMES, RequestInfo, show_request
from casebook.services.vault_settings import read_json, write_json
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Client

RECIPIENTS_KEY = "letter_recipients"
LetterType = Literal["request", "appeal"]

DEFAULT_RECIPIENTS: dict[str, tuple[str, ...]] = {
    "request": (
        "Records Access Officer",
        "New York City Police Department",
        "FOIL Unit",
        "One Police Plaza, Room 110C",
        "New York, NY 10038",
    ),
    "appeal": (
        "Records Access Appeals Officer",
        "New York City Police Department",
        "One Police Plaza, Room 1406",
        "New York, NY 10038",
    ),
}


def get_recipients(store: Store) -> dict[str, tuple[str, ...]]:
    """The address blocks for request and appeal letters to NYPD (defaults, or as set)."""
    data = read_json(store, RECIPIENTS_KEY)
    result = dict(DEFAULT_RECIPIENTS)
    for kind in DEFAULT_RECIPIENTS:
        lines = data.get(kind)
        if isinstance(lines, list) and lines and all(isinstance(x, str) for x in lines):
            result[kind] = tuple(lines)
    return result


def set_recipients(store: Store, recipients: dict[str, tuple[str, ...]]) -> None:
    data = {k: [line.strip() for line in v if line.strip()] for k, v in recipients.items()}
    if set(data) - set(DEFAULT_RECIPIENTS):
        raise ValidationError("recipients", "Only 'request' and 'appeal' addresses can be set.")
    write_json(store, RECIPIENTS_KEY, data)


@dataclass(frozen=True)
class LetterOptions:
    """What the writer adds: the fee limit of a request letter (in dollars) and the
    reasons of an appeal (asked for when a written denial is appealed)."""

    fee_limit: int = DEFAULT_FEE_LIMIT
    reasons: str = ""

    def validated(self) -> LetterOptions:
        if not 0 <= self.fee_limit <= 100_000:
            raise ValidationError("fee_limit", "The fee limit must be 0 to 100,000 dollars.")
        if len(self.reasons) > 20_000:
            raise ValidationError("reasons", "The reasons are too long (20,000 characters).")
        return self


def letter_facts(
    info: RequestInfo,
    kind: LetterType,
    profile: AdvocateProfile,
    recipients: dict[str, tuple[str, ...]],
    *,
    today: date,
    subject_dob: date | None = None,
    options: LetterOptions = LetterOptions(),  # frozen
) -> LetterFacts:
    """Map a request (with its clock) and the profile to the letter's plain data.

    Raises ``ValidationError("type")`` for an appeal with nothing to appeal
    (no written denial, no constructive denial) or for a granted request,
    and ``ValidationError("kind")`` for requests that are not FOIL.
    """
    if info.kind is not RequestKind.FOIL:
        raise ValidationError(
            "kind", "Letters are written for FOIL requests; FOIA and unsealing differ."
        )
    d = info.dates
    written = d.determined is not None and d.outcome in ("partial", "denied")
    missed: date | None = None
    own_date = False
    appeal_by: date | None = None
    # The request's own clock on the day of the appeal (or today, before one):
    # an appeal already filed must not hide the denial it appealed.
    as_of = d.appealed or today
    before = dataclasses.replace(d, appealed=None, appeal_decided=None, appeal_outcome=None)
    named = agency_in_sentence(info.agency)
    if kind == "appeal" and written:
        appeal_by = compute(before, today, named).appeal_by
    elif kind == "appeal":
        clock = compute(before, as_of, named)
        if d.determined is not None or not (clock.constructive_denial or clock.own_date_missed):
            raise ValidationError(
                "type",
                "There is nothing to appeal yet: the request has not been denied and "
                f"{named}'s time to answer has not run out. {info.clock.message}",
            )
        # The agency's missed date: the determination date once it has passed,
        # else the five-day limit (both from foil_deadlines.compute), else arguably
        # a date it set for itself (no statutory 30 days run from that one).
        if clock.determination_due is not None and as_of > clock.determination_due:
            missed = clock.determination_due
        elif clock.late_extension is not None:
            missed = clock.late_extension[0]  # it extended only after this date had passed
        elif clock.own_date_missed is not None and not clock.constructive_denial:
            missed, own_date = clock.own_date_missed, True
        else:
            missed = clock.acknowledgement_due
        appeal_by = None if own_date else clock.appeal_by
    if info.agency is Agency.NYPD:
        recipient = recipients[kind]
    else:
        officer = DEFAULT_RECIPIENTS[kind][0]
        recipient = (officer, AGENCY_NAMES[info.agency].removeprefix("the "), "[address]")
    f = info.fields
    identifiers = [
        ("Arrest report number", f.arrest_number),
        ("Complaint report number", f.complaint_number),
        ("NYSID", f.nysid),
        ("Precinct", _ordinal(f.precinct) if f.precinct else ""),
        ("Date of incident", long_date(f.incident_date) if f.incident_date else ""),
        ("Time of incident", f.incident_time),
        ("Type of incident", f.incident_type),
    ]
    agency_name = AGENCY_NAMES[info.agency]
    return LetterFacts(
        kind=kind,
        letterhead=Letterhead(
            name=profile.name,
            organisation=profile.organisation,
            address=profile.address,
            phone=profile.phone,
            email=profile.email,
        ),
        recipient=recipient,
        salutation=recipient[0],
        written_on=today,
        agency_name=agency_name if agency_name.startswith("the ") else f"the {agency_name}",
        records=info.records,
        request_number=info.number,
        identifiers=tuple((label, value) for label, value in identifiers if value),
        body_camera=f.body_camera,
        subject_name=info.client_name,
        subject_dob=subject_dob,
        sent_on=info.sent_on,
        received=d.received,
        acknowledged=d.acknowledged,
        promised=d.promised,
        determined=d.determined if written else None,
        outcome=d.outcome if written else None,
        missed_deadline=missed,
        missed_own_date=own_date,
        extensions=tuple((x.until, x.written_on) for x in d.extensions),
        appeal_by=appeal_by,
        fee_limit=options.fee_limit,
        reasons=options.reasons if kind == "appeal" else "",
    )


@dataclass(frozen=True)
class WrittenLetter:
    path: Path
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterPreview:
    """The letter as text and what the writer must know before sending it."""

    text: str
    warnings: tuple[str, ...]


def make_letter(
    store: Store,
    request_id: int,
    kind: LetterType,
    *,
    today: date,
    options: LetterOptions = LetterOptions(),  # frozen
) -> Letter:
    """The composed letter for a stored request (nothing written)."""
    options = options.validated()
    info = show_request(store, request_id, today=today)
    dob = None
    if info.client_id is not None:
        with store.reading() as session:
            dob = session.scalar(select(Client.dob).where(Client.id == info.client_id))
    facts = letter_facts(
        info,
        kind,
        get_profile(store),
        get_recipients(store),
        today=today,
        subject_dob=dob,
        options=options,
    )
    return compose(facts)


def letter_text(store: Store, request_id: int, kind: LetterType, *, today: date) -> str:
    """The letter as plain text the advocate can paste into their own editor."""
    return to_text(make_letter(store, request_id, kind, today=today))


def preview_letter(
    store: Store,
    request_id: int,
    kind: LetterType,
    *,
    today: date,
    options: LetterOptions = LetterOptions(),  # frozen
) -> LetterPreview:
    """The letter's text and its warnings (e.g. past the 30 days to appeal), nothing written."""
    letter = make_letter(store, request_id, kind, today=today, options=options)
    return LetterPreview(to_text(letter), letter.warnings)


def write_letter(
    store: Store,
    request_id: int,
    kind: LetterType,
    path: Path,
    *,
    today: date,
    options: LetterOptions = LetterOptions(),  # frozen
) -> WrittenLetter:
    """Write the letter's PDF to ``path``; returns the plain text and its warnings too.
    Audited as an export."""
    letter = make_letter(store, request_id, kind, today=today, options=options)
    _write_pdf(path, letter)
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export", "request", str(request_id), {"letter": kind, "to": path.name}
            ),
        )
    return WrittenLetter(path, to_text(letter), letter.warnings)


def _ordinal(precinct: str) -> str:
    """ "75" -> "75th Precinct", as NYPD names them."""
    n = int(precinct)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} Precinct"
