"""Removing a plaintext original: only the regular file itself, with clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebook.domain.errors import CasebookError
from casebook.watch import remove_original


def test_regular_file_is_removed(tmp_path: Path) -> None:
    scan = tmp_path / "scan0001.pdf"
    scan.write_bytes(b"%PDF- plaintext")
    remove_original(scan, folder=tmp_path)
    assert not scan.exists()


def test_file_already_gone_is_not_an_error(tmp_path: Path) -> None:
    remove_original(tmp_path / "gone.pdf")


def test_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "precious.pdf"
    target.parent.mkdir()
    target.write_bytes(b"not ours")
    link = tmp_path / "scan.pdf"
    link.symlink_to(target)

    with pytest.raises(CasebookError, match="is a link"):
        remove_original(link)
    assert target.read_bytes() == b"not ours" and link.is_symlink()


def test_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    with pytest.raises(CasebookError, match="not a regular file"):
        remove_original(tmp_path / "sub")
    assert (tmp_path / "sub").is_dir()


def test_file_reached_through_a_linked_subfolder_is_refused(tmp_path: Path) -> None:
    watched, outside = tmp_path / "Scans", tmp_path / "Documents"
    watched.mkdir()
    outside.mkdir()
    (outside / "letter.pdf").write_bytes(b"keep me")
    (watched / "docs").symlink_to(outside, target_is_directory=True)

    with pytest.raises(CasebookError, match="not inside the watched folder"):
        remove_original(watched / "docs" / "letter.pdf", folder=watched)
    assert (outside / "letter.pdf").exists()


def test_file_that_cannot_be_removed_gives_a_clear_casebook_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"x")

    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "unlink", refuse)
    with pytest.raises(CasebookError, match=r"'scan\.pdf'.*remove it by hand") as caught:
        remove_original(scan)
    assert "open in another program" in caught.value.message
    assert isinstance(caught.value.__cause__, PermissionError)
