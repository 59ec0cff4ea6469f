"""Office sync over loopback: first sync of a demo vault, then an incremental one (a script).

    .venv/bin/python benchmarks/bench_sync.py [--clients 1000] [--edits 100]

Starts a throwaway PostgreSQL cluster (tests/office/pgcluster.py; or uses the
one CASEBOOK_TEST_PG names), makes an office of two fresh vaults, fills the
first with ``--clients`` fictional clients (matters, hearings, requests...),
and times: its first sync (every record sealed and pushed), the second
vault's first sync (every record pulled, verified and applied), then
``--edits`` client edits pushed and pulled. Prints seconds and milliseconds
per record, and the raw cost of the same number of changes sealed and signed
alone, for a ratio that holds on noisy machines.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from psycopg import sql

import casebook.vault.vault as vault_module
from casebook.office.connection import HubAddress, connect
from casebook.office.envelope import seal
from casebook.office.hlc import Stamp
from casebook.services import clients, vaults
from casebook.services import office_membership as om
from casebook.services.demo import fill_demo
from casebook.services.identity import vault_identity
from casebook.services.sync import sync
from casebook.vault import kdf
from tests.office.pgcluster import ENV, Cluster, start, stop

PASSPHRASE = "plum-orchard-violin-42"
TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 15, 0)


def _address(c: Cluster, dbname: str) -> HubAddress:
    return HubAddress(c.host, c.port, dbname, c.superuser, Path(c.ca_file))


def _run(cluster: Cluster, n_clients: int, n_edits: int) -> None:
    vault_module.calibrate = kdf.floor_params  # type: ignore[assignment]
    dbname = f"bench_{secrets.token_hex(4)}"
    with connect(_address(cluster, "postgres"), cluster.password) as su:
        su.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    dsn = (
        f"host={cluster.host} port={cluster.port} dbname={dbname} user={cluster.superuser} "
        f"sslmode=verify-full sslrootcert={cluster.ca_file}"
    )
    clock = [NOW]
    with tempfile.TemporaryDirectory() as tmp:
        stores = {}
        for name in ("ann", "ben"):
            path = Path(tmp) / f"{name}.casebook"
            vaults.create(path, PASSPHRASE, created=NOW)
            stores[name] = vaults.open_store(path, PASSPHRASE)
            stores[name].clock = lambda: clock[0]
        ann, ben = stores["ann"], stores["ben"]
        om.create_office(ann, dsn, cluster.password, "Bench Office")
        me = vault_identity(ben)
        _, invite = om.invite_member(ann, me.recipient, "Ben", signing_key=me.signing_public)
        om.join_office(ben, invite)
        fill_demo(ann, clients=n_clients, today=TODAY)

        def timed(store_name: str) -> tuple[float, int, int]:
            clock[0] += timedelta(seconds=1)
            store = stores[store_name]
            ctx = om.office_context(store)
            assert ctx is not None
            start_t = time.perf_counter()
            result = sync(store, ctx, clock[0])
            return time.perf_counter() - start_t, result.pushed, result.pulled

        push_s, pushed, _ = timed("ann")
        pull_s, _, pulled = timed("ben")
        ids = [c.id for c in clients.list_clients(ann, limit=n_edits)]
        for i in ids:
            draft = clients.show_client(ann, i).draft
            clients.update_client(ann, i, replace(draft, phone="212-555-0100"), today=TODAY)
        inc_push_s, inc_pushed, _ = timed("ann")
        inc_pull_s, _, inc_pulled = timed("ben")

        ctx = om.office_context(ann)
        assert ctx is not None
        body = b'{"v":1,"t":"clients","u":"' + b"a" * 32 + b'","op":"put","f":{}}' + b" " * 600
        start_t = time.perf_counter()
        for _ in range(pushed):
            seal(
                body,
                key=ctx.keys[1],
                signer=ctx.identity,
                author=ctx.member_id,
                change_id=uuid.uuid4(),
                stamp=Stamp(1),
                record_id="clients/x",
            )
        raw_s = time.perf_counter() - start_t
        for s in stores.values():
            s.close()
    per_push = push_s * 1000 / max(pushed, 1)
    per_pull = pull_s * 1000 / max(pulled, 1)
    print(f"records: {pushed} ({n_clients} clients)")
    print(f"first sync, push: {push_s:7.2f} s  {per_push:6.2f} ms/record")
    print(f"first sync, pull: {pull_s:7.2f} s  {per_pull:6.2f} ms/record")
    print(f"raw seal+sign   : {raw_s:7.2f} s", end="  ")
    print(f"(push is {push_s / raw_s:5.1f}x it, pull {pull_s / raw_s:5.1f}x)")
    print(
        f"{inc_pushed} edits pushed: {inc_push_s:6.2f} s; {inc_pulled} pulled: {inc_pull_s:6.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=100)
    args = parser.parse_args()
    given = os.environ.get(ENV)
    cluster = Cluster.load(given) if given else start()
    try:
        _run(cluster, args.clients, args.edits)
    finally:
        if not given:
            stop(cluster)


if __name__ == "__main__":
    main()
