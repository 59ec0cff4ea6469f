"""The scanner folder: hand each complete new file to a callback, exactly once.

How it decides, in one loop on the watcher's own thread:

- *Which files to look at.* watchdog events (inotify, FSEvents,
  ReadDirectoryChangesW, or polling) only say "look at this path"; a periodic
  full rescan of the folder (and one at start, for files already there) catches
  whatever events missed: an overflowed event queue in a burst, a network share
  whose changes never raise events. Events are an accelerator, the rescan the
  guarantee, so a burst of 500 files loses nothing.
- *When a file is complete.* ``StabilityTracker`` (size and mtime unchanged
  across ``checks`` checks ``interval`` apart), then ``open_for_writing``.
- *Exactly once.* A ledger maps each path to the ``(size, mtime)`` identity last
  handed over. A file whose identity is in the ledger is skipped however many
  events or rescans name it; a file reusing a name (``scan0001.pdf``) with new
  content has a new identity and is handed over again. A failed hand-over is
  recorded too, so it is retried only if the file changes. The ledger lives as
  long as the ``FolderWatcher`` object; a new one (a new app start) sees
  existing files afresh and relies on the import service's duplicate check.

Subfolders are watched (scanners that file by date, a folder of scans dropped
in), except hidden and system ones; links to files or folders are never
followed, so a link cannot pull in files from elsewhere or loop.

Threads: every callback (``on_ready``, ``on_status``) runs on the watcher's own
thread, one at a time. A Qt caller must marshal to its GUI thread (a queued
signal) and should keep ``on_ready`` short: queue the import, don't run it.
"""

from __future__ import annotations

