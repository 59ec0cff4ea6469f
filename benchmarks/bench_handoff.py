"""Peak memory of exporting and importing a hand-off bundle with one large document (a script).

    .venv/bin/python benchmarks/bench_handoff.py [--size-mib 200] [--dir DIR]

Builds a sender vault with one fictional client and one document of SIZE
random bytes (an attachment, so no preview work muddies the figure), exports
the client as a bundle, then, in a fresh process each:

* ``baseline``: unlock an empty receiving vault, note its RSS, reset the
  peak (``/proc/self/clear_refs``, so the unlock's KDF is not counted) and
  read the peak again at once;
* ``import``: the same, with ``handoff.import_bundle`` between, of a bundle
  with a 1 MiB document and of one with the SIZE document; the peak is reset
  again once the one-time passphrase has opened the bundle's envelope, so its
  scrypt (age's 2^18 work factor: 256 MiB, freed before any document is read)
  is not counted either;
* ``export``: the sender vault unlocked, the peak reset, ``export_client`` of
  the SIZE document (again not counting the envelope's scrypt).

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

import pyrage
from _common import reset_peak, status_mib

from casebook.domain.clients import ClientDraft
from casebook.services import clients, handoff, vaults
from casebook.services.importer import Options, Target, import_paths
from casebook.vault import kdf
from casebook.vault.age_bundle import AgeBundleReader

PASSPHRASE = "plum-orchard-violin-42"
BUNDLE_PASSPHRASE = "copper lantern meadow ninety-one"
MIB = 1024 * 1024


def _reset_peak_once_the_bundle_key_is_derived() -> None:
    """Count the streaming, not the envelope's scrypt (freed before any document is read)."""
    opened = AgeBundleReader._open_envelope

    def measured(self: AgeBundleReader, passphrase: str) -> None:
        opened(self, passphrase)
        reset_peak()

    AgeBundleReader._open_envelope = measured  # type: ignore[method-assign]
    sealed = pyrage.passphrase.encrypt

    def sealed_then_reset(plaintext: bytes, passphrase: str, armored: bool = False) -> bytes:
        out = sealed(plaintext, passphrase, armored)
        reset_peak()
        return out

    pyrage.passphrase.encrypt = sealed_then_reset


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


def child_export(work: Path, size: int) -> None:
    """Measure in this process: unlock the sender, export its client once more."""
    store = vaults.open_store(work / f"Sender-{size}.casebook", PASSPHRASE)
    try:
        unlocked = status_mib("VmRSS")
        reset_peak()
        _reset_peak_once_the_bundle_key_is_derived()
        handoff.export_client(store, 1, work / "again.cbhandoff", BUNDLE_PASSPHRASE)
        peak = status_mib("VmHWM")
    finally:
        store.close()
    print(json.dumps({"unlocked_mib": unlocked, "peak_mib": peak}))


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


def _measure(work: Path, bundle: Path | None, export_size: int = 0) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", "--dir", str(work)]
    if bundle is not None:
        args += ["--bundle", str(bundle)]
    if export_size:
        args += ["--export-size", str(export_size)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)  # our own script
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bundle", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--export-size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.export_size:
            child_export(args.dir, args.export_size)
        else:
            child(args.dir, args.bundle)
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        small, large = build(work, MIB), build(work, args.size_mib * MIB)
        baseline = _measure(work, None)
        kdf_only = _measure(work, small)
        imported = _measure(work, large)
        exported = _measure(work, None, args.size_mib * MIB)

    def above(figures: dict[str, float]) -> float:
        return figures["peak_mib"] - figures["unlocked_mib"]

    print(f"document                {args.size_mib:8d} MiB")
    print(f"RSS once unlocked       {imported['unlocked_mib']:8.1f} MiB")
    print(f"peak, doing nothing     {above(baseline):8.1f} MiB above it")
    print(f"peak, 1 MiB bundle      {above(kdf_only):8.1f} MiB above it")
    print(f"peak, {args.size_mib} MiB bundle {above(imported):8.1f} MiB above it")
    print(f"the document's own cost {above(imported) - above(kdf_only):8.1f} MiB")
    print(f"peak, exporting {args.size_mib} MiB {above(exported):8.1f} MiB above unlocked")


if __name__ == "__main__":
    main()
