"""The office sync in the window: "Sync now", a sync every few minutes, the status bar's line.

Only for a vault in an office; for any other the line stays hidden and the
actions disabled. The automatic sync first asks whether the hub answers (off
the database worker, a two-second try), so offline — in court, in detention —
the vault's own work never waits behind a connection that cannot be made; the
line then says "offline" and what waits to be sent. A sync the person asks for
goes straight to the hub and says what went wrong if it cannot. What a sync
brings in reaches the pages as change notifications (``Changed``), like any
other edit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from casebook.domain.errors import CasebookError
from casebook.services.changes import Changed
from casebook.ui.backup_status import when_words
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:  # imported when first used: psycopg and the sync engine wait for an office
    from casebook.services.matters import Store
    from casebook.services.office_context import OfficeContext
    from casebook.services.sync import SyncResult
    from casebook.services.sync_status import SyncStatus

AUTO_SYNC_MS = 5 * 60 * 1000  # while unlocked, in an office
FIRST_SYNC_MS = 3000  # after the first rows of the client list are in


class OfficeSync(QObject):
    """Emits ``message(text)`` for the status bar, ``conflicts_found()`` when a sync kept
    both values of a field (the person resolves them: Office > Resolve sync conflicts)."""

    message = Signal(str)
    conflicts_found = Signal()
    _probed = Signal(bool, object)  # from the probe's thread: reachable, and when asked

    def __init__(self, worker: DbWorker, parent: QWidget, now: Callable[[], datetime]) -> None:
        super().__init__(parent)
        self._worker = worker
        self._now = now
        self._running = False
        self._active = False
        self._generation = 0
        self._offline = False
        self.status: SyncStatus | None = None
        self.label = QLabel()
        self.label.setAccessibleName("Office sync")
        self.label.hide()
        self.sync_action = QAction(self.tr("S&ync with the office now"), parent)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.triggered.connect(lambda _checked=False: self.sync_now())
        self.conflicts_action = QAction(self.tr("Resolve sync &conflicts…"), parent)
        for action in (self.sync_action, self.conflicts_action):
            action.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_SYNC_MS)
        self._timer.timeout.connect(self.auto_sync)
        self._probed.connect(self._after_probe)

    # -- lifetime -------------------------------------------------------------------------

    def start(self) -> None:
        """The vault is open: show its sync state and, in an office, sync now and then."""
        self._active = True
        self._generation += 1
        self._offline = False
        self.refresh(then_sync=True)

    def stop(self) -> None:
        """Locking: forget the state; a sync under way finishes on the worker or is dropped."""
        self._active = False
        self._generation += 1
        self._timer.stop()
        self.status = None
        self.label.clear()
        self.label.hide()
        for action in (self.sync_action, self.conflicts_action):
            action.setEnabled(False)

    def refresh(self, *, then_sync: bool = False) -> None:
        from casebook.services.sync_status import sync_status

        generation = self._generation

        def shown(status: SyncStatus) -> None:
            if generation != self._generation:
                return
            self._show(status)
            if then_sync and status.in_office:
                self._timer.start()
                QTimer.singleShot(FIRST_SYNC_MS, self.auto_sync)

        self._worker.submit(sync_status, on_success=shown)

    # -- syncing --------------------------------------------------------------------------

    def auto_sync(self) -> None:
        """Sync if the hub answers; quietly "offline" if it does not."""
        from casebook.services.office_membership import office_context
        from casebook.services.sync_status import hub_reachable

        if not self._active or self._running or self.status is None or not self.status.in_office:
            return
        self._running = True
        generation = self._generation

        def probe(ctx: OfficeContext | None) -> None:
            if ctx is None:
                self._running = False
                return
            threading.Thread(
                target=lambda: self._probed.emit(hub_reachable(ctx), generation),
                name="casebook-hub-probe",
                daemon=True,
            ).start()

        self._worker.submit(
            office_context, on_success=probe, on_failure=lambda _e: self._stop_running()
        )

    def _after_probe(self, reachable: bool, generation: object) -> None:
        if generation != self._generation:
            self._running = False
            return
        if not reachable:
            self._running = False
            self._offline = True
            if self.status is not None:
                self._show(self.status)
            return
        self._run(quiet=True)

    def sync_now(self) -> None:
        """The person asked: go to the hub and say how it went."""
        if not self._active or self._running:
            return
        self._running = True
        self.message.emit(self.tr("Syncing with the office…"))
        self._run(quiet=False)

    def _run(self, *, quiet: bool) -> None:
        from casebook.services.office_membership import require_office
        from casebook.services.sync import sync

        generation, now = self._generation, self._now()

        def op(store: Store) -> Changed[SyncResult]:
            result = sync(store, require_office(store), now)
            return Changed(result, result.changes)

        def failed(exc: CasebookError) -> None:
            if generation != self._generation:
                return
            self._offline = True
            if self.status is not None:
                self._show(self.status)
            if not quiet:
                self.message.emit(str(exc))

        self._worker.submit(
            op,
            # the worker hands on a Changed's value (and announces its changes)
            on_success=lambda result: self._synced(cast("SyncResult", result), generation, quiet),
            on_failure=failed,
            on_done=self._stop_running,
        )

    def _stop_running(self) -> None:
        self._running = False

    def _synced(self, result: SyncResult, generation: int, quiet: bool) -> None:
        if generation != self._generation:
            return
        self._offline = False
        if not quiet or result.pulled or result.conflicts or result.refused:
            self.message.emit(self._result_words(result))
        if result.conflicts:
            self.conflicts_found.emit()
        self.refresh()

    # -- words ----------------------------------------------------------------------------

    def _result_words(self, result: SyncResult) -> str:
        text = self.tr("Synced: {sent} sent, {received} received.").format(
            sent=result.pushed, received=result.pulled
        )
        if result.conflicts:
            text += " " + self.tr(
                "%n field(s) changed on two laptops: choose in Office > Resolve sync conflicts.",
                "",
                result.conflicts,
            )
        if result.refused:
            text += " " + self.tr(
                "%n change(s) on the hub failed their checks and were not applied.",
                "",
                len(result.refused),
            )
        return text

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        for action in (self.sync_action, self.conflicts_action):
            action.setEnabled(status.in_office)
        if not status.in_office:
            self.label.hide()
            return
        if self._offline:
            parts = [self.tr("Office: offline")]
        elif status.synced_at is None:
            parts = [self.tr("Office: not synced yet")]
        else:
            when = when_words(status.synced_at, self._now())
            parts = [self.tr("Office: synced {when}").format(when=when)]
        if status.pending:
            parts.append(self.tr("%n change(s) to send", "", status.pending))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to resolve", "", status.conflicts))
        self.label.setText(" · ".join(parts))
        self.label.setObjectName("warning" if status.conflicts else "")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.show()
