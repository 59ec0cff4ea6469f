"""Case hand-off between two vaults with different keys: round trip, merge, tampering."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, NotFound, ValidationError, WrongPassphrase
from casebook.domain.sealing import Conviction, Level, Release
from casebook.domain.vocabulary import EventKind, IncidentKind, MatterType
from casebook.export.text_document import write_text_document
from casebook.services import clients, documents, handoff, matters, vaults
from casebook.services.arrests import ArrestDraft, add_arrest
from casebook.services.checks import check_store
from casebook.services.convictions import add_conviction, list_convictions
from casebook.services.identity import vault_identity
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.services.incidents import IncidentDraft, add_incident
from casebook.services.requests import RequestDraft, add_request
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import AuditEntry, Client, Document, DocumentLink, Matter
from casebook.vault.bundle import DamagedBundle
from tests.helpers import PASSPHRASE, TODAY

BUNDLE_PASS = "copper lantern meadow ninety-one"
NAME = "Xiomara Zelinskaya-Okonkwo"
OTHER = "Bartholomew Quennell"


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Store]:
    """A second vault, created on its own: its own data key, blob names and audit key."""
    folder = tmp_path / "Colleague.casebook"
    vaults.create(folder, PASSPHRASE)
    s = vaults.open_store(folder, PASSPHRASE)
    try:
        yield s
    finally:
        s.close()


def _files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "notice.pdf"
    write_text_document(pdf, "Notice of Hearing", ["Master hearing at 26 Federal Plaza."])
    png = folder / "photo.png"
    Image.new("RGB", (80, 60), color=(10, 120, 240)).save(png)
    big = folder / "scan.png"  # noise: ~270 KB, several 64 KiB chunks
    noise = random.Random(7).randbytes(300 * 300 * 3)
    Image.frombytes("RGB", (300, 300), noise).save(big)
    return [pdf, png, big]


@pytest.fixture
def sender(store: Store, tmp_path: Path) -> tuple[Store, int]:
    """A client with one of everything, and a second client whose data must stay behind."""
    cid = clients.add_client(
        store,
        ClientDraft(
            name=NAME, aliases=("Xio Zelinska",), a_number="123456789", tags=("detained", "bond")
        ),
        today=TODAY,
    )
    other = clients.add_client(store, ClientDraft(name=OTHER), today=TODAY)
    mid = matters.add_matter(store, cid, matters.MatterDraft(type=MatterType.BOND)).value
    matters.add_event(
        store,
        cid,
        matters.EventDraft(
            kind=EventKind.MASTER_HEARING, starts_at=datetime(2026, 12, 3, 9), matter_id=mid
        ),
    )
    matters.add_note(store, cid, "Client prefers Spanish; call after 6pm.", matter_id=mid)
    add_request(
        store, RequestDraft(records="Arrest report", client_id=cid, received=TODAY), today=TODAY
    )
    arrest = add_arrest(store, cid, ArrestDraft(arrested_on=date(2025, 3, 14)), today=TODAY)
    conviction = Conviction(
        Level.MISDEMEANOR, date(2025, 6, 2), releases=(Release(date(2025, 8, 1)),)
    )
    add_conviction(store, cid, conviction, today=TODAY, arrest_id=arrest)
    results = import_paths(
        store, _files(tmp_path / "in"), Target(client_id=cid), options=Options(ocr=False)
    )
    assert all(r.status is ImportStatus.IMPORTED for r in results)
    doc_ids = [r.document_id for r in results if r.document_id is not None]
    add_incident(
        store,
        IncidentDraft(
            occurred_on=date(2025, 3, 14),
            kind=IncidentKind.DETAINER,
            client_id=cid,
            arrest_id=arrest,
            document_ids=(doc_ids[0],),
        ),
        today=TODAY,
    )
    other_doc = tmp_path / "other" / "theirs.pdf"
    other_doc.parent.mkdir()
    write_text_document(other_doc, "Other client's letter", [f"About {OTHER} only."])
    import_paths(store, [other_doc], Target(client_id=other), options=Options(ocr=False))
    documents.assign(store, [doc_ids[1]], client_id=other)  # shared document: link stays behind
    return store, cid


def _hashes(s: Store) -> dict[str, str]:
    with s.reading() as session:
        return dict(session.execute(select(Document.uid, Document.sha256)).all())


def _export(s: Store, cid: int, dest: Path) -> handoff.HandoffExport:
    return handoff.export_client(s, cid, dest, BUNDLE_PASS)


def test_round_trip_between_two_vaults(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    bundle = tmp_path / "client.cbhandoff"
    exported = _export(store, cid, bundle)
    assert exported.counts["documents"] == 3 and exported.counts["matters"] == 1
    assert bundle.stat().st_mode & 0o777 == 0o600

    result = handoff.import_bundle(receiver, bundle, BUNDLE_PASS)
    merged = result.to_json()["merged"]
    kinds = ("clients", "matters", "events", "notes", "requests", "arrests", "convictions")
    for kind in (*kinds, "incidents"):
        assert merged[kind] == {"new": 1, "updated": 0, "present": 0}, kind
    assert merged["documents"]["new"] == 3
    [came] = list_convictions(receiver, result.client_id)
    assert came.conviction.releases == (Release(date(2025, 8, 1)),)
    assert came.arrest_id is not None
    assert merged["aliases"]["new"] == 1 and merged["tags"]["new"] == 2
    assert merged["history"]["new"] >= 10

    # uids preserved, document hashes identical, other client's data absent
    source_hashes = _hashes(store)
    received = _hashes(receiver)
    assert received == {uid: source_hashes[uid] for uid in received}
    assert len(received) == 3
    with store.reading() as a, receiver.reading() as b:
        assert a.scalar(select(Client.uid).where(Client.id == cid)) == result.client_uid
        assert b.scalar(select(func.count()).select_from(Client)) == 1
        assert a.scalar(select(Matter.uid)) == b.scalar(select(Matter.uid))
        links = b.scalar(select(func.count()).select_from(DocumentLink))
        assert links == 4  # three to the client, one to the incident; not the other client's
        assert not audit.chain_problems(b, receiver.audit_key)
    for doc in documents.client_documents(receiver, result.client_id):
        content = documents.read_content(receiver, doc.id)
        assert hashlib.sha256(content).hexdigest() == doc.sha256
    report = check_store(receiver, deep=True)
    assert report.ok and report.blobs_checked == 3 and not report.repaired
    assert clients.show_client(receiver, result.client_id).draft.a_number == "123456789"

    # the same bundle again: nothing new, and the chain still verifies
    again = handoff.import_bundle(receiver, bundle, BUNDLE_PASS)
    assert again.client_id == result.client_id
    assert all(c.new == 0 and c.updated == 0 for c in again.merged.values())
    assert again.merged["history"].present == merged["history"]["new"]
    assert check_store(receiver, deep=True).ok
    assert len(list(receiver.vault.blobs.names())) == 3


def test_back_again_brings_changes_not_copies(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    _export(store, cid, tmp_path / "there.cbhandoff")
    there = handoff.import_bundle(receiver, tmp_path / "there.cbhandoff", BUNDLE_PASS)
    mid = matters.list_matters(receiver, there.client_id)[0].id
    matters.update_matter(  # the colleague's later edit
        receiver, mid, matters.MatterDraft(type=MatterType.BOND, judge="Hon. A. Example")
    )
    _export(receiver, there.client_id, tmp_path / "back.cbhandoff")
    back = handoff.import_bundle(store, tmp_path / "back.cbhandoff", BUNDLE_PASS)
    assert back.client_id == cid
    assert back.merged["matters"].updated == 1 and back.merged["clients"].present == 1
    assert back.merged["documents"].new == 0 and back.merged["history"].new == 1
    assert matters.list_matters(store, cid)[0].draft.judge == "Hon. A. Example"
    assert check_store(store, deep=True).ok


def test_same_content_under_another_uid_is_linked_not_stored(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    same = tmp_path / "in" / "photo.png"  # the very file the sender imported
    import_paths(receiver, [same], options=Options(ocr=False))  # into the receiver's inbox
    _export(store, cid, tmp_path / "b.cbhandoff")
    result = handoff.import_bundle(receiver, tmp_path / "b.cbhandoff", BUNDLE_PASS)
    assert result.matched_by_content == 1 and result.merged["documents"].new == 2
    assert len(list(receiver.vault.blobs.names())) == 3
    assert len(documents.client_documents(receiver, result.client_id)) == 3


def test_possible_duplicate_person_is_reported(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    mine = clients.add_client(
        receiver, ClientDraft(name="X. Z.", a_number="123456789"), today=TODAY
    )
    _export(store, cid, tmp_path / "b.cbhandoff")
    result = handoff.import_bundle(receiver, tmp_path / "b.cbhandoff", BUNDLE_PASS)
    assert result.possible_duplicates == (mine,)


def _unchanged(receiver: Store) -> tuple[int, int, list[str]]:
    with receiver.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Client)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            sorted(receiver.vault.blobs.names()),
        )


def test_wrong_passphrase_imports_nothing(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    _export(store, cid, tmp_path / "b.cbhandoff")
    before = _unchanged(receiver)
    with pytest.raises(WrongPassphrase, match="bundle passphrase is not right"):
        handoff.import_bundle(receiver, tmp_path / "b.cbhandoff", "plum orchard violin 42")
    assert _unchanged(receiver) == before


@pytest.mark.parametrize(
    "damage", ["truncate-end", "truncate-half", "flip-body", "flip-last", "flip-header", "append"]
)
def test_tampered_bundle_imports_nothing(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path, damage: str
) -> None:
    store, cid = sender
    good = tmp_path / "b.cbhandoff"
    to = vault_identity(receiver).recipient
    handoff.export_client(store, cid, good, recipients=[to])
    data = bytearray(good.read_bytes())
    header_end = data.index(b"\n---") + 48  # past the header's MAC line and the nonce
    if damage == "truncate-end":
        data = data[:-1]
    elif damage == "truncate-half":
        data = data[: len(data) // 2]
    elif damage == "flip-body":
        data[header_end + 70_000] ^= 1
    elif damage == "flip-last":
        data[-5] ^= 1
    elif damage == "flip-header":
        data[40] ^= 1
    else:
        data += b"\0" * 16
    bad = tmp_path / "bad.cbhandoff"
    bad.write_bytes(bytes(data))
    before = _unchanged(receiver)
    with pytest.raises(DamagedBundle, match="nothing was imported"):
        handoff.import_bundle(receiver, bad)
    assert _unchanged(receiver) == before  # not even a blob: pass 1 verifies everything first


@pytest.mark.parametrize("way", ["recipients", "passphrase"])
def test_no_client_data_in_the_bundle(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path, way: str
) -> None:
    store, cid = sender
    if way == "recipients":
        to = [vault_identity(receiver).recipient, vault_identity(store).recipient]
        path = handoff.export_client(store, cid, tmp_path / "b.cbhandoff", recipients=to).path
    else:
        path = _export(store, cid, tmp_path / "b.cbhandoff").path
    data = path.read_bytes()
    for text in (NAME, "Zelinskaya", "123456789", "Federal Plaza", "prefers Spanish"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data, (text, encoding)
    if way == "recipients":  # a plain age file: one X25519 stanza per colleague
        assert data.startswith(b"age-encryption.org/v1\n")
        assert data[: data.index(b"\n---")].count(b"\n-> X25519 ") == 2
    else:  # the one-time identity under scrypt (age's default work factor, 2^18 or more)
        envelope = data[data.index(b"\n") + 1 :]
        stanza = envelope.split(b"\n")[1].split()
        assert stanza[:2] == [b"->", b"scrypt"] and int(stanza[3]) >= 18
        assert data.count(b"age-encryption.org/v1\n") == 2


def test_export_refusals(sender: tuple[Store, int], tmp_path: Path) -> None:
    store, cid = sender
    with pytest.raises(ValidationError, match="too weak"):
        handoff.export_client(store, cid, tmp_path / "b.cbhandoff", "password1")
    with pytest.raises(NotFound):
        _export(store, 999, tmp_path / "b.cbhandoff")
    with pytest.raises(CasebookError, match="no folder"):
        _export(store, cid, tmp_path / "missing" / "b.cbhandoff")
    assert not list(tmp_path.glob("*.cbhandoff")) and not list(tmp_path.glob(".*partial"))


def test_other_clients_audit_entries_stay_behind(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    store, cid = sender
    _export(store, cid, tmp_path / "b.cbhandoff")
    handoff.import_bundle(receiver, tmp_path / "b.cbhandoff", BUNDLE_PASS)
    with receiver.reading() as session:
        details = list(session.scalars(select(AuditEntry.detail)))
    assert not any(OTHER in d for d in details)
    assert any(NAME in d for d in details)  # the client's own creation entry travelled


def test_a_bundle_from_before_detention_keeps_who_was_detained() -> None:
    from casebook.services.handoff import _upgraded

    old = {"uid": "m1", "type": "bond", "detained": True}
    assert _upgraded("matters", old)["detention"] == "detained"
    assert _upgraded("matters", {**old, "detained": False})["detention"] == "unknown"
    assert _upgraded("matters", {**old, "detention": "not-detained"})["detention"] == "not-detained"
    assert _upgraded("events", old) is old


def test_an_edit_in_the_same_second_still_travels_back(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock stands still: the colleague's edit must still count as the newer version."""
    monkeypatch.setattr(audit, "utcnow", lambda: datetime(2026, 11, 29, 15, 0, 0))
    store, cid = sender
    _export(store, cid, tmp_path / "there.cbhandoff")
    there = handoff.import_bundle(receiver, tmp_path / "there.cbhandoff", BUNDLE_PASS)
    mid = matters.list_matters(receiver, there.client_id)[0].id
    matters.update_matter(
        receiver, mid, matters.MatterDraft(type=MatterType.BOND, judge="Hon. A. Example")
    )
    _export(receiver, there.client_id, tmp_path / "back.cbhandoff")
    back = handoff.import_bundle(store, tmp_path / "back.cbhandoff", BUNDLE_PASS)
    assert back.merged["matters"].updated == 1
    assert matters.list_matters(store, cid)[0].draft.judge == "Hon. A. Example"


