"""Search at 100,000 documents: p50/p95 latency, and the ratio to plain SQLite FTS5.

Documents get synthetic text (Zipf-distributed words, names and A-numbers) by
bulk insert; the SQL triggers of revision 0003 index them as in real use. The
queries (common, middling and rare words, two words, a 3-letter prefix, an
A-number) run (a) through casebook's search service, then casebook's same SQL
(``ranked_rows``) on a bare connection, each in a fresh process: (b) SQLCipher
with casebook's settings, (c) the same with SQLCipher's memory wiping on (what
casebook used before; it is off now, see casebook/vault/database.py), (d) a
plaintext export through the same driver build. Targets: p95 <= 50 ms,
ratio <= 1.5x.
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
from casebook.vault.vault import open_vault

PASSPHRASE = "benchmark orchard violin 42"
LIMIT = 50


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


def raw_timings(path: Path, hex_key: str, memory_security: bool, qs: list[str]) -> list[float]:
    """casebook's queries (the same ``ranked_rows``) on a bare connection, in this process."""
    c = sqlcipher3.connect(str(path))
    if hex_key:
        c.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    c.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    c.execute("PRAGMA temp_store = MEMORY")
    out = []
    for q in qs * 2:
        where, params = where_clause(fts_query(q), Filters())
        t = time.perf_counter()
        ranked_rows(lambda sql, values: c.execute(sql, values).fetchall(), where, params, LIMIT)
        out.append(time.perf_counter() - t)
    c.close()
    return out


def in_child(path: Path, hex_key: str, memory_security: bool) -> list[float]:
    """SQLCipher's memory wiping is process-wide once on: each variant gets a fresh process."""
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
        hex_key = sys.stdin.read().strip()
        print(json.dumps(raw_timings(args.raw, hex_key, args.memory_security, qs)))
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

        service: list[float] = []
        windowed = 0
        for q in qs * 2:
            t = time.perf_counter()
            windowed += find(store, q, limit=LIMIT).newest_only
            service.append(time.perf_counter() - t)
        store.close()

        plain = Path(scratch) / "plain.db"
        with open_vault(folder, PASSPHRASE) as vault:
            conn = sqlcipher3.connect(str(vault.db_path))
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
            conn.execute("SELECT sqlcipher_export('plaintext')")
            conn.execute("DETACH DATABASE plaintext")
            conn.close()

        enc = in_child(folder / "casebook.db", key.hex(), memory_security=False)
        wiping = in_child(folder / "casebook.db", key.hex(), memory_security=True)
        base = in_child(plain, "", memory_security=False)
        print(
            f"{len(qs) * 2} queries; {windowed} matched more than {RANKED_AT_MOST} records "
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
