"""App start-up: the composition root that wires services to the desktop UI."""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from casebook.services import vaults
from casebook.services.demo import DemoSummary, fill_demo
from casebook.store.session import Store


@contextlib.contextmanager
def demo_vault(clients: int = 200) -> Iterator[tuple[Store, DemoSummary]]:
    """A throwaway vault of fictional clients, deleted when the block ends."""
    parent = Path(tempfile.mkdtemp(prefix="casebook-demo-"))
    try:
        passphrase = secrets.token_urlsafe(24)
        folder = parent / "Demo.casebook"
        vaults.create(folder, passphrase)
        store = vaults.open_store(folder, passphrase)
        try:
            yield store, fill_demo(store, clients=clients)
        finally:
            store.close()
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def run(*, demo: bool) -> int:
    """Open the desktop app (on a demo vault with ``demo``)."""
    if not demo:
        print("The desktop app is not built yet; see `casebook --help` for the commands.")
        return 0
    from casebook.services.clients import list_clients

    with demo_vault() as (store, summary):
        clients = list_clients(store, limit=10)
        print(
            f"Demo vault with {summary.clients} fictional clients, {summary.matters} matters, "
            f"{summary.hearings} hearings, {summary.requests} record requests. First ten:"
        )
        for c in clients:
            print(f"  #{c.id:<4} {c.name:<32} {c.a_number}")
    print("The demo vault has been deleted.")
    return 0
