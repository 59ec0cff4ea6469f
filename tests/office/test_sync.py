"""Sync between vaults of one office on the real cluster: offline edits, conflicts, tombstones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import MatterType
from casebook.services import clients, matters
from casebook.services.matters import MatterDraft
from tests.helpers import TODAY
from tests.office.conftest import Hub
from tests.office.sync_helpers import OfficeVaults, office_of, snapshot


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
