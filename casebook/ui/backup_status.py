"""The words for the last verified backup, shared by the status bar, Settings and the lock.

Times are kept in UTC (as the backup names carry them) and shown in this
computer's time zone; "today" and "yesterday" are reckoned from the injected
clock, never the real date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from casebook.services.backup_folder import BackupStatus


@dataclass(frozen=True)
class StatusWords:
    text: str
    warning: bool


def local_time(at: datetime, zone: tzinfo | None = None) -> datetime:
    """A naive UTC time in ``zone`` (default: this computer's)."""
    return at.replace(tzinfo=UTC).astimezone(zone)


def when_words(at: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """``today 09:12``, ``yesterday 18:40`` or ``2026-11-28 18:40`` (both naive UTC in)."""
    local, today = local_time(at, zone), local_time(now, zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"today {clock}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday {clock}"
    return f"{local.date().isoformat()} {clock}"


def last_backup_words(status: BackupStatus, now: datetime, zone: tzinfo | None = None) -> str:
    """What Settings says about the last verified backup: when and where, or "never"."""
    if status.last_at is None:
        return "Last verified backup: never."
    where = f" to {status.last_folder}" if status.last_folder else ""
    return f"Last verified backup: {when_words(status.last_at, now, zone)}{where}."


def status_bar_words(
    status: BackupStatus, now: datetime, zone: tzinfo | None = None
) -> StatusWords:
    """The status bar's line: the last backup, or a plain warning (a drive not connected).

    Empty when there is nothing to say beyond the overdue reminder, which the
    main window keeps on its own (it does not nag a vault made today).
    """
    if status.problem:
        return StatusWords(status.problem, True)
    if status.last_at is None:
        if status.plan.folder is None:
            return StatusWords("", False)
        return StatusWords(
            f"No backup yet: one is made at the next lock or quit, to {status.plan.folder}.",
            False,
        )
    where = f" to {status.last_folder}" if status.last_folder else ""
    return StatusWords(f"Last backup: {when_words(status.last_at, now, zone)}{where}", False)
