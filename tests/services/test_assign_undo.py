"""Filing a document from the inbox can be undone exactly: links, title, kind, inbox place."""

from __future__ import annotations

from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import DocumentKind
from casebook.services import clients, documents
from casebook.services.changes import Change
from casebook.services.importer import Options, Target, import_paths
from casebook.store.session import Store
from tests.helpers import TODAY


def _inbox_doc(store: Store, tmp_path: Path) -> int:
    scan = tmp_path / "scan.txt"
    scan.write_text("Notice to appear before the immigration court.", encoding="utf-8")
    result = import_paths(store, [scan], Target(), options=Options(ocr=False))[0]
    assert result.document_id is not None
    return result.document_id


def test_unassign_puts_the_document_back_as_it_was(store: Store, tmp_path: Path) -> None:
    doc = _inbox_doc(store, tmp_path)
    cid = clients.add_client(store, ClientDraft(name="Nasrin Akter"), today=TODAY)
    was = documents.show_document(store, doc)
    filed = documents.assign(
        store, [doc], client_id=cid, title="NTA", kind=DocumentKind.HEARING_NOTICE.value
    )
    assert filed.changes.touches(Change.DOCUMENTS) and cid in filed.changes.client_ids
    assert [d.id for d in documents.client_documents(store, cid)] == [doc]
    assert documents.inbox(store) == []

    undone = documents.unassign(store, filed.value)
    assert cid in undone.changes.client_ids
    assert documents.client_documents(store, cid) == []
    back = documents.show_document(store, doc)
    assert [d.id for d in documents.inbox(store)] == [doc]
    assert (back.title, back.kind) == (was.title, was.kind)


def test_undo_keeps_a_link_the_document_already_had(store: Store, tmp_path: Path) -> None:
    doc = _inbox_doc(store, tmp_path)
    cid = clients.add_client(store, ClientDraft(name="Nasrin Akter"), today=TODAY)
    documents.assign(store, [doc], client_id=cid)
    again = documents.assign(store, [doc], client_id=cid, title="Second look")
    documents.unassign(store, again.value)
    assert [d.id for d in documents.client_documents(store, cid)] == [doc]  # first filing stays
