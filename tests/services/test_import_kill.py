"""A kill at any moment leaves every file either wholly imported or absent."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.export.text_document import write_text_document
from casebook.services import vaults
from casebook.services.checks import check_store
from casebook.store.tables import Document
from tests.helpers import PASSPHRASE


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 25, 60])
def test_kill_during_import(vault_path: Path, tmp_path: Path, kill_after: int) -> None:
    """The importer reports each finished file; the kill lands while later ones are in flight."""
    sources = tmp_path / "incoming"
    sources.mkdir()
    for i in range(80):
        write_text_document(sources / f"doc{i:02d}.pdf", f"Document {i}", ["x " * (50 + i)])
    script = textwrap.dedent(f"""
        from pathlib import Path
        import casebook.vault.vault as v, casebook.vault.kdf as kdf
        v.calibrate = kdf.floor_params
        from casebook.services import vaults
        from casebook.services.importer import import_paths, Options
        store = vaults.open_store(Path({str(vault_path)!r}), {PASSPHRASE!r})
        print("started", flush=True)
        import_paths(store, sorted(Path({str(sources)!r}).iterdir()), options=Options(ocr=False),
                     progress=lambda done, total, name: print(done, flush=True))
        print("finished", flush=True)
    """)
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "started"
        for line in proc.stdout:
            if int(line) >= kill_after:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the import finished before the kill"

    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        # A check run once the kill's leftovers have settled sets aside the blobs whose
        # row never committed (kept in quarantine, never deleted unasked).
        report = check_store(store, deep=True, now=time.time() + 3600)
        assert report.ok, report.problems
        with store.reading() as s:
            rows = s.execute(select(Document.original_name, Document.sha256)).all()
        expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources.iterdir()}
        print(f"killed after {kill_after} files: {len(rows)} of 80 imported")
        for name, digest in rows:
            assert expected[name] == digest
        assert len(list(store.vault.blobs.names())) == len(rows)
        assert report.quarantined == len(store.vault.blobs.quarantined())
        assert store.vault.blobs.stray_temporaries() == []
    finally:
        store.close()
