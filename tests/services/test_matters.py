"""Matters, hearings and notes: add, list, update, delete, each audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import EventKind, MatterStatus, MatterType
from casebook.services import matters
from casebook.services.clients import add_client, trash_client
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
