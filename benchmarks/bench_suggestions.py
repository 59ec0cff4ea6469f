"""Suggestions for an inbox of 300 documents: the time per document and for the whole inbox.

The window computes one document's suggestions at a time, on the database
worker, when it is selected (and holds them until something they read
changes); ``inbox list`` computes them all in one read. This measures both
against 2,000 clients: ``suggest`` for one document (what a selection costs
the worker, never the GUI thread) and ``suggest_many`` for the 300 (what the
command pays). Texts are three pages of known forms and filler, as OCR gives
them. Target: one document well under a frame budget of the worker's queue
(< 20 ms median), the whole inbox < 3 s.
Run: .venv/bin/python benchmarks/bench_suggestions.py [--documents N] [--clients M]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))  # the fictional forms of tests/

from _common import median_seconds, ms
from sqlalchemy import insert

import casebook.vault.kdf as kdf
import casebook.vault.vault as vault_module
from casebook.domain.names import name_key
from casebook.services import vaults
from casebook.services.suggestions import suggest, suggest_many
from casebook.store.tables import Client, Document
from tests.domain.test_form_reading import CERTIFICATE, FOIL_ACK, I797, MASTER, NTA

FILLER = "The respondent appeared with counsel and the matter was adjourned. " * 40
FORMS = (NTA, MASTER, I797, FOIL_ACK, CERTIFICATE, "Letter of support. " * 50)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args()
    vault_module.calibrate = lambda salt: kdf.floor_params(salt)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "Bench.casebook"
        vaults.create(path, "bench-passphrase-1234")
        store = vaults.open_store(path, "bench-passphrase-1234")
        now = datetime(2026, 11, 29, 12, 0)
        with store.transaction() as session:
            session.execute(
                insert(Client),
                [
                    {
                        "name": f"Client {n} Lopez",
                        "name_key": name_key(f"Client {n} Lopez"),
                        "sort_name": f"client {n} lopez",
                        "a_number": f"{100000000 + n * 7919:09d}",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(args.clients)
                ],
            )
            session.execute(
                insert(Document),
                [
                    {
                        "title": f"scan{n:04d}",
                        "size": 1000,
                        "sha256": f"{n:064x}",
                        "blob_name": f"{n:064x}",
                        "text": f"{FORMS[n % len(FORMS)]}\n\f\n{FILLER}\n\f\n{FILLER}",
                        "in_inbox": True,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(args.documents)
                ],
            )
        today = date(2026, 11, 29)
        ids = list(range(1, args.documents + 1))
        one = median_seconds(lambda: [suggest(store, i, today=today) for i in ids[:20]], 3) / 20
        start = time.perf_counter()
        found = suggest_many(store, ids, today=today)
        whole = time.perf_counter() - start
        store.close()
    with_any = sum(not s.is_empty() for s in found.values())
    print(f"{args.documents} documents, {args.clients} clients")
    print(f"one document (a selection, on the worker): {ms(one)}")
    print(f"the whole inbox (inbox list --json):       {ms(whole)}  ({with_any} with suggestions)")


if __name__ == "__main__":
    main()
