"""A syncing process killed with SIGKILL in the middle of applying a page: nothing half-done."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.services import clients, vaults
from casebook.services import office_membership as om
from casebook.services.sync import sync
from casebook.store import sync_records as records
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.office.conftest import Hub
from tests.office.sync_helpers import Clock, office_of, snapshot

CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from casebook.services import office_membership as om, vaults
    from casebook.services import sync as s

    store = vaults.open_store(Path(sys.argv[1]), sys.argv[2])
    real, seen = s.apply_change, []

    def slow(*args, **kwargs):
        got = real(*args, **kwargs)
        seen.append(1)
        if len(seen) == 8:  # the second page, half applied, its transaction open
            print("READY", flush=True)
            time.sleep(120)
        return got

    s.apply_change = slow
    s.sync(store, om.office_context(store), datetime(2026, 11, 29, 16, 0), page=5)
    """
)


def _cursor(path: Path) -> str:
    store = vaults.open_store(path, PASSPHRASE)
    try:
        with store.reading() as session:
            state = records.state(session)
            return state.cursor if state is not None else ""
    finally:
        store.close()


def test_a_sync_killed_mid_page_resumes_from_the_last_whole_page(hub: Hub, tmp_path: Path) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")) as two:
        for i in range(12):
            clients.add_client(two.stores["ann"], ClientDraft(name=f"Client {i}"), today=TODAY)
        assert two.sync("ann").pushed == 12
        two.sync("ben")  # Ben journals from here on, and has all twelve
        for i in range(12, 24):
            clients.add_client(two.stores["ann"], ClientDraft(name=f"Client {i}"), today=TODAY)
        assert two.sync("ann").pushed == 12
    ben = tmp_path / "ben.casebook"
    before = _cursor(ben)
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ben), PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "READY"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    after = _cursor(ben)
    assert after != before  # the first page of five was applied and its cursor kept

    store = vaults.open_store(ben, PASSPHRASE)
    store.clock = Clock(NOW)
    try:
        assert len(clients.list_clients(store)) == 12 + 5  # the half page left no trace
        ctx = om.office_context(store)
        assert ctx is not None
        resumed = sync(store, ctx, NOW, page=5)
        assert resumed.pulled == 12 - 5
        assert len(clients.list_clients(store)) == 24
        ben_snapshot = snapshot(store)
    finally:
        store.close()
    ann = vaults.open_store(tmp_path / "ann.casebook", PASSPHRASE)
    try:
        assert snapshot(ann) == ben_snapshot
    finally:
        ann.close()
