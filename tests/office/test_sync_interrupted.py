"""The hub stopped mid-sync (connection refused from then on): nothing lost, nothing doubled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from casebook.domain.clients import ClientDraft
from casebook.office import hub as hubops
from casebook.office.connection import connect
from casebook.services import clients, matters
from casebook.services import office_membership as om
from casebook.services import sync as sync_module
from casebook.services.office_membership import OfficeError
from casebook.services.sync import sync
from tests.helpers import TODAY
from tests.office.conftest import Hub, address
from tests.office.sync_helpers import OfficeVaults, office_of, snapshot
from tests.office.tcp_proxy import Relay


def _log_size(hub: Hub) -> int:
    c = hub.cluster
    with connect(address(c, hub.dbname, c.superuser), c.password) as conn:
        row = conn.execute("SELECT count(*) FROM hub.change_log").fetchone()
    assert row is not None
    return int(row[0])


def _through(relay: Relay, two: OfficeVaults, name: str) -> om.OfficeContext:
    ctx = om.office_context(two.stores[name])
    assert ctx is not None
    return replace(ctx, address=replace(ctx.address, port=relay.port))


def _fill(two: OfficeVaults, name: str, count: int) -> None:
    store = two.stores[name]
    for i in range(count):
        cid = clients.add_client(store, ClientDraft(name=f"{name} client {i}"), today=TODAY)
        matters.add_note(store, cid, f"note {i}")


def test_hub_stopped_during_the_pull_then_a_later_sync_completes(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        _fill(two, "ann", 5)
        two.sync("ann")
        _fill(two, "ben", 2)
        relay = Relay(hub.cluster.host, hub.cluster.port)
        real = sync_module._apply_page
        pages: list[int] = []

        def then_stop(*args: Any) -> Any:
            got = real(*args)
            pages.append(1)
            relay.stop()  # after the first page is applied and its cursor kept
            return got

        monkeypatch.setattr(sync_module, "_apply_page", then_stop)
        with pytest.raises(OfficeError, match="lost"):
            sync(two.stores["ben"], _through(relay, two, "ben"), two.clock.tick(), page=4)
        monkeypatch.undo()
        assert pages == [1]
        # Its own two, and the first page: Ann's first sync shared her vault table by table.
        assert len(clients.list_clients(two.stores["ben"])) == 2 + 4
        # The hub is back (another address): the sync resumes from the kept cursor.
        again = two.sync("ben", page=4)
        assert again.pulled == 10 - 4 and again.pushed == 4
        two.sync("ann")
        assert snapshot(two.stores["ann"]) == snapshot(two.stores["ben"])
        assert _log_size(hub) == 14


def test_hub_stopped_during_the_push_or_after_it_committed_loses_and_doubles_nothing(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        _fill(two, "ann", 3)
        relay = Relay(hub.cluster.host, hub.cluster.port)
        real = hubops.append_changes

        def stop_first(conn: Any, changes: Any) -> int:
            relay.stop()
            return real(conn, changes)

        monkeypatch.setattr(hubops, "append_changes", stop_first)
        with pytest.raises(OfficeError, match="lost"):
            sync(two.stores["ann"], _through(relay, two, "ann"), two.clock.tick())
        monkeypatch.undo()
        assert _log_size(hub) == 0

        def commit_then_fail(conn: Any, changes: Any) -> int:
            real(conn, changes)
            raise OfficeError("interrupted after the hub kept the changes")

        monkeypatch.setattr(hubops, "append_changes", commit_then_fail)
        with pytest.raises(OfficeError, match="interrupted"):
            two.sync("ann")
        monkeypatch.undo()
        assert _log_size(hub) == 6
        retried = two.sync("ann")  # the same sealed bytes again: the hub keeps one copy
        assert retried.pushed == 6 and _log_size(hub) == 6
        assert two.sync("ben").pulled == 6
        assert snapshot(two.stores["ann"]) == snapshot(two.stores["ben"])
