"""One search box over everything, as an advocate types into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import MatterType
from casebook.export.text_document import write_text_document
from casebook.services import clients, document_index, documents, matters
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
    assert fts_query('"hello" OR x*') == '{title body} : ("hello" AND "OR" AND "x"*)'
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


def _bulk_documents(store: Store, bodies: list[str]) -> list[int]:
    """Documents inserted as the benchmark does (thousands in a second); the triggers index
    them as in real use."""
    from datetime import datetime

    from sqlalchemy import insert, select

    from casebook.store.tables import Document

    now = datetime(2026, 11, 1)
    from uuid import uuid4

    batch = uuid4().hex[:8]
    rows = [
        {
            "uid": f"t{batch}{i:023d}",
            "title": f"scan {i}",
            "kind": "other",
            "original_name": f"scan{i}.pdf",
            "media_type": "application/pdf",
            "size": 1000,
            "page_count": 1,
            "sha256": "0" * 64,
            "blob_name": f"{batch}{i:056x}",
            "received_on": now.date(),
            "source": "test",
            "text": body,
            "text_status": "",
            "thumbnail": None,
            "in_inbox": False,
            "is_translation": False,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        for i, body in enumerate(bodies)
    ]
    with store.vault.engine.begin() as conn:
        conn.execute(insert(Document), rows)
        return [
            int(i)
            for i in conn.execute(
                select(Document.id).where(Document.uid.like("t%")).order_by(Document.id)
            ).scalars()
        ][-len(bodies) :]


FILLER = "the respondent appeared before the immigration judge and the hearing was adjourned"


@pytest.fixture
def old_best(store: Store) -> tuple[int, list[int]]:
    """The best match for "court" is the oldest document; 3,000 newer ones match too."""
    [best] = _bulk_documents(store, ["court court court order"])
    newer = _bulk_documents(
        store, [f"{FILLER} in court, part {i} of the {FILLER}" for i in range(3000)]
    )
    return best, newer


def test_an_old_best_match_is_found_for_a_common_word(
    store: Store, old_best: tuple[int, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    best, _newer = old_best
    result = find(store, "court")  # the command: FTS5 ranks every match
    assert (result.hits[0].kind, result.hits[0].id, result.newest_only) == ("document", best, False)
    if document_index.available():
        assert document_index.prepare(store, background=False)
        assert document_index.for_store(store) is not None
        result = find(store, "court", interactive=True)  # the search box, index ready
        assert (result.hits[0].id, result.newest_only) == (best, False)
        assert find(store, "cou", interactive=True).hits[0].id == best  # being typed


def test_until_the_index_is_ready_the_search_box_ranks_the_newest_documents_and_says_so(
    store: Store, old_best: tuple[int, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_index, "available", lambda: False)
    best, newer = old_best
    cid = _add(store, "Rosa Court")
    result = find(store, "court", limit=5, interactive=True)
    assert result.newest_only
    assert result.hits[0].id == cid  # a client is never windowed (its name weighs 8x)
    assert best not in {h.id for h in result.hits if h.kind == "document"}
    assert {h.id for h in result.hits if h.kind == "document"} <= set(newer[-2000:])


def test_client_and_matter_hits_are_ranked_among_every_match(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 5)
    monkeypatch.setattr(document_index, "available", lambda: False)
    cid = _add(store, "Rosa Quintero")
    oldest = matters.add_note(store, cid, "hibiscus hibiscus")
    for i in range(60):
        matters.add_note(store, cid, f"note {i} mentions hibiscus among many other words")
    others = [_add(store, f"Hibiscus Person {i}") for i in range(40)]
    matter = matters.add_matter(
        store, cid, matters.MatterDraft(type=MatterType.ASYLUM, court="Hibiscus Court")
    ).value
    result = find(store, "hibiscus", limit=200, interactive=True)
    assert not result.newest_only
    found = {(h.kind, h.id) for h in result.hits}
    assert {("client", c) for c in others} | {("matter", matter), ("note", oldest)} <= found
    notes = [h for h in result.hits if h.kind == "note"]
    assert notes[0].id == oldest and len(notes) == 61


def test_the_in_memory_index_follows_every_change_and_goes_at_lock(
    store: Store, tmp_path: Path
) -> None:
    if not document_index.available():
        pytest.skip("tantivy is not installed")
    [old] = _bulk_documents(store, ["mango orchard invoice"])
    document_index.prepare(store, background=False)
    index = document_index.for_store(store)
    assert index is not None
    new = _doc(store, tmp_path, "guava.pdf", "guava orchard lease")
    assert {h.id for h in find(store, "orchard", interactive=True).hits} == {old, new}
    from sqlalchemy import text

    with store.vault.engine.begin() as conn:  # as the check's repair does: no service trashes one
        conn.execute(
            text("UPDATE documents SET deleted_at = '2026-11-02' WHERE id = :d"), {"d": old}
        )
    assert [h.id for h in find(store, "orchard", interactive=True).hits] == [new]
    documents.assign(store, [new], client_id=_add(store, "Ana Pérez"), title="Papaya")
    assert [h.id for h in find(store, "papaya", interactive=True).hits] == [new]
    store.close()
    assert index.closed and document_index.for_store(store) is None


A_NUMBER_WRITTEN = ["A-200-630-028", "A200630028", "A 200 630 028", "200-630-028", "200630028"]


@pytest.mark.parametrize("written", A_NUMBER_WRITTEN)
@pytest.mark.parametrize("typed", [*A_NUMBER_WRITTEN, "a200 630 028"])
def test_an_a_number_in_a_documents_text_is_found_by_any_written_form(
    store: Store, written: str, typed: str
) -> None:
    [doc] = _bulk_documents(store, [f"Notice to appear, respondent {written}, Varick Street"])
    _bulk_documents(store, ["Notice to appear, respondent A-200-630-029, Varick Street"])
    assert [(h.kind, h.id) for h in search(store, typed)] == [("document", doc)]
    if document_index.available():
        document_index.prepare(store, background=False)
        hits = find(store, typed, interactive=True).hits
        assert [(h.kind, h.id) for h in hits] == [("document", doc)]


def test_an_a_number_with_a_leading_zero_is_found_without_it(store: Store) -> None:
    [doc] = _bulk_documents(store, ["alien number A12345678 on the notice"])
    for typed in ("A-012-345-678", "012345678", "12345678"):
        assert [h.id for h in search(store, typed)] == [doc], typed


def test_a_client_hit_shows_its_a_number_once_as_printed(store: Store) -> None:
    cid = _add(store, "Mamadou Diallo", a_number="012345678", aliases=("Mamou",))
    for typed in ("A-012-345-678", "12345678", "A012345678"):
        [hit] = search(store, typed)
        assert hit.id == cid
        assert "**A-012-345-678**" in hit.snippet, hit.snippet
        assert "012345678" not in hit.snippet.replace("A-012-345-678", ""), hit.snippet
    [hit] = search(store, "mamou")
    assert "A-012-345-678" in hit.snippet and "A012345678" not in hit.snippet
    # Cut by the snippet's edge, or found by a word that begins the forms ("a…").
    assert search_module._clean_snippet("client", "…A012345678 A-012-345-678 12345678 Haiti") == (
        "…A-012-345-678 Haiti"
    )
    assert search_module._clean_snippet(
        "client", "Mamou 012345678 **A012345678** **A**-012-345-678 12345678 Haiti"
    ) == ("Mamou **A-012-345-678** Haiti")
    assert search_module._clean_snippet("note", "call 123456789 or 987654321") == (
        "call 123456789 or 987654321"
    )


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
