"""Search at 100,000 documents: p50/p95 latency, and the ratio to plain SQLite FTS5.

Documents get synthetic text (Zipf-distributed words, names and A-numbers) by
bulk insert; the SQL triggers of revision 0003 index them as in real use. The
queries (common, middling and rare words, two words, a 3-letter prefix, an
A-number) run, taking turns query by query, (a) through casebook's search
service, and as casebook's same SQL (``ranked_rows``) on a bare connection to
(b) the SQLCipher database and (c) a plaintext export of it through the same
driver build; then (d) (b) again with SQLCipher's memory wiping on (what
casebook used before; see casebook/vault/database.py), in a process of its
own. Targets: p95 <= 50 ms, ratio <= 1.5x.
Run: .venv/bin/python benchmarks/bench_search.py [--documents N] [--keep DIR]
(--keep builds the vault in DIR once and reuses it on later runs.)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import sqlcipher3
from sqlalchemy import insert

import casebook.vault.kdf as kdf
import casebook.vault.vault as vault_module
from casebook.services import vaults
from casebook.services.search import (
    RANKED_AT_MOST,
    Filters,
    find,
    fts_query,
    ranked_rows,
    where_clause,
)
from casebook.store.tables import Document
from casebook.vault.database import CACHE_KIB

PASSPHRASE = "benchmark orchard violin 42"
LIMIT = 50
ROUNDS = 3


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Made-up words, most frequent first."""
    syllables = [
        "ma",
        "ri",
        "lo",
        "pe",
        "za",
        "co",
        "ra",
        "ti",
        "na",
        "bo",
        "ve",
        "su",
        "qui",
        "ño",
        "gé",
        "ya",
        "ke",
        "dou",
        "ssa",
        "ou",
    ]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    # In frequency order, which in a language has nothing to do with spelling: sorted,
    # the most common words would all share a prefix ("bobo…") and every prefix query
    # would union the top of the Zipf curve.
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def fill(store_engine: object, count: int, words: list[str], rng: random.Random) -> None:
    weights = [1 / (i + 1) for i in range(len(words))]  # Zipf
    now = datetime(2026, 11, 1)
    batch = 5_000
    for start in range(0, count, batch):
        rows = []
        for i in range(start, min(count, start + batch)):
            body = " ".join(rng.choices(words, weights, k=150))
            rows.append(
                {
                    "uid": f"b{i:031d}",
                    "title": f"{rng.choice(words)} {i}",
                    "kind": "other",
                    "original_name": f"scan{i}.pdf",
                    "media_type": "application/pdf",
                    "size": 1000,
                    "page_count": 1,
                    "sha256": "0" * 64,
                    "blob_name": f"{i:064x}",
                    "received_on": now.date(),
                    "source": "bench",
                    "text": f"{body} A{200000000 + i}",
                    "text_status": "",
                    "thumbnail": None,
                    "in_inbox": False,
                    "is_translation": False,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                }
            )
        with store_engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(insert(Document), rows)