import enum
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from watchdog.events import (
    EVENT_TYPE_CLOSED_NO_WRITE,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MOVED,
    EVENT_TYPE_OPENED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from casebook.domain.errors import CasebookError
from casebook.watch.filesystems import looks_remote
from casebook.watch.open_files import open_for_writing
from casebook.watch.stability import (
    DEFAULT_CHECKS,
    DEFAULT_INTERVAL,
    FileIdentity,
    StabilityTracker,
    is_hidden_by_attribute,
    is_ignored,
    is_ignored_folder,
)
from casebook.watch.status import WatchStatus, WatchStatusKind

_log = logging.getLogger(__name__)

DEFAULT_RESCAN_INTERVAL = 10.0
# A file changed this long before a rescan should have raised an event by
# then; a rescan finding it unannounced means events are not arriving. Two such
# rescans in one session switch to polling.
_EVENT_GRACE_SECONDS = 2.0
_MISSED_RESCANS_BEFORE_POLLING = 2
_NOT_A_FILE_CHANGE = frozenset({EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE, EVENT_TYPE_DELETED})


class _State(enum.Enum):
    STARTING = enum.auto()
    WATCHING = enum.auto()
    MISSING = enum.auto()


class _EventInbox(FileSystemEventHandler):
    """Collects the paths watchdog's thread reports, for the watcher's thread to drain."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._files: set[str] = set()
        self._folders: set[str] = set()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _NOT_A_FILE_CHANGE:
            return  # our own probes open files; deletions are noticed by stat
        raw = event.dest_path if event.event_type == EVENT_TYPE_MOVED else event.src_path
        path = os.fsdecode(raw)
        with self._lock:
            (self._folders if event.is_directory else self._files).add(path)

    def drain(self) -> tuple[set[str], set[str]]:
        with self._lock:
            files, folders = self._files, self._folders
            self._files, self._folders = set(), set()
        return files, folders


class FolderWatcher:
    """Watches ``folder`` and calls ``on_ready(path)`` once per complete file content.

    ``polling``: ``True`` always polls; ``False`` never does; ``None`` (default)
    polls on network shares, and switches to polling by itself once two rescans
    have found files (changed over 2 s earlier) that no event announced.
    ``interval`` and ``checks`` set the stability wait, ``rescan_interval`` the
    safety-net rescan; ``clock`` (for tests) is a monotonic clock in seconds.
    """

    def __init__(
        self,
        folder: Path,
        on_ready: Callable[[Path], None],
        on_status: Callable[[WatchStatus], None],
        *,
        polling: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        interval: float = DEFAULT_INTERVAL,
        checks: int = DEFAULT_CHECKS,
        rescan_interval: float = DEFAULT_RESCAN_INTERVAL,
    ) -> None:
        self._folder = Path(os.path.abspath(folder))
        self._real_folder = self._folder
        self._on_ready = on_ready
        self._on_status = on_status
        self._polling_choice = polling
        self._clock = clock
        self._interval = interval
        self._rescan_interval = rescan_interval
        self._tick_seconds = max(min(interval / 2, rescan_interval), 0.005)
        self._tracker = StabilityTracker(interval=interval, checks=checks, clock=clock)
        self._ledger: dict[Path, FileIdentity] = {}
        self._candidates: set[Path] = set()
        self._inbox = _EventInbox()
        self._lifecycle = threading.Lock()
        self._stop_requested = threading.Event()
        self._thread: threading.Thread | None = None
        self._observer: BaseObserver | None = None
        self._state = _State.STARTING
        self._folder_key: tuple[int, int] | None = None
        self._use_polling = bool(polling)
        self._polling_forced = False
        self._next_rescan = 0.0
        self._rescanned_since_start = False
        self._missed_rescans = 0
        self._last_unexpected: str | None = None

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def polling(self) -> bool:
        """Whether watchdog's PollingObserver is in use right now."""
        return self._use_polling

    def start(self) -> None:
        """Start watching on a new thread; does nothing if already running."""
        with self._lifecycle:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stop_requested.clear()
            self._state = _State.STARTING
            self._thread = threading.Thread(
                target=self._run, name="casebook-folder-watcher", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop and join every thread; safe to call twice or before ``start``.

        Called from inside a callback (on the watcher's thread) it only asks
        the loop to end, since a thread cannot join itself.
        """
        with self._lifecycle:
            self._stop_requested.set()
            thread = self._thread
            if thread is None or thread is threading.current_thread():
                return
            thread.join()
            self._thread = None

    # -- the loop, on the watcher's thread ------------------------------------

    def _run(self) -> None:
        try:
            if self._polling_choice is None:
                self._use_polling = looks_remote(self._folder)
            while not self._stop_requested.is_set():
                try:
                    self._tick()
                except Exception as exc:  # a bug or an odd OS error: say so, keep going
                    self._report_unexpected(exc)
                self._stop_requested.wait(self._tick_seconds)
        finally:
            self._stop_observer()

    def _tick(self) -> None:
        key = self._current_folder_key()
        if key is None:
            if self._state is not _State.MISSING:
                self._stop_observer()
                self._tracker.clear()
                self._candidates.clear()
                self._state = _State.MISSING
                self._report(
                    WatchStatusKind.FOLDER_MISSING,
                    f"The scanner folder {self._folder} is not available (removed, or a "
                    "USB stick or network share disconnected). Watching resumes when it returns.",
                )
            return
        if self._state is not _State.WATCHING:
            resumed = self._state is _State.MISSING
            if resumed and self._polling_choice is None and not self._polling_forced:
                self._use_polling = looks_remote(self._folder)
            self._begin_watching(key)
            if resumed:
                self._report(
                    WatchStatusKind.RESUMED,
                    f"The scanner folder {self._folder} is back; watching it again.",
                )
            else:
                self._report(WatchStatusKind.WATCHING, self._watching_message())
        elif key != self._folder_key:
            # Replaced by a new folder of the same name between two ticks: the
            # old watch would never report anything again.
            self._stop_observer()
            self._begin_watching(key)
        self._take_events()
        if self._clock() >= self._next_rescan:
            self._rescan()
        self._check_candidates()

    def _begin_watching(self, key: tuple[int, int]) -> None:
        self._real_folder = Path(os.path.realpath(self._folder))
        self._start_observer()
        self._state = _State.WATCHING
        self._folder_key = key
        self._rescanned_since_start = False
        self._missed_rescans = 0
        self._next_rescan = self._clock()  # rescan now: files that arrived meanwhile

    def _current_folder_key(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self._folder)
        except OSError:
            return None
        return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None

    # -- watchdog ---------------------------------------------------------------

    def _start_observer(self) -> None:
        try:
            self._observer = self._launch_observer(polling=self._use_polling)
        except OSError:
            if self._use_polling:
                raise
            # e.g. the inotify watch limit reached: polling still works.
            self._use_polling = self._polling_forced = True
            self._observer = self._launch_observer(polling=True)

    def _launch_observer(self, *, polling: bool) -> BaseObserver:
        observer: BaseObserver = (
            PollingObserver(timeout=max(self._interval, 0.05) * 2) if polling else Observer()
        )
        try:
            observer.schedule(self._inbox, str(self._folder), recursive=True)
            observer.start()
        except BaseException:
            self._discard_observer(observer)
            raise
        return observer

    def _stop_observer(self) -> None:
        observer, self._observer = self._observer, None
        if observer is not None:
            self._discard_observer(observer)

    @staticmethod
    def _discard_observer(observer: BaseObserver) -> None:
        try:
            observer.stop()
            if observer.ident is not None:
                observer.join()
        except Exception:  # the folder vanished under it; nothing left to stop
            _log.debug("watchdog observer did not stop cleanly", exc_info=True)

    def _switch_to_polling(self) -> None:
        self._stop_observer()
        self._use_polling = self._polling_forced = True
        self._start_observer()
        self._report(WatchStatusKind.WATCHING, self._watching_message())

    def _watching_message(self) -> str:
        if self._use_polling:
            return (
                f"Watching the scanner folder {self._folder} by checking it regularly "
                "(a network folder, or change notifications are not arriving)."
            )
        return f"Watching the scanner folder {self._folder} for new scans."

    # -- finding candidates -------------------------------------------------------

    def _take_events(self) -> None:
        files, folders = self._inbox.drain()
        for raw in files:
            relative = self._relative(Path(raw))
            if relative is not None and not is_ignored(relative):
                self._candidates.add(self._folder / relative)
        for raw in folders:
            relative = self._relative(Path(raw))
            if relative is None or any(is_ignored_folder(part) for part in relative.parts):
                continue
            for path, _ in self._walk(self._folder / relative):
                self._candidates.add(path)

    def _rescan(self) -> None:
        started_wall = time.time()
        first_of_session = not self._rescanned_since_start  # existing files: no event due
        missed = 0
        for path, st in self._walk(self._folder):
            if path in self._candidates or self._ledger.get(path) == FileIdentity.of(st):
                continue
            changed_at = max(st.st_ctime, st.st_mtime)
            if not first_of_session and changed_at < started_wall - _EVENT_GRACE_SECONDS:
                missed += 1
            self._candidates.add(path)
        self._rescanned_since_start = True
        self._next_rescan = self._clock() + self._rescan_interval
        if missed:
            self._missed_rescans += 1
        if (
            self._missed_rescans >= _MISSED_RESCANS_BEFORE_POLLING
            and self._polling_choice is None
            and not self._use_polling
        ):
            self._switch_to_polling()

    def _walk(self, root: Path) -> Iterator[tuple[Path, os.stat_result]]:
        """Regular, non-ignored files under ``root``; links and hidden folders skipped."""
        pending = [root]
        while pending:
            current = pending.pop()
            try:
                with os.scandir(current) as entries:
                    listed = list(entries)
            except OSError:
                continue
            for entry in listed:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if is_hidden_by_attribute(st):
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if not is_ignored_folder(entry.name):
                        pending.append(Path(entry.path))
                elif stat.S_ISREG(st.st_mode):
                    path = Path(entry.path)
                    relative = self._relative(path)
                    if relative is not None and not is_ignored(relative):
                        yield path, st

    def _relative(self, path: Path) -> Path | None:
        """``path`` relative to the folder, whether named as given or by its real path.

        macOS's FSEvents reports real paths (``/private/var/...``), and a
        folder reached through a link is reported under its target.
        """
        for base in (self._folder, self._real_folder):
            try:
                return path.relative_to(base)
            except ValueError:
                continue
        return None

    # -- deciding and handing over ------------------------------------------------

    def _check_candidates(self) -> None:
        ready: list[tuple[Path, FileIdentity]] = []
        for path in sorted(self._candidates):
            try:
                st = path.lstat()
            except OSError:
                self._drop(path)
                continue
            identity = FileIdentity.of(st)
            if (
                not stat.S_ISREG(st.st_mode)
                or is_hidden_by_attribute(st)
                or self._ledger.get(path) == identity
            ):
                self._drop(path)
            elif self._tracker.observe(path, identity):
                ready.append((path, identity))
        if not ready:
            return
        busy = open_for_writing([path for path, _ in ready])
        for path, identity in ready:
            if self._stop_requested.is_set():
                return
            if path not in busy:
                self._deliver(path, identity)

    def _drop(self, path: Path) -> None:
        self._candidates.discard(path)
        self._tracker.forget(path)

    def _deliver(self, path: Path, identity: FileIdentity) -> None:
        self._ledger[path] = identity  # before the call: a failure is not retried as is
        self._drop(path)
        try:
            self._on_ready(path)
        except CasebookError as exc:
            self._report(
                WatchStatusKind.ERROR,
                f"Could not take {path.name!r} from the scanner folder {self._folder}: {exc}",
                path=path,
            )
        except Exception as exc:
            _log.exception("on_ready failed for a file in the scanner folder")
            self._report(
                WatchStatusKind.ERROR,
                f"Could not take {path.name!r} from the scanner folder {self._folder}: "
                f"unexpected {type(exc).__name__} (a bug). It is retried if the file changes.",
                path=path,
            )

    def _report(self, kind: WatchStatusKind, message: str, *, path: Path | None = None) -> None:
        status = WatchStatus(kind, self._folder, message, path=path, polling=self._use_polling)
        try:
            self._on_status(status)
        except Exception:
            _log.exception("on_status callback failed")

    def _report_unexpected(self, exc: Exception) -> None:
        _log.exception("folder watcher loop failed")
        message = (
            f"Watching the scanner folder {self._folder} hit an unexpected "
            f"{type(exc).__name__}; it keeps trying."
        )
        if message != self._last_unexpected:
            self._last_unexpected = message
            self._report(WatchStatusKind.ERROR, message)
