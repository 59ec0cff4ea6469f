"""Arrests: recorded per client, sealing, precinct numbers, audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import Borough, SealedUnder
from casebook.services import arrests
from casebook.services.clients import add_client
from casebook.store.tables import AuditEntry

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("75", "75"),
        ("075", "75"),
        ("75th", "75"),
        ("75 Pct", "75"),
        ("1st precinct", "1"),
        ("", ""),
    ],
)
def test_precinct_is_stored_as_its_number(typed, stored):
    assert arrests.clean_precinct(typed) == stored


@pytest.mark.parametrize("typed", ["0", "2", "124", "Midtown", "-5"])
def test_a_number_that_is_no_precinct_is_refused(typed):
    with pytest.raises(ValidationError):
        arrests.clean_precinct(typed)


def test_each_precinct_has_its_borough():
    assert arrests.PRECINCT_BOROUGH["14"] is Borough.MANHATTAN
    assert arrests.PRECINCT_BOROUGH["44"] is Borough.BRONX
    assert arrests.PRECINCT_BOROUGH["75"] is Borough.BROOKLYN
    assert arrests.PRECINCT_BOROUGH["116"] is Borough.QUEENS
    assert arrests.PRECINCT_BOROUGH["123"] is Borough.STATEN_ISLAND
    assert len(arrests.PRECINCT_BOROUGH) == 78


def test_add_list_and_seal_an_arrest(store):
    client_id = add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    draft = arrests.ArrestDraft(
        date(2024, 2, 3), precinct="44th", arrest_number=" b24612345 ", charges="PL 155.25"
    )
    arrest_id = arrests.add_arrest(store, client_id, draft, today=TODAY)
    [info] = arrests.list_arrests(store, client_id)
    assert info.to_json() == {
        "id": str(arrest_id),
        "client_id": str(client_id),
        "date": "2024-02-03",
        "precinct": "44",
        "arrest_number": "B24612345",
        "charges": "PL 155.25",
        "disposition": None,
        "sealed_under": None,
        "pending": False,
    }
    sealed = arrests.ArrestDraft(
        date(2024, 2, 3),
        precinct="44",
        arrest_number="B24612345",
        charges="PL 155.25",
        disposition="Dismissed",
        sealed_under=SealedUnder.CPL_160_50,
    )
    arrests.update_arrest(store, arrest_id, sealed, today=TODAY)
    assert arrests.show_arrest(store, arrest_id).sealed
    with store.reading() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.entity == "arrest")
        ).all()
    assert [r.action for r in rows] == ["create", "update"]
    assert '"sealed_under": "cpl-160.50"' in rows[1].detail


def test_arrest_needs_a_client_and_a_past_date(store):
    with pytest.raises(NotFound):
        arrests.add_arrest(store, 7, arrests.ArrestDraft(date(2024, 1, 1)), today=TODAY)
    client_id = add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)
    with pytest.raises(ValidationError):
        arrests.add_arrest(store, client_id, arrests.ArrestDraft(date(2027, 1, 1)), today=TODAY)
