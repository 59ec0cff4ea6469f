"""The backup container: round trip, tamper evidence, and never restoring over anything."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook.domain.errors import CasebookError, WrongPassphrase
from casebook.services import backups, vaults
from casebook.store.audit import utcnow
from casebook.store.session import Store
from casebook.store.tables import Document
from casebook.vault.backup import (
    KIND_END,
    MAGIC,
    PREAMBLE_SIZE,
    TAG_SIZE,
    DamagedBackup,
    read_backup_header,
    restore_backup,
    verify_backup,
    with_passphrase,
    with_recovery_key,
    write_backup,
)
from tests.helpers import PASSPHRASE, snapshot


def _all_blobs(conn: Any) -> list[str]:
    return [r[0] for r in conn.execute("SELECT blob_name FROM documents")]


@pytest.fixture
def with_blobs(store: Store) -> Store:
    """Three blobs named by document rows (inserted directly: this tests files, not import)."""
    with store.transaction() as session:
        for i, size in enumerate((10, 70_000, 200_000)):
            fp = store.vault.blobs.put_bytes(bytes([i + 1]) * size)
            session.add(
                Document(
                    title=f"doc {i}",
                    size=fp.size,
                    sha256=fp.sha256,
                    blob_name=fp.name,
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )
    return store


@pytest.fixture
def backup_file(with_blobs: Store, tmp_path: Path) -> Path:
    dest = tmp_path / "out" / "vault.cbbackup"
    dest.parent.mkdir()
    write_backup(with_blobs.vault, dest, _all_blobs)
    return dest


def records(data: bytes) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each record, parsed by the documented format."""
    at = PREAMBLE_SIZE
    while at < len(data):
        kind, length = struct.unpack(">BH", data[at : at + 3])
        name = data[at + 3 : at + 3 + length].decode()
        (size,) = struct.unpack(">Q", data[at + 3 + length : at + 11 + length])
        end = at + 11 + length + size + TAG_SIZE
        yield at, end, name if kind != KIND_END else "<end>"
        at = end


def test_file_is_private_and_lists_only_vault_files(backup_file: Path) -> None:
    assert backup_file.stat().st_mode & 0o777 == 0o600
    data = backup_file.read_bytes()
    assert data.startswith(MAGIC)
    names = [n for _, _, n in records(data)]
    assert names[:2] == ["vault.json", "casebook.db"] and names[-1] == "<end>"
    assert len(names) == 6 and all(n.startswith("blobs/") for n in names[2:5])
    assert not list(backup_file.parent.glob(".*"))  # no temporary left beside it


def test_round_trip_restores_an_openable_identical_vault(
    backup_file: Path, with_blobs: Store, tmp_path: Path
) -> None:
    target = tmp_path / "Restored.casebook"
    info = restore_backup(backup_file, target, with_passphrase(PASSPHRASE))
    assert info.blobs == 3
    assert target.stat().st_mode & 0o777 == 0o700
    source = with_blobs.vault.folder
    assert (target / "vault.json").read_bytes() == (source / "vault.json").read_bytes()
    assert sorted(p.name for p in (target / "blobs").rglob("*") if p.is_file()) == sorted(
        with_blobs.vault.blobs.names()
    )
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".Restored")]
    restored = vaults.open_store(target, PASSPHRASE)
    try:
        from casebook.services.checks import check_store

        report = check_store(restored, deep=True)
        assert report.ok and report.blobs_checked == 3
    finally:
        restored.close()


def test_recovery_key_restores_too(store: Store, tmp_path: Path) -> None:
    recovery = vaults.create(tmp_path / "R.casebook", PASSPHRASE)
    other = vaults.open_store(tmp_path / "R.casebook", PASSPHRASE)
    try:
        write_backup(other.vault, tmp_path / "r.cbbackup", _all_blobs)
    finally:
        other.close()
    restore_backup(tmp_path / "r.cbbackup", tmp_path / "Back", with_recovery_key(recovery))
    vaults.open_store(tmp_path / "Back", PASSPHRASE).close()


