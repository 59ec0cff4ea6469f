"""Suggestions for inbox documents: matched to the vault, with reasons, applied only on accept.

Calendar used here (TODAY is Sun 2026-11-29):
- the individual hearing of the first notice is Tue 2027-01-26 at 1:00 PM; its filing
  deadline is 15 days before, Mon 2027-01-11 (a business day: MLK Day is 2027-01-18);
- the later notice moves it to Tue 2027-02-23 at 9:00 AM, filings due Mon 2027-02-08
  (Washington's Birthday is 2027-02-15).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError
from casebook.domain.vocabulary import EventKind, MatterType, Outcome
from casebook.services import documents, matters, requests
from casebook.services.changes import Change
from casebook.services.clients import add_client
from casebook.services.importer import Options, Target, import_paths
from casebook.services.requests import RequestDraft
from casebook.services.suggestion_accept import accept
from casebook.services.suggestions import NAME, suggest
from casebook.store.session import Store
from tests.domain.test_form_reading import CERTIFICATE, I797, NTA
from tests.helpers import TODAY, snapshot

pytestmark = pytest.mark.dates

NOTICE = """EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
IMMIGRATION COURT
26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237, NEW YORK, NY 10278
RE: LOPEZ, MARIA    FILE: A123-456-789    DATE: Nov 20, 2026
NOTICE OF HEARING IN REMOVAL PROCEEDINGS
Please take notice that the above captioned case has been scheduled for an INDIVIDUAL hearing
before the Immigration Court on Jan 26, 2027 at 1:00 P.M. at:
26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237
NEW YORK, NY 10278
Immigration Judge: Hon. R. Castellanos
"""

LATER_NOTICE = (
    NOTICE.replace("Jan 26, 2027 at 1:00 P.M.", "Feb 23, 2027 at 9:00 A.M.")
    .replace("Nov 20, 2026", "Nov 27, 2026")
    .replace("R. Castellanos", "D. Okafor")
)

ACKNOWLEDGEMENT = """NEW YORK CITY POLICE DEPARTMENT
Legal Bureau - FOIL Unit
November 25, 2026
Re: FOIL-2026-056-01234
The New York City Police Department (NYPD) has acknowledged your FOIL request
FOIL-2026-056-01234. You can expect a response on or about Friday, January 15, 2027.
"""


@pytest.fixture
def maria(store: Store) -> int:
    draft = ClientDraft(name="Maria Lopez", dob=date(1991, 7, 22), a_number="A123456789")
    return add_client(store, draft, today=TODAY)


def _import(store: Store, tmp_path: Path, name: str, text: str) -> int:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    [result] = import_paths(store, [path], Target(), options=Options(ocr=False))
    assert result.document_id is not None
    return result.document_id


def test_a_notice_to_appear_suggests_its_client_kind_title_and_date(store, maria, tmp_path):
    doc = _import(store, tmp_path, "scan0001", NTA)
    s = suggest(store, doc, today=TODAY)
    assert s.client_id == maria
    assert s.reason("client") == (
        "A-123-456-789 is Maria Lopez's A-number: page 1 says 'File No: A 123 456 789'"
    )
    assert (s.kind, s.title, s.date) == (
        "notice-to-appear",
        "Notice to Appear (I-862) \N{EM DASH} 2026-11-02",
        date(2026, 11, 2),
    )
    assert "page 1 says 'NOTICE TO APPEAR'" in s.reason("kind")
    assert s.hearing is None and s.request is None


def test_suggesting_changes_nothing(store, maria, tmp_path, vault_path):
    doc = _import(store, tmp_path, "scan", NOTICE)
    before = _files(vault_path)
    suggest(store, doc, today=TODAY)
    assert _files(vault_path) == before


def _files(vault: Path) -> dict[str, bytes]:
    """The vault's files but SQLite's shared-memory index, which readers touch."""
    return {k: v for k, v in snapshot(vault).items() if not k.endswith("-shm")}


def test_accepting_a_hearing_notice_adds_the_hearing_in_a_new_removal_matter(
    store, maria, tmp_path
):
    doc = _import(store, tmp_path, "scan", NOTICE)
    s = suggest(store, doc, today=TODAY)
    h = s.hearing
    assert h is not None and h.matter_id is None and h.moves_event_id is None
    assert (h.kind, h.at, h.judge) == (
        EventKind.INDIVIDUAL_HEARING,
        datetime(2027, 1, 26, 13, 0),
        "R. Castellanos",
    )
    assert h.filing_due == date(2027, 1, 11)
    assert h.text() == (
        "Individual hearing on Tue 2027-01-26 at 1:00 PM, 26 FEDERAL PLAZA, 12TH FLOOR, "
        "ROOM 1237 NEW YORK, NY 10278, before R. Castellanos (in a new removal matter); "
        "filings due Mon 2027-01-11"
    )

    result = accept(store, doc, today=TODAY)
    applied = result.value
    assert applied.parts() == ["client", "kind", "title", "date", "hearing"]
    assert result.changes.touches(Change.EVENTS, Change.MATTERS, Change.DOCUMENTS)
    [matter] = matters.list_matters(store, maria)
    assert matter.draft.type is MatterType.REMOVAL_DEFENCE
    assert matter.draft.court == "New York - Federal Plaza Immigration Court"
    [event] = matters.list_events(store, maria)
    assert event.draft.matter_id == matter.id == applied.matter_id
    assert event.filing_due == date(2027, 1, 11)
    assert documents.inbox(store) == []
    [filed] = documents.client_documents(store, maria)
    assert (filed.kind, filed.title) == (
        "hearing-notice",
        "Notice of individual hearing \N{EM DASH} 2027-01-26",
    )
    assert filed.received_on == date(2026, 11, 20)


def test_a_later_notice_proposes_moving_the_hearing_and_says_what_changes(store, maria, tmp_path):
    accept(store, _import(store, tmp_path, "first", NOTICE), today=TODAY)
    [event] = matters.list_events(store, maria)
    doc = _import(store, tmp_path, "second", LATER_NOTICE)
    h = suggest(store, doc, today=TODAY).hearing
    assert h is not None and h.moves_event_id == event.id
    assert h.text() == (
        "Move the individual hearing from Tue 2027-01-26 at 1:00 PM to Tue 2027-02-23 at "
        "9:00 AM; judge R. Castellanos \N{RIGHTWARDS ARROW} D. Okafor"
    )
    accept(store, doc, only=["hearing"], today=TODAY)
    [moved] = matters.list_events(store, maria)
    assert (moved.id, moved.draft.starts_at, moved.draft.judge) == (
        event.id,
        datetime(2027, 2, 23, 9, 0),
        "D. Okafor",
    )
    assert moved.filing_due == date(2027, 2, 8)
    assert [d.id for d in documents.inbox(store)] == [doc]  # only the hearing was accepted


def test_the_same_notice_again_proposes_no_hearing(store, maria, tmp_path):
    accept(store, _import(store, tmp_path, "first", NOTICE), today=TODAY)
    again = _import(store, tmp_path, "again", NOTICE + "\n(copy)")
    assert suggest(store, again, today=TODAY).hearing is None


def test_an_acknowledgement_updates_its_request(store, maria, tmp_path):
    request_id = requests.add_request(
        store,
        RequestDraft(
            "Arrest report",
            received=date(2026, 11, 20),
            client_id=maria,
            number="FOIL-2026-056-01234",
        ),
        today=TODAY,
    )
    doc = _import(store, tmp_path, "letter", ACKNOWLEDGEMENT)
    s = suggest(store, doc, today=TODAY)
    assert s.client_id == maria  # the request is hers
    assert s.request is not None and s.request.request_id == request_id
    assert s.request.text() == (
        "NYPD FOIL-2026-056-01234: acknowledged on Wed 2026-11-25, promised by Fri 2027-01-15"
    )
    accept(store, doc, today=TODAY)
    info = requests.show_request(store, request_id, today=TODAY)
    assert (info.dates.acknowledged, info.dates.promised) == (
        date(2026, 11, 25),
        date(2027, 1, 15),
    )
    assert [d.id for d in info.documents] == [doc]


def test_a_determination_records_its_outcome(store, maria, tmp_path):
    request_id = requests.add_request(
        store,
        RequestDraft("Arrest report", received=date(2026, 11, 2), number="FOIL-2026-056-01234"),
        today=TODAY,
    )
    text = "NYPD FOIL Unit\nNovember 27, 2026\nRe: FOIL-2026-056-01234\nYour request is denied.\n"
    doc = _import(store, tmp_path, "determination", text)
    s = suggest(store, doc, today=TODAY)
    assert s.client_id is None  # a request about no one, no name on the letter
    accept(store, doc, only=["request", "kind"], today=TODAY)
    info = requests.show_request(store, request_id, today=TODAY)
    assert (info.dates.determined, info.dates.outcome) == (date(2026, 11, 27), Outcome.DENIED)


def test_two_clients_of_the_same_name_are_offered_in_order_and_none_is_chosen(store, tmp_path):
    a = add_client(store, ClientDraft(name="Maria Lopez"), today=TODAY)
    b = add_client(store, ClientDraft(name="LÓPEZ, María"), today=TODAY, allow_duplicate=True)
    doc = _import(store, tmp_path, "receipt", I797.replace("Applicant A123456789\n", ""))
    s = suggest(store, doc, today=TODAY)
    assert {c.id for c in s.clients} == {a, b}
    assert all(c.rank == NAME for c in s.clients)
    assert s.client_id is None  # as sure of one as of the other: the person picks


def test_a_date_of_birth_tells_namesakes_apart(store, tmp_path):
    add_client(store, ClientDraft(name="Maria Lopez", dob=date(1985, 3, 3)), today=TODAY)
    her = add_client(
        store,
        ClientDraft(name="Lopez Maria", dob=date(1991, 7, 22)),
        today=TODAY,
        allow_duplicate=True,
    )
    doc = _import(store, tmp_path, "certificate", CERTIFICATE.replace("NYSID: 01234567K", ""))
    s = suggest(store, doc, today=TODAY)
    assert [c.id for c in s.clients] == [her]  # the other one's birth date contradicts
    assert "date of birth" in s.reason("client")


def test_an_alias_matches(store, tmp_path):
    her = add_client(
        store, ClientDraft(name="Maria J. Lopez", aliases=("María López",)), today=TODAY
    )
    doc = _import(store, tmp_path, "nta", NTA.replace("File No: A 123 456 789\n", ""))
    assert suggest(store, doc, today=TODAY).client_id == her


def test_an_a_number_of_someone_else_excludes_a_namesake(store, tmp_path):
    add_client(store, ClientDraft(name="Maria Lopez", a_number="A987654321"), today=TODAY)
    doc = _import(store, tmp_path, "nta", NTA)
    assert suggest(store, doc, today=TODAY).clients == ()


def test_a_hearing_without_a_client_is_refused_by_name(store, tmp_path):
    doc = _import(store, tmp_path, "notice", NOTICE)
    s = suggest(store, doc, today=TODAY)
    assert s.hearing is not None and s.client_id is None
    with pytest.raises(CasebookError, match="needs a client"):
        accept(store, doc, only=["hearing"], today=TODAY)
    applied = accept(store, doc, today=TODAY).value  # all: what can be applied is
    assert applied.parts() == ["kind", "title", "date"]
    assert applied.skipped == ("the hearing (it needs a client: choose one first)",)
    assert [d.id for d in documents.inbox(store)] == [doc]


def test_a_plain_letter_suggests_nothing(store, maria, tmp_path):
    doc = _import(store, tmp_path, "support", "Maria volunteers at our food pantry.")
    assert suggest(store, doc, today=TODAY).is_empty()
    assert accept(store, doc, today=TODAY).value.parts() == []


def test_undo_puts_back_everything_an_accept_changed(store, maria, tmp_path):
    from casebook.services.suggestion_undo import undo_accept

    request_id = requests.add_request(
        store,
        RequestDraft(
            "Arrest report",
            received=date(2026, 11, 20),
            client_id=maria,
            number="FOIL-2026-056-01234",
        ),
        today=TODAY,
    )
    notice = _import(store, tmp_path, "notice", NOTICE)
    letter = _import(store, tmp_path, "letter", ACKNOWLEDGEMENT)
    inbox_before = documents.inbox(store)
    request_before = requests.show_request(store, request_id, today=TODAY)

    first = accept(store, notice, today=TODAY).value
    second = accept(store, letter, today=TODAY).value
    assert first.undo is not None and second.undo is not None
    undo_accept(store, second.undo)
    undo_accept(store, first.undo)

    assert documents.inbox(store) == inbox_before  # titles, kinds, dates and places as they were
    assert matters.list_matters(store, maria) == []  # the matter it made, and its hearing, gone
    assert matters.list_events(store, maria) == []
    after = requests.show_request(store, request_id, today=TODAY)
    assert after.dates == request_before.dates and after.documents == ()


def test_undo_of_a_move_moves_the_hearing_back(store, maria, tmp_path):
    from casebook.services.suggestion_undo import undo_accept

    accept(store, _import(store, tmp_path, "first", NOTICE), today=TODAY)
    [event] = matters.list_events(store, maria)
    moved = accept(store, _import(store, tmp_path, "second", LATER_NOTICE), today=TODAY).value
    assert moved.undo is not None
    undo_accept(store, moved.undo)
    assert matters.list_events(store, maria) == [event]
