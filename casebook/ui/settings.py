"""What the app remembers between runs: recent vault folders, the auto-lock delay, how
often to remind about backups and the window's language.

Only folder paths and numbers are kept (QSettings, outside the vault): never
a client's name, a passphrase or anything read from inside a vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casebook.ui.autolock import DEFAULT_MINUTES
from casebook.ui.translation import CHOICES, SYSTEM

MAX_RECENT = 8
DEFAULT_BACKUP_DAYS = 7


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings("casebook", "casebook")

    def recent_vaults(self) -> list[Path]:
        raw = self._s.value("recent_vaults", [])
        if isinstance(raw, str):  # QSettings gives a lone string for a one-item list
            raw = [raw]
        return [Path(p) for p in raw if isinstance(p, str) and p] if isinstance(raw, list) else []

    def remember_recent(self) -> bool:
        """Keep a list of recent vault folders at all (default yes; README, "Privacy")."""
        value = self._s.value("remember_recent_vaults", True)
        return value not in (False, "false", "0", 0)

    def set_remember_recent(self, remember: bool) -> None:
        """Switching it off forgets the list too: nothing is kept that the user turned off."""
        self._s.setValue("remember_recent_vaults", bool(remember))
        if not remember:
            self._s.remove("recent_vaults")
        self._s.sync()

    def forget_all_vaults(self) -> None:
        self._s.remove("recent_vaults")
        self._s.sync()

    def remember_vault(self, folder: Path) -> None:
        """Put ``folder`` first in the recent list (if the user keeps one)."""
        if not self.remember_recent():
            return
        key = str(folder)
        paths = [key] + [str(p) for p in self.recent_vaults() if str(p) != key]
        self._s.setValue("recent_vaults", paths[:MAX_RECENT])
        self._s.sync()

    def forget_vault(self, folder: Path) -> None:
        paths = [str(p) for p in self.recent_vaults() if p != folder]
        self._s.setValue("recent_vaults", paths)
        self._s.sync()

    def autolock_minutes(self) -> float:
        value = self._s.value("autolock_minutes", DEFAULT_MINUTES)
        try:
            minutes = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_MINUTES
        return minutes if minutes > 0 else DEFAULT_MINUTES

    def set_autolock_minutes(self, minutes: float) -> None:
        self._s.setValue("autolock_minutes", float(minutes))
        self._s.sync()

    def backup_reminder_days(self) -> int:
        """Remind when the last backup is older than this many days (default 7)."""
        value = self._s.value("backup_reminder_days", DEFAULT_BACKUP_DAYS)
        try:
            days = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_BACKUP_DAYS
        return days if days > 0 else DEFAULT_BACKUP_DAYS

    def set_backup_reminder_days(self, days: int) -> None:
        self._s.setValue("backup_reminder_days", int(days))
        self._s.sync()

    def language(self) -> str:
        """``system`` (the default: follow the computer), ``en`` or ``es``."""
        value = self._s.value("language", SYSTEM)
        return value if isinstance(value, str) and value in CHOICES else SYSTEM

    def set_language(self, language: str) -> None:
        self._s.setValue("language", language if language in CHOICES else SYSTEM)
        self._s.sync()
