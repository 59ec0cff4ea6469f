"""Backups that keep themselves: a folder (often a removable drive), a schedule, retention.

Each backup is ``backups.backup_vault`` as ever (a temporary file in the
folder, fsynced, read back and verified, then renamed), under a name that
sorts by time and says nothing about clients::

    casebook-<first 12 hex digits of the vault id>-<UTC time YYYYMMDDTHHMMSSZ>.cbbackup

Only after the new backup verified is ``domain.backup_retention`` applied, and
only to this vault's backups: a file counts when its name has this vault's id
*and* the header inside it names this vault (its whole id). Anything else in
the folder (the person's files, another vault's backups, a damaged file) is
never counted nor removed. A temporary file left by a killed run of this vault
is removed on the next run; it never had a backup's name, so it never counted.

The plan (folder, schedule, counts) is per vault, in the vault's encrypted
settings (key ``backup_plan``): which drive backs up which vault is part of
that vault's practice, like the scanner folder. The outcome of the last
scheduled try (a drive not connected, a full disk) is kept under the same key,
so the status bar can say it after the next unlock.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from casebook.domain.backup_retention import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY, retain
from casebook.domain.errors import CasebookError, ValidationError
from casebook.services import backups, vault_settings
from casebook.store.session import Store
from casebook.vault.backup import TEMP_SUFFIX, Progress, read_backup_header
from casebook.vault.files import fsync_dir, remove_quietly

PLAN_KEY = "backup_plan"
PREFIX = "casebook-"
ID_DIGITS = 12
MAX_KEEP = 1000
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"casebook-([0-9a-f]{12})-(\d{8}T\d{6}Z)\.cbbackup")


class Schedule(StrEnum):
    """When the app backs up by itself (on lock and on quit)."""

    DAILY = "daily"  # on lock and quit, at most once a (UTC) day
    EVERY_LOCK = "every-lock"
    OFF = "off"


class BackupDriveAbsent(CasebookError):
    """The chosen backup folder is not there (a removable drive not plugged in)."""


def absent_message(folder: Path) -> str:
    return (
        f"The backup drive {folder} is not connected; "
        "the next backup will be tried at the next lock or quit."
    )


@dataclass(frozen=True)
class BackupPlan:
    folder: Path | None = None
    schedule: Schedule = Schedule.DAILY
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY


@dataclass(frozen=True)
class FolderBackupResult:
    """The verified backup written, and what the retention rule kept and removed."""

    written: Path
    kept: tuple[Path, ...]
    removed: tuple[Path, ...]
    created_at: datetime
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "written": str(self.written),
            "kept": [str(p) for p in self.kept],
            "removed": [str(p) for p in self.removed],
        }


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar and Settings say: the last verified backup, and any problem."""

    plan: BackupPlan
    last_at: datetime | None  # UTC, naive
    last_folder: Path | None
    problem: str  # the last scheduled try's failure, "" when it went well


@dataclass(frozen=True)
class ScheduledOutcome:
    """A scheduled try: ``result`` when it ran and verified, ``problem`` when it could not."""

    result: FolderBackupResult | None = None
    problem: str = ""
    skipped: bool = False


# -- the plan ----------------------------------------------------------------------------------


def _count(value: Any, default: int) -> int:
    return value if isinstance(value, int) and 0 <= value <= MAX_KEEP else default


def get_plan(store: Store) -> BackupPlan:
    data = vault_settings.read_json(store, PLAN_KEY)
    folder = data.get("folder")
    try:
        schedule = Schedule(data.get("schedule", Schedule.DAILY.value))
    except ValueError:
        schedule = Schedule.DAILY
    return BackupPlan(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        schedule=schedule,
        keep_daily=_count(data.get("keep_daily"), DEFAULT_KEEP_DAILY),
        keep_weekly=_count(data.get("keep_weekly"), DEFAULT_KEEP_WEEKLY),
    )


