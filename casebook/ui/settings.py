"""What the app remembers between runs: recent vault folders and the auto-lock delay.

Only folder paths and numbers are kept (QSettings, outside the vault): never
a client's name, a passphrase or anything read from inside a vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casebook.ui.autolock import DEFAULT_MINUTES

MAX_RECENT = 8


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings("casebook", "casebook")

    def recent_vaults(self) -> list[Path]:
        raw = self._s.value("recent_vaults", [])
        if isinstance(raw, str):  # QSettings gives a lone string for a one-item list
            raw = [raw]
        return [Path(p) for p in raw if isinstance(p, str) and p] if isinstance(raw, list) else []

    def remember_vault(self, folder: Path) -> None:
        """Put ``folder`` first in the recent list."""
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