def test_a_bundle_cannot_rewrite_another_clients_record(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    """A bundle about a new client that reuses the uid of someone else's request is refused."""
    from casebook.store.tables import RecordRequest

    store, cid = sender
    theirs = clients.add_client(receiver, ClientDraft(name="Amadou Diallo"), today=TODAY)
    add_request(
        receiver, RequestDraft(records="Stop report", client_id=theirs, received=TODAY), today=TODAY
    )
    with receiver.reading() as s:
        their_uid = s.scalars(select(RecordRequest.uid)).one()
    with store.transaction() as s:  # the forger's copy of the sender's request
        s.execute(update(RecordRequest).where(RecordRequest.client_id == cid).values(uid=their_uid))
    _export(store, cid, tmp_path / "forged.cbhandoff")
    before = snapshot_rows(receiver)
    with pytest.raises(CasebookError, match="another client") as caught:
        handoff.import_bundle(receiver, tmp_path / "forged.cbhandoff", BUNDLE_PASS)
    assert "damaged" not in caught.value.message
    assert snapshot_rows(receiver) == before  # nothing changed, the new client included
    assert check_store(receiver).ok


def snapshot_rows(s: Store) -> tuple[object, ...]:
    from casebook.store.tables import RecordRequest

    with s.reading() as session:
        requests_ = session.execute(
            select(RecordRequest.uid, RecordRequest.client_id, RecordRequest.records)
        ).all()
        return (tuple(requests_), session.scalar(select(func.count()).select_from(Client)))


def test_each_extension_of_a_request_travels_and_only_once(
    sender: tuple[Store, int], receiver: Store, tmp_path: Path
) -> None:
    from casebook.services.requests import (
        RequestChanges,
        list_requests,
        show_request,
        update_request,
    )

    store, cid = sender
    rid = add_request(
        store,
        RequestDraft(records="Body camera", client_id=cid, received=date(2026, 10, 1)),
        today=TODAY,
    )
    for change in (
        RequestChanges(acknowledged=date(2026, 10, 6)),
        RequestChanges(extended=date(2026, 11, 30), extended_on=date(2026, 11, 4), reason="Volume"),
        RequestChanges(extended=date(2027, 1, 29), extended_on=date(2026, 11, 27), reason="Again"),
    ):
        update_request(store, rid, change, today=TODAY)
    bundle = tmp_path / "client.cbhandoff"
    assert _export(store, cid, bundle).counts["extensions"] == 2
    result = handoff.import_bundle(receiver, bundle, BUNDLE_PASS)
    assert result.merged["extensions"].new == 2
    [here] = [r for r in list_requests(receiver, today=TODAY) if r.records == "Body camera"]
    info = show_request(receiver, here.id, today=TODAY)
    assert [(x.until, x.written_on, x.reason) for x in info.extensions] == [
        (date(2026, 11, 30), date(2026, 11, 4), "Volume"),
        (date(2027, 1, 29), date(2026, 11, 27), "Again"),
    ]
    assert info.clock.repeated_extensions
    again = handoff.import_bundle(receiver, bundle, BUNDLE_PASS)
    assert again.merged["extensions"].new == 0 and again.merged["extensions"].present == 2


def test_a_bundle_from_before_extensions_brings_its_one_extension() -> None:
    """Revision 0007's rule: the old form kept the extension's new date in promised_on."""
    from casebook.services.handoff import _old_extensions, _upgraded

    old = {
        "uid": "r1",
        "promised_on": "2027-01-29",
        "extended_on": "2026-11-27",
        "updated_at": "2026-11-27T10:00:00",
    }
    assert _old_extensions([old]) == [
        {
            "uid": "r1-x1",
            "request_uid": "r1",
            "until": "2027-01-29",
            "written_on": "2026-11-27",
            "reason": "",
            "created_at": "2026-11-27T10:00:00",
            "updated_at": "2026-11-27T10:00:00",
        }
    ]
    assert _upgraded("requests", old) == {
        "uid": "r1",
        "promised_on": None,
        "updated_at": "2026-11-27T10:00:00",
    }
    # The command's old --extended DATE alone: that date was the new one.
    alone = {"uid": "r2", "promised_on": None, "extended_on": "2026-11-20"}
    [x] = _old_extensions([alone])
    assert (x["until"], x["written_on"]) == ("2026-11-20", None)
    assert _old_extensions([{"uid": "r3", "extended_on": None}]) == []


def test_a_bundle_from_before_convictions_reads_as_having_none() -> None:
    from casebook.services.handoff import KIND_MANIFEST, _read_manifest

    old = {"format": handoff.FORMAT, "version": 1, "bundle": "b" * 32}  # before identities too
    old |= {k: [] for k in (*handoff.TABLES, "document_links", "audit", "aliases", "tags")}
    old["clients"] = [{"uid": "c" * 32}]
    del old["convictions"]
    body = json.dumps(old).encode()

    class Reader:
        def next_record(self) -> tuple[int, int]:
            return KIND_MANIFEST, len(body)

        def read(self, size: int) -> bytes:
            return body

    manifest = _read_manifest(Reader(), Path("old.cbhandoff"), 1)  # type: ignore[arg-type]
    assert manifest["convictions"] == []
