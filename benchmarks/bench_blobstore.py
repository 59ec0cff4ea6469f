"""Benchmark the blob store's storage path against the raw primitives (a script, not a test).

    .venv/bin/python benchmarks/bench_blobstore.py [--size-mib 1024] [--memory-mib 2048]
                                                   [--repeat 3] [--dir DIR]

Measures, in one run on the same machine and disk:

* the raw primitives over SIZE: reading the source (page cache), reading a
  file that is not cached (as a blob is after put()), SHA-256, HMAC-SHA256,
  AES-256-GCM in 64 KiB chunks, write + fsync;
* casebook's fingerprint() (pass 1), put() (pass 2), export_to() and verify(),
  each against the sequential sum of the primitives it is made of (a ratio
  above 1 means casebook beats doing them one after the other, by hashing
  on a second thread and starting the disk's writeback early);
* peak resident memory (ru_maxrss) of a fresh process importing a MEMORY-sized
  file and reading it back (export_to, then open_reader), in a subprocess.

The source file was just written, so it is read from the page cache, as a
freshly saved scan would be. Times are medians of --repeat rounds; each round runs every
measurement once, interleaved, so drifting load affects all alike.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casebook.vault.blobstore import CHUNK_SIZE, BlobStore

MIB = 1 << 20


def make_source(path: Path, size_mib: int) -> None:
    block = bytearray(os.urandom(MIB))
    with path.open("wb") as out:
        for i in range(size_mib):
            block[:8] = i.to_bytes(8, "big")
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


Task = tuple[Callable[[], None], Callable[[], None] | None]  # (timed run, untimed setup)


def interleaved(tasks: dict[str, Task], repeat: int) -> dict[str, float]:
    """Median seconds of each task, running all tasks round-robin ``repeat`` times.

    Interleaving keeps the comparison fair when the machine's load drifts.
    """
    times: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(repeat):
        for name, (run, before) in tasks.items():
            if before is not None:
                before()
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def primitives(folder: Path, source: Path, size_mib: int) -> dict[str, Task]:
    block = memoryview(os.urandom(MIB))

    def read() -> None:
        buffer = bytearray(MIB)
        with source.open("rb", buffering=0) as stream:
            while stream.readinto(buffer):
                pass

    def sha256() -> None:
        h = hashlib.sha256()
        for _ in range(size_mib):
            h.update(block)

    def hmac_sha256() -> None:
        h = hmac.new(os.urandom(32), digestmod="sha256")
        for _ in range(size_mib):
            h.update(block)

    aead = AESGCM(os.urandom(32))
    nonce = os.urandom(12)
    aad = os.urandom(80)

    def aes_gcm() -> None:
        for _ in range(size_mib):
            for start in range(0, MIB, CHUNK_SIZE):
                aead.encrypt(nonce, block[start : start + CHUNK_SIZE], aad)

    target = folder / "raw-write.bin"

    def write_fsync() -> None:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            for _ in range(size_mib):
                os.write(fd, block)
            os.fsync(fd)
        finally:
            os.close(fd)
        target.unlink()

    cold = folder / "raw-cold.bin"

    def write_cold() -> None:
        fd = os.open(cold, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            for _ in range(size_mib):
                os.write(fd, block)
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)  # evict: the next read is cold
        finally:
            os.close(fd)

    def read_cold() -> None:
        buffer = bytearray(MIB)
        with cold.open("rb", buffering=0) as stream:
            while stream.readinto(buffer):
                pass

    return {
        "read": (read, None),
        "read_cold": (read_cold, write_cold),
        "sha256": (sha256, None),
        "hmac": (hmac_sha256, None),
        "aes_gcm": (aes_gcm, None),
        "write_fsync": (write_fsync, None),
    }


MEMORY_PROBE = """
import json, os, resource, sys
from pathlib import Path
from casebook.vault.blobstore import BlobStore

folder, source, dest = map(Path, sys.argv[1:4])
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store = BlobStore(folder, os.urandom(32))
store.put_bytes(b"warm up")
baseline = rss()
fp = store.fingerprint(source)
store.put(source, fp)
after_import = rss()
store.export_to(fp.name, dest, "document 1")
after_export = rss()
size = sum(len(piece) for piece in store.open_reader(fp.name, "document 1"))
after_reader = rss()
print(json.dumps({"baseline": baseline, "import": after_import, "export": after_export,
                  "reader": after_reader, "size": size}))
