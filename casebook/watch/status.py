"""What the folder watcher tells its owner: plain values the UI can word and show."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class WatchStatusKind(enum.Enum):
    """The watcher's state changes and problems, as fixed codes (paperless-style)."""

    WATCHING = "watching"
    """Watching started, or the way of watching changed (e.g. switched to polling)."""
    FOLDER_MISSING = "folder_missing"
    """The folder is gone (USB stick pulled, share unmounted); waiting for it."""
    RESUMED = "resumed"
    """The folder came back and watching continues by itself."""
    ERROR = "error"
    """One file could not be handed over (``path`` says which); watching goes on."""


@dataclass(frozen=True, slots=True)
class WatchStatus:
    """One report. ``message`` names the folder (and the file, if any), never contents."""

    kind: WatchStatusKind
    folder: Path
    message: str
    path: Path | None = None
    polling: bool = False
