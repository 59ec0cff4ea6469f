"""The incident log, and the sealed-record flag on incidents and request responses."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Borough, IncidentKind, Law, SealedUnder
from casebook.services import incidents as inc
from casebook.services import requests as rq
from casebook.services.arrests import ArrestDraft, add_arrest
from casebook.services.clients import add_client
from casebook.store.tables import AuditEntry
from tests.services.test_requests import add_document

TODAY = date(2026, 11, 29)


@pytest.fixture
def client_id(store) -> int:
    return add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)


def _incident(store, **kw) -> int:
    draft = inc.IncidentDraft(
        occurred_on=kw.pop("on", date(2026, 5, 4)), kind=kw.pop("kind", IncidentKind.DETAINER), **kw
    )
    return inc.add_incident(store, draft, today=TODAY)


def test_add_and_list_with_documents_and_borough_from_precinct(store, client_id):
    doc = add_document(store, "ICE detainer form I-247A", "Detainer")
    first = _incident(
        store,
        precinct="075",
        laws=(Law.EO_41, Law.ADMIN_CODE_14_154, Law.EO_41),
        client_id=client_id,
        document_ids=(doc,),
        narrative="Officer called ICE from the precinct.",
        place="75th Precinct station house",
    )
    second = _incident(
        store, on=date(2026, 6, 1), kind=IncidentKind.ICE_AT_COURT, borough=Borough.QUEENS
    )
    listed = inc.list_incidents(store)
    assert [i.id for i in listed] == [second, first]  # newest first
    data = listed[1].to_json()
    assert data == {
        "id": str(first),
        "date": "2026-05-04",
        "kind": "detainer",
        "precinct": "75",
        "borough": "Brooklyn",
        "place": "75th Precinct station house",
        "laws": ["admin-code-14-154", "eo-41"],
        "client_id": str(client_id),
        "client_name": "Wilner Pierre",
        "arrest_id": None,
        "documents": [str(doc)],
        "narrative": "Officer called ICE from the precinct.",
        "sealed_record_flag": None,
    }
    assert [i.id for i in inc.list_incidents(store, client_id=client_id)] == [first]
    with store.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "incident"))
        assert list(actions) == ["create", "create"]


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"precinct": "75", "borough": Borough.QUEENS}, "borough"),
        ({"precinct": "124"}, "precinct"),
        ({"on": date(2026, 12, 1)}, "occurred_on"),
    ],
)
def test_bad_incident_is_refused(store, kw, field):
    with pytest.raises(ValidationError) as info:
        _incident(store, **kw)
    assert info.value.field == field
    assert inc.list_incidents(store) == []


def test_unknown_document_or_client_changes_nothing(store):
    with pytest.raises(NotFound):
        _incident(store, document_ids=(42,))
    with pytest.raises(NotFound):
        _incident(store, client_id=42)
    assert inc.list_incidents(store) == []


def _arrest(store, client_id, number="M26612345", sealed=SealedUnder.CPL_160_50) -> int:
    return add_arrest(
        store,
        client_id,
        ArrestDraft(date(2024, 2, 3), precinct="44", arrest_number=number, sealed_under=sealed),
        today=TODAY,
    )


def test_incident_about_a_sealed_arrest_is_flagged(store, client_id):
    sealed = _arrest(store, client_id)
    open_arrest = _arrest(store, client_id, "B24600001", sealed=None)
    flagged = _incident(
        store, client_id=client_id, arrest_id=sealed, kind=IncidentKind.RECORD_SHARED
    )
    plain = _incident(store, client_id=client_id, arrest_id=open_arrest)
    flag = inc.show_incident(store, flagged).sealed_record_flag
    assert flag is not None
    assert flag.arrest_ids == (sealed,) and flag.document_ids == ()
    assert "sealed under CPL 160.50" in flag.message
    assert "should not have been shared" in flag.message
    assert inc.show_incident(store, plain).sealed_record_flag is None


def test_source_document_holding_a_sealed_arrest_number_is_flagged(store, client_id):
    sealed = _arrest(store, client_id, number="M26612345", sealed=SealedUnder.CPL_160_55)
    _arrest(store, client_id, number="Q24699999", sealed=None)
    leaked = add_document(store, "NYPD arrest report, arrest no. m-2661 2345, shared with ERO", "A")
    harmless = add_document(store, "Arrest Q24699999; unrelated 12345", "B")
    flagged = _incident(store, document_ids=(harmless, leaked))
    plain = _incident(store, document_ids=(harmless,))
    flag = inc.show_incident(store, flagged).sealed_record_flag
    assert flag is not None
    assert (flag.arrest_ids, flag.document_ids) == ((sealed,), (leaked,))
    assert "CPL 160.55" in flag.message
    assert flag.to_json()["document_ids"] == [str(leaked)]
    assert inc.show_incident(store, plain).sealed_record_flag is None


def test_request_response_holding_a_sealed_record_is_flagged(store, client_id):
    _arrest(store, client_id, number="K25611111")
    request_id = rq.add_request(
        store,
        rq.RequestDraft("Arrest records", received=date(2026, 10, 1), client_id=client_id),
        today=TODAY,
    )
    assert rq.show_request(store, request_id, today=TODAY).sealed_record_flag is None
    rq.link_document(store, request_id, add_document(store, "Arrest K25611111 ...", "Response"))
    data = rq.show_request(store, request_id, today=TODAY).to_json()
    assert data["sealed_record_flag"]["message"].startswith("A response to this request involves")


def test_arrest_of_another_client_cannot_be_linked(store, client_id):
    other = add_client(store, ClientDraft(name="Olena Kovalenko"), today=TODAY)
    arrest = _arrest(store, other)
    with pytest.raises(ValidationError) as info:
        _incident(store, client_id=client_id, arrest_id=arrest)
    assert info.value.field == "arrest_id"
