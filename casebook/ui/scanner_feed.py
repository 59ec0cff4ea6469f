"""The watched scanner folder feeding the Inbox while the vault is open.

``casebook.watch.FolderWatcher`` calls back on its own thread; both callbacks
only emit a signal, which Qt queues to the GUI thread. There each complete
file becomes a worker job running ``ScannerInbox.handle`` (import, verify,
remove the original unless the vault keeps them), so no import runs on the
watcher's thread or the GUI thread. Folder missing / resumed reach the
status bar as plain sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from casebook.services.preferences import Preferences
from casebook.services.scanner_folder import ScannerInbox, ScannerResult
from casebook.ui.worker import DbWorker
from casebook.watch import FolderWatcher, WatchStatus, WatchStatusKind

WatcherFactory = Callable[..., Any]


class ScannerFeed(QObject):
    """Emits ``imported(ScannerResult)`` per file and ``status(kind, text)`` for the status bar.

    ``kind`` is a ``WatchStatusKind`` value, or ``"stopped"``.
    """

    imported = Signal(object)
    status = Signal(str, str)
    _ready = Signal(object)
    _watch_status = Signal(object)

    def __init__(
        self, worker: DbWorker, *, watcher_factory: WatcherFactory = FolderWatcher, **watch: Any
    ) -> None:
        super().__init__()
        self._worker = worker
        self._factory = watcher_factory
        self._watch_options = watch
        self._watcher: Any = None
        self._prefs = Preferences()
        self._ready.connect(self._on_ready, Qt.ConnectionType.QueuedConnection)
        self._watch_status.connect(self._on_status, Qt.ConnectionType.QueuedConnection)

    @property
    def folder(self) -> Path | None:
        return self._prefs.scanner_folder if self._watcher is not None else None

    def start(self, prefs: Preferences) -> None:
        """Watch ``prefs.scanner_folder`` (stopping any earlier watch); no folder: stop."""
        self.stop()
        self._prefs = prefs
        if prefs.scanner_folder is None:
            return
        self._watcher = self._factory(
            prefs.scanner_folder, self._ready.emit, self._watch_status.emit, **self._watch_options
        )
        self._watcher.start()

    def stop(self) -> None:
        """Stop watching (locking, closing, a new folder). Files not yet taken stay in place."""
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()
            self.status.emit("stopped", "")

    def _on_ready(self, path: Path) -> None:
        if self._watcher is None:
            return  # stopped since: the file stays in the folder for next time
        prefs = self._prefs
        folder = prefs.scanner_folder
        assert folder is not None
        options = prefs.import_options(source="scanner folder")

        def handle(store: Any) -> ScannerResult:
            inbox = ScannerInbox(
                store, folder, keep_originals=prefs.keep_originals, options=options
            )
            return inbox.handle(path)

        self._worker.submit(handle, on_success=self.imported.emit)

    def _on_status(self, report: WatchStatus) -> None:
        if self._watcher is None:
            return
        folder = report.folder.name or str(report.folder)
        text = {
            WatchStatusKind.WATCHING: f"Watching the scanner folder {folder}.",
            WatchStatusKind.FOLDER_MISSING: f"The scanner folder {folder} is missing; "
            "casebook keeps looking for it.",
            WatchStatusKind.RESUMED: f"The scanner folder {folder} is back; watching again.",
        }.get(report.kind, report.message)
        self.status.emit(report.kind.value, text)
