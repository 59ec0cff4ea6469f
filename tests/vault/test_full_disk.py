"""A vault on a disk that is full: every failure says "disk full", and nothing is lost.

The vault lives on a small tmpfs (mounting one needs root, as CI runs; elsewhere
these tests skip). The disk is filled until only ``free`` KiB are left, then each
thing a person does is tried. Afterwards space is freed and the vault must open,
pass the deep check and hold every record it had, plus those it said it saved.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, DamagedVault, DiskFull
from casebook.services import backups, clients, vaults
from casebook.services.checks import check_store
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.vault.kdf import floor_params
from tests.helpers import NOW, PASSPHRASE, TODAY

NEW_PASSPHRASE = "quince-harbour-lantern-77"
DISK_MIB = 8


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


pytestmark = pytest.mark.skipif(not _can_mount(), reason="mounting a small tmpfs needs root")


class SmallDisk:
    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.filler = mount / "filler"

    def free_kib(self) -> int:
        return shutil.disk_usage(self.mount).free // 1024

    def fill_to(self, free_kib: int) -> None:
        """Leave about ``free_kib`` KiB free (tmpfs counts whole 4 KiB pages)."""
        with self.filler.open("ab") as f:
            while self.free_kib() > free_kib:
                f.write(b"\0" * min(64 * 1024, (self.free_kib() - free_kib) * 1024))
                f.flush()

    def make_room(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_MIB}m,mode=0700", "tmpfs", str(mount)],
        check=True,
    )
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def full_vault(small_disk: SmallDisk, tmp_path: Path) -> tuple[SmallDisk, Path]:
    """A vault with one client and one document on the small disk."""
    folder = small_disk.mount / "Clients.casebook"
    vaults.create(folder, PASSPHRASE, created=NOW)
    note = tmp_path / "note.txt"
    note.write_text("Hearing notice for the master calendar hearing.", encoding="utf-8")
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        client_id = clients.add_client(store, ClientDraft(name="Ana Pérez"), today=TODAY)
        target = Target(client_id=client_id)
        results = import_paths(store, [note], target, options=Options(ocr=False))
        assert results[0].status is ImportStatus.IMPORTED
    finally:
        store.close()
    return small_disk, folder


def _list(folder: Path, _tmp: Path) -> object:
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        return [c.name for c in clients.list_clients(store)]
    finally:
        store.close()


def _add(folder: Path, _tmp: Path) -> object:
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        return clients.add_client(store, ClientDraft(name="Bilal Khan"), today=TODAY)
    finally:
        store.close()


def _import(folder: Path, tmp: Path) -> object:
    scan = tmp / "scan.txt"
    scan.write_text("Notice to appear. " * 2000, encoding="utf-8")
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        result = import_paths(store, [scan], Target(), options=Options(ocr=False))[0]
    finally:
        store.close()
    if result.status is not ImportStatus.IMPORTED:
        assert "disk" in result.reason.lower() and "full" in result.reason.lower(), result.reason
        raise DiskFull(result.reason)
    return result.document_id


def _backup(folder: Path, tmp: Path) -> object:
    usb = tmp / "usb"  # another drive, with room
    usb.mkdir(exist_ok=True)
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        return backups.backup_vault(store, usb / "vault.cbbackup", now=NOW).path
    finally:
        store.close()


def _passwd(folder: Path, _tmp: Path) -> object:
    vaults.change_passphrase(folder, PASSPHRASE, NEW_PASSPHRASE, kdf=floor_params(os.urandom(16)))
    return NEW_PASSPHRASE


ACTIONS: dict[str, Callable[[Path, Path], object]] = {
    "open and list": _list,
    "add a client": _add,
    "import a file": _import,
    "back up to another drive": _backup,
    "change the passphrase": _passwd,
}


@pytest.mark.slow
@pytest.mark.parametrize("free_kib", [0, 16, 64, 128])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_full_disk_is_named_and_costs_nothing(
    full_vault: tuple[SmallDisk, Path], tmp_path: Path, action: str, free_kib: int
) -> None:
    disk, folder = full_vault
    disk.fill_to(free_kib)
    try:
        outcome: object = ACTIONS[action](folder, tmp_path)
    except DiskFull as exc:
        outcome = exc
    except CasebookError as exc:  # pragma: no cover - the failure this test exists for
        pytest.fail(f"{action} at {free_kib} KiB free said {type(exc).__name__}: {exc.message}")
    disk.make_room()
    if isinstance(outcome, DiskFull):
        assert "full" in outcome.message and "damaged" not in outcome.message

    passphrase = NEW_PASSPHRASE if outcome == NEW_PASSPHRASE else PASSPHRASE
    store = vaults.open_store(folder, passphrase)
    try:
        report = check_store(store, deep=True)
        assert report.ok, report.problems
        names = [c.name for c in clients.list_clients(store)]
        assert "Ana Pérez" in names  # what was there before
        if action == "add a client" and isinstance(outcome, int):
            assert "Bilal Khan" in names  # what it said it saved
        if action == "import a file" and isinstance(outcome, int):
            assert report.blobs_checked == 2
    finally:
        store.close()
    if action == "open and list":
        assert outcome == ["Ana Pérez"], "reading must work on a full disk"
    if action == "back up to another drive":
        assert isinstance(outcome, Path), "a backup to another drive must work on a full disk"
        restored = tmp_path / "restored"
        backups.restore(outcome, restored, passphrase=PASSPHRASE)
        copy = vaults.open_store(restored, PASSPHRASE)
        try:
            assert [c.name for c in clients.list_clients(copy)] == ["Ana Pérez"]
        finally:
            copy.close()


def test_writing_on_a_full_disk_says_so_and_reading_goes_on(
    full_vault: tuple[SmallDisk, Path],
) -> None:
    disk, folder = full_vault
    disk.fill_to(0)
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        assert vaults.read_only_notice(store) is not None
        with pytest.raises(DiskFull, match="reading only"):
            clients.add_client(store, ClientDraft(name="Bilal Khan"), today=TODAY)
        assert [c.name for c in clients.list_clients(store)] == ["Ana Pérez"]
        assert check_store(store).ok
    finally:
        store.close()


def test_a_full_disk_is_never_called_damage(full_vault: tuple[SmallDisk, Path]) -> None:
    disk, folder = full_vault
    disk.fill_to(0)
    try:
        vaults.open_store(folder, PASSPHRASE).close()
    except DamagedVault as exc:  # pragma: no cover - the defect this guards against
        pytest.fail(f"a full disk was reported as damage: {exc.message}")
