"""One search box over everything, as an advocate types into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.export.text_document import write_text_document
from casebook.services import clients, documents
from casebook.services.importer import Options, Target, import_paths
from casebook.services.search import Filters, fts_query, search
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
