"""Backups that keep themselves: a folder, retention over simulated days, faults, kill -9."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casebook.domain.backup_retention import retain
from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.services import backup_folder, backups, clients, vaults
from casebook.services.backup_folder import (
    BackupDriveAbsent,
    BackupPlan,
    Schedule,
    backup_due,
    backup_name,
    backup_status,
    backup_to_folder,
    get_plan,
    scheduled_backup,
    set_plan,
    vault_backups,
)
from casebook.services.importer import Options, Target, import_paths
from casebook.store.session import Store
from casebook.vault import backup as vault_backup
from tests.helpers import PASSPHRASE, TODAY
from tests.services.test_backups import make_files

pytestmark = pytest.mark.dates


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def with_documents(store: Store, tmp_path: Path) -> None:
    client = clients.add_client(store, ClientDraft(name="Ngozi Abernathy-Quispe"), today=TODAY)
    import_paths(
        store, make_files(tmp_path / "in", 2), Target(client_id=client), options=Options(ocr=False)
    )


def names(paths: object) -> list[str]:
    return sorted(Path(p).name for p in paths)  # type: ignore[attr-defined]


def test_sixty_simulated_days_keep_exactly_seven_daily_and_four_weekly_each_verified(
    store: Store, drive: Path, tmp_path: Path
):
    with_documents(store, tmp_path)
    vault_id = store.vault.header.vault_id
    start = datetime(2026, 10, 1, 17, 45)  # a Thursday; one backup a day, the clock injected
    made: list[datetime] = []
    for day in range(60):
        now = start + timedelta(days=day, minutes=day)
        result = backup_to_folder(store, drive, now=now)
        made.append(now)
        expected = retain(made, 7, 4)
        assert names(result.kept) == sorted(backup_name(vault_id, t) for t in expected.keep)
        assert result.written.name == backup_name(vault_id, now)
        assert not set(result.removed) & set(result.kept)
        if day == 19:  # 2026-10-20, a Tuesday: 20 days of history
            # Daily Oct 14-20; ISO weeks 43 (Oct 19-25) and 42 (Oct 12-18) end in daily ones;
            # weekly: W41 -> Oct 11, W40 -> Oct 4; two weeks short, so the oldest (Oct 1) too.
            days = sorted(t.day for t in vault_backups(drive, vault_id).values())
            assert days == [1, 4, 11, 14, 15, 16, 17, 18, 19, 20]
    kept = vault_backups(drive, vault_id)
    # Daily: Mon Nov 23 .. Sun Nov 29 (ISO week 48); weekly: Sundays Nov 22, 15, 8, 1.
    assert sorted(t.date().isoformat() for t in kept.values()) == [
        "2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22",
        *(f"2026-11-{d}" for d in range(23, 30)),
    ]  # fmt: skip
    assert sorted(os.listdir(drive)) == sorted(p.name for p in kept)  # nothing else left
    for path in kept:
        assert backups.verify(path, PASSPHRASE).blobs == 2
    assert backups.last_backup(store) == start + timedelta(days=59, minutes=59)
    assert backups.last_backup_folder(store) == drive


def test_other_files_and_other_vaults_backups_are_never_counted_or_removed(
    store: Store, drive: Path, tmp_path: Path
):
    vaults.create(tmp_path / "Other.casebook", PASSPHRASE)
    other = vaults.open_store(tmp_path / "Other.casebook", PASSPHRASE)
    try:
        theirs = backup_to_folder(other, drive, now=datetime(2026, 11, 1, 9)).written
    finally:
        other.close()
    vault_id = store.vault.header.vault_id
    mine = (drive / backup_name(vault_id, datetime(2026, 11, 2, 9))).name
    (drive / "notes.txt").write_text("the person's own file")
    (drive / f"{mine}.old").write_text("not a backup name")
    impostor = drive / backup_name(vault_id, datetime(2026, 10, 1, 9))  # our name, junk inside
    impostor.write_bytes(b"CBBACKUP junk")
    copied = drive / backup_name(vault_id, datetime(2026, 10, 2, 9))  # our name, their header
    copied.write_bytes(theirs.read_bytes())
    for day in range(2, 5):
        result = backup_to_folder(store, drive, now=datetime(2026, 11, day, 9), keep_daily=1,
                                  keep_weekly=0)  # fmt: skip
    assert names(result.kept) == [backup_name(vault_id, datetime(2026, 11, 4, 9))]
    assert len(result.removed) == 1  # Nov 3's (Nov 2's went on Nov 3)
    assert sorted(os.listdir(drive)) == sorted(
        [theirs.name, "notes.txt", f"{mine}.old", impostor.name, copied.name,
         backup_name(vault_id, datetime(2026, 11, 4, 9))]
    )  # fmt: skip


def test_an_absent_drive_is_said_plainly_remembered_and_the_next_chance_taken(
    store: Store, tmp_path: Path
):
    drive = tmp_path / "media" / "KINGSTON"
    drive.mkdir(parents=True)
    set_plan(store, BackupPlan(folder=drive))
    drive.rmdir()  # unplugged
    now = datetime(2026, 11, 30, 18)
    with pytest.raises(BackupDriveAbsent) as err:
        backup_to_folder(store, drive, now=now)
    message = (
        f"The backup drive {drive} is not connected; "
        "the next backup will be tried at the next lock or quit."
    )
    assert err.value.message == message
    outcome = scheduled_backup(store, now=now)
    assert outcome.problem == message and outcome.result is None
    assert backup_status(store).problem == message
    assert backups.last_backup(store) is None

    # Settings saved while the drive is away: allowed; switched off, the problem is not said.
    set_plan(store, BackupPlan(folder=drive, keep_daily=5))
    assert backup_status(store).problem == message
    set_plan(store, BackupPlan(folder=drive, schedule=Schedule.OFF))
    assert backup_status(store).problem == ""
    assert scheduled_backup(store, now=now).skipped
    set_plan(store, BackupPlan(folder=drive))

    drive.mkdir()  # plugged in again: the next lock backs up
    outcome = scheduled_backup(store, now=now + timedelta(hours=1))
    assert outcome.result is not None and outcome.result.written.parent == drive
    status = backup_status(store)
    assert status.problem == "" and status.last_at == now + timedelta(hours=1)
    assert status.last_folder == drive


def test_the_schedule_backs_up_at_most_once_a_day_by_default(store: Store, drive: Path):
    plan = set_plan(store, BackupPlan(folder=drive))
    assert get_plan(store) == plan and plan.schedule is Schedule.DAILY
    assert (plan.keep_daily, plan.keep_weekly) == (7, 4)
    morning = datetime(2026, 11, 30, 8, 30)
    assert backup_due(store, plan, morning)
    assert scheduled_backup(store, now=morning).result is not None
    assert not backup_due(store, plan, morning + timedelta(hours=10))  # the same UTC day
    assert scheduled_backup(store, now=morning + timedelta(hours=10)).skipped
    assert backup_due(store, plan, morning + timedelta(hours=16))  # 00:30 the next day
    every = set_plan(store, BackupPlan(drive, Schedule.EVERY_LOCK, 3, 1))
    assert backup_due(store, every, morning + timedelta(hours=1))
    off = set_plan(store, BackupPlan(drive, Schedule.OFF))
    assert not backup_due(store, off, morning + timedelta(days=3))
    assert not backup_due(store, BackupPlan(None), morning + timedelta(days=3))


def test_the_plan_refuses_a_folder_inside_the_vault_or_missing(store: Store, tmp_path: Path):
    with pytest.raises(ValidationError, match="outside the vault"):
        set_plan(store, BackupPlan(folder=store.vault.folder / "blobs"))
    with pytest.raises(ValidationError, match="There is no folder"):
        set_plan(store, BackupPlan(folder=tmp_path / "nowhere"))
    with pytest.raises(ValidationError, match="Keep from 0"):
        set_plan(store, BackupPlan(folder=tmp_path, keep_daily=-1))
    assert get_plan(store) == BackupPlan()


def test_a_partial_file_of_a_killed_run_is_removed_next_time_and_never_counted(
    store: Store, drive: Path
):
    vault_id = store.vault.header.vault_id
    first = backup_to_folder(store, drive, now=datetime(2026, 11, 1, 9)).written
    partial = drive / f".{backup_name(vault_id, datetime(2026, 11, 2, 9))}.0123456789abcdef.partial"
    partial.write_bytes(first.read_bytes()[:100])
    other_partial = drive / ".casebook-ffffffffffff-20261102T090000Z.cbbackup.00.partial"
    other_partial.write_bytes(b"another vault's run")
    assert list(vault_backups(drive, vault_id)) == [first]
    result = backup_to_folder(store, drive, now=datetime(2026, 11, 3, 9))
    assert not partial.exists() and other_partial.exists()
    assert names(result.kept) == names([first, result.written])


KILLED_RUN = textwrap.dedent(
    """
    import os, sys, threading
    from datetime import datetime
    from pathlib import Path
    from casebook.services import vaults
    from casebook.services.backup_folder import backup_to_folder

    store = vaults.open_store(Path(sys.argv[1]), os.environ["CASEBOOK_PASSPHRASE"])
    stop = threading.Event()

    def progress(done, total):
        print("writing", flush=True)
        stop.wait()  # held mid-write until the test kills the process

    backup_to_folder(store, Path(sys.argv[2]), now=datetime(2026, 11, 9, 9), keep_daily=1,
                     keep_weekly=0, progress=progress)
    """
)


def test_a_backup_killed_mid_write_never_removes_an_older_verified_one(
    vault_path: Path, drive: Path, tmp_path: Path
):
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        with_documents(store, tmp_path)
        older = [backup_to_folder(store, drive, now=datetime(2026, 11, d, 9)).written
                 for d in (1, 8)]  # fmt: skip
    finally:
        store.close()
    assert all(p.exists() for p in older)
    env = {**os.environ, "PYTHONPATH": str(Path.cwd()), "CASEBOOK_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(vault_path), str(drive)],
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"writing\n"  # the container is half written
        partials = [n for n in os.listdir(drive) if n.endswith(".partial")]
        assert len(partials) == 1
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    vault_id = backups.verify(older[0], PASSPHRASE).vault_id
    assert sorted(vault_backups(drive, vault_id)) == sorted(older)  # the partial never counts
    for path in older:
        assert backups.verify(path, PASSPHRASE).blobs == 2

    store = vaults.open_store(vault_path, PASSPHRASE)  # the next run cleans up after it
    try:
        result = backup_to_folder(store, drive, now=datetime(2026, 11, 10, 9), keep_daily=1,
                                  keep_weekly=0)  # fmt: skip
    finally:
        store.close()
    assert sorted(os.listdir(drive)) == [result.written.name]
    assert names(result.removed) == names(older)


def test_once_a_day_counts_only_backups_into_the_plans_folder(
    store: Store, drive: Path, tmp_path: Path
):
    plan = set_plan(store, BackupPlan(folder=drive))
    morning = datetime(2026, 11, 30, 8, 30)
    backups.backup_vault(store, tmp_path / "by-hand.cbbackup", now=morning)  # File > Back up…
    assert backup_due(store, plan, morning + timedelta(hours=1))


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errno.ENOSPC, "The disk is full (writing the backup)"),
        (errno.EROFS, "The disk is read-only (writing the backup)"),
    ],
)
def test_a_full_or_read_only_drive_is_named_and_keeps_the_older_backups(
    store: Store, drive: Path, monkeypatch: pytest.MonkeyPatch, error: int, words: str
):
    older = backup_to_folder(store, drive, now=datetime(2026, 11, 1, 9)).written
    set_plan(store, BackupPlan(drive, Schedule.EVERY_LOCK, keep_daily=0, keep_weekly=0))

    def refuse(*_args: object) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(vault_backup, "create_private_file", refuse)
    outcome = scheduled_backup(store, now=datetime(2026, 11, 2, 9))
    assert outcome.problem.startswith(f"The backup to {drive} could not be made: {words}")
    assert backup_status(store).problem == outcome.problem
    assert os.listdir(drive) == [older.name]
    monkeypatch.undo()
    assert backups.verify(older, PASSPHRASE).blobs == 0


def test_an_unmounted_drive_whose_empty_mount_folder_stays_is_absent(
    store: Store, drive: Path, monkeypatch: pytest.MonkeyPatch
):
    # Chosen while the drive was mounted on ``drive`` (fstab-style: the folder stays
    # when the drive is unplugged, and a backup there would land on the computer's disk).
    monkeypatch.setattr(backup_folder, "drive_mount", lambda folder: drive)
    set_plan(store, BackupPlan(folder=drive))
    outcome = scheduled_backup(store, now=datetime(2026, 11, 30, 18))  # drive is not a mount
    assert "is not connected" in outcome.problem
    assert os.listdir(drive) == []

    real_ismount = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda p: Path(p) == drive or real_ismount(p))
    outcome = scheduled_backup(store, now=datetime(2026, 11, 30, 19))  # mounted again
    assert outcome.result is not None and outcome.result.written.parent == drive


def test_the_system_disk_is_not_taken_for_a_removable_drive(tmp_path: Path):
    assert backup_folder.drive_mount(Path.home() / "Backups") is None
    assert backup_folder.drive_mount(None) is None
