"""The words for the last verified backup, shared by the status bar, Settings and the lock.

Times are kept in UTC (as the backup names carry them) and shown in this
computer's time zone; "today" and "yesterday" are reckoned from the injected
clock, never the real date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

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
        return QCoreApplication.translate("BackupStatus", "today {clock}").format(clock=clock)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("BackupStatus", "yesterday {clock}").format(clock=clock)
    return f"{local.date().isoformat()} {clock}"


def last_backup_words(status: BackupStatus, now: datetime, zone: tzinfo | None = None) -> str:
    """What Settings says about the last verified backup: when and where, or "never"."""
    if status.last_at is None:
        return QCoreApplication.translate("BackupStatus", "Last verified backup: never.")
    when = when_words(status.last_at, now, zone)
    if status.last_folder:
        return QCoreApplication.translate(
            "BackupStatus", "Last verified backup: {when} to {folder}."
        ).format(when=when, folder=status.last_folder)
    return QCoreApplication.translate("BackupStatus", "Last verified backup: {when}.").format(
        when=when
    )


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
        text = QCoreApplication.translate(
            "BackupStatus", "No backup yet: one is made at the next lock or quit, to {folder}."
        )
        return StatusWords(text.format(folder=status.plan.folder), False)
    when = when_words(status.last_at, now, zone)
    if status.last_folder:
        text = QCoreApplication.translate("BackupStatus", "Last backup: {when} to {folder}")
        return StatusWords(text.format(when=when, folder=status.last_folder), False)
    text = QCoreApplication.translate("BackupStatus", "Last backup: {when}")
    return StatusWords(text.format(when=when), False)
