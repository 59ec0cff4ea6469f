"""A walled client's file never reaches the hub; only its blind-index entries do."""

from __future__ import annotations

from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import MatterType
from casebook.office import blind_index as bi
from casebook.office import hub as hubops
from casebook.office.connection import connect
from casebook.office.envelope import record_key_hash
from casebook.services import clients, documents, matters
from casebook.services import office_membership as om
from casebook.services.importer import Options, Target, import_paths
from casebook.services.matters import MatterDraft
from casebook.services.sync_walls import unwall_client, wall_client
from casebook.store.tables import Client
from tests.helpers import NOW, TODAY
from tests.office.conftest import Hub, address
from tests.office.sync_helpers import office_of, snapshot
from tests.office.test_dump_canaries import dump, encodings

NAME = "Xiomara Quintanilla-Oyelaran"
A_NUMBER = "204918337"


def _hub_plaintexts(hub: Hub, store_ctx: om.OfficeContext) -> list[bytes]:
    """Every change on the hub, opened with the office key (what any member could read)."""
    c = hub.cluster
    with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
        opened = hubops.pull_and_open(
            conn, hubops.Cursor(), store_ctx.keys, store_ctx.founder_key, 10_000
        )
        rows = conn.execute("SELECT record_key FROM hub.change_log").fetchall()
    assert all(o.plaintext is not None for o in opened)
    return [o.plaintext or b"" for o in opened] + [bytes(r[0]) for r in rows]


def test_a_walled_clients_name_and_a_number_never_reach_the_hub(hub: Hub, tmp_path: Path) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        ann, ben = two.stores["ann"], two.stores["ben"]
        walled = clients.add_client(
            ann,
            ClientDraft(name=NAME, aliases=("Xochitl Bazarbayeva",), a_number=A_NUMBER),
            today=TODAY,
        )
        wall_client(ann, walled, NOW)
        matters.add_matter(ann, walled, MatterDraft(type=MatterType.ASYLUM, judge="Zerega"))
        matters.add_note(ann, walled, "detained outside Part 7 of the Bronx courthouse")
        scan = tmp_path / "walled.txt"
        scan.write_bytes(b"perihelion marmalade affidavit " * 40)
        import_paths(ann, [scan], Target(client_id=walled), options=Options(ocr=False))
        shared = clients.add_client(ann, ClientDraft(name="Omar Haddad"), today=TODAY)
        result = two.sync("ann")
        # The client, its alias, matter, note, document and link stay; the other client goes.
        assert result.withheld == 6 and result.pushed == 1
        two.clock.tick()
        clients.update_client(
            ann,
            walled,
            ClientDraft(name=NAME, a_number=A_NUMBER, phone="718-555-0199"),
            today=TODAY,
        )
        assert two.sync("ann").pushed == 0
        two.sync("ben")
        assert [c.name for c in clients.list_clients(ben)] == ["Omar Haddad"]

        ctx = om.office_context(ann)
        assert ctx is not None
        with ann.reading() as session:
            uid = session.get(Client, walled).uid  # type: ignore[union-attr]
        seen = b"\n".join(_hub_plaintexts(hub, ctx))
        for canary in (NAME, "Quintanilla", "Bazarbayeva", A_NUMBER, "courthouse", "Zerega"):
            assert canary.encode() not in seen
        assert uid.encode() not in seen
        assert record_key_hash(ctx.keys[1], f"clients/{uid}") not in seen
        raw = dump(hub.cluster, hub.dbname)
        for canary in (NAME, A_NUMBER, "courthouse", "marmalade", "Omar Haddad"):
            assert not any(form in raw for form in encodings(canary))
        c = hub.cluster
        with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
            held = conn.execute("SELECT count(*) FROM hub.documents").fetchone()
        assert held == (0,)
        # Its blind-index entries do travel: the office-wide check still finds it.
        with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
            found = hubops.query_index(conn, bi.person_tokens(ctx.keys[1], names=[NAME]))
        assert {e.author for e in found} == {ctx.member_id}
        del shared


def test_unwalling_shares_the_whole_file_from_then_on(hub: Hub, tmp_path: Path) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        ann, ben = two.stores["ann"], two.stores["ben"]
        walled = clients.add_client(ann, ClientDraft(name="Ana Lucía Torres"), today=TODAY)
        wall_client(ann, walled, NOW)
        matters.add_note(ann, walled, "private for now")
        two.sync("ann")
        two.sync("ben")
        assert clients.list_clients(ben) == []
        unwall_client(ann, walled, two.clock.tick())
        assert two.sync("ann").pushed == 2
        two.sync("ben")
        assert snapshot(ann) == snapshot(ben)
        assert [n.body for n in matters.list_notes(ben, clients.list_clients(ben)[0].id)] == [
            "private for now"
        ]


def test_a_document_taken_out_of_a_walled_file_is_then_shared_whole(
    hub: Hub, tmp_path: Path
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        ann, ben = two.stores["ann"], two.stores["ben"]
        walled = clients.add_client(ann, ClientDraft(name=NAME), today=TODAY)
        wall_client(ann, walled, NOW)
        scan = tmp_path / "notice.txt"
        scan.write_bytes(b"a hearing notice filed in the wrong file " * 20)
        [doc] = import_paths(ann, [scan], options=Options(ocr=False))
        assert doc.document_id is not None
        filed = documents.assign(ann, [doc.document_id], client_id=walled)
        assert two.sync("ann").withheld == 3  # the client, the document, its link
        assert two.sync("ben").pulled == 0
        documents.unassign(ann, filed.value)  # back to the inbox: in no walled file now
        released = two.sync("ann")
        assert released.pushed == 1 and released.withheld == 0
        assert two.sync("ben").pulled == 1
        [at_ben] = documents.inbox(ben)
        assert documents.read_content(ben, at_ben.id) == scan.read_bytes()
        assert clients.list_clients(ben) == []  # the walled client itself stays
