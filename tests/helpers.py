"""Constants and small helpers shared by tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

PASSPHRASE = "plum-orchard-violin-42"
TODAY = date(2026, 11, 29)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
