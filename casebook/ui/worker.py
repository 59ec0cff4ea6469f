"""The one thread that touches the database (Anki's ``taskman`` + ``operations``).

The GUI thread never queries: it hands the worker a callable that takes the
``Store`` and returns plain frozen data, and gets the result back on the GUI
thread by queued signal, as a call to ``on_success``. Jobs run one at a time
in the order they were submitted, so two changes never interleave.

A job whose operation returns ``Changed(value, changes)`` (``services.changes``)
hands ``value`` to ``on_success`` and then announces ``changes`` on the
``changed`` signal; pages subscribe and redraw what concerns them, so no page
refreshes another by hand. ``submit(..., changes=...)`` announces the changes
of a service that returns a bare value.

A job dropped because the vault locked under it (``VaultLocked``) is dropped
quietly unless its caller asked to hear of failures: the person asked to
lock, so nothing went wrong.

``forget_pending()`` (used when locking) bumps a generation number: results of
jobs submitted before it are dropped instead of being delivered, so nothing
read before a lock can repaint a view after it.

Long work (an import of hundreds of files) runs as a *background* job: the
worker hands its store to a thread of the job's own, so quick reads keep
flowing while it runs (SQLite's WAL lets them read beside its short write
transactions). Every background job carries a ``threading.Event``; closing
the store first sets each one and waits for the job to end, so the store is
never closed under it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from casebook.domain.errors import CasebookError, VaultLocked
from casebook.services.changes import Changed, Changes
from casebook.ui.errors import ErrorReporter
from casebook.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the start window shows before the database layer is imported
    from casebook.services.matters import Store

R = TypeVar("R")
Operation = Callable[["Store"], R]


@dataclass
class _Job:
    """One unit of work and, once run, its outcome; crosses threads by signal."""

    run: Callable[[Store | None], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[CasebookError], None] | None
    on_done: Callable[[], None] | None
    generation: int
    changes: Changes | None = None  # announced on success, besides any the result carries
    result: Any = None
    error: BaseException | None = None
    cancel: threading.Event | None = None  # set: a background job on a thread of its own
    background: bool = field(default=False)


LOCKED_TEXT = QT_TRANSLATE_NOOP("DbWorker", "The vault is locked; unlock it first.")


class _Runner(QObject):
    """Lives in the worker thread; the only holder of the open ``Store``."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self._background: list[tuple[threading.Thread, threading.Event]] = []

    @Slot(object)
    def execute(self, job: _Job) -> None:
        if job.background and self.store is not None and job.cancel is not None:
            thread = threading.Thread(
                target=self._run, args=(job, self.store), name="casebook-job", daemon=True
            )
            self._background = [(t, c) for t, c in self._background if t.is_alive()]
            self._background.append((thread, job.cancel))
            thread.start()
            return
        self._run(job, self.store)

    def _run(self, job: _Job, store: Store | None) -> None:
        try:
            job.result = job.run(store)
        except Exception as exc:  # delivered to the GUI thread, sorted there
            job.error = exc
        self.finished.emit(job)

    def end_background_jobs(self) -> None:
        """Cancel every background job and wait for it (before the store closes)."""
        for _thread, cancel in self._background:
            cancel.set()
        for thread, _cancel in self._background:
            thread.join()
        self._background.clear()


