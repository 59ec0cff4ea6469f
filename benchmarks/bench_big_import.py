"""Peak memory of importing one large file, above the unlocked process's own RSS.

    .venv/bin/python benchmarks/bench_big_import.py [--size-mib 2048] [--dir DIR]

Issue 14's figure: a 2 GB file (random bytes, so an attachment: hashed,
encrypted and written, nothing to preview) imported into an unlocked vault in
a fresh process. The peak is reset once the vault is open
(``/proc/self/clear_refs``), so the unlock's Argon2id (freed before any byte
is read) is not counted; what remains is the import's own cost, which must
stay <= 64 MiB whatever the file's size. A 1 MiB file is measured the same
way, so the fixed cost of an import (modules, thread pools) shows apart from
the file's. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import reset_peak, status_mib

from casebook.services import vaults
from casebook.services.importer import ImportStatus, Options, import_paths
from casebook.vault import kdf

PASSPHRASE = "plum-orchard-violin-42"
MIB = 1024 * 1024


def child(work: Path, source: Path) -> None:
    folder = work / f"V-{os.getpid()}.casebook"
    vaults.create(folder, PASSPHRASE, kdf=kdf.floor_params(os.urandom(kdf.SALT_BYTES)))
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        unlocked = status_mib("VmRSS")
        reset_peak()  # VmHWM starts again from here
        results = import_paths(store, [source], options=Options(ocr=False))
        peak = status_mib("VmHWM")
        assert results[0].status is ImportStatus.IMPORTED, results[0]
    finally:
        store.close()
    print(json.dumps({"unlocked_mib": unlocked, "peak_mib": peak}))


def _make(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        for _ in range(size // MIB):
            out.write(os.urandom(MIB))
    return path


def _measure(work: Path, source: Path) -> float:
    args = [sys.executable, __file__, "--child", "--dir", str(work), "--source", str(source)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)  # our own script
    figures = json.loads(done.stdout.splitlines()[-1])
    return float(figures["peak_mib"] - figures["unlocked_mib"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.dir, args.source)
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        small = _measure(work, _make(work / "small.bin", MIB))
        large = _measure(work, _make(work / "large.bin", args.size_mib * MIB))
    print(f"peak above the unlocked RSS, 1 MiB file      {small:8.1f} MiB")
    print(f"peak above the unlocked RSS, {args.size_mib} MiB file {large:8.1f} MiB (goal <= 64)")


if __name__ == "__main__":
    main()
