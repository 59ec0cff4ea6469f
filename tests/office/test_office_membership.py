"""Three vaults in one office on the real cluster: create, invite, join, members, remove.

And the office-wide conflict check: a client held by another member is found
under an alias with accents and reversed word order, and named by member.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pyrage
import pytest

from casebook.domain.clients import ClientDraft
from casebook.office import hub as hubops
from casebook.office import membership as hub_members
from casebook.office.connection import HubUnreachable, connect
from casebook.office.envelope import Reason, seal
from casebook.office.hlc import Stamp
from casebook.office.keys import Purpose
from casebook.services import office_conflicts as conflicts
from casebook.services import office_membership as om
from casebook.services import vaults
from casebook.services.clients import add_client
from casebook.services.identity import vault_identity
from casebook.services.office_invite import InviteRefused, b64
from casebook.store.session import Store
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.office.conftest import Hub
from tests.office.test_dump_canaries import dump


def new_store(tmp_path: Path, name: str) -> Store:
    """A vault of its own (own data key and identity; the template's copies share them)."""
    path = tmp_path / f"{name}.casebook"
    vaults.create(path, PASSPHRASE, created=NOW)
    return vaults.open_store(path, PASSPHRASE)


@dataclass
class Three:
    hub: Hub
    ann: Store  # founded the office (administrator)
    ben: Store
    cal: Store
    ben_id: str
    cal_id: str


def invite(admin: Store, member: Store, name: str, role: str = "member") -> tuple[str, bytes]:
    me = vault_identity(member)
    info, data = om.invite_member(
        admin, me.recipient, name, role=role, signing_key=me.signing_public
    )
    return info.member_id, data


@pytest.fixture
def three(hub: Hub, tmp_path: Path) -> Iterator[Three]:
    ann, ben, cal = (new_store(tmp_path, n) for n in ("ann", "ben", "cal"))
    om.create_office(ann, hub.dsn, hub.cluster.password, "Harlem Defenders", member_name="Ann")
    ben_id, ben_invite = invite(ann, ben, "Ben")
    cal_id, cal_invite = invite(ann, cal, "Cal", role="supervisor")
    om.join_office(ben, ben_invite)
    om.join_office(cal, cal_invite)
    try:
        yield Three(hub, ann, ben, cal, ben_id, cal_id)
    finally:
        for s in (ann, ben, cal):
            s.close()


def test_three_vaults_in_one_office(three: Three) -> None:
    for store, role in ((three.ann, "admin"), (three.ben, "member"), (three.cal, "supervisor")):
        ctx = om.office_context(store)
        assert ctx is not None
        assert (ctx.name, ctx.role, ctx.epoch) == ("Harlem Defenders", role, 1)
        assert ctx.address.ca_file == store.vault.folder / om.CA_FILE
        assert ctx.address.ca_file.read_text().startswith("-----BEGIN CERTIFICATE-----")
    members = om.list_members(three.ben)
    assert [(m.name, m.role, m.added, m.removed) for m in members] == [
        ("Ann", "admin", 1, None),
        ("Ben", "member", 1, None),
        ("Cal", "supervisor", 1, None),
    ]
    assert members[1].fingerprint == vault_identity(three.ben).fingerprint


def test_a_removed_member_cannot_read_the_new_epoch_and_its_login_is_refused(
    three: Three,
) -> None:
    ben_before = om.office_context(three.ben)
    assert ben_before is not None
    gone = om.remove_member(three.ann, "Ben")
    assert (gone.member_id, gone.removed) == (three.ben_id, 2)
    assert om.refresh_keys(three.cal) == [2]  # Cal, who remains, gets epoch 2's key
    cal = om.office_context(three.cal)
    ann = om.office_context(three.ann)
    assert cal is not None and ann is not None
    assert cal.keys[2].secret == ann.keys[2].secret
    # Something Cal seals under epoch 2 does not open with any key Ben kept.
    with connect(cal.address, cal.password) as conn:
        wrapped = hub_members.wrapped_keys(conn, ben_before.member_id)
    assert set(wrapped) == {1}
    assert all(
        k.subkey(Purpose.LOG) != cal.keys[2].subkey(Purpose.LOG) for k in ben_before.keys.values()
    )
    # Cal writes a change under epoch 2 (signed by Cal's vault identity); with what Ben
    # kept, it does not open: Ben holds no key for epoch 2.
    change = seal(
        b"a new address for a shared client",
        key=cal.keys[2],
        signer=cal.identity,
        author=cal.member_id,
        change_id=uuid.uuid4(),
        stamp=Stamp(1_764_000_000_000, 0),
        record_id="client:1",
    )
    with connect(cal.address, cal.password) as conn:
        assert hubops.append_changes(conn, [change]) == 1
        as_ben = hubops.pull_and_open(conn, hubops.Cursor(), ben_before.keys, cal.founder_key)
        as_cal = hubops.pull_and_open(conn, hubops.Cursor(), cal.keys, cal.founder_key)
    assert [(o.plaintext, o.refused) for o in as_ben] == [(None, Reason.UNKNOWN_EPOCH)]
    assert [o.plaintext for o in as_cal] == [b"a new address for a shared client"]
    with pytest.raises(HubUnreachable):
        connect(ben_before.address, ben_before.password).close()
    with pytest.raises(om.OfficeError):
        om.remove_member(three.cal, "Ann")  # a supervisor is no administrator
    listed = {m.name: m.removed for m in om.list_members(three.cal)}
    assert listed == {"Ann": None, "Ben": 2, "Cal": None}


def test_an_invite_for_another_recipient_cannot_be_opened(hub: Hub, tmp_path: Path) -> None:
    ann, ben, eve = (new_store(tmp_path, n) for n in ("ann", "ben", "eve"))
    try:
        om.create_office(ann, hub.dsn, hub.cluster.password, "Office")
        _, data = invite(ann, ben, "Ben")
        with pytest.raises(Exception, match="not encrypted to this vault"):
            om.join_office(eve, data)
        assert om.office_context(eve) is None
    finally:
        for s in (ann, ben, eve):
            s.close()


def _reseal(
    data: bytes, holder: Store, change: dict[str, object], signer: Store | None = None
) -> bytes:
    """The invite opened, changed and re-encrypted to its recipient (as anyone could)."""
    doc = json.loads(vault_identity(holder).decrypt_age(data))
    doc["invite"].update(change)
    if signer is not None:
        from casebook.services.office_invite import LABEL

        fields = dict(doc["invite"])
        body = LABEL + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
        doc["signature"] = b64(vault_identity(signer).sign(body))
    recipient = pyrage.x25519.Recipient.from_str(vault_identity(holder).recipient)
    return bytes(pyrage.encrypt(json.dumps(doc).encode(), [recipient]))


def test_a_tampered_invite_or_one_not_chaining_to_the_founder_is_refused(
    hub: Hub, tmp_path: Path
) -> None:
    ann, ben, eve = (new_store(tmp_path, n) for n in ("ann", "ben", "eve"))
    try:
        om.create_office(ann, hub.dsn, hub.cluster.password, "Office")
        _, data = invite(ann, ben, "Ben")
        with pytest.raises(InviteRefused, match="altered"):
            om.join_office(ben, _reseal(data, ben, {"role": "supervisor"}))
        eve_key = b64(vault_identity(eve).signing_public)
        forged = _reseal(data, ben, {"inviter_key": eve_key}, signer=eve)
        with pytest.raises(InviteRefused, match="does not chain to the founder"):
            om.join_office(ben, forged)
        pinned = _reseal(data, ben, {"founder_key": eve_key}, signer=ann)
        with pytest.raises(InviteRefused, match="chain to the founder"):
            om.join_office(ben, pinned)
        assert om.office_context(ben) is None
        om.join_office(ben, data)  # the genuine one still works
        assert om.office_context(ben) is not None
    finally:
        for s in (ann, ben, eve):
            s.close()


def test_the_office_check_finds_another_members_client_under_a_folded_alias(
    three: Three,
) -> None:
    ben_client = add_client(
        three.ben,
        ClientDraft("Josefina Ruiz", aliases=("José García",), a_number="A123456789"),
        today=TODAY,
    )
    assert conflicts.publish(three.ben) > 0
    assert conflicts.publish(three.ben) == 0  # republishing is idempotent
    report = conflicts.check_conflicts(three.cal, ClientDraft("garcia jose").validated(TODAY))
    assert report.office_checked
    assert [c.to_json() for c in report.conflicts] == [
        {"where": "office", "member": "Ben", "client_id": None, "why": "same name or alias"}
    ]
    by_number = conflicts.check_conflicts(
        three.ann, ClientDraft("Someone Else", a_number="123456789").validated(TODAY)
    )
    assert [(c.member, c.why) for c in by_number.conflicts] == [("Ben", "same A-number")]
    own = conflicts.check_conflicts(three.ben, ClientDraft("GARCIA, José").validated(TODAY))
    assert [(c.where, c.client_id) for c in own.conflicts] == [("vault", ben_client)]
    none = conflicts.check_conflicts(three.cal, ClientDraft("Maria Lopez").validated(TODAY))
    assert none.conflicts == () and none.office_checked


def test_only_index_tokens_reach_the_hub_and_no_password_or_name(three: Three) -> None:
    add_client(
        three.ben,
        ClientDraft("Walled Canaryname", aliases=("Zorbulon Quix",), a_number="A987654321"),
        today=TODAY,
    )
    conflicts.publish(three.ben)
    ctx = om.office_context(three.ben)
    assert ctx is not None
    with connect(ctx.address, ctx.password) as conn:
        assert hubops.pull_changes(conn) == []  # no record was pushed, only index entries
        assert (
            len(
                hubops.query_index(
                    conn, conflicts._tokens_by_kind(ctx.keys[1], ClientDraft("Zorbulon Quix"))
                )
            )
            == 1
        )
    blob = dump(three.hub.cluster, three.hub.dbname)
    for word in ("Canaryname", "Zorbulon", "987654321", "Harlem", "Ben"):
        assert word.encode() not in blob
    for store in (three.ann, three.ben, three.cal):
        c = om.office_context(store)
        assert c is not None
        assert c.password.encode() not in blob
        assert c.password not in repr(c)
        db = (
            (store.vault.folder / "casebook.db").read_bytes()
            if (store.vault.folder / "casebook.db").exists()
            else b""
        )
        assert c.password.encode() not in db


def test_offline_the_check_says_so_and_still_checks_the_vault(three: Three) -> None:
    with three.ann.transaction() as session:
        from casebook.store.tables import OfficeMembership

        row = session.get(OfficeMembership, 1)
        assert row is not None
        row.port = 1  # nothing listens there
    report = conflicts.check_conflicts(three.ann, ClientDraft("Anyone").validated(TODAY))
    assert not report.office_checked and "could not be made" in report.note
    assert conflicts.publish_quietly(three.ann) is False


def test_a_member_cannot_invite(three: Three, tmp_path: Path) -> None:
    dan = new_store(tmp_path, "dan")
    try:
        with pytest.raises(om.OfficeError, match="administrator"):
            invite(three.ben, dan, "Dan")
    finally:
        dan.close()


def test_the_hub_refuses_a_stranger_login_under_member_name(three: Three) -> None:
    ctx = om.office_context(three.ben)
    assert ctx is not None
    with (
        connect(ctx.address, ctx.password) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "SELECT hub.create_member_login(%s, %s)",
            [f"{ctx.address.dbname}_m_{uuid.uuid4().hex[:8]}", "SCRAM-SHA-256$x"],
        )


def test_an_edit_republishes_the_clients_new_alias(three: Three) -> None:
    from casebook.services.clients import update_client

    client = add_client(three.ben, ClientDraft("Ana Torres"), today=TODAY)
    conflicts.publish(three.ben)
    finds = conflicts.check_conflicts(three.cal, ClientDraft("Núñez Ana").validated(TODAY))
    assert finds.conflicts == ()
    update_client(three.ben, client, ClientDraft("Ana Torres", aliases=("Ana Núñez",)), today=TODAY)
    assert conflicts.republish(three.ben, client) == ""
    again = conflicts.check_conflicts(three.cal, ClientDraft("nunez ana").validated(TODAY))
    assert [(c.member, c.client_id) for c in again.conflicts] == [("Ben", None)]


def test_no_password_in_the_vaults_rows_or_audit_trail(three: Three) -> None:
    """Inside the (SQLCipher) database too, the login's password is only sealed."""
    for store in (three.ann, three.ben, three.cal):
        ctx = om.office_context(store)
        assert ctx is not None
        with store.driver_reading() as execute:
            rows = [
                *execute("SELECT * FROM office_membership", {}),
                *execute("SELECT * FROM office_keys", {}),
                *execute("SELECT * FROM audit", {}),
            ]
        dumped = repr(rows).encode() + b"".join(
            v for row in rows for v in row if isinstance(v, bytes)
        )
        assert ctx.password.encode() not in dumped
        assert three.hub.cluster.password.encode() not in dumped
        for key in ctx.keys.values():
            assert key.secret not in dumped