"""


def memory(folder: Path, size_mib: int) -> dict[str, int]:
    source = folder / "memory-source.bin"
    make_source(source, size_mib)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                MEMORY_PROBE,
                str(folder / "memory-blobs"),
                str(source),
                str(folder / "memory-back.bin"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        source.unlink()
        (folder / "memory-back.bin").unlink(missing_ok=True)
    report: dict[str, int] = json.loads(result.stdout)
    assert report["size"] == size_mib * MIB
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--memory-mib", type=int, default=2048)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: temp)")
    args = parser.parse_args()
    size_mib, repeat = args.size_mib, args.repeat
    gib = size_mib / 1024

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-blobstore-") as tmp:
        folder = Path(tmp)
        source = folder / "source.bin"
        make_source(source, size_mib)
        store = BlobStore(folder / "blobs", os.urandom(32))
        fp = store.fingerprint(source)
        dest = folder / "exported.bin"
        ours: dict[str, Task] = {
            "fingerprint": (lambda: store.fingerprint(source), None),
            "put": (lambda: store.put(source, fp), lambda: store.delete(fp.name)),
            "export_to": (lambda: store.export_to(fp.name, dest, "bench"), None),
            "verify": (lambda: store.verify(fp.name, "bench"), None),
        }
        tasks = primitives(folder, source, size_mib)
        timed = interleaved({**tasks, **ours}, repeat)
        raw = {name: timed[name] for name in tasks}
        casebook = {name: timed[name] for name in ours}
        (folder / "raw-cold.bin").unlink()
        dest.unlink()
        store.delete(fp.name)
        source.unlink()

        sequential = {
            "fingerprint": raw["read"] + raw["sha256"] + raw["hmac"],
            "put": raw["read"] + raw["hmac"] + raw["aes_gcm"] + raw["write_fsync"],
            # put() leaves the blob out of the page cache, so reading it back is cold
            "export_to": raw["read_cold"] + raw["aes_gcm"] + raw["write_fsync"],
            "verify": raw["read_cold"] + raw["aes_gcm"] + raw["sha256"] + raw["hmac"],
        }

        version = sys.version.split()[0]
        print(f"Blob store benchmark: {size_mib} MiB, median of {repeat}, Python {version}")
        print("\nRaw primitives")
        for name, seconds in raw.items():
            print(f"  {name:<12} {seconds:7.3f} s  {gib / seconds:6.2f} GiB/s")
        print("\ncasebook vs the sequential sum of its primitives (ratio > 1: faster than the sum)")
        for name, seconds in casebook.items():
            seq = sequential[name]
            print(
                f"  {name:<12} {seconds:7.3f} s  {gib / seconds:6.2f} GiB/s   "
                f"sum {seq:6.3f} s ({gib / seq:5.2f} GiB/s)   ratio {seq / seconds:4.2f}"
            )
        import_total = casebook["fingerprint"] + casebook["put"]
        import_seq = sequential["fingerprint"] + sequential["put"]
        print(
            f"  {'import':<12} {import_total:7.3f} s  {gib / import_total:6.2f} GiB/s   "
            f"sum {import_seq:6.3f} s ({gib / import_seq:5.2f} GiB/s)   "
            f"ratio {import_seq / import_total:4.2f}"
        )
        print(f"  put vs write+fsync alone: {raw['write_fsync'] / casebook['put']:4.2f}")

        if args.memory_mib:
            report = memory(folder, args.memory_mib)
            mib = {key: value / 1024 for key, value in report.items() if key != "size"}
            print(f"\nPeak resident memory, {args.memory_mib} MiB file (ru_maxrss, fresh process)")
            print(f"  after imports     {mib['baseline']:7.1f} MiB")
            print(f"  after import      {mib['import']:7.1f} MiB")
            print(f"  after export_to   {mib['export']:7.1f} MiB")
            print(f"  after open_reader {mib['reader']:7.1f} MiB")
            print(f"  growth            {mib['reader'] - mib['baseline']:7.1f} MiB")


if __name__ == "__main__":
    main()
