"""Search at 100,000 documents: latency and top-10 overlap with the full BM25 ranking.

Documents get synthetic text (Zipf-distributed words and an A-number each) by
bulk insert; the SQL triggers index them as in real use. Query classes:
common, middling and rare words, two words, a 3-letter prefix, an A-number
written A-200-000-123. Taking turns query by query, side by side:

- reference: FTS5's BM25 over every matching document (``ORDER BY rank``, no
  window) on a bare connection: the true top 10, and what it costs;
- before: the best of the newest ``RANKED_AT_MOST`` matches (the window that
  search used before issue 14, still used while the in-memory index builds);
- casebook ``find()`` as the search box calls it, with the in-memory index ready;
- tantivy: the in-memory index alone (its own BM25, document ids only), the
  reference for speed. Skipped when tantivy is not installed (or with
  --without-tantivy); find() is then called as the command calls it (FTS5
  over every match).

Overlap is how many of the true top 10 documents are in a strategy's top 10
(documents scoring as high as the tenth all count: equal scores come in any
order). Targets: find() p95 <= 50 ms, >= 9/10 for every query, p95 <= 2x
tantivy's.
Run: .venv/bin/python benchmarks/bench_search.py [--documents N] [--keep DIR]
[--without-tantivy] (--keep builds the vault in DIR once and reuses it.)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import sqlcipher3
from sqlalchemy import insert

import casebook.vault.kdf as kdf
import casebook.vault.vault as vault_module
from casebook.services import document_index, vaults
from casebook.services.search import (
    DOCUMENTS,
    RANKED_AT_MOST,
    Filters,
    find,
    fts_query,
    index_terms,
    prefix_completions,
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


def queries(
    words: list[str], rng: random.Random, documents: int, n: int = 60
) -> list[tuple[str, str]]:
    """(class, query) pairs, the classes taking turns."""
    common, mid, rare = words[:50], words[50:2000], words[2000:]
    qs = []
    for _ in range(n // 6):
        a_number = str(200_000_000 + rng.randrange(documents))
        qs += [
            ("common word", rng.choice(common)),
            ("middling word", rng.choice(mid)),
            ("rare word", rng.choice(rare)),
            ("two words", f"{rng.choice(common)} {rng.choice(mid)}"),
            ("3-letter prefix", rng.choice(mid)[:3]),
            ("A-number", f"A-{a_number[:3]}-{a_number[3:6]}-{a_number[6:]}"),
        ]
    return qs


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def connect(path: Path, hex_key: str) -> Any:
    """A bare connection with casebook's cache and temp settings."""
    c = sqlcipher3.connect(str(path))
    c.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    c.execute("PRAGMA temp_store = MEMORY")
    return c


def document_where(c: Any, q: str) -> tuple[str, dict[str, Any]]:
    """casebook's FTS5 query for documents (the word being typed as the words it begins)."""
    words = prefix_completions(lambda sql, v: c.execute(sql, v).fetchall(), None, q)
    return where_clause(DOCUMENTS, fts_query(q, words), Filters())


def reference(c: Any, q: str) -> tuple[set[int], int]:
    """The true BM25 top 10 (FTS5's rank over every matching document) and its size: every
    document scoring as high as the tenth, since equal scores come in any order."""
    where, params = document_where(c, q)
    sql = f"SELECT rowid, rank FROM {DOCUMENTS} WHERE {where} ORDER BY rank LIMIT 200"
    rows = c.execute(sql, params).fetchall()
    if not rows:
        return set(), 0
    tenth = rows[min(9, len(rows) - 1)][1]
    return {int(r) // 8 for r, rank in rows if rank <= tenth + 1e-9 * abs(tenth)}, min(
        10, len(rows)
    )


