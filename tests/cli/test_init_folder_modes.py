"""``casebook init`` keeps the mode of the folder the vault is created in (the command
sets umask 077 for what it writes; that never reaches folders that already exist)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casebook.cli import main
from tests.helpers import PASSPHRASE


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_init_leaves_the_parent_folder_mode_and_makes_the_vault_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    vault = documents / "Clients.casebook"
    assert main(["init", str(vault), "--passphrase-file", str(passfile), "--json"]) == 0
    capsys.readouterr()
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    assert stat.S_IMODE(vault.stat().st_mode) == 0o700
    assert stat.S_IMODE((vault / "blobs").stat().st_mode) == 0o700