def queries(words: list[str], rng: random.Random, n: int = 60) -> list[str]:
    common, mid, rare = words[:50], words[50:2000], words[2000:]
    qs = []
    for _ in range(n // 6):
        qs += [
            rng.choice(common),
            rng.choice(mid),
            rng.choice(rare),
            f"{rng.choice(mid)} {rng.choice(mid)}",
            rng.choice(mid)[:3],
            f"A-2{rng.randint(0, 99):02d}-0{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        ]
    return qs


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def connect(path: Path, hex_key: str, memory_security: bool = False) -> Any:
    """A bare connection with casebook's cache and temp settings (keyed when ``hex_key``)."""
    c = sqlcipher3.connect(str(path))
    if hex_key:
        c.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    if memory_security:
        c.execute("PRAGMA cipher_memory_security = ON")
    c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    c.execute("PRAGMA temp_store = MEMORY")
    return c


def timed_sql(c: Any, q: str) -> float:
    """casebook's queries for ``q`` (the same ``ranked_rows``) on a bare connection."""
    where, params = where_clause(fts_query(q), Filters())
    t = time.perf_counter()
    ranked_rows(lambda sql, values: c.execute(sql, values).fetchall(), where, params, LIMIT)
    return time.perf_counter() - t


def in_child(path: Path, hex_key: str, memory_security: bool) -> list[float]:
    """``timed_sql`` for every query in a fresh process (for settings that are process-wide)."""
    argv = [sys.executable, __file__, "--raw", str(path)]
    argv += ["--memory-security"] if memory_security else []
    done = subprocess.run(argv, input=hex_key, capture_output=True, text=True, check=True)
    return [float(x) for x in json.loads(done.stdout)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    parser.add_argument("--raw", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-security", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    qs = queries(vocabulary(random.Random(3)), random.Random(4))
    if args.raw:
        c = connect(args.raw, sys.stdin.read().strip(), args.memory_security)
        print(json.dumps([timed_sql(c, q) for q in qs * ROUNDS]))
        return
    vault_module.calibrate = kdf.floor_params  # the KDF is not what is measured here
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        folder = tmp / f"Search-v2-{args.documents}.casebook"
        words = vocabulary(random.Random(3))
        if folder.exists():
            store = vaults.open_store(folder, PASSPHRASE)
        else:
            vaults.create(folder, PASSPHRASE)
            store = vaults.open_store(folder, PASSPHRASE)
            start = time.perf_counter()
            fill(store.vault.engine, args.documents, words, random.Random(5))
            print(f"{args.documents} documents indexed in {time.perf_counter() - start:.0f} s")
        print(f"database {(folder / 'casebook.db').stat().st_size / 1e6:.0f} MB")
        key = store.vault.database_key()
        plain = Path(scratch) / "plain.db"
        export = connect(folder / "casebook.db", key.hex())
        export.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        export.execute("SELECT sqlcipher_export('plaintext')")
        export.execute("DETACH DATABASE plaintext")
        export.close()

        # casebook, its SQL on SQLCipher and on plain SQLite take turns query by query, so
        # the machine's jitter and the caches' warmth fall on all three alike.
        enc_conn = connect(folder / "casebook.db", key.hex())
        plain_conn = connect(plain, "")
        service: list[float] = []
        enc: list[float] = []
        base: list[float] = []
        windowed = 0
        for q in qs * ROUNDS:
            t = time.perf_counter()
            windowed += find(store, q, limit=LIMIT).newest_only
            service.append(time.perf_counter() - t)
            enc.append(timed_sql(enc_conn, q))
            base.append(timed_sql(plain_conn, q))
        windowed //= ROUNDS
        enc_conn.close()
        plain_conn.close()
        store.close()
        # SQLCipher's memory wiping cannot be turned off once on: a process of its own.
        wiping = in_child(folder / "casebook.db", key.hex(), memory_security=True)
        print(
            f"{len(qs)} queries x {ROUNDS}; {windowed} matched more than {RANKED_AT_MOST} records "
            f"and were ranked among the newest {RANKED_AT_MOST}"
        )
        for label, samples in (
            ("casebook find()", service),
            ("same SQL, SQLCipher", enc),
            ("same SQL, SQLCipher with memory wiping", wiping),
            ("same SQL, plain SQLite", base),
        ):
            p50, p95 = percentiles(samples)
            print(f"{label:42} p50 {p50 * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms")
        s50, s95 = percentiles(service)
        b50, b95 = percentiles(base)
        e50, e95 = percentiles(enc)
        print(f"SQLCipher / plain SQLite (same SQL)  p50 {e50 / b50:5.2f}x  p95 {e95 / b95:5.2f}x")
        print(
            f"casebook / plain SQLite              p50 {s50 / b50:5.2f}x  p95 {s95 / b95:5.2f}x  "
            "(target p95 <= 50 ms, ratio <= 1.5x)"
        )


if __name__ == "__main__":
    main()
