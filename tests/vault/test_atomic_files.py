"""A set of files written together (a packet's parts): all of them land, or none."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casebook.domain.errors import CasebookError
from casebook.vault.files import atomic_write_files


def test_every_file_lands_private_with_its_bytes(tmp_path: Path) -> None:
    files = [(tmp_path / f"Part{i}.pdf", bytes([i]) * 1000 * i) for i in range(1, 4)]
    atomic_write_files(files, track=False)
    for path, data in files:
        assert path.read_bytes() == data
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Part1.pdf", "Part2.pdf", "Part3.pdf"]


def test_one_failure_leaves_none_of_the_set(tmp_path: Path) -> None:
    blocked = tmp_path / "Part2.pdf"
    blocked.mkdir()  # a folder where a part must go: its rename fails
    (blocked / "keep").write_bytes(b"")
    files = [(tmp_path / "Part1.pdf", b"one"), (blocked, b"two"), (tmp_path / "Part3.pdf", b"3")]
    with pytest.raises(CasebookError, match=r"Part2\.pdf"):
        atomic_write_files(files, track=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Part2.pdf"]  # only the folder
