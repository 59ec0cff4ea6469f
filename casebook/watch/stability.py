"""Deciding when a scanned file is complete, and which names are never files to import.

A scanner or a copy writes a file over seconds; importing it half-written would
store a truncated scan. Like paperless-ngx's consumer, a file is taken only once
its size and modification time have stopped changing. This module is pure: the
caller stats the file and passes what it saw, and the clock is injected, so the
rule is tested without sleeping. Whether the file is still *open* for writing is
a separate, platform-specific probe (``open_files.py``) run only after this
tracker says "stable".
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

DEFAULT_INTERVAL = 1.0
DEFAULT_CHECKS = 2

# Partial downloads and editors' scratch files: they are renamed to their real
# name when complete, and that rename is what we import.
_IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".download")
# Files the operating system drops into folders by itself.
_IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})
# System folders at the root of a Windows-formatted USB stick; dot folders
# (.Trashes, .Spotlight-V100, .git ...) are caught by the leading-dot rule.
_IGNORED_FOLDERS = frozenset({"$recycle.bin", "system volume information"})


def is_ignored_folder(name: str) -> bool:
    """True for a subfolder whose contents are never imported (hidden or system)."""
    return name.startswith(".") or name.lower() in _IGNORED_FOLDERS


def is_ignored(relative: PurePath) -> bool:
    """True for a path (relative to the watched folder) that is never imported.

    Ignored: temporary names (``.tmp``, ``.part``, ``.crdownload``,
    ``.download``), Office lock files (``~$...``), dot files, ``Thumbs.db``,
    ``desktop.ini``, and anything inside a hidden or system subfolder.
    """
    *folders, name = relative.parts or ("",)
    if any(is_ignored_folder(folder) for folder in folders):
        return True
    lowered = name.lower()
    return (
        not name
        or name.startswith((".", "~$"))
        or lowered in _IGNORED_NAMES
        or lowered.endswith(_IGNORED_SUFFIXES)
    )


def is_hidden_by_attribute(st: os.stat_result) -> bool:
    """True when Windows marks the file hidden or system (no such flag elsewhere)."""
    attributes: int = getattr(st, "st_file_attributes", 0)
    return bool(attributes & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM))


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """What "the same content" means to the watcher: size and mtime (ns).

    Hashing every candidate would read whole scans twice; size plus mtime is
    what changes when a scanner rewrites a file, and the import service hashes
    the content anyway.
    """

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileIdentity:
        return cls(st.st_size, st.st_mtime_ns)


@dataclass(slots=True)
class _Sighting:
    identity: FileIdentity
    last_counted: float
    unchanged_checks: int


class StabilityTracker:
    """Says a file is complete once it stayed the same across ``checks`` checks.

    Each check counts only if it comes at least ``interval`` seconds after the
    previous counted one, so calling :meth:`observe` more often than that is
    harmless (the watcher's loop ticks faster than the interval). Any change of
    size or mtime starts the count again. With the defaults (1 s x 2) a file is
    taken about two seconds after its last write. Not thread-safe: the watcher
    uses it from its one thread.
    """

    def __init__(
        self,
        *,
        interval: float = DEFAULT_INTERVAL,
        checks: int = DEFAULT_CHECKS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval < 0 or checks < 1:
            raise ValueError("interval must be >= 0 and checks >= 1")
        self._interval = interval
        self._checks = checks
        self._clock = clock
        self._sightings: dict[Path, _Sighting] = {}

    def observe(self, path: Path, identity: FileIdentity) -> bool:
        """Record one look at ``path``; True once it has been stable long enough."""
        now = self._clock()
        sighting = self._sightings.get(path)
        if sighting is None or sighting.identity != identity:
            self._sightings[path] = _Sighting(identity, now, 0)
            return False
        if now - sighting.last_counted >= self._interval:
            sighting.unchanged_checks += 1
            sighting.last_counted = now
        return sighting.unchanged_checks >= self._checks

    def forget(self, path: Path) -> None:
        """Drop what is known of ``path`` (delivered, deleted or ignored)."""
        self._sightings.pop(path, None)

    def clear(self) -> None:
        """Forget every file, e.g. when the folder disappears."""
        self._sightings.clear()

    def __contains__(self, path: object) -> bool:
        return path in self._sightings

    def __len__(self) -> int:
        return len(self._sightings)
