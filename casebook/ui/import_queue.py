"""Imports started by dropping files: one at a time, with progress, Cancel and a summary.

Each import runs as a background job of the worker (``services.importer``
on a thread of its own, with the vault's OCR languages), reporting progress
by queued signal. Drops that arrive while one runs wait their turn. The end
is a short summary (imported, already in the vault, not imported and why),
shown in the status bar by ``ImportNotice``; file names appear in it, never
their contents.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from casebook.domain.batch_split import dropped_words, page_range
from casebook.domain.errors import CasebookError
from casebook.services.changes import Change, Changes
from casebook.services.importer import ImportResult, ImportStatus, Target, import_paths
from casebook.services.matters import Store
from casebook.services.preferences import get_preferences
from casebook.ui.worker import DbWorker


@dataclass(frozen=True)
class ImportRequest:
    paths: tuple[Path, ...]
    target: Target
    label: str  # where the files go, in words: "the inbox", "Ana Quispe"


@dataclass(frozen=True)
class ImportSummary:
    label: str
    imported: int
    duplicates: int
    rejected: tuple[tuple[str, str], ...]  # (file name, reason)
    notes: tuple[tuple[str, str], ...]  # imported, with something to know (no OCR, say)
    cancelled: bool
    document_ids: tuple[int, ...] = ()  # imported or already there, to show them
    client_id: int | None = None  # where they went; None: the inbox
    skipped: tuple[tuple[str, str], ...] = ()  # hidden files, links: not tried, and why
    splits: tuple[tuple[str, str], ...] = ()  # scanned batches split, into what, and what left out
    split_documents: int = 0  # the documents those batches became

    @classmethod
    def of(
        cls, label: str, results: list[ImportResult], cancelled: bool, target: Target | None = None
    ) -> ImportSummary:
        def name(r: ImportResult) -> str:
            return Path(r.path).name

        return cls(
            label,
            sum(r.status is ImportStatus.IMPORTED for r in results),
            sum(r.status is ImportStatus.DUPLICATE for r in results),
            tuple((name(r), r.reason) for r in results if r.status is ImportStatus.REJECTED),
            tuple(
                (name(r), _own_note(r))
                for r in results
                if r.status is ImportStatus.IMPORTED and _own_note(r)
            ),
            cancelled,
            tuple(r.document_id for r in results if r.document_id is not None),
            target.client_id if target is not None else None,
            tuple((name(r), r.reason) for r in results if r.status is ImportStatus.SKIPPED),
            _splits(results),
            sum(r.split is not None for r in results),
        )

    @property
    def headline(self) -> str:
        return _WORDS.headline(self)

    @property
    def details(self) -> str:
        split, rejected = (
            QCoreApplication.translate("ImportWords", "Split"),
            QCoreApplication.translate("ImportWords", "Not imported"),
        )
        imported, skipped = (
            QCoreApplication.translate("ImportWords", "Imported"),
            QCoreApplication.translate("ImportWords", "Skipped"),
        )
        lines = [f"{split}: {n}: {why}" for n, why in self.splits]
        lines += [f"{rejected}: {n}: {why}" for n, why in self.rejected]
        lines += [f"{imported}: {n}: {why}" for n, why in self.notes]
        lines += [f"{skipped}: {n}: {why}" for n, why in self.skipped]
        return "\n".join(lines)


class ImportWords(QObject):
    """The summary's counts in words: a QObject, as lupdate reads plurals only from tr()."""

    def headline(self, s: ImportSummary) -> str:
        parts = [self.tr("%n imported", "", s.imported)]
        if s.duplicates:
            parts.append(self.tr("%n already in the vault", "", s.duplicates))
        if s.rejected:
            parts.append(self.tr("%n not imported", "", len(s.rejected)))
        if s.skipped:
            parts.append(self.tr("%n skipped", "", len(s.skipped)))
        if s.splits:
            batches = self.tr("%n scanned batch(es)", "", len(s.splits))
            parts.append(
                self.tr("{batches} split into {count} documents").format(
                    batches=batches, count=s.split_documents
                )
            )
        start = self.tr("Import cancelled: ") if s.cancelled else ""
        return f"{start}{', '.join(parts)} ({s.label})."


