"""A recorder for the watcher's callbacks and a factory for short-interval watchers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.watch import FolderWatcher, WatchStatus, WatchStatusKind

INTERVAL = 0.05  # stability: two unchanged checks 50 ms apart
RESCAN = 0.25
TIMEOUT = 10.0  # generous ceiling; tests return as soon as the condition holds


class Recorder:
    """Collects on_ready / on_status calls, and waits for conditions on them."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.ready: list[Path] = []
        self.sizes: dict[Path, list[int]] = {}
        self.statuses: list[WatchStatus] = []
        self.threads: set[str] = set()
        self.fail_for: Callable[[Path], Exception | None] = lambda path: None

    def on_ready(self, path: Path) -> None:
        with self._changed:
            self.threads.add(threading.current_thread().name)
            self.ready.append(path)
            self.sizes.setdefault(path, []).append(path.stat().st_size)
            self._changed.notify_all()
        error = self.fail_for(path)
        if error is not None:
            raise error

    def on_status(self, status: WatchStatus) -> None:
        with self._changed:
            self.threads.add(threading.current_thread().name)
            self.statuses.append(status)
            self._changed.notify_all()

    def counts(self) -> Counter[str]:
        with self._changed:
            return Counter(path.name for path in self.ready)

    def kinds(self) -> list[WatchStatusKind]:
        with self._changed:
            return [status.kind for status in self.statuses]

    def wait_for(self, condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    pytest.fail(f"timed out; ready={len(self.ready)} statuses={self.statuses}")
                self._changed.wait(remaining)

    def wait_delivered(self, *names: str) -> None:
        self.wait_for(lambda: all(any(p.name == n for p in self.ready) for n in names))

    @staticmethod
    def settle(seconds: float = RESCAN * 3) -> None:
        """Give the watcher a few more rescans, to show nothing more arrives."""
        time.sleep(seconds)

    def wait_status(self, kind: WatchStatusKind, count: int = 1) -> None:
        self.wait_for(lambda: [s.kind for s in self.statuses].count(kind) >= count)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def make_watcher(recorder: Recorder) -> Iterator[Callable[..., FolderWatcher]]:
    watchers: list[FolderWatcher] = []
    before = set(threading.enumerate())

    def make(folder: Path, **options: object) -> FolderWatcher:
        settings: dict[str, object] = {"interval": INTERVAL, "rescan_interval": RESCAN}
        settings.update(options)
        watcher = FolderWatcher(folder, recorder.on_ready, recorder.on_status, **settings)
        watchers.append(watcher)
        return watcher

    yield make
    for watcher in watchers:
        watcher.stop()
    leaked = [t for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not leaked, f"threads left running: {leaked}"
