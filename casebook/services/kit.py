"""Saving a new vault's printable emergency kit (the UI reaches ``export`` through here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casebook.domain.errors import CasebookError
from casebook.export.emergency_kit import write_emergency_kit


def save_emergency_kit(path: Path, recovery_key: str, vault_folder: Path, created: date) -> None:
    """Write the one-page PDF carrying ``recovery_key`` to ``path`` (0600, atomically).

    The sheet names the vault by its folder name only. A place that cannot be
    written raises ``CasebookError`` with words for the person saving.
    """
    name = vault_folder.name.removesuffix(".casebook") or vault_folder.name
    if not path.parent.is_dir():
        raise CasebookError(f"There is no folder {path.parent}; choose another place.")
    try:
        write_emergency_kit(path, recovery_key, name, created)
    except PermissionError:
        raise CasebookError(
            f"casebook may not write to {path.parent}; choose another place."
        ) from None
