"""`casebook passwd --rekey` and `casebook recovery-key --new` (shared/CLI.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE

NEW = "kettle lantern mosaic river"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "pass.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE + "\n")
    new.write_text(NEW + "\n")
    return old, new


def _recover(capsys: pytest.CaptureFixture[str], vault: Path, key: str, tmp: Path) -> int:
    keyfile, newfile = tmp / "key.txt", tmp / "after.txt"
    keyfile.write_text(key)
    newfile.write_text("saffron tundra bicycle 7")
    argv = ["recover", str(vault), "--recovery-key-file", str(keyfile)]
    return run(capsys, *argv, "--new-passphrase-file", str(newfile))[0]


def test_passwd_rekey_prints_a_new_recovery_key_and_locks_out_old_copies(
    vault_path: Path, files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = files
    pf = ["--passphrase-file", str(old)]
    assert run(capsys, "demo", str(vault_path), *pf, "--clients", "3", "--documents", "2")[0] == 0
    backup_header = (vault_path / "vault.json").read_bytes()
    code, out, err = run(
        capsys,
        "passwd",
        str(vault_path),
        *pf,
        "--new-passphrase-file",
        str(new),
        "--rekey",
        "--json",
    )
    assert (code, err) == (0, "")
    recovery_key = json.loads(out)["recovery_key"]
    assert len(recovery_key.replace("-", "")) == 32
    assert run(capsys, "client", "list", str(vault_path), *pf)[0] == 1
    code, out, _ = run(
        capsys, "check", str(vault_path), "--passphrase-file", str(new), "--deep", "--json"
    )
    assert code == 0 and json.loads(out)["blobs_checked"] == 2
    # An old backup's vault.json beside the new files, with the old passphrase: nothing opens.
    copy = tmp_path / "copy.casebook"
    shutil.copytree(vault_path, copy)
    (copy / "vault.json").write_bytes(backup_header)
    code, _, err = run(capsys, "client", "list", str(copy), *pf)
    assert code == 1 and "damaged" in err and "Traceback" not in err
    assert _recover(capsys, vault_path, recovery_key, tmp_path) == 0


def test_passwd_rekey_in_words(
    vault_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = files
    argv = ["passwd", str(vault_path), "--passphrase-file", str(old)]
    code, out, err = run(capsys, *argv, "--new-passphrase-file", str(new), "--rekey")
    assert (code, err) == (0, "")
    assert "old copies and backups no longer open it" in out
    assert "shown only now" in out


def test_recovery_key_new_replaces_the_old_one_and_saves_the_kit(
    vault_path: Path, files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _new = files
    pf = ["--passphrase-file", str(old)]
    code, out, _ = run(capsys, "recovery-key", str(vault_path), *pf, "--new", "--json")
    assert code == 0
    first = json.loads(out)["recovery_key"]
    kit = tmp_path / "kit.pdf"
    code, out, err = run(capsys, "recovery-key", str(vault_path), *pf, "--new", "-o", str(kit))
    assert (code, err) == (0, "")
    second = out.split("    ")[1].split()[0]
    assert second != first and "old one no longer opens" in out
    assert kit.read_bytes().startswith(b"%PDF")
    assert _recover(capsys, vault_path, first, tmp_path) == 1
    assert _recover(capsys, vault_path, second, tmp_path) == 0


def test_recovery_key_without_new_is_a_usage_error(
    vault_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "recovery-key", str(vault_path), "--passphrase-file", str(files[0]))
    assert code == 2 and "--new" in err


def test_recovery_key_kit_in_a_missing_folder_changes_nothing(
    vault_path: Path, files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (vault_path / "vault.json").read_bytes()
    argv = ["recovery-key", str(vault_path), "--passphrase-file", str(files[0]), "--new"]
    code, _, err = run(capsys, *argv, "-o", str(tmp_path / "nowhere" / "kit.pdf"))
    assert code == 1 and "no folder" in err
    assert (vault_path / "vault.json").read_bytes() == before
