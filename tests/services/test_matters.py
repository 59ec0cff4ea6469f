"""Matters, hearings and notes: add, list, update, delete, each audited."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Detention, EventKind, MatterStatus, MatterType
from casebook.services import matters
from casebook.services.changes import Change, Changes
from casebook.services.clients import add_client, restore_client, show_client, trash_client
from casebook.store import audit
from casebook.store.tables import AuditEntry
from tests.helpers import TODAY


def _audit(store) -> list[tuple[str, str]]:
    with store.reading() as session:
        return [
            (r.action, r.entity)
            for r in session.execute(
                select(AuditEntry.action, AuditEntry.entity).order_by(AuditEntry.id)
            )
        ]


@pytest.fixture
def client_id(store) -> int:
    return add_client(
        store, ClientDraft(name="Wilner Pierre", a_number="A-212-345-678"), today=TODAY
    )


def test_matter_life_cycle_is_audited(store, client_id):
    draft = matters.MatterDraft(
        MatterType.ASYLUM,
        court=" New York - Broadway ",
        judge="IJ Example A",
        opened_on=date(2026, 1, 5),
    )
    matter_id = matters.add_matter(store, client_id, draft).value
    [info] = matters.list_matters(store, client_id)
    assert info.id == matter_id and info.draft.court == "New York - Broadway"

    closed = matters.MatterDraft(
        MatterType.ASYLUM,
        court="New York - Broadway",
        status=MatterStatus.CLOSED,
        opened_on=date(2026, 1, 5),
        closed_on=date(2026, 6, 1),
    )
    matters.update_matter(store, matter_id, closed)
    assert matters.list_matters(store, client_id)[0].draft.status is MatterStatus.CLOSED

    matters.delete_matter(store, matter_id)
    assert matters.list_matters(store, client_id) == []
    assert _audit(store)[-3:] == [("create", "matter"), ("update", "matter"), ("delete", "matter")]
    with store.reading() as session:
        assert audit.chain_problems(session, store.audit_key) == []


def test_matter_cannot_close_before_it_opened(store, client_id):
    draft = matters.MatterDraft(
        MatterType.BOND, opened_on=date(2026, 5, 1), closed_on=date(2026, 4, 1)
    )
    with pytest.raises(ValidationError) as err:
        matters.add_matter(store, client_id, draft)
    assert err.value.field == "closed_on"


def test_hearings_list_soonest_first_and_deleting_a_matter_takes_its_hearings(store, client_id):
    matter_id = matters.add_matter(store, client_id, matters.MatterDraft(MatterType.BOND)).value
    later = matters.add_event(
        store,
        client_id,
        matters.EventDraft(
            EventKind.INDIVIDUAL_HEARING, datetime(2027, 3, 1, 9, 30), matter_id=matter_id
        ),
    ).value
    sooner = matters.add_event(
        store,
        client_id,
        matters.EventDraft(
            EventKind.MASTER_HEARING, datetime(2026, 12, 1, 8, 30), location=" 26 Federal Plaza "
        ),
    ).value
    assert [e.id for e in matters.list_events(store, client_id)] == [sooner, later]
    assert matters.list_events(store, client_id)[0].draft.location == "26 Federal Plaza"

    matters.update_event(
        store,
        sooner,
        matters.EventDraft(EventKind.MASTER_HEARING, datetime(2026, 12, 1, 8, 30), done=True),
    )
    assert matters.list_events(store, client_id)[0].draft.done

    matters.delete_matter(store, matter_id)
    assert [e.id for e in matters.list_events(store, client_id)] == [sooner]
    matters.delete_event(store, sooner)
    assert matters.list_events(store, client_id) == []
    with pytest.raises(NotFound):
        matters.delete_event(store, sooner)


def test_event_cannot_point_at_another_clients_matter(store, client_id):
    other = add_client(store, ClientDraft(name="Oksana Kovalenko"), today=TODAY)
    theirs = matters.add_matter(store, other, matters.MatterDraft(MatterType.U_VISA)).value
    with pytest.raises(ValidationError) as err:
        matters.add_event(
            store,
            client_id,
            matters.EventDraft(EventKind.INTERVIEW, datetime(2027, 1, 1, 10), matter_id=theirs),
        )
    assert err.value.field == "matter_id"


def test_notes_newest_first_edit_and_delete(store, client_id):
    first = matters.add_note(store, client_id, "  Called; voicemail.  ")
    second = matters.add_note(store, client_id, "Met at the office.")
    assert [n.id for n in matters.list_notes(store, client_id)] == [second, first]
    assert matters.list_notes(store, client_id)[1].body == "Called; voicemail."
    matters.update_note(store, first, "Called; left a voicemail in Haitian Creole.")
    assert "Creole" in matters.list_notes(store, client_id)[1].body
    matters.delete_note(store, second)
    assert [n.id for n in matters.list_notes(store, client_id)] == [first]
    with pytest.raises(ValidationError) as err:
        matters.add_note(store, client_id, "   ")
    assert err.value.field == "body"
    assert ("delete", "note") in _audit(store)


def test_nothing_is_added_to_a_trashed_client(store, client_id):
    trash_client(store, client_id)
    with pytest.raises(NotFound):
        matters.add_note(store, client_id, "Too late.")


def test_matter_fields_round_trip_and_changes_name_the_client(store, client_id):
    draft = matters.MatterDraft(
        MatterType.REMOVAL_DEFENCE,
        court="New York - Varick Immigration Court (detained)",
        docket_number=" 2026-V-0001 ",
        judge=" Hon. A. Okonkwo ",
        detention=Detention.DETAINED,
        opened_on=date(2026, 2, 1),
        notes="  Client has a bond hearing request pending.  ",
    )
    added = matters.add_matter(store, client_id, draft)
    assert added.changes == Changes.of(Change.MATTERS, client_id=client_id)
    info = matters.get_matter(store, added.value)
    assert info.client_id == client_id
    assert info.draft == matters.MatterDraft(
        MatterType.REMOVAL_DEFENCE,
        court="New York - Varick Immigration Court (detained)",
        docket_number="2026-V-0001",
        judge="Hon. A. Okonkwo",
        detention=Detention.DETAINED,
        opened_on=date(2026, 2, 1),
        notes="Client has a bond hearing request pending.",
    )
    assert info.draft.detained
    assert not matters.MatterDraft(MatterType.BOND).detained  # unknown is not "detained"
    assert matters.MatterDraft(MatterType.BOND).detention is Detention.UNKNOWN
    [summary] = show_client(store, client_id).matters  # the client file reads the same
    assert summary.detained and summary.detention == "detained"

    updated = matters.update_matter(
        store, added.value, dataclasses.replace(info.draft, detention=Detention.NOT_DETAINED)
    )
    assert updated.value is None
    assert updated.changes.touches(Change.MATTERS, Change.EVENTS)
    assert updated.changes.client_ids == {client_id}
    assert matters.get_matter(store, added.value).draft.detention is Detention.NOT_DETAINED


def test_close_matter_sets_status_and_day_and_keeps_the_rest(store, client_id):
    mid = matters.add_matter(
        store, client_id, matters.MatterDraft(MatterType.ASYLUM, judge="IJ B", notes="n")
    ).value
    closed = matters.close_matter(store, mid, date(2026, 9, 30))
    assert closed.changes.touches(Change.MATTERS) and closed.changes.client_ids == {client_id}
    d = matters.get_matter(store, mid).draft
    assert (d.status, d.closed_on, d.judge, d.notes) == (
        MatterStatus.CLOSED,
        date(2026, 9, 30),
        "IJ B",
        "n",
    )
    with pytest.raises(NotFound):
        matters.close_matter(store, mid + 99, date(2026, 9, 30))


def test_delete_matter_returns_a_snapshot_that_restores_it_with_its_events(store, client_id):
    draft = matters.MatterDraft(MatterType.BOND, judge="IJ C", detention=Detention.DETAINED)
    mid = matters.add_matter(store, client_id, draft).value
    hearing = matters.EventDraft(
        EventKind.BOND_HEARING, datetime(2026, 11, 2, 9), matter_id=mid, judge="IJ C"
    )
    eid = matters.add_event(store, client_id, hearing).value
    loose = matters.add_event(
        store, client_id, matters.EventDraft(EventKind.INTERVIEW, datetime(2026, 11, 5, 14))
    ).value
    note = matters.add_note(store, client_id, "About the bond.", matter_id=mid)

    deleted = matters.delete_matter(store, mid)
    assert deleted.changes.touches(Change.MATTERS, Change.EVENTS, Change.NOTES)
    snapshot = deleted.value
    assert snapshot.matter.id == mid and snapshot.matter.draft == draft
    assert [e.id for e in snapshot.events] == [eid]
    assert [e.id for e in matters.list_events(store, client_id)] == [loose]
    with pytest.raises(NotFound):
        matters.get_matter(store, mid)
    assert matters.list_notes(store, client_id)[0].matter_id is None  # the note stayed

    restored = matters.restore_matter(store, snapshot)
    assert restored.changes.touches(Change.MATTERS, Change.EVENTS)
    [again] = matters.list_matters(store, client_id)
    assert again.id == restored.value and again.draft == draft
    events = matters.list_events(store, client_id)
    back = [e for e in events if e.id != loose]
    assert [e.draft for e in back] == [dataclasses.replace(hearing, matter_id=restored.value)]
    assert [n.id for n in matters.list_notes(store, client_id)] == [note]
    assert _audit(store)[-3:] == [("delete", "matter"), ("create", "matter"), ("create", "event")]


def test_delete_event_returns_it_for_undo(store, client_id):
    draft = matters.EventDraft(
        EventKind.INDIVIDUAL_HEARING,
        datetime(2026, 12, 1, 9),
        location="26 Federal Plaza, Courtroom 12",
        judge="Hon. R. Lee",
        notes="Witness: the client's sister.",
    )
    eid = matters.add_event(store, client_id, draft).value
    deleted = matters.delete_event(store, eid)
    assert deleted.changes == Changes.of(Change.EVENTS, client_id=client_id)
    assert deleted.value.id == eid and deleted.value.draft == draft
    assert deleted.value.filing_due == date(2026, 11, 16)
    again = matters.add_event(store, client_id, deleted.value.draft).value
    assert matters.get_event(store, again).draft == draft


def test_filing_due_is_derived_and_moves_when_the_hearing_moves(store, client_id):
    hearing = matters.EventDraft(EventKind.INDIVIDUAL_HEARING, datetime(2026, 12, 1, 9))
    added = matters.add_event(store, client_id, hearing)
    assert added.changes == Changes.of(Change.EVENTS, client_id=client_id)
    assert matters.get_event(store, added.value).filing_due == date(2026, 11, 16)  # Tue - 15

    # Moved to Mon 11-30: 15 days before is Sun 11-15, so the Friday before.
    moved = matters.update_event(
        store, added.value, dataclasses.replace(hearing, starts_at=datetime(2026, 11, 30, 9))
    )
    assert moved.changes == Changes.of(Change.EVENTS, client_id=client_id)
    assert matters.list_events(store, client_id)[0].filing_due == date(2026, 11, 13)

    # A master calendar hearing brings no derived deadline.
    matters.update_event(
        store,
        added.value,
        dataclasses.replace(hearing, kind=EventKind.MASTER_HEARING),
    )
    assert matters.get_event(store, added.value).filing_due is None


def test_list_all_events_spans_clients_from_a_day_and_skips_the_trash(store, client_id):
    other = add_client(store, ClientDraft(name="Oksana Kovalenko"), today=TODAY)
    gone = add_client(store, ClientDraft(name="Nadia Rahman"), today=TODAY)

    def at(cid: int, when: datetime, kind: EventKind = EventKind.MASTER_HEARING) -> int:
        return matters.add_event(store, cid, matters.EventDraft(kind, when)).value

    past = at(client_id, datetime(2026, 10, 1, 9))
    b = at(other, datetime(2026, 11, 3, 13))
    a = at(client_id, datetime(2026, 11, 3, 9))
    c = at(other, datetime(2027, 1, 4, 9), EventKind.INDIVIDUAL_HEARING)
    at(gone, datetime(2026, 11, 4, 9))
    trash_client(store, gone)

    everything = matters.list_all_events(store)
    assert [e.id for e in everything] == [past, a, b, c]
    assert [e.id for e in matters.list_all_events(store, from_day=date(2026, 11, 3))] == [a, b, c]
    assert [e.client_id for e in matters.list_all_events(store, from_day=date(2026, 11, 3))] == [
        client_id,
        other,
        other,
    ]
    assert [e.id for e in matters.list_all_events(store, client_id=other)] == [b, c]
    assert matters.list_all_events(store, from_day=date(2027, 1, 1))[0].filing_due == date(
        2026, 12, 18
    )  # Mon 01-04 - 15 = Sun 12-20 -> Sat -> Fri 12-18
    restore_client(store, gone)
    assert len(matters.list_all_events(store, from_day=date(2026, 11, 3))) == 4


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (matters.MatterDraft("asylumm"), "type"),  # type: ignore[arg-type]
        (matters.MatterDraft(MatterType.ASYLUM, status="shut"), "status"),  # type: ignore[arg-type]
        (matters.MatterDraft(MatterType.ASYLUM, detention="maybe"), "detention"),  # type: ignore[arg-type]
        (matters.MatterDraft(MatterType.ASYLUM, judge="x" * 2001), "judge"),
        (matters.MatterDraft(MatterType.ASYLUM, court="x" * 2001), "court"),
        (matters.MatterDraft(MatterType.ASYLUM, docket_number="x" * 2001), "docket_number"),
        (matters.MatterDraft(MatterType.ASYLUM, notes="x" * 100_001), "notes"),
        (matters.MatterDraft(MatterType.ASYLUM, opened_on=date(1850, 1, 1)), "opened_on"),
    ],
)
def test_matter_validation_names_the_field(store, client_id, draft, field):
    with pytest.raises(ValidationError) as err:
        matters.add_matter(store, client_id, draft)
    assert err.value.field == field
    assert err.value.message.endswith(".") and "Traceback" not in err.value.message
    assert matters.list_matters(store, client_id) == []


def test_stored_strings_are_accepted_for_the_enums(store, client_id):
    mid = matters.add_matter(
        store,
        client_id,
        matters.MatterDraft("bond", status="pending-decision", detention="not-detained"),  # type: ignore[arg-type]
    ).value
    d = matters.get_matter(store, mid).draft
    assert (d.type, d.status, d.detention) == (
        MatterType.BOND,
        MatterStatus.PENDING_DECISION,
        Detention.NOT_DETAINED,
    )


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (matters.EventDraft("hearing", datetime(2026, 12, 1)), "kind"),  # type: ignore[arg-type]
        (matters.EventDraft(EventKind.OTHER, datetime(1800, 12, 1)), "starts_at"),
        (matters.EventDraft(EventKind.OTHER, datetime(2026, 12, 1), judge="j" * 2001), "judge"),
        (
            matters.EventDraft(EventKind.OTHER, datetime(2026, 12, 1), location="l" * 2001),
            "location",
        ),
        (matters.EventDraft(EventKind.OTHER, datetime(2026, 12, 1), title="t" * 2001), "title"),
        (matters.EventDraft(EventKind.OTHER, datetime(2026, 12, 1), notes="n" * 100_001), "notes"),
    ],
)
def test_event_validation_names_the_field(store, client_id, draft, field):
    with pytest.raises(ValidationError) as err:
        matters.add_event(store, client_id, draft)
    assert err.value.field == field
    assert matters.list_events(store, client_id) == []


def test_events_of_a_trashed_client_cannot_be_added(store, client_id):
    trash_client(store, client_id)
    with pytest.raises(NotFound):
        matters.add_event(
            store, client_id, matters.EventDraft(EventKind.OTHER, datetime(2026, 12, 1))
        )
    with pytest.raises(NotFound):
        matters.add_matter(store, client_id, matters.MatterDraft(MatterType.OTHER))