def set_plan(store: Store, plan: BackupPlan) -> BackupPlan:
    """Store the plan; a newly chosen folder must exist, and be outside the vault.

    The folder already in the plan may be absent (its drive unplugged): the
    other settings can still be saved meanwhile.
    """
    folder = plan.folder
    data = vault_settings.read_json(store, PLAN_KEY)
    if folder is not None:
        folder = folder.expanduser().absolute()
        if not folder.is_dir() and str(folder) != data.get("folder"):
            raise ValidationError("backup_folder", f"There is no folder {folder}.")
        vault = store.vault.folder.absolute()
        if folder == vault or vault in folder.parents:
            raise ValidationError(
                "backup_folder", "Choose a folder outside the vault (e.g. on a removable drive)."
            )
    for name, value in (("keep_daily", plan.keep_daily), ("keep_weekly", plan.keep_weekly)):
        if not 0 <= value <= MAX_KEEP:
            raise ValidationError(name, f"Keep from 0 to {MAX_KEEP} backups.")
    clean = replace(plan, folder=folder)
    # While the drive is away its mount point cannot be read: the one remembered stays.
    mount = drive_mount(folder) if folder is None or folder.is_dir() else data.get("mount")
    data.update(
        {
            "folder": str(folder) if folder else None,
            "schedule": clean.schedule.value,
            "keep_daily": clean.keep_daily,
            "keep_weekly": clean.keep_weekly,
            "mount": str(mount) if mount else None,
        }
    )
    if data.get("problem_folder") != data["folder"] or clean.schedule is Schedule.OFF:
        data["problem"] = ""  # a problem with the old folder (or plan) is not the new one's
    vault_settings.write_json(store, PLAN_KEY, data)
    return clean


def backup_status(store: Store) -> BackupStatus:
    data = vault_settings.read_json(store, PLAN_KEY)
    problem = data.get("problem")
    return BackupStatus(
        plan=get_plan(store),
        last_at=backups.last_backup(store),
        last_folder=backups.last_backup_folder(store),
        problem=problem if isinstance(problem, str) else "",
    )


def _remember_problem(store: Store, folder: Path, problem: str) -> None:
    if store.vault.read_only:
        return
    data = vault_settings.read_json(store, PLAN_KEY)
    if data.get("problem") == problem and data.get("problem_folder") == str(folder):
        return
    data.update({"problem": problem, "problem_folder": str(folder)})
    vault_settings.write_json(store, PLAN_KEY, data)


# -- names -------------------------------------------------------------------------------------


def backup_name(vault_id: str, at: datetime) -> str:
    """The file name of this vault's backup made at ``at`` (UTC)."""
    return f"{PREFIX}{vault_id[:ID_DIGITS]}-{at.strftime(_STAMP)}{backups.SUFFIX}"


def backup_time(name: str, vault_id: str) -> datetime | None:
    """When a backup of this vault named ``name`` was made (UTC), or None if it is not one."""
    match = _NAME.fullmatch(name)
    if match is None or match[1] != vault_id[:ID_DIGITS]:
        return None
    try:
        return datetime.strptime(match[2], _STAMP)
    except ValueError:
        return None


def _partial(name: str, vault_id: str) -> bool:
    """A temporary file a run of this vault's backup left (``.<name>.<random>.partial``)."""
    return name.startswith(f".{PREFIX}{vault_id[:ID_DIGITS]}-") and name.endswith(TEMP_SUFFIX)


def vault_backups(folder: Path, vault_id: str) -> dict[Path, datetime]:
    """This vault's backups in ``folder``: by name, then by the vault id their header carries."""
    found: dict[Path, datetime] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            at = backup_time(entry.name, vault_id)
            if at is None or not entry.is_file(follow_symlinks=False):
                continue
            path = Path(entry.path)
            try:
                if read_backup_header(path).vault_id != vault_id:
                    continue
            except (CasebookError, OSError):
                continue  # damaged or unreadable: not counted, and never removed
            found[path] = at
    return found


# -- backing up --------------------------------------------------------------------------------


def drive_mount(folder: Path | None) -> Path | None:
    """The mount point of the drive holding ``folder``, when it is not the system's own.

    Remembered with the plan: a drive mounted on a folder that stays when it is
    unplugged (``/mnt/backup`` in fstab) leaves an empty folder behind, and a
    backup written there would land on the computer's own disk.
    """
    if folder is None:
        return None
    root = Path(os.path.abspath(folder))
    while not os.path.ismount(root) and root.parent != root:
        root = root.parent
    system = Path(os.path.abspath(Path.home()))
    while not os.path.ismount(system) and system.parent != system:
        system = system.parent
    return None if root in (Path(root.anchor), system) else root


def _check_folder(folder: Path, mount: Path | None = None) -> None:
    if not folder.exists() or (mount is not None and not os.path.ismount(mount)):
        raise BackupDriveAbsent(absent_message(folder))
    if not folder.is_dir():
        raise CasebookError(f"{folder} is not a folder; choose another place for backups.")