_WORDS = ImportWords()


def _own_note(r: ImportResult) -> str:
    """What to know about one imported document, but the split (said once per batch)."""
    if r.split is None:
        return r.reason
    words = r.split.words()
    return r.reason.removeprefix(words).removeprefix("; ")


def _splits(results: list[ImportResult]) -> tuple[tuple[str, str], ...]:
    """Per split batch: "split into 3 documents (pages 1-2, 4, 6); left out: ...", en dashes."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for r in results:
        if r.split is None or r.path in seen:
            continue
        seen.add(r.path)
        note = r.split
        pieces = ", ".join(
            page_range(p.split.pages) for p in results if p.path == r.path and p.split
        )
        text = f"split into {note.pieces} documents ({pieces})"
        if note.dropped:
            text += f"; left out: {dropped_words(note.dropped)}"
        out.append((Path(r.path).name, text))
    return tuple(out)


class _Relay(QObject):
    """Carries progress from the import's thread to the GUI thread (queued)."""

    progressed = Signal(int, int, str)


class ImportQueue(QWidget):
    """The status-bar strip: what is being imported, a progress bar and Cancel.

    Emits ``finished(summary)`` after each import; the worker announces the new
    documents to the pages that show them.
    """

    finished = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._waiting: deque[ImportRequest] = deque()
        self._current: ImportRequest | None = None
        self._cancel = threading.Event()
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.setAccessibleName("Import progress")

        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Import progress")
        self.bar.setMaximumWidth(220)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setAccessibleName("Cancel the import")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self._current is not None

    def start(self, paths: list[Path], target: Target, label: str) -> None:
        """Import ``paths`` to ``target`` now, or after the imports already asked for."""
        if paths:
            self._waiting.append(ImportRequest(tuple(paths), target, label))
            self._next()

    def cancel(self) -> None:
        """Stop the running import (files already done stay) and drop the waiting ones."""
        self._waiting.clear()
        if self._current is not None:
            self._cancel.set()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def clear(self) -> None:
        """Locking: forget everything; the worker cancels the running job itself."""
        self._waiting.clear()
        self._cancel.set()
        self._current = None
        self.hide()

    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        request = self._current = self._waiting.popleft()
        cancel = self._cancel = threading.Event()
        relay = self._relay
        self.label.setText(self.tr("Importing to {target}…").format(target=request.label))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

        def run(store: Store) -> list[ImportResult]:
            options = get_preferences(store).import_options(source="drag and drop")
            return import_paths(
                store,
                list(request.paths),
                request.target,
                options=options,
                progress=relay.progressed.emit,
                cancel=cancel,
            )

        self._worker.submit_background(
            run,
            cancel,
            on_success=lambda results: self._done(request, results, cancel.is_set()),
            on_failure=lambda exc: self._failed(request, exc),
            changes=Changes.of(Change.DOCUMENTS, client_id=request.target.client_id),
        )

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self._current is None or self._cancel.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Importing {done} of {total} to {target}: {name}").format(
                done=done, total=total, target=self._current.label, name=name
            )
        )

    def _done(self, request: ImportRequest, results: list[ImportResult], cancelled: bool) -> None:
        summary = ImportSummary.of(request.label, results, cancelled, request.target)
        self._finish(summary)

    def _failed(self, request: ImportRequest, exc: CasebookError) -> None:
        summary = ImportSummary(request.label, 0, 0, (("the files", exc.message),), (), False)
        self._finish(summary)

    def _finish(self, summary: ImportSummary) -> None:
        self._current = None
        self.hide()
        self.finished.emit(summary)  # the window's status bar says it (``ImportNotice``)
        self._next()
