"""Benchmark a re-key (``passwd --rekey``) against the raw cost of the same bytes (a script).

    .venv/bin/python benchmarks/bench_rekey.py [--documents 200] [--size-kib 512]
                                               [--repeat 3] [--dir DIR]

Builds one vault with N stored documents of SIZE each (random bytes, so the
total is known: N x SIZE) and 50 fictional clients, then in each round, on a
fresh copy of it (copied untimed):

* ``rekey``: ``services.vaults.rekey`` end to end: unlock (Argon2id), every
  blob decrypted, verified and re-encrypted under the new key, the database
  exported and rewritten, the new header (Argon2id again), the commit and
  the swap, with every fsync;
* ``raw``: for every blob file, read it, AES-256-GCM decrypt its 64 KiB
  chunks, encrypt them again under another key, write and fsync a new file:
  the least any re-encryption of these bytes costs on this disk;
* ``kdf``: one Argon2id derivation at the parameters used (the floor), which
  the re-key pays twice whatever the vault's size.

Prints the medians and the ratio rekey / raw (and with the two KDF runs
taken out). Rounds are interleaved so drifting load affects both alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.services import vaults
from casebook.services.demo import fill_demo
from casebook.vault import kdf
from casebook.vault.blobstore import HEADER_SIZE, SEALED_CHUNK_SIZE

OLD = "plum-orchard-violin-42"
NEW = "kettle lantern mosaic river"
KIB = 1024


def build(folder: Path, documents: int, size: int) -> None:
    vaults.create(folder, OLD, kdf=kdf.floor_params(os.urandom(kdf.SALT_BYTES)))
    store = vaults.open_store(folder, OLD)
    try:
        fill_demo(store, clients=50)
        for _ in range(documents):
            store.vault.blobs.put_bytes(os.urandom(size))
    finally:
        store.close()


def raw_reencrypt(folder: Path, out: Path) -> None:
    """Read, decrypt, encrypt and write+fsync every blob file: the floor of a re-key."""
    old, new = AESGCM(os.urandom(32)), AESGCM(os.urandom(32))
    nonce = os.urandom(12)
    out.mkdir()
    for index, path in enumerate(sorted((folder / "blobs").rglob("*"))):
        if not path.is_file():
            continue
        data = path.read_bytes()
        body = memoryview(data)[HEADER_SIZE:]
        sealed = []
        for i in range(0, len(body), SEALED_CHUNK_SIZE):
            # GCM costs the same per byte both ways: sealing under the old key stands for
            # opening it, then the chunk's plaintext is sealed under the new one.
            plain = old.encrypt(nonce, body[i : i + SEALED_CHUNK_SIZE - 16], None)[:-16]
            sealed.append(new.encrypt(nonce, plain, None))
        data = data[:HEADER_SIZE] + b"".join(sealed)
        fd = os.open(out / f"{index}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--size-kib", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to work (default: a temp dir)"
    )
    args = parser.parse_args()
    size = args.size_kib * KIB
    floor = kdf.floor_params(os.urandom(kdf.SALT_BYTES))
    kdf.calibrate = lambda salt, target_seconds=1.0: kdf.floor_params(salt)  # type: ignore[assignment]

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        template = work / "template.casebook"
        build(template, args.documents, size)
        total = args.documents * size
        times: dict[str, list[float]] = {"rekey": [], "raw": [], "kdf": []}

        def timed(name: str, fn: Callable[[], object]) -> None:
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)

        for round_ in range(args.repeat):
            copy = work / f"round-{round_}.casebook"
            shutil.copytree(template, copy)
            raw_out = work / f"raw-{round_}"
            timed("rekey", lambda copy=copy: vaults.rekey(copy, OLD, NEW, kdf=floor))
            timed("raw", lambda raw_out=raw_out: raw_reencrypt(template, raw_out))
            timed("kdf", lambda: floor.derive(b"benchmark passphrase"))
            shutil.rmtree(copy)
            shutil.rmtree(raw_out)

    med = {name: statistics.median(values) for name, values in times.items()}
    mib = total / (1024 * KIB)
    print(f"{args.documents} documents x {args.size_kib} KiB = {mib:.0f} MiB, {args.repeat} rounds")
    for name, seconds in med.items():
        rate = f"  {mib / seconds:7.1f} MiB/s" if name != "kdf" else ""
        print(f"  {name:6s} {seconds * 1000:9.1f} ms{rate}")
    print(f"  rekey / raw                 = {med['rekey'] / med['raw']:.2f}")
    work_only = med["rekey"] - 2 * med["kdf"]
    print(f"  (rekey - 2 x kdf) / raw     = {work_only / med['raw']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
