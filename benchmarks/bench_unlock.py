"""Unlock a 10,000-client vault and list every client: KDF time vs everything else.

Also: the same client-list query on the SQLCipher database and on a plaintext
SQLite export of it, through the same driver build, to show what encryption
costs. Run: .venv/bin/python benchmarks/bench_unlock.py [--clients N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import sqlcipher3
from _common import median_seconds, ms

from casebook.services import vaults
from casebook.services.clients import list_clients
from casebook.services.demo import fill_demo
from casebook.vault.header import read_header
from casebook.vault.vault import encode_passphrase, open_vault

PASSPHRASE = "benchmark orchard violin 42"
LIST_SQL = (
    "SELECT id, name, dob, a_number, detention_status, deleted_at FROM clients "
    "WHERE deleted_at IS NULL ORDER BY sort_name, id"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Bench.casebook"
        vaults.create(folder, PASSPHRASE)  # calibrated KDF, as a user gets it
        store = vaults.open_store(folder, PASSPHRASE)
        fill_demo(store, clients=args.clients)
        store.close()
        header = read_header(folder)
        print(
            f"vault: {args.clients} clients; Argon2id m={header.kdf.memory_kib // 1024} MiB "
            f"t={header.kdf.time_cost} p={header.kdf.parallelism}"
        )

        kdf = median_seconds(lambda: header.kdf.derive(encode_passphrase(PASSPHRASE)), runs=3)

        def unlock_and_list() -> None:
            s = vaults.open_store(folder, PASSPHRASE)
            try:
                assert len(list_clients(s)) == args.clients
            finally:
                s.close()

        total = median_seconds(unlock_and_list, runs=3)
        rest = total - kdf
        print(f"KDF (Argon2id) alone          {ms(kdf)}")
        print(f"unlock + list, end to end     {ms(total)}")
        print(
            f"everything but the KDF        {ms(rest)}  = {rest / kdf:.1%} of the KDF "
            "(target < 20%)"
        )

        with open_vault(folder, PASSPHRASE) as vault:
            key = vault.database_key()
        plain = Path(tmp) / "plain.db"
        conn = sqlcipher3.connect(str(folder / "casebook.db"))
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
        conn.close()

        def query(path: Path, raw_key: bytes | None) -> None:
            c = sqlcipher3.connect(str(path))
            if raw_key is not None:
                c.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
            assert len(c.execute(LIST_SQL).fetchall()) == args.clients
            c.close()

        enc = median_seconds(lambda: query(folder / "casebook.db", key), runs=7)
        raw = median_seconds(lambda: query(plain, None), runs=7)
        print(f"list query, SQLCipher         {ms(enc)}")
        print(f"list query, plain SQLite      {ms(raw)}")
        print(f"SQLCipher / SQLite            {enc / raw:8.2f}x")


if __name__ == "__main__":
    main()
