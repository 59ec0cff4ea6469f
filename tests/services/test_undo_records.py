"""Undo's round trips in the services: an edit undone gives back the record exactly, a
deleted request or incident comes back with its documents, and nothing is ever erased."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound
from casebook.domain.vocabulary import Agency, Borough, DetentionStatus, IncidentKind, Law, Outcome
from casebook.services import clients
from casebook.services import incidents as inc
from casebook.services import requests as rq
from casebook.services.changes import Change
from tests.services.test_requests import add_document

pytestmark = pytest.mark.dates
TODAY = date(2026, 11, 29)

ANA = ClientDraft(
    name="Ana Pérez",
    aliases=("Ana P. Gómez", "Anita"),
    dob=date(1991, 4, 5),
    country_of_birth="Honduras",
    languages=("Spanish", "English"),
    interpreter_needed=True,
    a_number="123456789",
    phone="718-555-0100",
    address="12 Main St\nQueens, NY",
    detention_status=DetentionStatus.DETAINED,
    detention_facility="Orange County Jail",
    tags=("asylum", "urgent"),
)


def test_client_edit_undone_gives_back_every_field_and_redo_the_edit(store):
    cid = clients.add_client(store, ANA, today=TODAY)
    stored = clients.show_client(store, cid).draft
    edit = ClientDraft(name="Ana Pérez Gómez", aliases=(), languages=("Spanish",), tags=("bond",))

    done = clients.update_client(store, cid, edit, today=TODAY)
    assert done.value == stored
    assert done.changes.touches(Change.CLIENTS) and done.changes.concerns_client(cid)
    edited = clients.show_client(store, cid).draft
    assert edited.name == "Ana Pérez Gómez" and edited.a_number == ""

    undone = clients.put_client(store, cid, done.value)
    assert clients.show_client(store, cid).draft == stored
    assert undone.value == edited

    clients.put_client(store, cid, undone.value)
    assert clients.show_client(store, cid).draft == edited


def test_added_client_undone_goes_to_the_trash_and_redo_brings_them_back(store):
    cid = clients.add_client(store, ANA, today=TODAY)
    clients.trash_client(store, cid)  # undo of "add": nothing is erased
    assert [c.id for c in clients.list_clients(store, trash=True)] == [cid]
    clients.restore_client(store, cid)
    assert clients.show_client(store, cid).draft.name == "Ana Pérez"


@pytest.fixture
def client_id(store) -> int:
    return clients.add_client(store, ClientDraft(name="María López"), today=TODAY)


def _request(store, client_id: int) -> int:
    draft = rq.RequestDraft(
        records="Arrest report and body-worn camera footage, 75th Precinct",
        agency=Agency.NYPD,
        received=date(2026, 10, 1),
        client_id=client_id,
        number="FOIL-2026-056-01234",
        fields=rq.NypdFields(arrest_number="M26612345", precinct="75", body_camera=True),
        sent_via="OpenRecords",
        sent_on=date(2026, 10, 1),
    )
    return rq.add_request(store, draft, today=TODAY)


def test_request_event_undone_gives_back_the_request_exactly(store, client_id):
    rid = _request(store, client_id)
    before = rq.show_request(store, rid, today=TODAY)

    done = rq.update_request(
        store,
        rid,
        rq.RequestChanges(determined=date(2026, 10, 15), outcome=Outcome.DENIED),
        today=TODAY,
    )
    assert done.changes.touches(Change.REQUESTS) and done.changes.concerns_client(client_id)
    after = rq.show_request(store, rid, today=TODAY)
    assert after.dates.outcome == "denied"

    undone = rq.replace_request(store, rid, done.value)
    assert rq.show_request(store, rid, today=TODAY) == before
    rq.replace_request(store, rid, undone.value)  # redo
    assert rq.show_request(store, rid, today=TODAY) == after


def test_deleted_request_comes_back_with_its_dates_and_documents(store, client_id):
    rid = _request(store, client_id)
    rq.update_request(store, rid, rq.RequestChanges(acknowledged=date(2026, 10, 6)), today=TODAY)
    doc = add_document(store, "Partial response", "NYPD response")
    rq.link_document(store, rid, doc)
    before = rq.show_request(store, rid, today=TODAY)
    assert [d.id for d in before.documents] == [doc]

    deleted = rq.delete_request(store, rid)
    assert deleted.changes.concerns_client(client_id)
    with pytest.raises(NotFound):
        rq.show_request(store, rid, today=TODAY)
    assert rq.list_requests(store, today=TODAY) == []

    back = rq.restore_request(store, deleted.value)
    again = rq.show_request(store, back.value, today=TODAY)
    assert again == rq.RequestInfo(**{**before.__dict__, "id": back.value})
    assert again.next_step == before.next_step  # the same deadline, to the day
    assert [d.id for d in again.documents] == [doc]

    # deleted again and restored again (redo, undo): still the same request
    twice = rq.restore_request(store, rq.delete_request(store, back.value).value)
    assert rq.show_request(store, twice.value, today=TODAY).dates == before.dates


def _incident(store, client_id: int, doc: int) -> int:
    draft = inc.IncidentDraft(
        occurred_on=date(2026, 5, 4),
        kind=IncidentKind.DETAINER,
        precinct="075",
        place="75th Precinct stationhouse",
        laws=(Law.ADMIN_CODE_14_154, Law.EO_41),
        client_id=client_id,
        narrative="The desk officer called ICE before release.",
        document_ids=(doc,),
    )
    return inc.add_incident(store, draft, today=TODAY)


def test_incident_edit_undone_gives_back_fields_and_documents(store, client_id):
    doc = add_document(store, "I-247A", "Detainer")
    iid = _incident(store, client_id, doc)
    before = inc.show_incident(store, iid)
    edit = inc.IncidentDraft(
        occurred_on=date(2026, 5, 5), kind=IncidentKind.NOTIFICATION, borough=Borough.BRONX
    )

    done = inc.update_incident(store, iid, edit, today=TODAY)
    assert done.changes.touches(Change.INCIDENTS)
    after = inc.show_incident(store, iid)
    assert after.draft.document_ids == () and after.draft.client_id is None

    undone = inc.replace_incident(store, iid, done.value)
    assert inc.show_incident(store, iid) == before
    inc.replace_incident(store, iid, undone.value)
    assert inc.show_incident(store, iid) == after


def test_deleted_incident_comes_back_with_its_documents(store, client_id):
    doc = add_document(store, "I-247A", "Detainer")
    iid = _incident(store, client_id, doc)
    before = inc.show_incident(store, iid)

    deleted = inc.delete_incident(store, iid)
    assert inc.list_incidents(store) == []
    assert deleted.changes.concerns_client(client_id)

    back = inc.restore_incident(store, deleted.value)
    again = inc.show_incident(store, back.value)
    assert again.draft == before.draft  # documents, client, laws, narrative: all of it
    assert again.client_name == "María López"
