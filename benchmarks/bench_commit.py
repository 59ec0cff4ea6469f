"""What durable commits cost: casebook's save against the raw fsync it now waits for.

    .venv/bin/python benchmarks/bench_commit.py [--commits 300] [--dir DIR]

A record the user is told is saved must survive a power cut, so the database
runs WAL with ``synchronous=FULL`` (each commit fsyncs the log). Measured in
one run on the same disk:

* the raw primitive: a 4 KiB write + fsync of a file (what one commit must wait for);
* a one-row commit on a keyed SQLCipher connection, WAL + NORMAL (the old setting)
  and WAL + FULL (the current one);
* ``clients.add_client`` end to end (validation, duplicate check, audit, commit).

Reported as medians per commit and as ratios to the raw fsync.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.services import clients, vaults
from casebook.vault.database import connect_raw
from casebook.vault.kdf import floor_params

PASSPHRASE = "bench-orchard-violin-42"


def per_call(fn: object, n: int) -> float:
    assert callable(fn)
    times = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=300, help="commits timed per variant")
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        raw_file = root / "raw.bin"
        fd = os.open(raw_file, os.O_WRONLY | os.O_CREAT, 0o600)
        block = os.urandom(4096)

        def raw(i: int) -> None:
            os.pwrite(fd, block, (i % 64) * 4096)
            os.fsync(fd)

        key = os.urandom(32)
        results = {"raw 4 KiB write + fsync": per_call(raw, args.commits)}
        for mode in ("NORMAL", "FULL"):
            conn = connect_raw(root / f"{mode}.db", key)
            conn.execute(f"PRAGMA synchronous = {mode}")
            conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")

            def commit(i: int, conn: object = conn) -> None:
                c = conn
                c.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
                c.execute("INSERT INTO t (body) VALUES (?)", (f"row {i}" * 20,))  # type: ignore[attr-defined]
                c.execute("COMMIT")  # type: ignore[attr-defined]

            results[f"SQLCipher one-row commit, WAL + {mode}"] = per_call(commit, args.commits)
            conn.close()
        os.close(fd)

        folder = root / "vault"
        vaults.create(folder, PASSPHRASE, kdf=floor_params(os.urandom(16)))
        store = vaults.open_store(folder, PASSPHRASE)
        try:
            today = date(2026, 12, 1)
            results["clients.add_client (casebook's save)"] = per_call(
                lambda i: clients.add_client(store, ClientDraft(name=f"Client {i}"), today=today),
                args.commits,
            )
        finally:
            store.close()

    base = results["raw 4 KiB write + fsync"]
    for name, seconds in results.items():
        print(f"{name:45s} {seconds * 1000:7.2f} ms   {seconds / base:5.2f}x raw fsync")


if __name__ == "__main__":
    main()
