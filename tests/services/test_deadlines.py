"""The Deadlines view: hearings, filing deadlines and FOIL dates in one ordered list."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import EventKind
from casebook.services import deadlines
from casebook.services import requests as rq
from casebook.services.clients import add_client
from casebook.services.matters import EventDraft, add_event

TODAY = date(2026, 10, 13)


@pytest.mark.parametrize(
    ("hearing", "days", "due"),
    [
        (date(2026, 12, 1), 15, date(2026, 11, 16)),  # Tue - 15 = Mon
        (date(2026, 11, 30), 15, date(2026, 11, 13)),  # Mon - 15 = Sun 11-15 -> Fri 11-13
        (date(2026, 11, 26), 15, date(2026, 11, 10)),  # Thu - 15 = Wed 11-11 Veterans Day -> 11-10
        (date(2026, 12, 1), 10, date(2026, 11, 20)),  # the period is a parameter
    ],
)
def test_filing_deadline_is_days_before_moved_back_to_a_business_day(hearing, days, due):
    assert deadlines.filing_deadline(hearing, days) == due


def _event(store, client_id, kind, when, title="", done=False) -> int:
    return add_event(store, client_id, EventDraft(kind, when, title=title, done=done)).value


def test_upcoming_lists_overdue_first_then_by_date(store):
    ana = add_client(store, ClientDraft(name="Ana Ruiz"), today=TODAY)
    bo = add_client(store, ClientDraft(name="Bo Chen"), today=TODAY)
    individual = _event(store, ana, EventKind.INDIVIDUAL_HEARING, datetime(2026, 10, 26, 9, 0))
    master = _event(store, bo, EventKind.MASTER_HEARING, datetime(2026, 10, 20, 13, 0))
    missed = _event(store, bo, EventKind.FILING_DEADLINE, datetime(2026, 10, 9), "Brief due")
    _event(store, bo, EventKind.FILING_DEADLINE, datetime(2026, 10, 8), "Filed", done=True)
    _event(store, bo, EventKind.MASTER_HEARING, datetime(2027, 3, 1, 9, 0))  # beyond 30 days
    _event(store, ana, EventKind.MASTER_HEARING, datetime(2026, 10, 1, 9, 0))  # past hearing
    request_id = rq.add_request(
        store,
        rq.RequestDraft("Arrest report", received=date(2026, 10, 1), client_id=ana),
        today=TODAY,
    )
    items = deadlines.upcoming(store, today=TODAY)
    got = [(d.day.isoformat(), d.kind, d.ref_id, d.overdue) for d in items]
    # Overdue first (by date, then kind and title), then the rest by date. The
    # individual hearing's filings: 10-26 - 15 = Sun 10-11 -> Fri 10-09. The FOIL
    # acknowledgement was due 10-08, so the next date is the appeal's, 11-09.
    assert got == [
        ("2026-10-09", "filing", missed, True),
        ("2026-10-09", "filing", individual, True),
        ("2026-11-09", "foil", request_id, True),
        ("2026-10-20", "hearing", master, False),
        ("2026-10-26", "hearing", individual, False),
    ]
    foil = next(d for d in items if d.kind == "foil")
    assert foil.client_name == "Ana Ruiz" and foil.day == date(2026, 11, 9)
    assert foil.note.startswith("Constructive denial")
    derived = next(d for d in items if d.kind == "filing" and d.ref_id == individual)
    assert derived.day == date(2026, 10, 9)
    assert "15 days before" in derived.note
    assert derived.to_json()["ref_id"] == str(individual)


def test_filing_days_before_is_a_parameter(store):
    ana = add_client(store, ClientDraft(name="Ana Ruiz"), today=TODAY)
    hearing = _event(store, ana, EventKind.INDIVIDUAL_HEARING, datetime(2026, 11, 3, 9, 0))
    items = deadlines.upcoming(store, today=TODAY, filing_days_before=20)
    [filing] = [d for d in items if d.kind == "filing"]
    assert (filing.day, filing.ref_id, filing.overdue) == (date(2026, 10, 14), hearing, False)


def test_month_view_keeps_past_and_done_items(store):
    ana = add_client(store, ClientDraft(name="Ana Ruiz"), today=TODAY)
    _event(store, ana, EventKind.MASTER_HEARING, datetime(2026, 10, 1, 9, 0), done=True)
    _event(store, ana, EventKind.INDIVIDUAL_HEARING, datetime(2026, 11, 16, 9, 0))
    _event(store, ana, EventKind.MASTER_HEARING, datetime(2026, 11, 2, 9, 0))
    october = deadlines.month(store, 2026, 10, today=TODAY)
    assert [(d.day, d.kind) for d in october] == [
        (date(2026, 10, 1), "hearing"),
        (date(2026, 10, 30), "filing"),  # 11-16 - 15 = Sun 11-01 -> Fri 10-30
    ]
    assert [d.day for d in deadlines.month(store, 2026, 12, today=TODAY)] == []


def test_a_hearing_shows_its_place_and_judge_and_its_filing_date_follows_it(store):
    import dataclasses

    from casebook.services.matters import update_event

    cid = add_client(store, ClientDraft(name="Ana Ruiz"), today=TODAY)
    draft = EventDraft(
        EventKind.INDIVIDUAL_HEARING,
        datetime(2026, 11, 30, 9, 0),
        location="26 Federal Plaza",
        judge="Hon. R. Lee",
    )
    eid = add_event(store, cid, draft).value
    items = deadlines.upcoming(store, today=TODAY, within_days=60)
    [hearing] = [d for d in items if d.kind == "hearing"]
    assert "26 Federal Plaza" in hearing.note and "Hon. R. Lee" in hearing.note
    assert [d.day for d in items if d.kind == "filing"] == [date(2026, 11, 13)]
    update_event(store, eid, dataclasses.replace(draft, starts_at=datetime(2026, 12, 1, 9)))
    items = deadlines.upcoming(store, today=TODAY, within_days=60)
    assert [d.day for d in items if d.kind == "filing"] == [date(2026, 11, 16)]
