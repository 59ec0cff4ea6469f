"""Search at 100,000 documents: p50/p95 latency, and the ratio to plain SQLite FTS5.

Documents get synthetic text (Zipf-distributed words, names and A-numbers) by
bulk insert; the SQL triggers of revision 0003 index them as in real use. The
same ranked query then runs (a) through casebook's search service, (b) as raw
SQL on the SQLCipher database and (c) as raw SQL on a plaintext export of it
through the same driver build. Targets: p95 <= 50 ms, ratio <= 1.5x.
Run: .venv/bin/python benchmarks/bench_search.py [--documents N]
"""

from __future__ import annotations

import argparse
import random
import statistics
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
from casebook.services.search import fts_query, search
from casebook.store.tables import Document
from casebook.vault.vault import open_vault

PASSPHRASE = "benchmark orchard violin 42"
RAW_SQL = (
    "SELECT kind, ref, title, client, day, snippet(search, -1, '**', '**', '…', 12) "
    "FROM search WHERE search MATCH ? ORDER BY rank LIMIT 50"
)


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
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
    return sorted(words)


def fill(store_engine: object, count: int, rng: random.Random) -> list[str]:
    words = vocabulary(rng)
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
    return words


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    vault_module.calibrate = kdf.floor_params  # the KDF is not what is measured here
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Search.casebook"
        vaults.create(folder, PASSPHRASE)
        store = vaults.open_store(folder, PASSPHRASE)
        start = time.perf_counter()
        words = fill(store.vault.engine, args.documents, rng)
        print(
            f"{args.documents} documents indexed in {time.perf_counter() - start:.0f} s; "
            f"database {(folder / 'casebook.db').stat().st_size / 1e6:.0f} MB"
        )
        qs = queries(words, rng)
        key = store.vault.database_key()

        service: list[float] = []
        for q in qs * 2:
            t = time.perf_counter()
            search(store, q)
            service.append(time.perf_counter() - t)
        store.close()

        plain = Path(tmp) / "plain.db"
        with open_vault(folder, PASSPHRASE) as vault:
            conn = sqlcipher3.connect(str(vault.db_path))
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
            conn.execute("SELECT sqlcipher_export('plaintext')")
            conn.execute("DETACH DATABASE plaintext")
            conn.close()

        def raw(path: Path, raw_key: bytes | None) -> list[float]:
            c = sqlcipher3.connect(str(path))
            if raw_key is not None:
                c.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
            c.execute("PRAGMA cache_size = -65536")
            c.execute("PRAGMA temp_store = MEMORY")
            out = []
            for q in qs * 2:
                expr = fts_query(q)
                t = time.perf_counter()
                c.execute(RAW_SQL, (expr,)).fetchall()
                out.append(time.perf_counter() - t)
            c.close()
            return out

        enc = raw(folder / "casebook.db", key)
        base = raw(plain, None)
        for label, samples in (
            ("casebook search()", service),
            ("raw SQL, SQLCipher", enc),
            ("raw SQL, plain SQLite", base),
        ):
            p50, p95 = percentiles(samples)
            print(f"{label:24} p50 {p50 * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms")
        s50, s95 = percentiles(service)
        b50, b95 = percentiles(base)
        e50, e95 = percentiles(enc)
        print(f"SQLCipher / SQLite (raw)      p50 {e50 / b50:5.2f}x  p95 {e95 / b95:5.2f}x")
        print(
            f"casebook / plain SQLite       p50 {s50 / b50:5.2f}x  p95 {s95 / b95:5.2f}x  "
            "(target p95 <= 50 ms, ratio <= 1.5x)"
        )


if __name__ == "__main__":
    main()