def backup_to_folder(
    store: Store,
    folder: Path,
    *,
    now: datetime,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
    progress: Progress | None = None,
    mount: Path | None = None,
) -> FolderBackupResult:
    """Write a verified backup into ``folder``, then keep this vault's newest daily and weekly.

    ``now`` is the UTC time (naive) the backup is named and dated by. Nothing
    is removed unless the new backup verified; a failure leaves the folder's
    backups as they were. ``mount``: the drive's mount point when the plan
    was made; not mounted now means the drive is absent.
    """
    folder = Path(os.path.abspath(folder.expanduser()))
    _check_folder(folder, mount)
    vault_id = store.vault.header.vault_id
    _remove_partials(folder, vault_id)
    at = _utc_naive(now)
    dest = folder / backup_name(vault_id, at)
    while dest.exists():  # two backups within one second: the second is named a second later
        at += timedelta(seconds=1)
        dest = folder / backup_name(vault_id, at)
    written = backups.backup_vault(store, dest, progress=progress, now=at)
    try:
        found = vault_backups(folder, vault_id)
    except OSError as exc:
        raise CasebookError(
            f"The backup {dest.name} was written and verified, but the folder could not be "
            f"listed to remove old backups ({os.strerror(exc.errno or 0)}); none was removed."
        ) from None
    found[written.path] = at  # kept whatever the listing says
    rule = retain(found.values(), keep_daily, keep_weekly)
    by_time: dict[datetime, list[Path]] = {}
    for path, when in found.items():
        by_time.setdefault(when, []).append(path)
    removed: list[Path] = []
    for when in rule.remove:
        for path in sorted(by_time[when]):
            if path == written.path:
                continue
            try:
                os.unlink(path)
            except FileNotFoundError:
                found.pop(path)  # someone else removed it meanwhile
                continue
            except OSError:
                continue  # it stays, and is said to stay
            removed.append(path)
    if removed:
        fsync_dir(folder)
    kept = tuple(sorted(p for p in found if p not in removed))
    if not store.vault.read_only:
        data = vault_settings.read_json(store, PLAN_KEY)
        if data.get("problem"):
            data["problem"] = ""
            vault_settings.write_json(store, PLAN_KEY, data)
    return FolderBackupResult(written.path, kept, tuple(sorted(removed)), at, written.size)


def _utc_naive(now: datetime) -> datetime:
    if now.tzinfo is not None:
        now = now.astimezone(UTC).replace(tzinfo=None)
    return now.replace(microsecond=0)


def _remove_partials(folder: Path, vault_id: str) -> None:
    """Temporary files of this vault's killed runs (the vault's lock says none is running)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if _partial(e.name, vault_id)]
    except OSError:
        return
    for name in names:
        remove_quietly(folder / name)


def is_due(
    plan: BackupPlan, last: datetime | None, last_folder: Path | None, now: datetime
) -> bool:
    """Whether ``plan`` asks for a backup at a lock or quit at ``now``.

    ``last`` and ``last_folder``: when and where the last verified backup went.
    Once a day means once a UTC day (the day the backup names carry) *into the
    plan's folder*: a backup made by hand elsewhere today does not count.
    """
    if plan.folder is None or plan.schedule is Schedule.OFF:
        return False
    if plan.schedule is Schedule.EVERY_LOCK or last is None or last_folder != plan.folder:
        return True
    return last.date() < _utc_naive(now).date()


def backup_due(store: Store, plan: BackupPlan, now: datetime) -> bool:
    """Whether the schedule asks for a backup now (on a lock or quit)."""
    return is_due(plan, backups.last_backup(store), backups.last_backup_folder(store), now)


def scheduled_backup(
    store: Store, *, now: datetime, progress: Progress | None = None
) -> ScheduledOutcome:
    """On lock or quit: back up if the plan says so; a failure is remembered, not raised.

    A drive that is not connected, a full or read-only disk are the person's
    environment: the status bar says so after the next unlock, and the next
    lock or quit tries again (no dialog for each).
    """
    plan = get_plan(store)
    if plan.folder is None or not backup_due(store, plan, now):
        return ScheduledOutcome(skipped=True)
    mount = vault_settings.read_json(store, PLAN_KEY).get("mount")
    try:
        result = backup_to_folder(
            store,
            plan.folder,
            now=now,
            keep_daily=plan.keep_daily,
            keep_weekly=plan.keep_weekly,
            progress=progress,
            mount=Path(mount) if isinstance(mount, str) and mount else None,
        )
    except BackupDriveAbsent as exc:
        _remember_problem(store, plan.folder, exc.message)
        return ScheduledOutcome(problem=exc.message)
    except CasebookError as exc:  # a full or read-only drive, a damaged read-back
        problem = f"The backup to {plan.folder} could not be made: {exc.message}"
        _remember_problem(store, plan.folder, problem)
        return ScheduledOutcome(problem=problem)
    return ScheduledOutcome(result=result)