class DbWorker(QObject):
    """Submit operations; receive results on the GUI thread."""

    _post = Signal(object)
    busy_changed = Signal(bool)
    changed = Signal(object)  # Changes, after each operation that changed something

    def __init__(self, errors: ErrorReporter) -> None:
        super().__init__()
        self._errors = errors
        self._generation = 0
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("casebook-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._post.connect(self._runner.execute)
        self._runner.finished.connect(self._deliver)
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        op: Operation[R],
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
        on_done: Callable[[], None] | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        """Run ``op(store)`` on the worker. A ``CasebookError`` goes to ``on_failure`` (or is
        shown as it is); any other exception is reported as a bug. ``on_done`` runs after
        either, e.g. to stop a busy indicator. ``changes`` is announced on success (for a
        service that does not return ``Changed``)."""

        def run(store: Store | None) -> R:
            if store is None:
                raise VaultLocked(QCoreApplication.translate("DbWorker", LOCKED_TEXT))
            return op(store)

        self._enqueue(run, on_success, on_failure, on_done, changes=changes)

    def submit_background(
        self,
        op: Operation[R],
        cancel: threading.Event,
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
        on_done: Callable[[], None] | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        """Like ``submit``, but ``op`` runs on a thread of its own beside the worker.

        ``op`` must watch ``cancel`` and return soon after it is set: locking sets
        it and waits. Results are delivered on the GUI thread like any other job.
        """

        def run(store: Store | None) -> R:
            if store is None:
                raise VaultLocked(QCoreApplication.translate("DbWorker", LOCKED_TEXT))
            return op(store)

        self._enqueue(run, on_success, on_failure, on_done, cancel=cancel, changes=changes)

    def call(
        self,
        fn: Callable[[], R],
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run work that needs no open vault (creating one, say) off the GUI thread."""
        self._enqueue(lambda _store: fn(), on_success, on_failure, on_done)

    def open(
        self,
        opener: Callable[[], tuple[Store, R]],
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run ``opener`` (unlocking: the slow KDF) and keep the store it returns.

        The store stays on the worker; only the second item reaches ``on_success``.
        """

        def run(store: Store | None) -> R:
            self._runner.end_background_jobs()
            if store is not None:
                store.close()
                self._runner.store = None
            opened, value = opener()
            self._runner.store = opened
            return value

        self._enqueue(run, on_success, on_failure, on_done)

    def replace_store(
        self,
        op: Callable[[Store], tuple[Store, R]],
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run ``op(store)``; the store it returns takes the old one's place (a re-key).

        If ``op`` fails having closed the vault, the worker holds no store any more.
        """

        def run(store: Store | None) -> R:
            if store is None:
                raise VaultLocked(QCoreApplication.translate("DbWorker", LOCKED_TEXT))
            self._runner.end_background_jobs()
            try:
                replaced, value = op(store)
            except BaseException:
                if not store.vault.is_open:
                    self._runner.store = None
                raise
            self._runner.store = replaced
            return value

        self._enqueue(run, on_success, on_failure, on_done)

    def close_store(self, on_done: Callable[[], None] | None = None) -> None:
        """Close the database and forget the keys, after the jobs already queued."""

        def run(store: Store | None) -> None:
            self._runner.end_background_jobs()
            self._runner.store = None
            if store is not None:
                store.close()

        self._enqueue(run, None, None, on_done)

    def forget_pending(self) -> None:
        """Drop the results of every job submitted so far (they still run)."""
        self._generation += 1

    def stop(self) -> None:
        """Close the store and end the thread, waiting for queued jobs to finish."""
        if not self._thread.isRunning():
            return
        self.forget_pending()

        def run(store: Store | None) -> None:
            self._runner.end_background_jobs()
            self._runner.store = None
            try:
                if store is not None:
                    store.close()
            finally:
                QThread.currentThread().quit()

        self._post.emit(_Job(run, None, None, None, self._generation))
        self._thread.wait()

    def _enqueue(
        self,
        run: Callable[[Store | None], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[CasebookError], None] | None,
        on_done: Callable[[], None] | None,
        *,
        cancel: threading.Event | None = None,
        changes: Changes | None = None,
    ) -> None:
        if not self._thread.isRunning():
            raise RuntimeError("the database worker has stopped")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        job = _Job(run, on_success, on_failure, on_done, self._generation, changes)
        if cancel is not None:
            job.cancel, job.background = cancel, True
        self._post.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.generation != self._generation:
            return
        try:
            if job.error is None:
                self._succeed(job)
            elif isinstance(job.error, CasebookError):
                if job.on_failure is not None:
                    job.on_failure(job.error)
                elif not isinstance(job.error, VaultLocked):
                    self._errors.show_error(job.error)
                # else: work the lock dropped; the person locked on purpose, so say nothing
            else:
                self._errors.report_bug(job.error)
        finally:
            if job.on_done is not None:
                job.on_done()

    def _succeed(self, job: _Job) -> None:
        result, changes = job.result, job.changes or Changes()
        if isinstance(result, Changed):
            result, changes = result.value, changes | result.changes
        if job.on_success is not None:
            job.on_success(result)
        if changes:
            self.changed.emit(changes)
