"""Import real files from other projects' test suites: none may cost a batch.

Fetches the source distributions of Pillow and pypdf (their test images and
PDFs: damaged, odd and huge files on purpose) with ``pip download`` into a
temporary folder, imports every image, PDF and text file they hold in batches
of 50 into a throwaway vault, and prints: files tried, imported (with a note
or not), duplicates, rejected by reason, skipped, batches aborted (must be 0)
and peak memory. Nothing fetched is kept or committed.

    PYTHONPATH=. python benchmarks/bench_corpus.py [--ocr] [--keep DIR]
"""

from __future__ import annotations

import argparse
import collections
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from casebook.services import vaults
from casebook.services.importer import ImportStatus, Options, import_paths
from casebook.vault import kdf

PACKAGES = ("pillow==12.1.0", "pypdf==6.1.1")
SUFFIXES = frozenset(
    {
        ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp",
        ".heic", ".avif", ".txt", ".html", ".apng", ".psd", ".ico", ".pcx", ".ppm", ".jp2",
    }
)  # fmt: skip
BATCH = 50


def fetch(into: Path) -> list[Path]:
    files: list[Path] = []
    for spec in PACKAGES:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "--quiet", "-d", str(into), spec],
            check=True,
        )  # fmt: skip
    for archive in into.glob("*.tar.gz"):
        target = into / archive.name.removesuffix(".tar.gz")
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
        files += [p for p in target.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    return sorted(files)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="read scans with Tesseract too")
    parser.add_argument("--keep", type=Path, help="fetch into DIR and keep it (else a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp) / "corpus"
        where.mkdir(parents=True, exist_ok=True)
        files = fetch(where)
        kdf.calibrate = lambda salt, target_seconds=1.0: kdf.floor_params(salt)  # type: ignore[assignment]
        import casebook.vault.vault as vault_module

        vault_module.calibrate = lambda salt: kdf.floor_params(salt)  # type: ignore[assignment]
        vault = Path(tmp) / "Bench.casebook"
        vaults.create(vault, "correct horse battery staple benchmark")
        store = vaults.open_store(vault, "correct horse battery staple benchmark")
        statuses: collections.Counter[str] = collections.Counter()
        reasons: collections.Counter[str] = collections.Counter()
        notes: collections.Counter[str] = collections.Counter()
        aborted = 0
        slowest: list[tuple[float, str]] = []
        start = time.perf_counter()
        try:
            for first in range(0, len(files), BATCH):
                batch = files[first : first + BATCH]
                began = time.perf_counter()
                try:
                    results = import_paths(store, batch, options=Options(ocr=args.ocr))
                except Exception as exc:
                    aborted += 1
                    print(f"BATCH ABORTED at {first}: {type(exc).__name__}: {exc}")
                    continue
                slowest.append((time.perf_counter() - began, f"batch {first // BATCH}"))
                for r in results:
                    statuses[r.status.value] += 1
                    if r.status is ImportStatus.REJECTED:
                        reasons[r.reason.split(":")[0]] += 1
                    elif r.status is ImportStatus.IMPORTED and r.reason:
                        for note in r.reason.split("; "):
                            notes[note.split(":")[0][:70]] += 1
        finally:
            store.close()
        elapsed = time.perf_counter() - start
    print(f"packages: {', '.join(PACKAGES)}; OCR {'on' if args.ocr else 'off'}")
    print(f"files tried:      {len(files)}")
    for status in ("imported", "duplicate", "rejected", "skipped"):
        print(f"{status + ':':<17} {statuses[status]}")
    print(f"batches aborted:  {aborted} (of {(len(files) + BATCH - 1) // BATCH})")
    print(f"peak memory:      {peak_mb():.0f} MB RSS")
    print(f"time:             {elapsed:.1f} s; slowest batch {max(slowest)[0]:.1f} s")
    print("rejected, by reason:")
    for reason, count in reasons.most_common():
        print(f"  {count:5}  {reason}")
    print("notes on imported files:")
    for note, count in notes.most_common(15):
        print(f"  {count:5}  {note}")
    return 1 if aborted else 0


if __name__ == "__main__":
    sys.exit(main())
