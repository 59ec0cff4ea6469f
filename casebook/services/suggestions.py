"""Suggestions for an inbox document, read from its own text (``suggestion_accept`` applies them).

``suggest`` reads the stored text with the form rules (``domain.form_reading``)
and matches what it says against the vault: the client (an A-number or a
NYSID on the paper that a client has is certain; else names and aliases
matched as the same-person check matches them, ``name_key``: case, accents
and word order ignored, a birth date on the paper narrowing or excluding),
the kind, a title and the document's date, the hearing a notice of hearing
sets (with the client's removal matter, or a new one; or moving the matter's
hearing of the same kind when a later notice sets another date), and the
record request an agency's FOIL letter answers, by its OpenRecords number.
Every suggestion carries its reason, the words it was read from.

Nothing is stored: suggestions are computed each time, so they follow the
vault (a client added later is suggested next time). Nothing is applied
until a person asks (``suggestion_accept``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casebook.domain.agency_letters import FoilLetter
from casebook.domain.court_events import filing_due
from casebook.domain.deadline_phrases import format_date
from casebook.domain.errors import NotFound
from casebook.domain.form_reading import FORM_NAMES, Reading, read_form
from casebook.domain.form_text import shown_a_number
from casebook.domain.names import read_name_keys
from casebook.domain.typed_dates import format_time
from casebook.domain.vocabulary import (
    EVENT_LABELS,
    Agency,
    EventKind,
    MatterStatus,
    MatterType,
    RequestKind,
)
from casebook.services.request_words import request_name
from casebook.services.requests import RequestChanges
from casebook.store.session import Store
from casebook.store.tables import (
    Client,
    ClientAlias,
    Document,
    DocumentLink,
    Event,
    Matter,
    RecordRequest,
    RequestExtension,
)

FIELDS = ("client", "kind", "title", "date", "hearing", "request")

# How sure a client match is; lower is surer. The order candidates are offered in.
CERTAIN = 0  # an A-number or a NYSID on the paper, or the request the letter answers
NAME_AND_DOB = 1
NAME = 2


@dataclass(frozen=True)
class Reason:
    field: str  # one of FIELDS
    text: str  # "A-123-456-789 is Maria Lopez's A-number: page 1 says 'File No: A 123 ...'"


@dataclass(frozen=True)
class ClientChoice:
    id: int
    name: str
    rank: int  # CERTAIN, NAME_AND_DOB or NAME
    because: str


@dataclass(frozen=True)
class HearingProposal:
    """The event a notice sets, for ``client_id``; ``matter_id`` None means a new removal matter."""

    kind: EventKind
    at: datetime
    judge: str
    location: str
    client_id: int | None
    matter_id: int | None
    court: str  # the new matter's court, when one is made
    moves_event_id: int | None = None  # a later notice: this hearing moves
    was: datetime | None = None
    was_judge: str = ""
    was_location: str = ""

    @property
    def filing_due(self) -> date | None:
        return filing_due(self.kind, self.at.date())

    def text(self) -> str:
        """What accepting does, in one sentence a person reads."""
        label = EVENT_LABELS[self.kind]
        when = f"{format_date(self.at.date())} at {format_time(self.at.time())}"
        if self.moves_event_id is not None and self.was is not None:
            parts = [
                f"Move the {label.lower()} from {format_date(self.was.date())} at "
                f"{format_time(self.was.time())} to {when}"
            ]
            if self.judge and self.judge != self.was_judge:
                parts.append(f"judge {self.was_judge or 'none'} \N{RIGHTWARDS ARROW} {self.judge}")
            if self.location and self.location != self.was_location:
                parts.append(f"place: {self.location}")
            return "; ".join(parts)
        where = f", {self.location}" if self.location else ""
        judge = f", before {self.judge}" if self.judge else ""
        matter = " (in a new removal matter)" if self.matter_id is None else ""
        due = self.filing_due
        filing = f"; filings due {format_date(due)}" if due else ""
        return f"{label} on {when}{where}{judge}{matter}{filing}"


@dataclass(frozen=True)
class RequestProposal:
    request_id: int
    name: str  # "NYPD FOIL-2026-056-01234"
    changes: RequestChanges  # empty when the letter only links
    link: bool  # the letter is not yet linked to the request

    def text(self) -> str:
        c = self.changes
        parts = []
        if c.acknowledged:
            parts.append(f"acknowledged on {format_date(c.acknowledged)}")
        if c.promised:
            parts.append(f"promised by {format_date(c.promised)}")
        if c.extended:
            written = f" (letter of {format_date(c.extended_on)})" if c.extended_on else ""
            parts.append(f"extended to {format_date(c.extended)}{written}")
        if c.determined and c.outcome:
            parts.append(f"determined on {format_date(c.determined)}: {c.outcome.value}")
        said = ", ".join(parts) if parts else "link this letter"
        return f"{self.name}: {said}"


@dataclass(frozen=True)
class Suggestions:
    """What the document says, matched to the vault; None (or empty) where nothing was found."""

    doc_id: int
    clients: tuple[ClientChoice, ...] = ()
    kind: str | None = None
    title: str | None = None
    date: date | None = None
    hearing: HearingProposal | None = None
    request: RequestProposal | None = None
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def client(self) -> ClientChoice | None:
        """The client suggested: the surest candidate, unless another is as sure (then none:
        the person picks among ``clients``)."""
        if not self.clients:
            return None
        if len(self.clients) > 1 and self.clients[1].rank == self.clients[0].rank:
            return None
        return self.clients[0]

    @property
    def client_id(self) -> int | None:
        chosen = self.client
        return chosen.id if chosen else None

    def is_empty(self) -> bool:
        return not (
            self.clients or self.kind or self.title or self.date or self.hearing or self.request
        )

    def reason(self, name: str) -> str:
        return "; ".join(r.text for r in self.reasons if r.field == name)


# -- suggesting -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    id: int
    kind: str
    title: str
    received_on: date | None
    text: str  # the first ``READ_CHARS`` characters


# The forms read are one to four pages: their facts are on the first pages, and a
# 20-million-character text (``limits.MAX_TEXT_CHARS``) would hold the worker for seconds.
READ_CHARS = 40_000

_DOC_COLUMNS = (
    Document.id,
    Document.kind,
    Document.title,
    Document.received_on,
    func.substr(Document.text, 1, READ_CHARS),
)


def suggest(store: Store, doc_id: int, *, today: date) -> Suggestions:
    """The suggestions for one document (any document, filed or not)."""
    with store.reading() as session:
        row = session.execute(
            select(*_DOC_COLUMNS).where(Document.id == doc_id, Document.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NotFound(f"There is no document #{doc_id}.")
        return _suggest(session, _Doc(*row), today)


def suggest_many(store: Store, doc_ids: Collection[int], *, today: date) -> dict[int, Suggestions]:
    """Suggestions for several documents in one read (the command's ``inbox list``)."""
    query = select(*_DOC_COLUMNS).where(
        Document.id.in_(list(doc_ids)), Document.deleted_at.is_(None)
    )
    with store.reading() as session:
        rows = session.execute(query).all()
        return {row[0]: _suggest(session, _Doc(*row), today) for row in rows}


def _suggest(session: Session, doc: _Doc, today: date) -> Suggestions:
    reading = read_form(doc.text or "")
    reasons: list[Reason] = []
    choices = _clients(session, reading, reasons)
    kind = title = None
    day = None
    if reading.kind is not None and reading.form is not None:
        because = f"it is a {_form_words(reading)}: {reading.form.quote.because()}"
        if reading.kind.value != doc.kind:
            kind = reading.kind.value
            reasons.append(Reason("kind", because))
        wanted = reading.title()
        if wanted and wanted != doc.title:
            title = wanted
            reasons.append(Reason("title", because))
    if reading.date is not None and reading.date.value != doc.received_on:
        day = reading.date.value
        reasons.append(
            Reason("date", f"it is dated {day.isoformat()}: {reading.date.quote.because()}")
        )
    draft = Suggestions(doc.id, tuple(choices), kind, title, day)
    hearing = _hearing(session, reading, draft.client_id, today, reasons)
    request = _request(session, reading, doc.id, reasons)
    return dataclasses.replace(draft, hearing=hearing, request=request, reasons=tuple(reasons))


def _form_words(reading: Reading) -> str:
    assert reading.form is not None
    name = FORM_NAMES[reading.form.value]
    return (
        name[0].lower() + name[1:] if not name.startswith(("USCIS", "NYPD", "Notice to")) else name
    )


def _clients(session: Session, reading: Reading, reasons: list[Reason]) -> list[ClientChoice]:
    found: dict[int, ClientChoice] = {}

    def offer(choice: ClientChoice) -> None:
        held = found.get(choice.id)
        if held is None or choice.rank < held.rank:
            found[choice.id] = choice

    live = Client.deleted_at.is_(None)
    for number in reading.a_numbers:
        for c in session.scalars(select(Client).where(live, Client.a_number == number.value)):
            offer(
                ClientChoice(
                    c.id,
                    c.name,
                    CERTAIN,
                    f"{shown_a_number(number.value)} is {c.name}'s A-number: "
                    f"{number.quote.because()}",
                )
            )
    for nysid in reading.nysids:
        for c in session.scalars(select(Client).where(live, Client.nysid == nysid.value)):
            offer(
                ClientChoice(
                    c.id,
                    c.name,
                    CERTAIN,
                    f"NYSID {nysid.value} is {c.name}'s: {nysid.quote.because()}",
                )
            )
    if reading.request_number is not None:
        row = _request_row(session, reading.request_number.value)
        owner = session.get(Client, row.client_id) if row and row.client_id else None
        if owner is not None and owner.deleted_at is None:
            offer(
                ClientChoice(
                    owner.id,
                    owner.name,
                    CERTAIN,
                    f"request {reading.request_number.value} is {owner.name}'s: "
                    f"{reading.request_number.quote.because()}",
                )
            )
    paper_numbers = {f.value for f in reading.a_numbers}
    for name in reading.names:
        for c in _by_name(session, name.value):
            if c.a_number and paper_numbers and c.a_number not in paper_numbers:
                continue  # the paper's A-number is someone else's: not this client
            dob = reading.dob.value if reading.dob else None
            if dob and c.dob and dob != c.dob:
                continue  # birth dates contradict: another person of that name
            same_dob = dob is not None and c.dob == dob
            because = f"the name matches {c.name}: {name.quote.because()}"
            if same_dob and reading.dob is not None:
                because += f", and the date of birth: {reading.dob.quote.because()}"
            offer(ClientChoice(c.id, c.name, NAME_AND_DOB if same_dob else NAME, because))
    ordered = sorted(found.values(), key=lambda c: (c.rank, c.name, c.id))
    reasons.extend(Reason("client", c.because) for c in ordered[:5])
    return ordered[:5]


def _by_name(session: Session, name: str) -> list[Client]:
    """The clients of the name as read, else of the name with OCR's lost spaces put back."""
    for key in read_name_keys(name):
        by_alias = select(ClientAlias.client_id).where(ClientAlias.name_key == key)
        query = select(Client).where(
            Client.deleted_at.is_(None), or_(Client.name_key == key, Client.id.in_(by_alias))
        )
        found = list(session.scalars(query.order_by(Client.id).limit(10)))
        if found:
            return found
    return []


def _hearing(
    session: Session,
    reading: Reading,
    client_id: int | None,
    today: date,
    reasons: list[Reason],
) -> HearingProposal | None:
    fact = reading.hearing
    if fact is None:
        return None
    h = fact.value
    if h.at.date() < today:
        return None  # a notice of a hearing already past sets nothing to come
    matter_id = _removal_matter(session, client_id) if client_id is not None else None
    proposal = HearingProposal(h.kind, h.at, h.judge, h.location, client_id, matter_id, h.court)
    if matter_id is not None:
        held = session.scalars(
            select(Event)
            .where(Event.matter_id == matter_id, Event.kind == h.kind.value, Event.done.is_(False))
            .order_by(Event.starts_at.desc(), Event.id.desc())
        ).first()
        if held is not None and held.starts_at.date() >= today:
            if held.starts_at == h.at:
                return None  # already in the calendar as the notice says
            proposal = dataclasses.replace(
                proposal,
                moves_event_id=held.id,
                was=held.starts_at,
                was_judge=held.judge,
                was_location=held.location,
                judge=h.judge or held.judge,
                location=h.location or held.location,
            )
    reasons.append(Reason("hearing", f"the notice sets it: {fact.quote.because()}"))
    return proposal


def _removal_matter(session: Session, client_id: int) -> int | None:
    """The client's open removal matter (the oldest, if several)."""
    return session.scalar(
        select(Matter.id)
        .where(
            Matter.client_id == client_id,
            Matter.type == MatterType.REMOVAL_DEFENCE.value,
            Matter.status != MatterStatus.CLOSED.value,
        )
        .order_by(Matter.id)
        .limit(1)
    )


def _request_row(session: Session, number: str) -> RecordRequest | None:
    return session.scalars(
        select(RecordRequest)
        .where(RecordRequest.portal_number == number)
        .order_by(RecordRequest.id)
    ).first()


def _request(
    session: Session, reading: Reading, doc_id: int, reasons: list[Reason]
) -> RequestProposal | None:
    if reading.request_number is None:
        return None
    row = _request_row(session, reading.request_number.value)
    if row is None:
        return None
    linked = session.scalar(
        select(DocumentLink.id).where(
            DocumentLink.document_id == doc_id, DocumentLink.request_id == row.id
        )
    )
    changes = RequestChanges()
    because = reading.request_number.quote.because()
    if reading.foil is not None:
        f = reading.foil.value
        because = f"the letter says so: {reading.foil.quote.because()}"
        if f.letter == FoilLetter.ACKNOWLEDGEMENT:
            changes = RequestChanges(
                acknowledged=f.written_on if f.written_on != row.acknowledged_on else None,
                promised=f.promised if f.promised != row.promised_on else None,
            )
        elif f.letter == FoilLetter.EXTENSION and f.promised is not None:
            kept = session.scalars(
                select(RequestExtension.until).where(RequestExtension.request_id == row.id)
            )
            if f.promised not in set(kept):
                changes = RequestChanges(extended=f.promised, extended_on=f.written_on)
        elif (
            f.letter == FoilLetter.DETERMINATION
            and f.outcome is not None
            and f.written_on
            and (row.determined_on != f.written_on or row.outcome != f.outcome.value)
        ):
            changes = RequestChanges(determined=f.written_on, outcome=f.outcome)
    if changes.is_empty() and linked is not None:
        return None
    name = request_name(Agency(row.agency), RequestKind(row.kind), row.portal_number, row.id)
    reasons.append(Reason("request", because))
    return RequestProposal(row.id, name, changes, link=linked is None)
