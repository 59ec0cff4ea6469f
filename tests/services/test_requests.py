"""Record requests: the life cycle as entered, the due dates it gives, reminders, audit.

The due dates below were counted by hand on a 2026 calendar, business days
skipping weekends and the GCL §24 holidays that fall in the period:
Columbus Day (Mon 2026-10-12) and general Election Day (Tue 2026-11-03).

- received Thu 10-01: 5 business days = Oct 2, 5, 6, 7, 8 -> ack due 10-08.
- missed 10-08 + 30 days = Sat 11-07 -> next business day Mon 11-09 (GCL §25-a).
- acknowledged Tue 10-06: 20 business days = Oct 7, 8, 9, (12 holiday) 13, 14,
  15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30, Nov 2, (3 holiday) 4, 5
  -> determination due 11-05.
- denied Thu 10-15 + 30 days = Sat 11-14 -> Mon 11-16.
- appealed Tue 10-20: 10 business days = Oct 21, 22, 23, 26, 27, 28, 29, 30,
  Nov 2, (3 holiday) 4 -> appeal decision due 11-04.
- appeal denied Mon 11-02 + 4 months = Tue 2027-03-02 (GCL §30).
- appeal decision missed 11-04 + 4 months = Thu 2027-03-04.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Agency, Outcome, RequestKind
from casebook.services import requests as rq
from casebook.services.clients import add_client
from casebook.store import audit
from casebook.store.tables import AuditEntry, Document

D = date.fromisoformat
RECEIVED = D("2026-10-01")
TODAY = D("2026-11-29")


def add_document(store, text: str = "", title: str = "Response") -> int:
    """A document row (metadata and text only; no blob is needed for these rules)."""
    with store.transaction() as session:
        now = audit.utcnow()
        doc = Document(
            title=title,
            size=len(text),
            sha256="0" * 64,
            blob_name=f"{len(title)}{abs(hash(title + text))}"[:60],
            text=text,
            created_at=now,
            updated_at=now,
        )
        session.add(doc)
        session.flush()
        return doc.id


@pytest.fixture
def client_id(store) -> int:
    return add_client(store, ClientDraft(name="María López", dob=D("1990-03-02")), today=TODAY)


def _add(store, **kw) -> int:
    draft = rq.RequestDraft(records=kw.pop("records", "Arrest report"), received=RECEIVED, **kw)
    return rq.add_request(store, draft, today=TODAY)


def _update(store, request_id: int, **kw) -> None:
    changes = rq.RequestChanges(
        **{k: D(v) if k not in ("outcome", "appeal_outcome") else Outcome(v) for k, v in kw.items()}
    )
    rq.update_request(store, request_id, changes, today=TODAY)


DUE_FIELDS = (
    "stage",
    "acknowledgement_due",
    "determination_due",
    "appeal_by",
    "appeal_determination_due",
    "article78_by",
    "agency_late",
)

CASES = [
    # (events entered, today, expected due fields in DUE_FIELDS order)
    ({}, "2026-10-05", ("awaiting_acknowledgement", "2026-10-08", None, None, None, None, False)),
    (
        {},
        "2026-10-09",
        ("constructively_denied", "2026-10-08", None, "2026-11-09", None, None, True),
    ),
    (
        {"acknowledged": "2026-10-06"},
        "2026-10-20",
        ("awaiting_determination", "2026-10-08", "2026-11-05", None, None, None, False),
    ),
    (
        {"acknowledged": "2026-10-06", "promised": "2026-11-20"},
        "2026-11-10",
        ("awaiting_determination", "2026-10-08", "2026-11-20", None, None, None, False),
    ),
    (
        {"acknowledged": "2026-10-06"},
        "2026-11-06",
        ("constructively_denied", "2026-10-08", "2026-11-05", "2026-12-07", None, None, True),
    ),
    (
        {"determined": "2026-10-15", "outcome": "denied"},
        "2026-10-20",
        ("denied", "2026-10-08", None, "2026-11-16", None, None, False),
    ),
    (
        {"determined": "2026-10-15", "outcome": "partial", "appealed": "2026-10-20"},
        "2026-10-21",
        ("appeal_pending", "2026-10-08", None, "2026-11-16", "2026-11-04", None, False),
    ),
    (
        {
            "determined": "2026-10-15",
            "outcome": "denied",
            "appealed": "2026-10-20",
            "appeal_decided": "2026-11-02",
            "appeal_outcome": "denied",
        },
        "2026-11-10",
        ("appeal_denied", "2026-10-08", None, "2026-11-16", "2026-11-04", "2027-03-02", False),
    ),
    (
        {"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20"},
        "2026-11-10",
        (
            "appeal_constructively_denied",
            "2026-10-08",
            None,
            "2026-11-16",
            "2026-11-04",
            "2027-03-04",
            True,
        ),
    ),
    (
        {"determined": "2026-10-15", "outcome": "granted"},
        "2026-10-20",
        ("granted", "2026-10-08", None, None, None, None, False),
    ),
]


@pytest.mark.parametrize(("events", "today", "expected"), CASES)
def test_life_cycle_gives_the_hand_computed_due_dates(store, events, today, expected):
    request_id = _add(store)
    if events:
        _update(store, request_id, **events)
    data = rq.show_request(store, request_id, today=D(today)).to_json()
    assert tuple(data[f] for f in DUE_FIELDS) == expected
    assert data["received"] == "2026-10-01"
    # The law moves a late agency's request on to the advocate's own later date,
    # so no next step of these is ever before today: a late agency is not "overdue".
    assert data["overdue"] is False


def test_constructive_denial_says_appeal_now(store):
    request_id = _add(store)
    info = rq.show_request(store, request_id, today=D("2026-10-09"))
    assert info.clock.message.startswith(
        "Constructive denial: NYPD did not answer by Thu 2026-10-08."
    )
    assert "You may appeal now" in info.clock.message
    # Fri 10-09 is one day past Thu 10-08; appeal by Sat 11-07 -> Mon 11-09, 31 days on.
    assert info.next_step == rq.NextStep(
        D("2026-11-09"),
        True,
        "file the appeal by",
        "NYPD is 1 day late: you may appeal by Mon 2026-11-09 \N{EM DASH} 31 days",
        overdue=False,
    )
    assert info.what == info.next_step.text and not info.overdue and info.agency_late


def test_add_stores_fields_number_and_client(store, client_id):
    fields = rq.NypdFields(
        arrest_number="m26612345",
        nysid="01234567k",
        precinct="75th",
        incident_date=D("2026-09-12"),
        body_camera=True,
    )
    request_id = _add(
        store,
        client_id=client_id,
        number=" foil\u20132026\u2013056\u201301234 ",
        fields=fields,
        sent_via="email",
    )
    data = rq.show_request(store, request_id, today=TODAY).to_json()
    assert data["number"] == "FOIL-2026-056-01234"
    assert data["client_name"] == "María López"
    assert data["fields"] == {
        "arrest_number": "M26612345",
        "complaint_number": None,
        "nysid": "01234567K",
        "precinct": "75",
        "incident_date": "2026-09-12",
        "incident_time": None,
        "incident_type": None,
        "body_camera": True,
    }
    assert data["id"] == str(request_id) and data["client_id"] == str(client_id)


@pytest.mark.parametrize(
    ("agency", "number", "message"),
    [
        (Agency.NYPD, "2025-056-01234", "looks like FOIL-2025-056-01234"),
        (Agency.NYPD, "FOIL-2025-072-01234", "belongs to another agency"),
        (Agency.DOC, "FOIL-2025-056-01234", "belongs to another agency"),
    ],
)
def test_bad_openrecords_number_is_refused(store, agency, number, message):
    with pytest.raises(ValidationError, match=message) as info:
        _add(store, agency=agency, number=number)
    assert info.value.field == "request_number"


def test_other_agencies_keep_their_numbers(store):
    request_id = _add(store, agency=Agency.ICE, kind=RequestKind.FOIA, number="2025-ICFO-12345")
    assert rq.show_request(store, request_id, today=TODAY).number == "2025-ICFO-12345"


@pytest.mark.parametrize(
    ("events", "field", "message"),
    [
        ({"appealed": "2026-10-05"}, "appealed", "nothing to appeal on that date"),
        (
            {"determined": "2026-10-15", "outcome": "granted", "appealed": "2026-10-20"},
            "appealed",
            "was granted",
        ),
        (
            {"determined": "2026-10-07", "outcome": "denied", "appealed": "2026-10-06"},
            "appealed",
            "before the denial",
        ),
        ({"determined": "2026-10-15"}, "outcome", "Enter the outcome"),
        ({"acknowledged": "2026-09-30"}, "acknowledged", "cannot be before"),
        (
            {"appeal_decided": "2026-11-02", "appeal_outcome": "denied"},
            "appealed",
            "Enter the date",
        ),
        ({"extended": "2026-10-06"}, "acknowledged", "acknowledgement before an extension"),
        ({"article78": "2026-11-20"}, "article78", "needs an appeal"),
        ({"acknowledged": "2026-12-01"}, "acknowledged", "in the future"),
    ],
)
def test_out_of_order_life_cycle_is_refused_and_nothing_changes(store, events, field, message):
    request_id = _add(store)
    before = rq.show_request(store, request_id, today=TODAY).to_json()
    with pytest.raises(ValidationError, match=message) as info:
        _update(store, request_id, **events)
    assert info.value.field == field
    assert rq.show_request(store, request_id, today=TODAY).to_json() == before


def test_appeal_of_a_constructive_denial_is_accepted(store):
    request_id = _add(store)
    _update(store, request_id, appealed="2026-10-09")  # the day after the missed 10-08
    info = rq.show_request(store, request_id, today=D("2026-10-10"))
    assert info.clock.stage.value == "appeal_pending"


def test_every_change_is_audited(store):
    request_id = _add(store)
    _update(store, request_id, acknowledged="2026-10-06", promised="2026-11-20")
    doc = add_document(store)
    rq.link_document(store, request_id, doc)
    rq.link_document(store, request_id, doc)  # twice: no second link, no second entry
    with store.reading() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.entity == "request", AuditEntry.entity_id == str(request_id))
            .order_by(AuditEntry.id)
        ).all()
    assert [r.action for r in rows] == ["create", "update", "link"]
    assert json.loads(rows[1].detail) == {
        "acknowledged_on": "2026-10-06",
        "promised_on": "2026-11-20",
    }
    assert [d.id for d in rq.show_request(store, request_id, today=TODAY).documents] == [doc]


def test_due_list_holds_what_is_due_within_the_window_and_a_late_agency_is_not_overdue(store):
    today = D("2026-10-13")
    later = rq.add_request(store, rq.RequestDraft("B", received=D("2026-10-09")), today=today)
    # acknowledged 10-13: determination due 11-12 (past Election Day and Veterans Day)
    rq.update_request(store, later, rq.RequestChanges(acknowledged=today), today=today)
    # received Fri 10-09: (12 holiday) 13, 14, 15, 16, 19 -> ack due 10-19, within a week
    soon = rq.add_request(store, rq.RequestDraft("A", received=D("2026-10-09")), today=today)
    late = rq.add_request(  # received 10-01: ack was due 10-08; overdue, appeal by 11-09
        store, rq.RequestDraft("C", received=RECEIVED), today=today
    )
    granted = rq.add_request(store, rq.RequestDraft("D", received=RECEIVED), today=today)
    rq.update_request(
        store,
        granted,
        rq.RequestChanges(determined=D("2026-10-05"), outcome=Outcome.GRANTED),
        today=today,
    )
    due = rq.list_requests(store, today=today, due_only=True)
    # The late agency's request is one item: the advocate's appeal, due 11-09, 27
    # days away, so not within 7 days, and not overdue.
    assert [i.id for i in due] == [soon]
    month = rq.list_requests(store, today=today, due_only=True, due_within=30)
    assert [i.id for i in month] == [soon, late, later]
    assert [i.to_json()["next_due"] for i in month] == ["2026-10-19", "2026-11-09", "2026-11-12"]
    assert not any(i.overdue for i in month)
    assert month[1].agency_late and month[1].to_json()["agency_late"] is True
    assert month[1].what == (
        "NYPD is 5 days late: you may appeal by Mon 2026-11-09 \N{EM DASH} 27 days"
    )
    assert month[0].what == (
        "NYPD owes an answer or acknowledgement by Mon 2026-10-19 \N{EM DASH} 6 days"
    )
    assert {i.id for i in rq.list_requests(store, today=today)} == {later, soon, late, granted}


def test_unknown_request_and_client(store):
    with pytest.raises(NotFound):
        rq.show_request(store, 99, today=TODAY)
    with pytest.raises(NotFound):
        _add(store, client_id=99)


# -- letters made from a stored request ---------------------------------------------------------


def test_appeal_letter_of_a_silent_agency_names_the_missed_date(store, client_id):
    from casebook.export.letters import to_text
    from casebook.services.profile import AdvocateProfile, set_profile
    from casebook.services.request_letters import make_letter

    set_profile(store, AdvocateProfile(name="Ana Ruiz", organisation="QIDP", email="a@qidp.org"))
    request_id = _add(store, client_id=client_id, number="FOIL-2026-056-01234")
    _update(store, request_id, acknowledged="2026-10-06")
    text = " ".join(
        to_text(make_letter(store, request_id, "appeal", today=D("2026-11-06"))).split()
    )
    assert text.startswith("Ana Ruiz QIDP a@qidp.org November 6, 2026 Records Access Appeals")
    assert "did not grant or deny the request by November 5, 2026" in text  # 20 business days
    assert "Records about: María López, born March 2, 1990" in text
    assert "constructively denied" in text
    # Nov 5 + 30 = Sat Dec 5 -> Mon Dec 7: a letter of Nov 6 is in time and says so.
    assert "This appeal is made within thirty days of that denial" in text


def test_appeal_letter_needs_a_denial_and_addresses_can_be_set(store):
    from casebook.services.request_letters import get_recipients, make_letter, set_recipients

    request_id = _add(store)
    with pytest.raises(ValidationError, match="nothing to appeal yet") as info:
        make_letter(store, request_id, "appeal", today=D("2026-10-05"))
    assert info.value.field == "type"
    set_recipients(store, {"request": ("Records Access Officer", "NYPD FOIL Unit", "Room 110C")})
    assert get_recipients(store)["request"][1] == "NYPD FOIL Unit"
    assert get_recipients(store)["appeal"][0] == "Records Access Appeals Officer"
    letter = make_letter(store, request_id, "request", today=D("2026-10-01"))
    assert letter.recipient == ("Records Access Officer", "NYPD FOIL Unit", "Room 110C")
    _update(store, request_id, determined="2026-10-05", outcome="granted")
    with pytest.raises(ValidationError):
        make_letter(store, request_id, "appeal", today=D("2026-10-06"))


# -- dates the agency sets for itself ------------------------------------------------------------


def _extend(store, request_id: int, until: str, letter: str, reason: str = "") -> None:
    changes = rq.RequestChanges(extended=D(until), extended_on=D(letter), reason=reason)
    rq.update_request(store, request_id, changes, today=TODAY)


@pytest.mark.dates
def test_promised_and_extended_dates_may_lie_ahead_but_what_happened_may_not(store):
    request_id = _add(store)
    _update(store, request_id, acknowledged="2026-10-06", promised="2027-01-29")  # after TODAY
    _extend(store, request_id, "2027-03-31", "2026-11-27", "Volume")
    info = rq.show_request(store, request_id, today=TODAY)
    assert info.clock.determination_due == D("2027-03-31")
    assert not info.clock.constructive_denial
    for field in ("acknowledged", "determined", "appealed", "extended_on"):
        extra = {"outcome": Outcome.DENIED} if field == "determined" else {}
        if field == "extended_on":
            extra = {"extended": D("2027-04-30")}
        with pytest.raises(ValidationError, match="in the future") as caught:
            rq.update_request(
                store,
                request_id,
                rq.RequestChanges(**{field: D("2026-11-30"), **extra}),
                today=TODAY,
            )
        assert caught.value.field == field
    assert len(rq.show_request(store, request_id, today=TODAY).extensions) == 1


def test_undo_and_delete_keep_every_extension(store, client_id):
    request_id = _add(store, client_id=client_id)
    _update(store, request_id, acknowledged="2026-10-06")
    _extend(store, request_id, "2026-11-30", "2026-11-04", "Volume")
    before = rq.update_request(
        store,
        request_id,
        rq.RequestChanges(extended=D("2027-01-29"), extended_on=D("2026-11-27"), reason="Again"),
        today=TODAY,
    ).value
    assert len(before.parts) == 1  # the snapshot from before the second extension
    both = rq.show_request(store, request_id, today=TODAY).extensions
    assert [x.reason for x in both] == ["Volume", "Again"]
    redo = rq.replace_request(store, request_id, before).value  # undo
    assert [x.reason for x in rq.show_request(store, request_id, today=TODAY).extensions] == [
        "Volume"
    ]
    rq.replace_request(store, request_id, redo)  # redo
    assert rq.show_request(store, request_id, today=TODAY).extensions == both
    deleted = rq.delete_request(store, request_id).value
    new_id = rq.restore_request(store, deleted).value
    assert rq.show_request(store, new_id, today=TODAY).extensions == both
