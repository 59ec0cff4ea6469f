"""Recognising network folders, where only polling sees a scanner's files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from casebook.watch.filesystems import linux_fstype, looks_remote

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads Linux mountinfo")

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:50 / /mnt/office\\040scans rw,relatime shared:1 - cifs //nas/scans rw,vers=3.0
41 27 0:51 / /mnt/office rw,relatime - nfs4 nas:/export rw
"""


@pytest.fixture
def mountinfo(tmp_path: Path) -> Path:
    path = tmp_path / "mountinfo"
    path.write_text(MOUNTINFO)
    return path


def test_folder_on_an_smb_share_looks_remote(mountinfo: Path) -> None:
    folder = Path("/mnt/office scans/Front desk")
    assert linux_fstype(folder, mountinfo=mountinfo) == "cifs"
    assert looks_remote(folder, mountinfo=mountinfo)


def test_deepest_mount_wins_and_prefixes_must_end_at_a_slash(mountinfo: Path) -> None:
    assert linux_fstype(Path("/mnt/office/a"), mountinfo=mountinfo) == "nfs4"
    assert linux_fstype(Path("/mnt/officer"), mountinfo=mountinfo) == "ext4"


def test_local_folder_does_not_look_remote(tmp_path: Path, mountinfo: Path) -> None:
    assert not looks_remote(Path("/home/advocate/Scans"), mountinfo=mountinfo)
    assert not looks_remote(tmp_path)  # the real mount table: tmp is local


def test_unreadable_mount_table_means_unknown(tmp_path: Path) -> None:
    assert linux_fstype(tmp_path, mountinfo=tmp_path / "missing") is None
    assert not looks_remote(tmp_path, mountinfo=tmp_path / "missing")
