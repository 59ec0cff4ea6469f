"""Sync between vaults of one office on the real cluster: offline edits, conflicts, tombstones."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import MatterType
from casebook.services import clients, matters
from casebook.services import office_membership as om
from casebook.services.changes import Change
from casebook.services.identity import vault_identity
from casebook.services.matters import MatterDraft
from casebook.services.sync_conflicts import list_conflicts, resolve_conflict
from casebook.services.sync_status import SyncStatus, sync_status
from tests.helpers import TODAY
from tests.office.conftest import Hub
from tests.office.sync_helpers import OfficeVaults, conflicts, new_store, office_of, snapshot


@pytest.fixture
def two(hub: Hub, tmp_path: Path) -> Iterator[OfficeVaults]:
    with office_of(hub, tmp_path, ("ann", "ben")) as made:
        yield made


def test_two_vaults_edit_offline_then_sync_and_are_equal(two: OfficeVaults) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    a = clients.add_client(
        ann, ClientDraft(name="Nadia Rahman", aliases=("Nadia R.",)), today=TODAY
    )
    matters.add_matter(ann, a, MatterDraft(type=MatterType.ASYLUM, court="New York Broadway"))
    b = clients.add_client(ben, ClientDraft(name="Omar Haddad", a_number="123456789"), today=TODAY)
    matters.add_note(ben, b, "met at Varick Street")
    first = two.sync("ann")
    assert (first.pushed, first.pulled, first.conflicts) == (3, 0, 0)
    second = two.sync("ben")
    assert (second.pushed, second.pulled) == (2, 3)
    third = two.sync("ann")
    assert (third.pushed, third.pulled) == (0, 2)
    assert snapshot(ann) == snapshot(ben)
    assert len(snapshot(ann)["clients"]) == 2
    # Edits after the first meeting travel as fields, and again both end equal.
    b_at_ann = next(c.id for c in clients.list_clients(ann) if c.name == "Omar Haddad")
    two.clock.tick()
    clients.update_client(
        ann,
        b_at_ann,
        ClientDraft(name="Omar Haddad", a_number="123456789", phone="212-555-0101"),
        today=TODAY,
    )
    again = two.sync("ann")
    assert again.pushed >= 1
    back = two.sync("ben")
    assert back.pulled >= 1 and back.conflicts == 0
    assert snapshot(ann) == snapshot(ben)
    assert clients.show_client(ben, b).draft.phone == "212-555-0101"


def _shared_client(two: OfficeVaults, draft: ClientDraft) -> tuple[int, int]:
    """A client made by Ann and synced to Ben: (Ann's id, Ben's id)."""
    ann, ben = two.stores["ann"], two.stores["ben"]
    a = clients.add_client(ann, draft, today=TODAY)
    two.sync("ann")
    two.sync("ben")
    b = next(c.id for c in clients.list_clients(ben) if c.name == draft.name)
    return a, b


def test_the_same_field_edited_on_both_sides_is_a_conflict_with_both_values_on_each(
    two: OfficeVaults,
) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    draft = ClientDraft(name="Nadia Rahman", phone="212-555-0100")
    a, b = _shared_client(two, draft)
    two.clock.tick()
    clients.update_client(ann, a, replace(draft, phone="212-555-0111"), today=TODAY)
    two.clock.tick()
    clients.update_client(ben, b, replace(draft, phone="212-555-0122"), today=TODAY)
    assert two.sync("ann").conflicts == 0  # nothing new on the hub yet
    at_ben = two.sync("ben")
    at_ann = two.sync("ann")
    assert at_ben.conflicts == 1 and at_ann.conflicts == 1
    # Ben edited last: his value is the record's on both sides; Ann's is kept beside it.
    assert clients.show_client(ann, a).draft.phone == "212-555-0122"
    assert clients.show_client(ben, b).draft.phone == "212-555-0122"
    assert conflicts(ben) == [("phone", '"212-555-0122"', '"212-555-0111"')]
    assert conflicts(ann) == [("phone", '"212-555-0111"', '"212-555-0122"')]
    assert snapshot(ann) == snapshot(ben)


def test_an_edit_made_after_seeing_the_other_is_no_conflict(two: OfficeVaults) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    draft = ClientDraft(name="Omar Haddad", phone="212-555-0100")
    a, b = _shared_client(two, draft)
    two.clock.tick()
    clients.update_client(ben, b, replace(draft, phone="212-555-0133"), today=TODAY)
    two.sync("ben")
    two.sync("ann")
    two.clock.tick()
    clients.update_client(ann, a, replace(draft, phone="212-555-0144"), today=TODAY)
    two.sync("ann")
    assert two.sync("ben").conflicts == 0
    assert clients.show_client(ben, b).draft.phone == "212-555-0144"
    assert conflicts(ann) == conflicts(ben) == []


def test_a_delete_propagates_as_a_tombstone_and_wins_over_a_concurrent_edit(
    two: OfficeVaults,
) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    a, b = _shared_client(two, ClientDraft(name="Ana Lucía Torres"))
    note = matters.add_note(ann, a, "first meeting at 26 Federal Plaza")
    matter = matters.add_matter(ann, a, MatterDraft(type=MatterType.BOND)).value
    two.sync("ann")
    two.sync("ben")
    ben_note = matters.list_notes(ben, b)[0].id
    ben_matter = matters.list_matters(ben, b)[0].id
    two.clock.tick()
    matters.delete_note(ben, ben_note)
    matters.delete_matter(ben, ben_matter)
    two.clock.tick()
    matters.update_note(ann, note, "an edit made while Ben deleted it")
    two.sync("ben")
    two.sync("ann")
    two.sync("ben")
    assert matters.list_notes(ann, a) == [] == matters.list_notes(ben, b)
    assert matters.list_matters(ann, a) == [] == matters.list_matters(ben, b)
    assert snapshot(ann) == snapshot(ben)
    del matter


def test_a_conflict_resolved_by_a_person_travels_as_a_new_edit(two: OfficeVaults) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    draft = ClientDraft(name="Nadia Rahman", phone="212-555-0100")
    a, b = _shared_client(two, draft)
    two.clock.tick()
    clients.update_client(ann, a, replace(draft, phone="212-555-0111"), today=TODAY)
    two.clock.tick()
    clients.update_client(ben, b, replace(draft, phone="212-555-0122"), today=TODAY)
    two.sync("ann")
    two.sync("ben")
    two.sync("ann")
    assert sync_status(ann) == SyncStatus("Harlem Defenders", two.clock.now, 0, 1)
    [open_at_ann] = list_conflicts(ann)
    assert (open_at_ann.field, open_at_ann.row_id) == ("phone", a)
    assert (open_at_ann.local_value, open_at_ann.remote_value) == ("212-555-0111", "212-555-0122")
    resolved = resolve_conflict(ann, open_at_ann.id, "local", two.clock.tick())
    assert Change.CLIENTS in resolved.changes.kinds
    assert list_conflicts(ann) == []
    assert (sync_status(ann).pending, sync_status(ann).conflicts) == (1, 0)
    assert two.sync("ann").pushed == 1
    assert two.sync("ben").conflicts == 0  # made after seeing Ben's value: no new conflict
    assert clients.show_client(ben, b).draft.phone == "212-555-0111"
    assert snapshot(ann) == snapshot(ben)


def test_a_record_made_and_edited_before_its_first_sync_keeps_each_fields_own_stamp(
    two: OfficeVaults,
) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    two.sync("ann")  # both journal from here on
    two.sync("ben")
    draft = ClientDraft(name="Ana Lucía Torres")
    a = clients.add_client(ann, draft, today=TODAY)
    two.clock.tick()
    clients.update_client(ann, a, replace(draft, phone="718-555-0100"), today=TODAY)
    two.sync("ann")
    two.sync("ben")
    b = clients.list_clients(ben)[0].id
    two.clock.tick()
    clients.update_client(
        ben, b, replace(draft, name="Ana Lucia Torres", phone="718-555-0100"), today=TODAY
    )
    two.sync("ben")
    assert two.sync("ann").conflicts == 0  # Ben edited the name Ann made: no conflict
    assert clients.show_client(ann, a).draft.name == "Ana Lucia Torres"
    assert snapshot(ann) == snapshot(ben)


def test_edits_of_different_fields_on_two_laptops_merge_and_keep_one_alias(
    two: OfficeVaults,
) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    draft = ClientDraft(name="Omar Haddad", aliases=("Omar Al-Haddad",))
    a, b = _shared_client(two, draft)
    two.clock.tick()
    clients.update_client(ann, a, replace(draft, phone="212-555-0177"), today=TODAY)
    clients.update_client(ben, b, replace(draft, address="12 Bay Street"), today=TODAY)
    two.sync("ann")
    assert two.sync("ben").conflicts == 0
    two.sync("ann")
    for store, cid in ((ann, a), (ben, b)):
        merged = clients.show_client(store, cid).draft
        assert (merged.phone, merged.address, merged.aliases) == (
            "212-555-0177",
            "12 Bay Street",
            ("Omar Al-Haddad",),
        )
    assert conflicts(ann) == conflicts(ben) == []
    assert snapshot(ann) == snapshot(ben)


def test_a_member_who_joins_later_gets_the_whole_office_at_its_first_sync(
    two: OfficeVaults, tmp_path: Path
) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    a = clients.add_client(ann, ClientDraft(name="Nadia Rahman"), today=TODAY)
    matters.add_note(ann, a, "first meeting")
    two.sync("ann")
    clients.add_client(ben, ClientDraft(name="Omar Haddad"), today=TODAY)
    two.sync("ben")
    two.sync("ann")
    cal = new_store(tmp_path, "cal", two.clock)
    two.stores["cal"] = cal  # closed with the others
    me = vault_identity(cal)
    _, invite = om.invite_member(ann, me.recipient, "Cal", signing_key=me.signing_public)
    om.join_office(cal, invite)
    clients.add_client(cal, ClientDraft(name="Ana Lucía Torres"), today=TODAY)
    first = two.sync("cal")
    assert (first.pulled, first.pushed) == (3, 1)
    two.sync("ann")
    two.sync("ben")
    assert snapshot(ann) == snapshot(ben) == snapshot(cal)
