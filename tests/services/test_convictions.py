"""Convictions as a service: add, update, list, the client's sealing picture, the audit,
the summary PDF's data and the demo vault. Today is Sun 2026-11-29 (tests.helpers)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.sealing import Blocker, Conviction, FelonyClass, Level, Release
from casebook.services import convictions
from casebook.services.arrests import ArrestDraft, add_arrest
from casebook.services.changes import Change
from casebook.services.clients import add_client
from casebook.services.demo import fill_demo
from casebook.services.summary import summary_data
from casebook.store.session import Store
from casebook.store.tables import AuditEntry
from casebook.store.tables import Conviction as ConvictionRow
from tests.helpers import TODAY

pytestmark = pytest.mark.dates


def test_add_update_list_and_the_picture(store: Store) -> None:
    cid = add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    arrest = add_arrest(store, cid, ArrestDraft(date(2021, 1, 4)), today=TODAY)
    # Felony D sentenced 2021-05-03, released 2023-02-27: Clean Slate 2023-02-27 + 8 years
    # = 2031-02-27; 160.59: + 10 years = 2033-02-27.
    felony = Conviction(
        Level.FELONY,
        date(2021, 5, 3),
        FelonyClass.D,
        offense="PL  220.16",
        releases=(Release(date(2023, 2, 27)),),
        drug_felony=True,
    )
    added = convictions.add_conviction(store, cid, felony, today=TODAY, arrest_id=arrest)
    assert added.changes.touches(Change.ARRESTS) and added.changes.client_ids == {cid}
    [info] = convictions.list_convictions(store, cid)
    assert info.conviction.offense == "PL 220.16" and info.arrest_id == arrest
    picture = convictions.client_sealing(store, cid, today=TODAY).for_id(added.value)
    assert picture.to_json() == {
        "id": str(added.value),
        "clean_slate": {"eligible_on": "2031-02-27", "blocked_by": []},
        "cpl_160_59": {"earliest_application": "2033-02-27", "blocked_by": []},
    }
    assert "expected to seal on Thu 2031-02-27, if no new conviction" in picture.words[0]

    # Parole to 2031-06-30 pushes the expected seal to the day after, 2031-07-01.
    on_parole = Conviction(**{**vars(info.conviction), "supervision_until": date(2031, 6, 30)})
    before = convictions.update_conviction(
        store, added.value, on_parole, today=TODAY, arrest_id=arrest
    )
    assert before.value.conviction.supervision_until is None
    sealing = convictions.client_sealing(store, cid, today=TODAY)
    [c] = sealing.convictions
    assert c.picture.clean_slate.blocked_by == (Blocker.UNDER_SUPERVISION,)
    assert c.picture.clean_slate.expected_on == date(2031, 7, 1)
    with store.reading() as session:
        entries = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "conviction")
        )
    assert entries == 2


def test_refusals(store: Store) -> None:
    cid = add_client(store, ClientDraft(name="Ana Reyes"), today=TODAY)
    other = add_client(store, ClientDraft(name="Luis Ortega"), today=TODAY)
    theirs = add_arrest(store, other, ArrestDraft(date(2020, 1, 1)), today=TODAY)
    misd = Conviction(Level.MISDEMEANOR, date(2020, 3, 3))
    with pytest.raises(ValidationError) as caught:
        convictions.add_conviction(store, cid, misd, today=TODAY, arrest_id=theirs)
    assert caught.value.field == "arrest_id"
    with pytest.raises(NotFound):
        convictions.update_conviction(store, 999, misd, today=TODAY)
    with pytest.raises(NotFound):
        convictions.client_sealing(store, 999, today=TODAY)
    assert convictions.list_convictions(store, cid) == []


def test_the_summary_lists_convictions_and_the_immigration_note(store: Store) -> None:
    cid = add_client(store, ClientDraft(name="Rosa Díaz"), today=TODAY)
    convictions.add_conviction(
        store, cid, Conviction(Level.MISDEMEANOR, date(2024, 2, 29), offense="PL 155.25"),
        today=TODAY,
    )  # fmt: skip
    data = summary_data(store, cid, today=TODAY)
    [section] = [s for s in data.sections if s.title == "Convictions and when they seal"]
    # 2024-02-29 + 3 years: no Feb 29 in 2027 -> 2027-02-28 (GCL §30).
    assert section.rows[0][:3] == ("2024-02-29", "Misdemeanor", "PL 155.25")
    assert "Sun 2027-02-28" in section.rows[0][3]
    assert "immigration consequences" in section.rows[1][3]


def test_the_demo_has_fictional_convictions(store: Store) -> None:
    fill_demo(store, clients=40, today=TODAY)
    with store.reading() as session:
        rows = list(session.scalars(select(ConvictionRow)))
    assert rows and all(r.arrest_id is not None for r in rows)
    for row in rows:  # each reads back and has a picture
        sealing = convictions.client_sealing(store, row.client_id, today=TODAY)
        assert sealing.convictions and sealing.convictions[0].words


def test_the_clean_slate_day_is_on_the_deadlines(store: Store) -> None:
    from casebook.services import deadlines

    cid = add_client(store, ClientDraft(name="Kim Ngo"), today=TODAY)
    added = convictions.add_conviction(
        store, cid, Conviction(Level.MISDEMEANOR, date(2024, 5, 6)), today=TODAY
    )
    # 2024-05-06 + 3 years = Thu 2027-05-06. From Sun 2026-11-29: to Nov 30 is 1 day;
    # December adds 31 (32), January 31 (63), February 28 (91), March 31 (122), April 30
    # (152), and May 1-6 adds 6: 158 days.
    [line] = [d for d in deadlines.upcoming(store, today=TODAY, within_days=365)]
    assert (line.kind, line.ref_kind, line.ref_id, line.overdue) == (
        "sealing",
        "conviction",
        added.value,
        False,
    )
    assert line.what == (
        "Expected to seal on Thu 2027-05-06, if no new conviction (CPL 160.57) \u2014 158 days"
    )
    assert deadlines.upcoming(store, today=TODAY, within_days=30) == []
    assert [d.day for d in deadlines.month(store, 2027, 5, today=TODAY)] == [date(2027, 5, 6)]
    # A pending charge: no expected day, no line.
    add_arrest(store, cid, ArrestDraft(date(2026, 11, 2), pending=True), today=TODAY)
    assert deadlines.upcoming(store, today=TODAY, within_days=365) == []
