"""Documents travel once: their content sealed on the hub under its keyed name, their links."""

from __future__ import annotations

from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.office.connection import connect
from casebook.services import clients, documents
from casebook.services.importer import Options, Target, import_paths
from tests.helpers import TODAY
from tests.office.conftest import Hub, address
from tests.office.sync_helpers import office_of, snapshot

WORDS = b"perihelion marmalade affidavit\n" * 50


def _hub_documents(hub: Hub) -> int:
    c = hub.cluster
    with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
        row = conn.execute("SELECT count(*) FROM hub.documents").fetchone()
    assert row is not None
    return int(row[0])


def test_a_document_and_its_link_reach_a_colleague_and_its_content_goes_once(
    hub: Hub, tmp_path: Path
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        ann, ben = two.stores["ann"], two.stores["ben"]
        a = clients.add_client(ann, ClientDraft(name="Nadia Rahman"), today=TODAY)
        scan = tmp_path / "notice.txt"
        scan.write_bytes(WORDS)
        [imported] = import_paths(ann, [scan], Target(client_id=a), options=Options(ocr=False))
        assert imported.status == "imported"
        first = two.sync("ann")
        assert first.pushed == 3  # the client, the document, its link
        assert _hub_documents(hub) == 1
        assert two.sync("ben").pulled == 3
        b = clients.list_clients(ben)[0].id
        [doc] = documents.client_documents(ben, b)
        out = tmp_path / "copy.txt"
        documents.export_copy(ben, doc.id, out)
        assert out.read_bytes() == WORDS
        assert snapshot(ann) == snapshot(ben)
        # A later edit of the document's title travels; its content is not sent again.
        documents.describe(ben, doc.id, title="Hearing notice")
        assert two.sync("ben").pushed == 1
        assert two.sync("ann").pulled == 1
        assert _hub_documents(hub) == 1
        assert snapshot(ann) == snapshot(ben)


def test_the_same_file_imported_on_two_laptops_never_wedges_the_sync(
    hub: Hub, tmp_path: Path
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        ann, ben = two.stores["ann"], two.stores["ben"]
        scan = tmp_path / "notice.txt"
        scan.write_bytes(WORDS)
        import_paths(ann, [scan], options=Options(ocr=False))
        import_paths(ben, [scan], options=Options(ocr=False))
        two.sync("ann")
        got = two.sync("ben")  # Ann's copy is a document Ben already holds as another
        assert got.skipped == 1 and got.pushed == 1
        assert two.sync("ann").skipped == 1
        clients.add_client(ann, ClientDraft(name="Omar Haddad"), today=TODAY)
        two.sync("ann")
        assert two.sync("ben").pulled == 1  # and the next change still arrives
        assert len(documents.inbox(ann)) == len(documents.inbox(ben)) == 1
        assert _hub_documents(hub) == 1  # one content, stored once under its keyed name