def windowed(c: Any, q: str) -> list[int]:
    """The best of the newest RANKED_AT_MOST matches (before)."""
    where, params = document_where(c, q)
    execute = lambda sql, v: c.execute(sql, v).fetchall()  # noqa: E731
    rows, _ = ranked_rows(execute, DOCUMENTS, where, params, LIMIT)
    return [int(row[1]) // 8 for row in rows[:10]]


def overlap(got: list[int], truth: tuple[set[int], int]) -> float:
    """How many of the true top 10 are in ``got``'s top 10, out of 10."""
    best, size = truth
    return 10.0 if size == 0 else 10 * min(size, len(set(got[:10]) & best)) / size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    parser.add_argument(
        "--without-tantivy", action="store_true", help="as where tantivy is not installed"
    )
    args = parser.parse_args()
    if args.without_tantivy:
        document_index.available = lambda: False
    words = vocabulary(random.Random(3))
    qs = queries(words, random.Random(4), args.documents)
    vault_module.calibrate = kdf.floor_params  # the KDF is not what is measured here
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        folder = tmp / f"Search-v2-{args.documents}.casebook"
        if folder.exists():
            start = time.perf_counter()
            store = vaults.open_store(folder, PASSPHRASE)
            print(f"opened (and brought up to date) in {time.perf_counter() - start:.0f} s")
        else:
            vaults.create(folder, PASSPHRASE)
            store = vaults.open_store(folder, PASSPHRASE)
            start = time.perf_counter()
            fill(store.vault.engine, args.documents, words, random.Random(5))
            print(f"{args.documents} documents indexed in {time.perf_counter() - start:.0f} s")
        print(f"database {(folder / 'casebook.db').stat().st_size / 1e6:.0f} MB")
        index = None
        if document_index.available():
            start = time.perf_counter()
            document_index.prepare(store)
            while (index := document_index.for_store(store)) is None:
                time.sleep(0.05)
            print(
                f"in-memory index built in {time.perf_counter() - start:.1f} s "
                "(FTS5 serves meanwhile)"
            )
        else:
            print("tantivy is not installed: no in-memory index; find() as the command calls it")
        conn = connect(folder / "casebook.db", store.vault.database_key().hex())
        samples: dict[str, list[float]] = defaultdict(list)
        by_class: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        overlaps: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for _round in range(ROUNDS):
            for cls, q in qs:
                t = time.perf_counter()
                truth = reference(conn, q)
                samples["reference"].append(time.perf_counter() - t)
                t = time.perf_counter()
                before = windowed(conn, q)
                samples["before"].append(time.perf_counter() - t)
                t = time.perf_counter()
                # The search box's call; without tantivy the command's (FTS5, every match).
                hits = find(store, q, limit=LIMIT, interactive=index is not None).hits
                samples["find"].append(time.perf_counter() - t)
                by_class[cls]["find"].append(time.perf_counter() - t)
                after = [h.id for h in hits if h.kind == "document"]
                got = {"before": before, "find": after}
                if index is not None:
                    t = time.perf_counter()
                    alone = [i for _s, i in index.best(index_terms(index, q), LIMIT, None, None)]
                    samples["tantivy"].append(time.perf_counter() - t)
                    by_class[cls]["tantivy"].append(samples["tantivy"][-1])
                    got["tantivy"] = alone
                if _round == 0:
                    for label, ids in got.items():
                        overlaps[cls][label].append(overlap(ids, truth))
        conn.close()
        store.close()
        labels = {
            "reference": "FTS5 BM25 over every match (reference)",
            "before": f"before: newest {RANKED_AT_MOST} matches ranked",
            "find": "casebook find() (after)",
            "tantivy": "tantivy in memory alone",
        }
        print(f"{len(qs)} queries x {ROUNDS} rounds, limit {LIMIT}; load: {os.getloadavg()[0]:.1f}")
        for key, label in labels.items():
            if samples.get(key):
                p50, p95 = percentiles(samples[key])
                print(f"{label:42} p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")
        print("\ntop-10 overlap with the reference, worst query / mean, per class:")
        strategies = [k for k in ("before", "find", "tantivy") if k in got]
        print(f"{'class':16}" + "".join(f"{labels[k].split(':')[0][:20]:>24}" for k in strategies))
        worst_find = 10.0
        for cls, by in overlaps.items():
            cells = [
                f"{min(by[k]):.0f}/10 (mean {statistics.mean(by[k]):4.1f})" for k in strategies
            ]
            worst_find = min(worst_find, min(by["find"]))
            print(f"{cls:16}" + "".join(f"{c:>24}" for c in cells))
        print("\np95 per class:")
        for cls, by in by_class.items():
            cells = "".join(f"   {k} {percentiles(v)[1] * 1000:6.1f} ms" for k, v in by.items())
            print(f"{cls:16}{cells}")
        f95 = percentiles(samples["find"])[1]
        verdict = [
            f"find() p95 {f95 * 1000:.1f} ms (<= 50)",
            f"worst overlap {worst_find:.0f}/10 (>= 9)",
        ]
        if samples.get("tantivy"):
            verdict.append(f"{f95 / percentiles(samples['tantivy'])[1]:.2f}x tantivy's p95 (<= 2)")
        print("\n" + "; ".join(verdict))


if __name__ == "__main__":
    main()
