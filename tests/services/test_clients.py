"""Clients as a paralegal relies on them: validated, found twice before saved twice, audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, DuplicateWarning, NotFound, ValidationError
from casebook.services import clients
from casebook.services.checks import check_store
from casebook.store.session import Store
from casebook.store.tables import AuditEntry
from tests.helpers import TODAY


def _add(store: Store, name: str, **kw: object) -> int:
    return clients.add_client(store, ClientDraft(name=name, **kw), today=TODAY)  # type: ignore[arg-type]


def test_added_client_is_listed_and_shown_normalised(store: Store) -> None:
    cid = _add(
        store,
        "  María   José López ",
        aliases=("Maria Lopez", "María José López"),
        dob=date(1990, 2, 3),
        a_number="A 12345678",
        nysid="01234567k",
        languages=("Spanish", "Spanish", "Quechua"),
        tags=("Detained", "detained"),
    )
    [row] = clients.list_clients(store)
    assert (row.id, row.name, row.a_number) == (cid, "María José López", "A-012-345-678")
    detail = clients.show_client(store, cid)
    assert detail.draft.aliases == ("Maria Lopez",)
    assert detail.draft.a_number == "012345678"
    assert detail.draft.nysid == "01234567K"
    assert detail.draft.languages == ("Spanish", "Quechua")
    assert detail.draft.tags == ("detained",)
    assert detail.to_json()["a_number"] == "A-012-345-678"


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (ClientDraft(name="   "), "name", "needs a name"),
        (ClientDraft(name="Ana", a_number="1234567"), "a_number", "8 or 9 digits; this one has 7"),
        (ClientDraft(name="Ana", a_number="A-12B-456-789"), "a_number", "only digits"),
        (ClientDraft(name="Ana", dob=date(2027, 1, 1)), "dob", "future"),
        (ClientDraft(name="Ana", nysid="12345"), "nysid", "NYSID"),
        (ClientDraft(name="Ana", email="ana@"), "email", "e-mail"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(
    store: Store, draft: ClientDraft, field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        clients.add_client(store, draft, today=TODAY)
    assert caught.value.field == field
    assert clients.list_clients(store) == []


@pytest.mark.parametrize(
    "second",
    ["LOPEZ, María", "maria lopez", "López María", "MARÍA LÓPEZ"],
)
def test_same_person_in_another_spelling_warns_before_saving(store: Store, second: str) -> None:
    _add(store, "Maria Lopez", dob=date(1990, 2, 3))
    with pytest.raises(DuplicateWarning, match="#1") as caught:
        _add(store, second, dob=date(1990, 2, 3))
    assert caught.value.matches == ("1",)
    assert len(clients.list_clients(store)) == 1


def test_alias_and_a_number_also_reveal_the_same_person(store: Store) -> None:
    _add(store, "Wilner Pierre", aliases=("Pierre Wilnès",), a_number="201234567")
    with pytest.raises(DuplicateWarning):
        _add(store, "PIERRE, Wilnes")  # matches the alias, no birth date to contradict
    with pytest.raises(DuplicateWarning):
        _add(store, "Somebody Else", a_number="A-201-234-567")


def test_different_birth_dates_are_different_people(store: Store) -> None:
    _add(store, "Maria Lopez", dob=date(1990, 2, 3))
    _add(store, "Maria Lopez", dob=date(1971, 8, 30))
    assert len(clients.list_clients(store)) == 2


def test_add_anyway_saves_the_second_record(store: Store) -> None:
    _add(store, "王秀英", dob=date(1985, 5, 5))
    clients.add_client(
        store, ClientDraft(name="王秀英", dob=date(1985, 5, 5)), today=TODAY, allow_duplicate=True
    )
    assert [c.name for c in clients.list_clients(store)] == ["王秀英", "王秀英"]


def test_trash_hides_restore_returns_purge_erases(store: Store) -> None:
    cid = _add(store, "Анна Иванова")
    clients.trash_client(store, cid)
    assert clients.list_clients(store) == []
    assert [c.id for c in clients.list_clients(store, trash=True)] == [cid]
    with pytest.raises(NotFound):
        clients.update_client(store, cid, ClientDraft(name="x y"), today=TODAY)
    clients.restore_client(store, cid)
    assert [c.id for c in clients.list_clients(store)] == [cid]
    with pytest.raises(CasebookError, match="trash before"):
        clients.purge_client(store, cid)
    clients.trash_client(store, cid)
    clients.purge_client(store, cid)
    assert clients.list_clients(store, trash=True) == []
    with pytest.raises(NotFound):
        clients.show_client(store, cid)


def test_trashed_client_no_longer_counts_as_a_duplicate(store: Store) -> None:
    cid = _add(store, "Maria Lopez", dob=date(1990, 2, 3))
    clients.trash_client(store, cid)
    _add(store, "Maria Lopez", dob=date(1990, 2, 3))


def test_every_change_is_audited_in_order(store: Store) -> None:
    cid = _add(store, "Fatoumata Bah")
    clients.update_client(
        store, cid, ClientDraft(name="Fatoumata Bah", country_of_birth="Guinea"), today=TODAY
    )
    clients.trash_client(store, cid)
    clients.restore_client(store, cid)
    with store.reading() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.entity != "identity")  # the vault's keys, made at its creation
            .order_by(AuditEntry.id)
        ).all()
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [
        ("create", "client", str(cid)),
        ("update", "client", str(cid)),
        ("delete", "client", str(cid)),
        ("restore", "client", str(cid)),
    ]
    assert '"country_of_birth": "Guinea"' in rows[1].detail
    assert "name" not in rows[1].detail  # only what changed
    assert check_store(store).ok


def test_an_edited_audit_entry_is_found_by_check(store: Store) -> None:
    cid = _add(store, "Fatoumata Bah")
    clients.trash_client(store, cid)
    clients.restore_client(store, cid)
    with store.transaction() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(action="restore"))
    report = check_store(store)
    assert not report.ok
    assert report.problems == ("audit entry 2 was changed after it was written",)


def test_a_deleted_audit_entry_breaks_the_chain(store: Store) -> None:
    cid = _add(store, "Fatoumata Bah")
    clients.trash_client(store, cid)
    clients.restore_client(store, cid)
    with store.transaction() as s:
        s.execute(AuditEntry.__table__.delete().where(AuditEntry.id == 2))
    assert check_store(store).problems == ("audit entry 3 does not follow the one before it",)


def test_client_filter_matches_names_aliases_and_a_numbers(store: Store) -> None:
    wilner = _add(store, "Wilner Pierre", a_number="A212345678")
    _add(store, "María José López", aliases=("Maria Lopez Perez",))
    _add(store, "Ana Quispe")
    assert [c.name for c in clients.list_clients_matching(store, "lopez")] == ["María José López"]
    assert [c.name for c in clients.list_clients_matching(store, "PEREZ")] == ["María José López"]
    assert [c.id for c in clients.list_clients_matching(store, "212-345")] == [wilner]
    assert clients.count_clients_matching(store, "e") == 3
    assert clients.count_clients_matching(store, "100%") == 0
    assert clients.client_position(store, wilner) == 2  # Ana, María, Wilner
    assert clients.client_position(store, wilner, "pierre") == 0
    assert clients.client_position(store, wilner, "quispe") is None


def test_filtered_rows_and_positions_follow_the_list_order(store: Store) -> None:
    """Accented and lower-case names sort as the unfiltered list does, so the row a
    client is selected at after a change is the row it is shown at."""
    ids = [_add(store, n) for n in ("Álvarez Rosa", "zamora Luis", "Alvarado Pia", "Ávila Eva")]
    listed = [c.id for c in clients.list_clients(store)]
    assert [c.id for c in clients.list_clients_matching(store, "a")] == listed
    assert [clients.client_position(store, cid) for cid in listed] == [0, 1, 2, 3]
    assert [clients.client_position(store, cid, "a") for cid in listed] == [0, 1, 2, 3]
    assert sorted(listed) == sorted(ids)
