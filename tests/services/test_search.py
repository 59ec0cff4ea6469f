"""One search box over everything, as an advocate types into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import MatterType
from casebook.export.text_document import write_text_document
from casebook.services import clients, documents, matters
from casebook.services import search as search_module
from casebook.services.importer import Options, Target, import_paths
from casebook.services.search import Filters, find, fts_query, search
from casebook.store.session import Store
from tests.helpers import TODAY


def _add(store: Store, name: str, **kw: object) -> int:
    return clients.add_client(store, ClientDraft(name=name, **kw), today=TODAY)  # type: ignore[arg-type]


def _doc(store: Store, tmp_path: Path, name: str, body: str, client: int | None = None) -> int:
    path = tmp_path / name
    write_text_document(path, name.rsplit(".", 1)[0], [body])
    [r] = import_paths(store, [path], Target(client_id=client), options=Options(ocr=False))
    assert r.document_id is not None
    return r.document_id


def test_accents_and_case_do_not_matter(store: Store) -> None:
    cid = _add(store, "María José Núñez")
    for query in ("maria", "MARÍA", "nunez", "Núñez josé"):
        assert [(h.kind, h.id) for h in search(store, query)] == [("client", cid)], query


def test_the_word_being_typed_matches_as_a_prefix(store: Store) -> None:
    cid = _add(store, "Oksana Kovalenko")
    assert [h.id for h in search(store, "kova")] == [cid]
    assert [h.id for h in search(store, "oksana kov")] == [cid]
    assert search(store, "oks kovalenko") == []  # earlier words match whole


@pytest.mark.parametrize(
    "typed", ["A-123-456-789", "123456789", "A123456789", "a 123 456 789", "123-456-789"]
)
def test_a_number_in_any_written_form(store: Store, typed: str) -> None:
    cid = _add(store, "Mamadou Diallo", a_number="123456789")
    _add(store, "Someone Else", a_number="987654321")
    assert [h.id for h in search(store, typed)] == [cid]


def test_aliases_are_found(store: Store) -> None:
    cid = _add(store, "Wilner Pierre", aliases=("Ti Wil",))
    assert [h.id for h in search(store, "ti wil")] == [cid]


def test_document_text_is_found_with_a_highlighted_snippet(store: Store, tmp_path: Path) -> None:
    doc = _doc(store, tmp_path, "letter.pdf", "El respondente trabaja en la panadería desde 2019")
    [hit] = search(store, "panaderia")
    assert (hit.kind, hit.id) == ("document", doc)
    assert "**panadería**" in hit.snippet


def test_titles_rank_above_bodies(store: Store, tmp_path: Path) -> None:
    body_only = _doc(store, tmp_path, "a.pdf", "mentions asylum once in passing")
    titled = _doc(store, tmp_path, "asylum.pdf", "the application")
    assert [h.id for h in search(store, "asylum")][:2] == [titled, body_only]


def test_a_document_hit_names_its_client_and_an_inbox_one_none(
    store: Store, tmp_path: Path
) -> None:
    ana = _add(store, "Ana Pérez")
    filed = _doc(store, tmp_path, "passport.pdf", "Passport scan, Varick", client=ana)
    unfiled = _doc(store, tmp_path, "notice.pdf", "Notice, Varick Street")
    hits = {h.id: h for h in search(store, "varick")}
    assert (hits[filed].client_id, hits[filed].client_name) == (ana, "Ana Pérez")
    assert (hits[unfiled].client_id, hits[unfiled].client_name) == (None, None)
    documents.assign(store, [unfiled], client_id=ana)
    [moved] = [h for h in search(store, "varick") if h.id == unfiled]
    assert moved.client_name == "Ana Pérez"


def test_a_client_hit_is_not_named_twice_and_a_matter_names_its_client(store: Store) -> None:
    ana = _add(store, "Ana Pérez")
    matters.add_matter(store, ana, matters.MatterDraft(type=MatterType.ASYLUM))
    [client] = search(store, "perez")
    assert (client.kind, client.client_name) == ("client", None)
    [matter] = search(store, "asylum")
    assert (matter.kind, matter.client_name) == ("matter", "Ana Pérez")


def test_a_hit_carries_the_words_it_was_found_by() -> None:
    assert search_module.query_terms("Pérez e-mail A-123-456-789") == (
        "Pérez",
        "e mail",
        "123456789",
    )


def test_filters_by_kind_client_and_date(store: Store, tmp_path: Path) -> None:
    a = _add(store, "Fatoumata Bah")
    b = _add(store, "Aïssatou Bah")
    doc_a = _doc(store, tmp_path, "bah-a.pdf", "Bah family letter", client=a)
    _doc(store, tmp_path, "bah-b.pdf", "Bah family other letter", client=b)
    assert {h.kind for h in search(store, "bah", Filters(kinds=("client",)))} == {"client"}
    only_a = search(store, "bah", Filters(client_id=a))
    assert {(h.kind, h.id) for h in only_a} == {("client", a), ("document", doc_a)}
    assert search(store, "bah", Filters(since=date(2099, 1, 1))) == []
    with pytest.raises(ValidationError):
        search(store, "bah", Filters(kinds=("spaceship",)))


def test_index_follows_every_change(store: Store, tmp_path: Path) -> None:
    cid = _add(store, "Olena Shevchenko")
    clients.update_client(store, cid, ClientDraft(name="Olena Bondarenko"), today=TODAY)
    assert search(store, "shevchenko") == []
    assert [h.id for h in search(store, "bondarenko")] == [cid]
    doc = _doc(store, tmp_path, "x.pdf", "zanahoria", client=cid)
    documents.assign(store, [doc], client_id=cid, title="Receta")
    assert [h.title for h in search(store, "receta")] == ["Receta"]
    clients.trash_client(store, cid)
    assert [h.kind for h in search(store, "bondarenko")] == []
    clients.restore_client(store, cid)
    assert [h.id for h in search(store, "bondarenko")] == [cid]
    clients.trash_client(store, cid)
    clients.purge_client(store, cid)
    assert search(store, "bondarenko") == []


def test_query_syntax_is_never_interpreted(store: Store) -> None:
    _add(store, "Ana Quispe")
    for nasty in ['"', "NEAR(", "quispe OR", "*", "ana AND NOT", "col:quispe", "(", "'; DROP"]:
        search(store, nasty)  # must not raise an FTS syntax error
    assert fts_query('"hello" OR x*') == '"hello" AND "OR" AND "x"*'
    assert search(store, "   ") == []


def test_a_trashed_clients_records_leave_search_with_them(store: Store) -> None:
    cid = _add(store, "Samira Haddad")
    note = matters.add_note(store, cid, "Asked about the tamarind factory shifts")
    other = _add(store, "Yusuf Haddad")
    kept = matters.add_note(store, other, "Also worked at the tamarind factory")
    clients.trash_client(store, cid)
    assert [(h.kind, h.id) for h in search(store, "tamarind")] == [("note", kept)]
    matters.update_note(store, note, "Asked about the tamarind factory night shifts")
    assert [h.id for h in search(store, "night")] == []  # edited in the trash, still hidden
    clients.restore_client(store, cid)
    assert [h.id for h in search(store, "night")] == [note]
    assert {h.id for h in search(store, "tamarind", Filters(kinds=("note",)))} == {note, kept}


def test_past_the_ranking_window_the_newest_matches_are_ranked_and_said_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 5)
    cid = _add(store, "Rosa Quintero")
    # The oldest note would rank first (the word twice in a short note), but it is
    # older than the 5 newest matches.
    oldest = matters.add_note(store, cid, "hibiscus hibiscus")
    notes = [
        matters.add_note(store, cid, f"note {i} mentions hibiscus among many other words")
        for i in range(60)
    ]
    result = find(store, "hibiscus", limit=3)
    assert result.newest_only
    assert len(result.hits) == 3
    assert oldest not in {h.id for h in result.hits}
    assert {h.id for h in result.hits} <= set(notes[-20:])
    few = find(store, "rosa")
    assert not few.newest_only and [h.id for h in few.hits] == [cid]


def test_ranking_window_is_not_used_when_few_records_match(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 50)
    cid = _add(store, "Rosa Quintero")
    oldest = matters.add_note(store, cid, "hibiscus hibiscus")
    for i in range(20):
        matters.add_note(store, cid, f"note {i} mentions hibiscus among many other words")
    result = find(store, "hibiscus", limit=3)
    assert not result.newest_only
    assert result.hits[0].id == oldest  # the best match, however old


def test_a_damaged_index_page_is_reported_as_damage_without_what_was_typed(
    vault_path: Path,
) -> None:
    from casebook.domain.errors import DamagedVault
    from casebook.services import vaults
    from casebook.services.demo import fill_demo
    from tests.helpers import PASSPHRASE

    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        fill_demo(store, clients=300)
    finally:
        store.close()
    db = vault_path / "casebook.db"
    data = bytearray(db.read_bytes())
    page = 4096
    for first in range(len(data) // 2 // page * page, len(data), page):
        data[first + 100] ^= 0x40  # one bit in every page of the second half
    db.write_bytes(bytes(data))
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        with pytest.raises(DamagedVault) as caught:
            search(store, "maria lopez")
        assert "maria" not in str(caught.value).lower()
    finally:
        store.close()


def test_a_failed_statement_never_carries_what_was_typed(store: Store) -> None:
    import sqlalchemy.exc

    with (
        pytest.raises(sqlalchemy.exc.OperationalError) as caught,
        store.driver_reading() as execute,
    ):
        execute("SELECT * FROM no_such_table WHERE x = :typed", {"typed": "Nadia Rahman"})
    assert "no_such_table" in str(caught.value) and "Nadia" not in str(caught.value)
