"""Creating a vault never changes a folder it did not create.

The folder a vault is created in is the person's: their home, ``~/Documents``,
a team's shared folder. Only the folders casebook makes itself (the vault,
its ``blobs``, and any missing parents of the vault) are made 0700.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casebook.services import vaults
from casebook.vault.files import make_private_dir
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_creating_a_vault_leaves_its_parent_folders_mode_alone(tmp_path: Path) -> None:
    shared = tmp_path / "Team share"
    shared.mkdir()
    shared.chmod(0o755)
    vaults.create(shared / "Clients.casebook", PASSPHRASE)
    assert _mode(shared) == 0o755
    assert _mode(shared / "Clients.casebook") == 0o700
    assert _mode(shared / "Clients.casebook" / "blobs") == 0o700


def test_a_group_writable_shared_folder_stays_group_writable(tmp_path: Path) -> None:
    shared = tmp_path / "Office"
    shared.mkdir()
    shared.chmod(0o2775)
    vaults.create(shared / "Clients.casebook", PASSPHRASE)
    assert _mode(shared) == 0o2775


def test_an_empty_folder_chosen_for_the_vault_becomes_private(tmp_path: Path) -> None:
    folder = tmp_path / "Clients.casebook"
    folder.mkdir()
    folder.chmod(0o755)
    vaults.create(folder, PASSPHRASE)
    assert _mode(folder) == 0o700


def test_missing_parents_are_created_private_and_existing_ones_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o751)
    vaults.create(home / "Documents" / "Cases" / "Clients.casebook", PASSPHRASE)
    assert _mode(home) == 0o751
    assert _mode(home / "Documents") == 0o700
    assert _mode(home / "Documents" / "Cases") == 0o700
    assert _mode(home / "Documents" / "Cases" / "Clients.casebook") == 0o700


def test_make_private_dir_never_chmods_an_existing_folder(tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.mkdir()
    existing.chmod(0o755)
    make_private_dir(existing)
    assert _mode(existing) == 0o755
    make_private_dir(existing / "new")
    assert _mode(existing) == 0o755
    assert _mode(existing / "new") == 0o700


def test_make_private_dir_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(FileExistsError):
        make_private_dir(tmp_path / "notes.txt")
