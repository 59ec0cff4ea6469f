"""A kill in the middle of an export leaves no plaintext behind once the vault is opened again."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from casebook.services import vaults
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from tests.helpers import PASSPHRASE


def test_a_killed_document_export_leaves_no_plaintext(vault_path: Path, tmp_path: Path) -> None:
    scan = tmp_path / "statement.txt"
    scan.write_text("Declaración jurada de Ana Pérez. " * 20_000, encoding="utf-8")
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        result = import_paths(store, [scan], Target(), options=Options(ocr=False))[0]
        assert result.status is ImportStatus.IMPORTED and result.document_id is not None
    finally:
        store.close()
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        import casebook.vault.vault as v, casebook.vault.kdf as kdf
        v.calibrate = kdf.floor_params
        from casebook.services import documents, vaults
        from casebook.vault import blobstore
        def die_half_way(fd, data):
            os.write(fd, data[: len(data) // 2])
            os.fsync(fd)
            os.kill(os.getpid(), signal.SIGKILL)
        blobstore.write_all = die_half_way
        store = vaults.open_store(Path({str(vault_path)!r}), {PASSPHRASE!r})
        documents.export_copy(store, {result.document_id}, Path({str(desktop)!r}) / "s.txt")
    """)
    proc = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert proc.returncode == -signal.SIGKILL
    left = [p.name for p in desktop.iterdir()]
    assert len(left) == 1 and left[0].endswith(".partial")  # the kill's plaintext leftover

    vaults.open_store(vault_path, PASSPHRASE).close()  # the next unlock cleans up
    assert list(desktop.iterdir()) == []