def test_wrong_passphrase_writes_nothing(backup_file: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        restore_backup(backup_file, tmp_path / "New", with_passphrase("not the passphrase"))
    assert sorted(tmp_path.rglob("*")) == before


def _assert_rejected(bad: bytes, tmp_path: Path, match: str) -> None:
    path = tmp_path / "bad.cbbackup"
    path.write_bytes(bad)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DamagedBackup, match=match) as caught:
        restore_backup(path, tmp_path / "New.casebook", with_passphrase(PASSPHRASE))
    assert "nothing was restored" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder, no staging


@pytest.mark.parametrize("keep", [0.999, 0.5, 0.1])
def test_truncated_backup_is_refused(backup_file: Path, tmp_path: Path, keep: float) -> None:
    data = backup_file.read_bytes()
    _assert_rejected(data[: int(len(data) * keep)], tmp_path, "damaged or incomplete")


def test_truncated_at_a_record_boundary_is_refused(backup_file: Path, tmp_path: Path) -> None:
    data = backup_file.read_bytes()
    *_, (start, _, _) = records(data)  # drop the end record only
    _assert_rejected(data[:start], tmp_path, "truncated or incomplete")


def test_every_record_and_the_preamble_detect_a_flipped_byte(
    backup_file: Path, tmp_path: Path
) -> None:
    data = backup_file.read_bytes()
    spots = [PREAMBLE_SIZE - 1]  # the salt
    for start, end, _ in records(data):
        spots += [start + 3, (start + end) // 2, end - 1]  # name, data, tag
    for spot in spots:
        bad = bytearray(data)
        bad[spot] ^= 0x20
        _assert_rejected(bytes(bad), tmp_path, "damaged")


def test_swapped_records_are_refused(backup_file: Path, tmp_path: Path) -> None:
    data = backup_file.read_bytes()
    recs = list(records(data))
    (a0, a1, _), (b0, b1, _) = recs[2], recs[3]  # two blobs
    swapped = data[:a0] + data[b0:b1] + data[a0:a1] + data[b1:]
    _assert_rejected(swapped, tmp_path, "damaged")
    _assert_rejected(data + b"\0", tmp_path, "unexpected bytes")


def test_record_from_another_backup_is_refused(
    backup_file: Path, with_blobs: Store, tmp_path: Path
) -> None:
    second = tmp_path / "second.cbbackup"
    write_backup(with_blobs.vault, second, _all_blobs)
    a, b = backup_file.read_bytes(), second.read_bytes()
    ra, rb = list(records(a)), list(records(b))
    mixed = a[: ra[2][0]] + b[rb[2][0] : rb[2][1]] + a[ra[2][1] :]
    _assert_rejected(mixed, tmp_path, "damaged")


def test_not_a_backup(tmp_path: Path) -> None:
    _assert_rejected(b"PK\x03\x04 not a backup at all" * 3, tmp_path, "not a casebook backup")
    with pytest.raises(CasebookError, match="no backup file"):
        restore_backup(tmp_path / "missing", tmp_path / "X", with_passphrase(PASSPHRASE))


def test_restore_refuses_an_existing_vault_or_non_empty_folder(
    backup_file: Path, with_blobs: Store, tmp_path: Path
) -> None:
    live = with_blobs.vault.folder
    before = snapshot(live)
    with pytest.raises(CasebookError, match="already exists and is not empty"):
        restore_backup(backup_file, live, with_passphrase(PASSPHRASE))
    assert snapshot(live) == before
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "note.txt").write_text("mine")
    with pytest.raises(CasebookError, match="already exists"):
        restore_backup(backup_file, busy, with_passphrase(PASSPHRASE))
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_backup(backup_file, empty, with_passphrase(PASSPHRASE))  # an empty folder is fine
    assert (empty / "vault.json").is_file()


def test_backup_inside_the_vault_is_refused(with_blobs: Store) -> None:
    with pytest.raises(CasebookError, match="outside the vault folder"):
        write_backup(with_blobs.vault, with_blobs.vault.folder / "b.cbbackup", _all_blobs)


def test_verify_and_header(backup_file: Path, with_blobs: Store) -> None:
    info = verify_backup(backup_file, with_passphrase(PASSPHRASE))
    assert (info.blobs, info.vault_id) == (3, with_blobs.vault.header.vault_id)
    assert read_backup_header(backup_file).vault_id == info.vault_id
    assert backups.verify(backup_file, PASSPHRASE).size == backup_file.stat().st_size
