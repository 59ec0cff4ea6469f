"""Peak memory of importing a hand-off bundle that carries one large document (a script).

    .venv/bin/python benchmarks/bench_handoff.py [--size-mib 200] [--dir DIR]

Builds a sender vault with one fictional client and one document of SIZE
random bytes (an attachment, so no preview work muddies the figure), exports
the client as a bundle, then, in a fresh process each:

* ``baseline``: unlock an empty receiving vault, note its RSS, reset the
  peak (``/proc/self/clear_refs``, so the unlock's KDF is not counted) and
  read the peak again at once;
* ``import``: the same, with ``handoff.import_bundle`` between, of a bundle
  with a 1 MiB document and of one with the SIZE document; the peak is reset
  again once the bundle's key is derived, so its Argon2id (256 MiB by
  default, freed before any document is read) is not counted either.

Prints how far each peak rose above the unlocked RSS; the difference between
the two imports is the document's own cost, which must stay far below its
size (the bundle streams: it never holds a document whole). Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from _common import reset_peak, status_mib

from casebook.domain.clients import ClientDraft
from casebook.services import clients, handoff, vaults
from casebook.services.importer import Options, Target, import_paths
from casebook.vault import kdf
from casebook.vault.bundle import BundleReader

PASSPHRASE = "plum-orchard-violin-42"
BUNDLE_PASSPHRASE = "copper lantern meadow ninety-one"
MIB = 1024 * 1024


def _reset_peak_once_the_bundle_key_is_derived() -> None:
    """Count the streaming, not the bundle's Argon2id (freed before any document is read)."""
    opened = BundleReader.__init__

    def measured(self: BundleReader, path: Path, passphrase: str) -> None:
        opened(self, path, passphrase)
        reset_peak()

    BundleReader.__init__ = measured  # type: ignore[method-assign]


def build(work: Path, size: int) -> Path:
    sender = work / f"Sender-{size}.casebook"
    vaults.create(sender, PASSPHRASE, kdf=kdf.floor_params(os.urandom(kdf.SALT_BYTES)))
    store = vaults.open_store(sender, PASSPHRASE)
    try:
        cid = clients.add_client(store, ClientDraft(name="Fictional Client"), today=date.today())
        big = work / "evidence.bin"
        with big.open("wb") as out:
            for _ in range(size // MIB):
                out.write(os.urandom(MIB))
        results = import_paths(store, [big], Target(client_id=cid), options=Options(ocr=False))
        assert results[0].document_id is not None, results
        big.unlink()
        bundle = work / f"client-{size}.cbhandoff"
        handoff.export_client(store, cid, bundle, BUNDLE_PASSPHRASE)
    finally:
        store.close()
    return bundle


def child(work: Path, bundle: Path | None) -> None:
    """Measure in this process: unlock a new receiving vault, maybe import the bundle."""
    folder = work / f"Receiver-{os.getpid()}.casebook"
    vaults.create(folder, PASSPHRASE, kdf=kdf.floor_params(os.urandom(kdf.SALT_BYTES)))
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        unlocked = status_mib("VmRSS")
        reset_peak()
        if bundle is not None:
            _reset_peak_once_the_bundle_key_is_derived()
            handoff.import_bundle(store, bundle, BUNDLE_PASSPHRASE)
        peak = status_mib("VmHWM")
    finally:
        store.close()
    print(json.dumps({"unlocked_mib": unlocked, "peak_mib": peak}))


def _measure(work: Path, bundle: Path | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", "--dir", str(work)]
    if bundle is not None:
        args += ["--bundle", str(bundle)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)  # our own script
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bundle", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.dir, args.bundle)
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        small, large = build(work, MIB), build(work, args.size_mib * MIB)
        baseline = _measure(work, None)
        kdf_only = _measure(work, small)
        imported = _measure(work, large)

    def above(figures: dict[str, float]) -> float:
        return figures["peak_mib"] - figures["unlocked_mib"]

    print(f"document                {args.size_mib:8d} MiB")
    print(f"RSS once unlocked       {imported['unlocked_mib']:8.1f} MiB")
    print(f"peak, doing nothing     {above(baseline):8.1f} MiB above it")
    print(f"peak, 1 MiB bundle      {above(kdf_only):8.1f} MiB above it")
    print(f"peak, {args.size_mib} MiB bundle {above(imported):8.1f} MiB above it")
    print(f"the document's own cost {above(imported) - above(kdf_only):8.1f} MiB")


if __name__ == "__main__":
    main()
