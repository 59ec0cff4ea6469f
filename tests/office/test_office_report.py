"""``report aggregate --office``: every incident the office shares; without it, this vault's own.

Ann records 3 incidents, Ben 4 (one of them for a client he keeps walled).
After both sync, each laptop's own report counts its own incidents only, and
the office report counts the 6 shared ones on either laptop: the walled
client's incident stays with Ben, so the office's figure is the same
whichever member makes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError
from casebook.domain.vocabulary import IncidentKind
from casebook.services import aggregate, clients
from casebook.services.incidents import IncidentDraft, add_incident
from casebook.services.sync_walls import wall_client
from casebook.store.session import Store
from tests.helpers import TODAY
from tests.office.conftest import Hub
from tests.office.sync_helpers import OfficeVaults, office_of

pytestmark = pytest.mark.dates


@pytest.fixture
def two(hub: Hub, tmp_path: Path) -> Iterator[OfficeVaults]:
    with office_of(hub, tmp_path, ("ann", "ben")) as made:
        yield made


def _incidents(store: Store, n: int, client_id: int | None = None) -> None:
    for i in range(n):
        add_incident(
            store,
            IncidentDraft(date(2026, 3 + i, 10), IncidentKind.NOTIFICATION, client_id=client_id),
            today=TODAY,
        )


def _total(store: Store, *, office: bool = False) -> str:
    report = aggregate.build_report(store, today=TODAY, threshold=3, office=office)
    return report.total.display(report.threshold)


def test_the_office_report_counts_what_the_office_shares(two: OfficeVaults) -> None:
    ann, ben = two.stores["ann"], two.stores["ben"]
    _incidents(ann, 3)
    _incidents(ben, 3)
    walled = clients.add_client(ben, ClientDraft(name="Private Person"), today=TODAY)
    wall_client(ben, walled, two.clock.tick())
    _incidents(ben, 1, client_id=walled)
    assert (_total(ann), _total(ben)) == ("3", "4")  # before any sync: each its own
    two.sync("ann")
    two.sync("ben")
    two.sync("ann")
    assert (_total(ann), _total(ben)) == ("3", "4")  # still each its own: synced ones are not
    assert _total(ann, office=True) == _total(ben, office=True) == "6"
    report = aggregate.build_report(ann, today=TODAY, threshold=3, office=True)
    assert "Harlem Defenders" in report.method[0] and "private" in report.method[0]


def test_a_vault_in_no_office_has_no_office_report(store: Store) -> None:
    _incidents(store, 3)
    assert _total(store) == "3"
    with pytest.raises(CasebookError, match="in no office"):
        _total(store, office=True)
