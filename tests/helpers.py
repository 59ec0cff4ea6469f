"""Constants and small helpers shared by tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

PASSPHRASE = "plum-orchard-violin-42"
# The tests' calendar: every date a test reasons about is relative to TODAY, and
# everything stamped with a wall-clock time (a vault's creation) is NOW, on TODAY.
# No test may read the real date: CI runs the ``dates`` tests again ~400 days ahead.
TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 15, 0, 0)  # naive UTC, as the store keeps times


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
