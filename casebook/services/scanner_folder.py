"""The scanner folder: new files go to the inbox, and the plaintext original goes away.

The watcher (``casebook.watch``) decides when a file is complete and calls
back on its own thread; ``ScannerInbox.handle`` must run on the thread that
owns the store (the command's main thread, or the app's database worker).

An original is removed only after its import is verified: the stored blob is
decrypted end to end and its SHA-256 compared with the original's. A plaintext
scan left in a folder defeats the vault, so removal is the default; a setting
keeps originals instead.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from casebook.domain.errors import CasebookError
from casebook.services.importer import ImportResult, ImportStatus, Options, Target, import_paths
from casebook.store.session import Store
from casebook.store.tables import Document
from casebook.watch import FolderWatcher, WatchStatus, remove_original

SCANNER_OPTIONS = Options(source="scanner folder")


@dataclass(frozen=True)
class ScannerResult:
    result: ImportResult
    original_removed: bool
    note: str = ""


class ScannerInbox:
    """Imports one complete file at a time into the inbox, then verifies and cleans up."""

    def __init__(
        self,
        store: Store,
        folder: Path,
        *,
        keep_originals: bool = False,
        options: Options = SCANNER_OPTIONS,
    ) -> None:
        self._store = store
        self._folder = folder
        self._keep = keep_originals
        self._options = options

    def handle(self, path: Path) -> ScannerResult:
        [result] = import_paths(self._store, [path], Target(), options=self._options)
        if result.status is ImportStatus.REJECTED or result.document_id is None:
            return ScannerResult(result, False, "the original was left in the folder")
        if self._keep:
            return ScannerResult(result, False)
        try:
            self._verify(result.document_id, path)
            remove_original(path, folder=self._folder)
        except CasebookError as exc:
            return ScannerResult(result, False, f"the original was kept: {exc.message}")
        return ScannerResult(result, True)

    def _verify(self, doc_id: int, original: Path) -> None:
        """Read the stored copy back and compare it with the original, byte for byte by hash."""
        with self._store.reading() as session:
            row = session.execute(
                select(Document.blob_name, Document.sha256).where(Document.id == doc_id)
            ).one()
        blobs = self._store.vault.blobs
        stored = blobs.verify(row.blob_name, f"document {doc_id}")
        if stored.sha256 != row.sha256 or blobs.fingerprint(original).sha256 != row.sha256:
            raise CasebookError("the stored copy could not be verified against the original")


def watch_until_stopped(
    store: Store,
    folder: Path,
    stop: threading.Event,
    *,
    keep_originals: bool = False,
    on_result: Callable[[ScannerResult], None],
    on_status: Callable[[WatchStatus], None],
    polling: bool | None = None,
) -> None:
    """Run the watcher, importing on this thread, until ``stop`` is set (the command's loop)."""
    ready: queue.Queue[Path] = queue.Queue()
    inbox = ScannerInbox(store, folder, keep_originals=keep_originals)
    watcher = FolderWatcher(folder, ready.put, on_status, polling=polling)
    watcher.start()
    try:
        while not stop.is_set():
            try:
                path = ready.get(timeout=0.2)
            except queue.Empty:
                continue
            on_result(inbox.handle(path))
    finally:
        watcher.stop()
