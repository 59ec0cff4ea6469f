"""Unlocking: the right secret opens, a wrong one changes nothing, damage is named."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.domain.errors import DamagedVault, VaultInUse, WrongPassphrase
from casebook.services import vaults
from casebook.vault.header import HEADER_NAME
from casebook.vault.vault import open_vault, recover_vault
from tests.helpers import PASSPHRASE, snapshot


def test_right_passphrase_opens_and_wrong_one_is_named(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.is_open
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        open_vault(vault_path, "plum-orchard-violin-43")


def test_wrong_passphrase_leaves_every_file_byte_identical(vault_path: Path) -> None:
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "not the passphrase at all")
    assert snapshot(vault_path) == before
    assert not list(vault_path.glob("*-wal")) and not list(vault_path.glob("*-journal"))


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed, decomposed = "contraseña segura del día", "contrasen\u0303a segura del di\u0301a"
    vaults.create(tmp_path / "v", composed)
    with open_vault(tmp_path / "v", decomposed):
        pass


def test_recovery_key_sets_new_passphrase_and_stays_valid(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = vaults.create(folder, PASSPHRASE)
    vaults.recover(folder, recovery.lower().replace("-", " "), "kettle lantern mosaic river")
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    with open_vault(folder, "kettle lantern mosaic river"):
        pass
    vaults.change_passphrase(folder, "kettle lantern mosaic river", "saffron tundra bicycle 7")
    vaults.recover(folder, recovery, "copper meadow whistle 19")
    with open_vault(folder, "copper meadow whistle 19"):
        pass


def test_wrong_recovery_key_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = vaults.create(folder, PASSPHRASE)
    before = snapshot(folder)
    wrong = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    with pytest.raises(WrongPassphrase, match="recovery key is not right"):
        recover_vault(folder, wrong, "kettle lantern mosaic river")
    with pytest.raises(WrongPassphrase, match="groups of four"):
        recover_vault(folder, "too-short", "kettle lantern mosaic river")
    assert snapshot(folder) == before


def test_weak_new_passphrase_is_refused(tmp_path: Path) -> None:
    from casebook.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="too weak"):
        vaults.create(tmp_path / "v", "password123")
    assert not (tmp_path / "v").exists()


def test_creating_over_a_non_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "thesis.docx").write_bytes(b"x")
    from casebook.domain.errors import CasebookError

    with pytest.raises(CasebookError, match="not empty"):
        vaults.create(tmp_path / "v", PASSPHRASE)
    assert [p.name for p in (tmp_path / "v").iterdir()] == ["thesis.docx"]


def test_files_are_private(vault_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX modes")
    with open_vault(vault_path, PASSPHRASE) as vault, vault.engine.connect():
        assert (vault_path.stat().st_mode & 0o777) == 0o700
        for p in vault_path.rglob("*"):
            expected = 0o700 if p.is_dir() else 0o600
            assert (p.stat().st_mode & 0o777) == expected, p.name


# -- damaged or altered header -------------------------------------------------------------


def _header(vault_path: Path) -> dict[str, object]:
    return json.loads((vault_path / HEADER_NAME).read_text())


def _write_with_checksum(vault_path: Path, body: dict[str, object]) -> None:
    """What someone editing the header on purpose would do: fix up the checksum."""
    body.pop("checksum", None)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    (vault_path / HEADER_NAME).write_text(json.dumps(body))


@pytest.mark.parametrize("position", [0, 50, 200, -40, -3])
def test_flipped_byte_in_header_is_damage_not_wrong_passphrase(
    vault_path: Path, position: int
) -> None:
    raw = bytearray((vault_path / HEADER_NAME).read_bytes())
    raw[position] ^= 0x01
    (vault_path / HEADER_NAME).write_bytes(bytes(raw))
    with pytest.raises(DamagedVault):
        open_vault(vault_path, PASSPHRASE)


@pytest.mark.parametrize("keep", [0, 1, 100, 400])
def test_truncated_header_is_damage(vault_path: Path, keep: int) -> None:
    raw = (vault_path / HEADER_NAME).read_bytes()
    (vault_path / HEADER_NAME).write_bytes(raw[:keep])
    with pytest.raises(DamagedVault, match="damaged"):
        open_vault(vault_path, PASSPHRASE)


def test_missing_header_says_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(DamagedVault, match="not a casebook vault"):
        open_vault(tmp_path, PASSPHRASE)


def test_lowered_kdf_cost_is_refused_even_with_fixed_checksum(vault_path: Path) -> None:
    body = _header(vault_path)
    body["kdf"]["memory_kib"] = 1024  # type: ignore[index]
    _write_with_checksum(vault_path, body)
    with pytest.raises(DamagedVault, match="weaker"):
        open_vault(vault_path, PASSPHRASE)


def test_recovery_wrap_swapped_from_another_vault_is_detected(
    tmp_path: Path, vault_path: Path
) -> None:
    other = tmp_path / "other"
    vaults.create(other, PASSPHRASE)
    body = _header(vault_path)
    body["recovery_key"] = _header(other)["recovery_key"]
    _write_with_checksum(vault_path, body)
    with pytest.raises(DamagedVault, match="altered"):
        open_vault(vault_path, PASSPHRASE)


def test_unknown_format_version_is_named(vault_path: Path) -> None:
    body = _header(vault_path)
    body["version"] = 99
    _write_with_checksum(vault_path, body)
    with pytest.raises(DamagedVault, match="format 99"):
        open_vault(vault_path, PASSPHRASE)


# -- damaged database ---------------------------------------------------------------------


def test_plain_sqlite_database_is_damage_not_an_empty_vault(vault_path: Path) -> None:
    db = vault_path / "casebook.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE clients (name TEXT)")
    conn.close()
    with pytest.raises(DamagedVault, match="not a casebook database"):
        vaults.open_store(vault_path, PASSPHRASE)


def test_truncated_database_is_damage(vault_path: Path) -> None:
    db = vault_path / "casebook.db"
    db.write_bytes(db.read_bytes()[:100])
    with pytest.raises(DamagedVault):
        vaults.open_store(vault_path, PASSPHRASE)


def test_missing_database_is_named(vault_path: Path) -> None:
    (vault_path / "casebook.db").unlink()
    with pytest.raises(DamagedVault, match="missing"):
        open_vault(vault_path, PASSPHRASE)


# -- the lock -------------------------------------------------------------------------------


def test_second_opener_is_refused_while_the_first_holds_the_lock(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE), pytest.raises(VaultInUse, match="open in another"):
        open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, PASSPHRASE):
        pass


def test_stale_lock_of_a_killed_process_is_taken_over(vault_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, sys, signal
        from pathlib import Path
        from casebook.vault import vault as v, kdf
        v.calibrate = kdf.floor_params
        opened = v.open_vault(Path({str(vault_path)!r}), {PASSPHRASE!r})
        print("locked", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert "locked" in result.stdout
    assert result.returncode != 0
    assert "pid=" in (vault_path / "lock").read_text()  # the dead process's note is still there
    with open_vault(vault_path, PASSPHRASE):
        pass
