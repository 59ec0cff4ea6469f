"""Changes inserted straight into the hub's log that must not apply: each refused, by name."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from casebook.domain.clients import ClientDraft
from casebook.office import hub as hubops
from casebook.office.connection import connect
from casebook.office.envelope import Sealed, seal
from casebook.office.hlc import Stamp
from casebook.services import clients
from casebook.services import office_membership as om
from casebook.store.tables import Client
from tests.helpers import TODAY
from tests.office.conftest import Hub, address
from tests.office.sync_helpers import OfficeVaults, office_of, snapshot


def _insert(hub: Hub, change: Sealed) -> None:
    """As the hub's operator (or a thief of its disk) would: straight into the table."""
    c = hub.cluster
    with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
        conn.execute(
            "INSERT INTO hub.change_log (tx, change_id, author, epoch, hlc, record_key, "
            "ciphertext, signature) VALUES ('0', %s, %s, %s, %s, %s, %s, %s)",
            [
                change.change_id,
                change.author,
                change.epoch,
                change.hlc,
                change.record_key,
                change.ciphertext,
                change.signature,
            ],
        )


def _rename(two: OfficeVaults, by: str, uid: str, name: str, epoch: int) -> Sealed:
    """A change renaming the client, sealed and signed by ``by`` under ``epoch``'s key."""
    ctx = om.office_context(two.stores[by])
    assert ctx is not None
    stamp = Stamp(4_000_000_000_000)  # far ahead: it would win every field if applied
    body: dict[str, Any] = {
        "v": 1,
        "t": "clients",
        "u": uid,
        "op": "put",
        "full": False,
        "f": {"name": [name, stamp.pack(), 0, ""]},
    }
    return seal(
        json.dumps(body).encode(),
        key=ctx.keys[epoch],
        signer=ctx.identity,
        author=ctx.member_id,
        change_id=uuid.uuid4(),
        stamp=stamp,
        record_id=f"clients/{uid}",
    )


def _client_uid(two: OfficeVaults, name: str, client_id: int) -> str:
    with two.stores[name].reading() as session:
        c = session.get(Client, client_id)
        assert c is not None
        return c.uid


def test_a_change_with_a_bad_signature_is_refused_and_not_applied(hub: Hub, tmp_path: Path) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        a = clients.add_client(two.stores["ann"], ClientDraft(name="Nadia Rahman"), today=TODAY)
        two.sync("ann")
        two.sync("ben")
        uid = _client_uid(two, "ann", a)
        forged = _rename(two, "ben", uid, "Mallory Forged", 1)
        tampered = bytearray(forged.signature)
        tampered[0] ^= 1
        _insert(hub, Sealed(**{**forged.__dict__, "signature": bytes(tampered)}))
        result = two.sync("ann")
        assert [r.reason for r in result.refused] == ["bad signature"]
        assert [r.change_id for r in result.refused] == [str(forged.change_id)]
        assert result.pulled == 0
        assert clients.show_client(two.stores["ann"], a).draft.name == "Nadia Rahman"
        assert two.sync("ann").refused == ()  # the cursor moved past it: named once
        assert snapshot(two.stores["ann"]) == snapshot(two.stores["ben"])


def test_a_change_under_an_old_epoch_is_refused_and_the_new_epoch_syncs(
    hub: Hub, tmp_path: Path
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben", "cal")) as three:
        ann, ben = three.stores["ann"], three.stores["ben"]
        a = clients.add_client(ann, ClientDraft(name="Omar Haddad"), today=TODAY)
        three.sync("ann")
        three.sync("ben")
        om.remove_member(ann, "cal")  # epoch 2, wrapped for Ann and Ben only
        uid = _client_uid(three, "ann", a)
        _insert(hub, _rename(three, "ben", uid, "Mallory Old-Epoch", 1))
        result = three.sync("ann")
        assert [r.reason for r in result.refused] == ["old office-key epoch"]
        assert clients.show_client(ann, a).draft.name == "Omar Haddad"
        # Ben's own edits, after the new epoch, travel under it.
        b = next(c.id for c in clients.list_clients(ben))
        three.clock.tick()
        clients.update_client(ben, b, ClientDraft(name="Omar Haddad", phone="1"), today=TODAY)
        assert three.sync("ben").pushed == 1
        assert three.sync("ann").pulled == 1
        assert clients.show_client(ann, a).draft.phone == "1"


def test_changes_sealed_before_a_new_epoch_are_sealed_again_under_it(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben", "cal")) as three:
        ann, ben = three.stores["ann"], three.stores["ben"]
        three.sync("ben")
        clients.add_client(ben, ClientDraft(name="Ana Lucía Torres"), today=TODAY)

        def offline(conn: Any, changes: Any) -> int:
            raise om.OfficeError("offline")

        monkeypatch.setattr(hubops, "append_changes", offline)
        with pytest.raises(om.OfficeError):
            three.sync("ben")  # taken and sealed under epoch 1, never sent
        monkeypatch.undo()
        om.remove_member(ann, "cal")  # epoch 2: the hub takes changes under it alone
        assert three.sync("ben").pushed == 1
        assert three.sync("ann").pulled == 1
        assert [c.name for c in clients.list_clients(ann)] == ["Ana Lucía Torres"]
        assert snapshot(ann) == snapshot(ben)


def test_a_signed_change_that_is_no_change_is_named_or_skipped_and_the_sync_goes_on(
    hub: Hub, tmp_path: Path
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        a = clients.add_client(two.stores["ann"], ClientDraft(name="Nadia Rahman"), today=TODAY)
        two.sync("ann")
        two.sync("ben")
        uid = _client_uid(two, "ann", a)
        ctx = om.office_context(two.stores["ben"])
        assert ctx is not None
        bad = [
            b"not json at all",
            json.dumps({"v": 1, "t": "clients", "u": uid, "op": "put", "f": "x"}).encode(),
        ]
        sealed = [
            seal(
                body,
                key=ctx.keys[1],
                signer=ctx.identity,
                author=ctx.member_id,
                change_id=uuid.uuid4(),
                stamp=Stamp(4_000_000_000_000),
                record_id=f"clients/{uid}",
            )
            for body in bad
        ]
        with connect(ctx.address, ctx.password) as conn:  # as Ben's login: a member's bug
            hubops.append_changes(conn, sealed)
        clients.add_client(two.stores["ben"], ClientDraft(name="Omar Haddad"), today=TODAY)
        two.sync("ben")
        got = two.sync("ann")
        assert [r.reason for r in got.refused] == [
            "signed by a member, but not a change this casebook can read"
        ]
        assert (got.skipped, got.pulled) == (1, 1)  # and the good change after them arrives
        assert sorted(c.name for c in clients.list_clients(two.stores["ann"])) == [
            "Nadia Rahman",
            "Omar Haddad",
        ]
