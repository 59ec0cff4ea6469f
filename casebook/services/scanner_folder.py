"""The scanner folder: new files go to the inbox, and the plaintext original goes away.

The watcher (``casebook.watch``) decides when a file is complete and calls
back on its own thread; ``ScannerInbox.handle`` must run on the thread that
owns the store (the command's main thread, or the app's database worker).

An original is removed only after its import is verified: the stored blob is
decrypted end to end and its SHA-256 compared with the original's. A batch
split into several documents is verified piece by piece (each blob against
its row), and the original against the batch SHA-256 the pieces were cut
from; if any piece failed, the original stays. A plaintext
scan left in a folder defeats the vault, so removal is the default; a setting
keeps originals instead.

A file that failed is remembered (by path, size and modification time, in the
vault's encrypted settings) and not tried again until it changes, also after a
restart; so is a file casebook was importing when it stopped (a crash, the
machine killed it for memory), which is how a file that kills the process
cannot kill every restart too. Files after it are imported as usual.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casebook.domain.errors import CasebookError
from casebook.services.importer import ImportResult, ImportStatus, Options, Target, import_paths
from casebook.store.session import Store
from casebook.store.tables import Document, Setting
from casebook.watch import FileIdentity, FolderWatcher, WatchStatus, remove_original

_log = logging.getLogger(__name__)

FAILED_SETTING = "scanner_folder.failed"
_REMEMBERED_AT_MOST = 2_000
_INTERRUPTED = (
    "casebook stopped while importing this file last time (it may have run out of "
    "memory on it); it is left in the folder and not tried again until it changes"
)

SCANNER_OPTIONS = Options(source="scanner folder")


@dataclass(frozen=True)
class ScannerResult:
    result: ImportResult  # the file's result; a split batch's first piece
    original_removed: bool
    note: str = ""
    pieces: tuple[ImportResult, ...] = ()  # every document a split batch became

    @property
    def results(self) -> tuple[ImportResult, ...]:
        return self.pieces or (self.result,)


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
        """Import one file; whatever goes wrong with it is its result, never an exception.

        A file that failed before, unchanged, is skipped (see ``FailedFiles``).
        """
        identity = _identity(path)
        if identity is None:
            gone = ImportResult(
                str(path),
                ImportStatus.REJECTED,
                reason="the file disappeared before it could be read",
            )
            return ScannerResult(gone, False)
        failed = FailedFiles(self._store)
        before = failed.reason(path, identity)
        if before is not None:
            skipped = ImportResult(
                str(path),
                ImportStatus.SKIPPED,
                reason=f"not tried again: it failed before ({before}); save it anew to retry",
            )
            return ScannerResult(skipped, False, "the original was left in the folder")
        failed.begin(path, identity)
        result = self._guarded(path)
        failed.settle(path, identity, result)
        return result

    def _guarded(self, path: Path) -> ScannerResult:
        try:
            return self._handle(path)
        except CasebookError as exc:
            result = ImportResult(str(path), ImportStatus.REJECTED, reason=exc.message)
        except Exception as exc:  # a bug: name it, keep watching
            _log.warning("%s while taking a file from the scanner folder", type(exc).__name__)
            result = ImportResult(
                str(path),
                ImportStatus.REJECTED,
                reason=f"casebook could not import this file (unexpected {type(exc).__name__}, "
                "a bug in casebook)",
            )
        return ScannerResult(result, False, "the original was left in the folder")

    def _handle(self, path: Path) -> ScannerResult:
        results = import_paths(self._store, [path], Target(), options=self._options)
        result = _worst(results)
        pieces = tuple(results) if any(r.split for r in results) else ()
        if result.status is ImportStatus.REJECTED or result.document_id is None:
            return ScannerResult(result, False, "the original was left in the folder", pieces)
        if self._keep:
            return ScannerResult(results[0], False, pieces=pieces)
        try:
            for piece in results:
                assert piece.document_id is not None
                self._verify(piece.document_id, path, piece)
            remove_original(path, folder=self._folder)
        except CasebookError as exc:
            kept = f"the original was kept: {exc.message}"
            return ScannerResult(results[0], False, kept, pieces)
        return ScannerResult(results[0], True, pieces=pieces)

    def _verify(self, doc_id: int, original: Path, result: ImportResult) -> None:
        """Read the stored copy back and compare it with the original, byte for byte by hash
        (a piece of a split batch: the original with the batch it was cut from)."""
        with self._store.reading() as session:
            row = session.execute(
                select(Document.blob_name, Document.sha256).where(Document.id == doc_id)
            ).one()
        blobs = self._store.vault.blobs
        stored = blobs.verify(row.blob_name, f"document {doc_id}")
        want = result.split.batch_sha256 if result.split is not None else row.sha256
        if stored.sha256 != row.sha256 or blobs.fingerprint(original).sha256 != want:
            raise CasebookError("the stored copy could not be verified against the original")


class FailedFiles:
    """Files of the scanner folder that failed, remembered across restarts.

    Kept in the encrypted ``settings`` table (a path names a client as often
    as not), without an audit entry: it is the watcher's bookkeeping, not a
    change a person made.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._files: dict[str, dict[str, Any]] = self._load()

    def _load(self) -> dict[str, dict[str, Any]]:
        with self._store.reading() as session:
            raw = session.scalar(select(Setting.value).where(Setting.key == FAILED_SETTING))
        try:
            value = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        files = value.get("files") if isinstance(value, dict) else None
        if not isinstance(files, dict):
            return {}
        return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, dict)}

    def _save(self) -> None:
        if len(self._files) > _REMEMBERED_AT_MOST:  # oldest first: dicts keep insertion order
            self._files = dict(list(self._files.items())[-_REMEMBERED_AT_MOST:])
        text = json.dumps({"files": self._files}, ensure_ascii=False, sort_keys=True)
        with self._store.transaction() as session:
            row = session.get(Setting, FAILED_SETTING)
            if row is None:
                session.add(Setting(key=FAILED_SETTING, value=text))
            else:
                row.value = text

    def reason(self, path: Path, identity: FileIdentity) -> str | None:
        """Why this very file (same size and time) failed before, or None."""
        entry = self._files.get(_key(path))
        if entry is None:
            return None
        if entry.get("size") != identity.size or entry.get("mtime_ns") != identity.mtime_ns:
            return None
        reason = entry.get("reason")
        return reason if isinstance(reason, str) else _INTERRUPTED

    def begin(self, path: Path, identity: FileIdentity) -> None:
        """Written before the import: if casebook dies on it, the next start knows."""
        self._remember(path, identity, _INTERRUPTED)

    def settle(self, path: Path, identity: FileIdentity, result: ScannerResult) -> None:
        if result.result.status is ImportStatus.REJECTED:
            self._remember(path, identity, result.result.reason)
        elif self._files.pop(_key(path), None) is not None:
            self._save()

    def _remember(self, path: Path, identity: FileIdentity, reason: str) -> None:
        self._files.pop(_key(path), None)
        self._files[_key(path)] = {
            "size": identity.size,
            "mtime_ns": identity.mtime_ns,
            "reason": reason,
        }
        self._save()


def _worst(results: list[ImportResult]) -> ImportResult:
    """The file's result: a rejected piece rejects the file (so it is tried again)."""
    rejected = [r for r in results if r.status is ImportStatus.REJECTED]
    if rejected or not results:
        return rejected[0] if rejected else ImportResult("", ImportStatus.REJECTED)
    return results[0]


def _key(path: Path) -> str:
    return os.fsdecode(os.path.abspath(path))


def _identity(path: Path) -> FileIdentity | None:
    try:
        return FileIdentity.of(path.stat())
    except OSError:
        return None


def watch_until_stopped(
    store: Store,
    folder: Path,
    stop: threading.Event,
    *,
    keep_originals: bool = False,
    on_result: Callable[[ScannerResult], None],
    on_status: Callable[[WatchStatus], None],
    polling: bool | None = None,
    options: Options = SCANNER_OPTIONS,
) -> None:
    """Run the watcher, importing on this thread, until ``stop`` is set (the command's loop)."""
    ready: queue.Queue[Path] = queue.Queue()
    inbox = ScannerInbox(store, folder, keep_originals=keep_originals, options=options)
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
