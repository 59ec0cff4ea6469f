"""Ties the windows together: unlock → main window → lock → unlock, and shutdown.

This is the only object that knows about both windows. It owns the worker,
the error reporter, the idle lock, the system-lock watcher, the scanner
folder feed and the clipboard guard, and is built by ``casebook.app`` (tests
build it with fake settings, clock and dialogs).

Scheduled backups (``services.backup_folder``) run as the vault closes, on
lock and on quit. The window is cleared and the unlock page shown at once;
the backup is the last job the worker runs *before* it closes the store, so
the data key leaves memory as soon as the backup verified. Backing up after
the close, from the encrypted files alone, cannot verify the backup as
``backups.backup_vault`` does (its read-back checks the database's page HMACs
and the header's tag, which take the key), and holding a key beyond the close
would be worse than a close that waits for one verified backup.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from casebook.domain.batch_split import dropped_words
from casebook.domain.errors import CasebookError
from casebook.ui.autolock import IdleLock
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.errors import ErrorReporter
from casebook.ui.settings import AppSettings
from casebook.ui.start_window import StartWindow
from casebook.ui.style import apply_style
from casebook.ui.system_lock import SystemLockWatcher
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:
    # What only an open vault needs is imported after the start window paints
    # (``prepare`` or first use): the database layer, the main window and its
    # pages, PDF export and the scanner folder are most of casebook's start-up.
    from casebook.services.backup_folder import BackupStatus, ScheduledOutcome
    from casebook.services.backups import BackupResult
    from casebook.services.matters import Store
    from casebook.services.preferences import Preferences
    from casebook.services.scanner_folder import ScannerResult
    from casebook.ui.backup_dialog import BackupDialog
    from casebook.ui.check_dialog import CheckDialog
    from casebook.ui.create_page import FileChooser, FolderChooser
    from casebook.ui.document_viewer import ExportChooser
    from casebook.ui.main_window import FilesChooser, MainWindow, Place
    from casebook.ui.passphrase_change_dialog import PassphraseChangeDialog
    from casebook.ui.recovery_key_dialog import NewRecoveryKeyDialog
    from casebook.ui.save_dialog import SaveChooser
    from casebook.ui.scanner_feed import ScannerFeed
    from casebook.ui.settings_dialog import SettingsDialog

GIL_SWITCH_SECONDS = 0.001
INDEX_START_MS = 300  # after the first rows: the index build thread starts once they paint

# Imported by ``prepare`` on a background thread while the person types the
# passphrase, so the first use after unlock (or the first key typed on the
# create page, which judges strength with zxcvbn's dictionaries) finds them loaded.
PRELOADED_MODULES = (
    "casebook.services.vaults",
    "casebook.services.passphrases",
    "zxcvbn",
    "casebook.services.kit",
    "casebook.services.backups",
    "casebook.services.backup_folder",
    "casebook.services.preferences",
    "casebook.ui.main_window",
    "casebook.ui.scanner_feed",
    "casebook.ui.backup_dialog",
    "casebook.ui.check_dialog",
    "casebook.ui.settings_dialog",
    "casebook.ui.backup_settings",
    "casebook.ui.backup_status",
    "casebook.ui.passphrase_change_dialog",
    "casebook.ui.recovery_key_dialog",
)


CHANGE_INTERRUPTED_TEXT = QT_TRANSLATE_NOOP(
    "CasebookApp",
    "The vault locked while the passphrase was being changed: if the new passphrase "
    "does not open it, the old one will.",
)
KEY_NOT_KEPT_TEXT = QT_TRANSLATE_NOOP(
    "CasebookApp",
    "The vault locked before the new recovery key was confirmed as kept: issue another "
    "one (File > New recovery key…), as that one was shown only once.",
)


def utc_now() -> datetime:
    """The time backups are named and dated by: UTC, naive, as the store keeps times."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class _BackupProgress(QObject):
    """Carries a closing backup's progress from the worker to the GUI thread."""

    changed = Signal(int, int)


class CasebookApp(QObject):
    def __init__(
        self,
        settings: AppSettings,
        *,
        clock: Callable[[], float] | None = None,
        today: Callable[[], date] = date.today,
        choose_vault: FolderChooser | None = None,
        choose_parent: FolderChooser | None = None,
        choose_kit_path: FileChooser | None = None,
        choose_files: FilesChooser | None = None,
        choose_export_path: ExportChooser | None = None,
        choose_scanner_folder: FolderChooser | None = None,
        choose_backup_folder: FolderChooser | None = None,
        now: Callable[[], datetime] = utc_now,
        choose_save_path: SaveChooser | None = None,
        backup_drives: Callable[[], list[tuple[str, Path]]] | None = None,
        install_excepthook: bool = True,
        watch_options: dict[str, Any] | None = None,
        use_dbus: bool = True,
        freeze_after_unlock: bool = False,
    ) -> None:
        super().__init__()
        # The GUI thread enters Python for each event it handles and may find the
        # GIL held by a worker (an import, a page of rows). A waiting thread gets it
        # only after the holder's switch interval: 5 ms by default, paid once per
        # entry, so a repaint of a few dozen cells could wait hundreds of ms. 1 ms
        # bounds each wait; the workers lose a little throughput to extra switches.
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        apply_style()
        self._freeze_after_unlock = freeze_after_unlock
        self.settings = settings
        self.errors = ErrorReporter(self._active_window)
        if install_excepthook:
            self.errors.install()
        self.worker = DbWorker(self.errors)
        self.clipboard = ClipboardGuard()
        self.folder: Path | None = None
        self._remember = True
        self._unlock_hint = ""
        self._place: Place | None = None
        extra: dict[str, FolderChooser] = {}
        if choose_vault is not None:
            extra["choose_vault"] = choose_vault
        if choose_parent is not None:
            extra["choose_parent"] = choose_parent
        self.start_window = StartWindow(
            self.worker,
            self.clipboard,
            recent=settings.recent_vaults,
            choose_kit_path=choose_kit_path,
            **extra,
        )
        self._main_extra: dict[str, Any] = {"choose_export_path": choose_export_path}
        if choose_files is not None:
            self._main_extra["choose_files"] = choose_files
        if choose_save_path is not None:
            self._main_extra["choose_save_path"] = choose_save_path
        self._watch_options = watch_options or {}
        self._main: MainWindow | None = None
        self._scanner: ScannerFeed | None = None
        self.autolock = IdleLock(settings.autolock_minutes(), clock=clock or time.monotonic)
        self._use_dbus = use_dbus
        self._system_lock: SystemLockWatcher | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.backup_dialog: BackupDialog | None = None
        self.check_dialog: CheckDialog | None = None
        self.passphrase_dialog: PassphraseChangeDialog | None = None
        self.recovery_key_dialog: NewRecoveryKeyDialog | None = None
        self._today = today
        self._backup_drives = backup_drives
        self._choose_scanner_folder = choose_scanner_folder
        self._choose_backup_folder = choose_backup_folder
        self._now = now
        self._vault_open = False
        self._backup_status: BackupStatus | None = None
        self._backup_progress = _BackupProgress(self)
        self._backup_progress.changed.connect(self._show_closing_progress)
        self._choose_kit_path = choose_kit_path

        self.start_window.unlocked.connect(self._on_unlocked)
        # Built while the worker derives the key (Argon2 runs in C, without the GIL),
        # so the window is ready when the vault opens rather than after.
        self.start_window.unlocking.connect(lambda: QTimer.singleShot(0, self._ensure_main_window))
        self.start_window.recovered.connect(self._on_recovered)
        self.autolock.idle.connect(self.lock)
        self._shut_down = False
        self._first_rows_pending = False

    @property
    def main_window(self) -> MainWindow:
        """The window of an open vault, built on first use (after the start window paints)."""
        if self._main is None:
            self._build_main_window()
        assert self._main is not None
        return self._main

    @property
    def system_lock(self) -> SystemLockWatcher:
        """Built with the main window, not before: joining D-Bus can take 100+ ms."""
        if self._system_lock is None:
            self._system_lock = SystemLockWatcher(use_dbus=self._use_dbus)
            self._system_lock.lock_now.connect(self._on_system_lock)
        return self._system_lock

    @property
    def scanner(self) -> ScannerFeed:
        if self._scanner is None:
            self._build_main_window()
        assert self._scanner is not None
        return self._scanner

    def _ensure_main_window(self) -> None:
        if self._main is None and not self._shut_down:
            self._build_main_window()

    def _build_main_window(self) -> None:
        from casebook.ui.main_window import MainWindow
        from casebook.ui.scanner_feed import ScannerFeed

        window = MainWindow(
            self.worker,
            today=self._today,
            now=self._now,
            clipboard=self.clipboard,
            **self._main_extra,
        )
        scanner = ScannerFeed(self.worker, **self._watch_options)
        self._main, self._scanner = window, scanner
        window.passphrase_change_requested.connect(self.change_passphrase)
        window.recovery_key_requested.connect(self.new_recovery_key)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.open_settings)
        window.backup_requested.connect(self.open_backup)
        window.check_requested.connect(self.open_check)
        window.closing.connect(self._on_main_closing)
        window.system_message.connect(self.system_lock.windows_message)
        scanner.status.connect(window.set_scanner_status)
        scanner.imported.connect(self._on_scanned)

    def prepare(self) -> threading.Thread:
        """Import what an open vault needs on a background thread, while the person types.

        Called once the start window has painted. Python imports are
        thread-safe (a module being imported is waited for, never run twice),
        so an unlock that comes first simply waits for the rest of the import.
        """
        thread = threading.Thread(target=_import_after_unlock_modules, daemon=True)
        thread.start()
        return thread

    def _on_recovered(self, _folder: Path) -> None:
        from casebook.ui.recover_page import RECOVERED_TEXT

        self.main_window.show_message(RECOVERED_TEXT)

    def prepare_after_first_paint(self, first: Callable[[], object] | None = None) -> None:
        """``first`` and then ``prepare`` once the start window has painted, not before."""

        def then() -> None:
            if first is not None:
                first()
            self.prepare()

        self._first_paint = _FirstPaint(self.start_window, then)

    @property
    def unlocked(self) -> bool:
        return self._main is not None and self._main.isVisible()

    def show_start(self) -> None:
        self.start_window.show_choose()
        self.start_window.show()

    def open_demo(
        self,
        store: Store | Callable[[], Store],
        folder: Path,
        passphrase: str = "",
        *,
        on_open: Callable[[], None] | None = None,
        on_failure: Callable[[CasebookError], None] | None = None,
    ) -> None:
        """Show the main window on the demo store (``casebook --demo``).

        ``store`` is an open store, or a function that makes one (creating and
        filling the demo vault), run on the worker so a window can show its
        progress meanwhile; ``on_open`` runs once the main window shows, and
        ``on_failure`` if making it failed or was cancelled. The demo folder is
        temporary, so it is not added to the recent list; ``passphrase``, if
        given, is shown on the unlock page after a lock.
        """
        self._remember = False
        self.folder = folder
        self._unlock_hint = (
            self.tr("Demo vault passphrase: {passphrase}").format(passphrase=passphrase)
            if passphrase
            else ""
        )

        def make() -> Store:
            from casebook.services.matters import Store

            return store if isinstance(store, Store) else store()

        def opened(folder: Path) -> None:
            self._on_unlocked(folder)
            if on_open is not None:
                on_open()

        self.worker.open(lambda: (make(), folder), on_success=opened, on_failure=on_failure)

    def lock(self, reason: str = "") -> None:
        """Close the store, clear every view and the clipboard, go to the unlock page."""
        if not self.unlocked:
            return
        self._place = self.main_window.place()
        self.autolock.disarm()
        self.scanner.stop()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        if self.backup_dialog is not None:
            self.backup_dialog.reject()
        if self.check_dialog is not None:
            self.check_dialog.reject()
        if self.passphrase_dialog is not None:
            if self.passphrase_dialog.is_busy:  # its header write finishes unseen
                reason = " ".join(p for p in (reason, self.tr(CHANGE_INTERRUPTED_TEXT)) if p)
            elif self.passphrase_dialog.showing_key:
                reason = " ".join(p for p in (reason, self.tr(KEY_NOT_KEPT_TEXT)) if p)
            self.passphrase_dialog.discard()
        if self.recovery_key_dialog is not None:
            if self.recovery_key_dialog.showing_key:
                reason = " ".join(p for p in (reason, self.tr(KEY_NOT_KEPT_TEXT)) if p)
            self.recovery_key_dialog.discard()
        self.worker.forget_pending()
        backing_up = self._back_up_on_close()
        self.worker.close_store()
        self._vault_open = False
        self.main_window.clear()
        self.clipboard.clear()
        gc.unfreeze()
        if self.folder is not None:
            hint = " ".join(part for part in (reason, self._unlock_hint) if part)
            self.start_window.show_unlock(self.folder, hint=hint)
            if backing_up:
                self.start_window.unlock_page.set_backup_note(
                    self.tr("Backing up the vault before it closes…")
                )
        else:
            self.start_window.show_choose()
        self.start_window.show()
        self.main_window.hide()

    def shutdown(self) -> None:
        """Close the vault and stop the worker; safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self.autolock.detach()
        if self._scanner is not None:
            self._scanner.stop()
        if self._vault_open:  # the worker runs it before it stops (the window is gone)
            self._vault_open = False
            self._back_up_on_close()
        if self._main is not None:
            self._main.hide()
            self._main.clear()
        self.clipboard.clear()
        self.worker.stop()
        self.errors.uninstall()
        gc.unfreeze()

    def _on_unlocked(self, folder: Path) -> None:
        from casebook.ui.main_window import Place

        if folder != self.folder or self._place is None:
            self._place = Place()
        self.folder = folder
        self._vault_open = True
        self._backup_status = None
        if self._remember:
            self.settings.remember_vault(folder)
        self.main_window.setWindowTitle(f"{folder.name} \N{EN DASH} casebook")
        self.main_window.start(self._place)
        self.main_window.show()
        self.main_window.activateWindow()
        self.start_window.hide()
        self.autolock.arm()
        # The first rows of the client list come first: what else unlocking starts waits
        # for them, so neither its worker jobs nor the index build (a thread that wants
        # the GIL) stand between the person and the list.
        if not self._first_rows_pending:  # one connection, even if locked before it fired
            self._first_rows_pending = True
            self.main_window.clients.model.loaded.connect(
                self._after_first_rows, Qt.ConnectionType.SingleShotConnection
            )
        if self._freeze_after_unlock:
            # Everything alive now (modules, classes, the windows) lives until the next
            # lock. Python's full collections re-scan all of it, holding the GIL for
            # 100-200 ms — a stall of the GUI thread in the middle of an import.
            # Frozen, they are skipped (refcounting still frees them); unfrozen at lock.
            gc.freeze()

    def _after_first_rows(self, _count: int = 0) -> None:
        from casebook.services import vaults
        from casebook.services.preferences import get_preferences

        self._first_rows_pending = False
        if not self._vault_open:
            return
        self.worker.submit(get_preferences, on_success=self.scanner.start)
        self.check_backup_age()
        self.worker.submit(vaults.read_only_notice, on_success=self._show_read_only)
        self.main_window.office_sync.start()  # its status line; in an office, syncs
        # Search ranks every document once its in-memory index is built (seconds, in a
        # thread); started a moment after the list is painted, it is usually ready before
        # the first search (FTS5 answers until then).
        QTimer.singleShot(INDEX_START_MS, self._prepare_index)

    def _prepare_index(self) -> None:
        from casebook.services import document_index

        if self._vault_open:
            self.worker.submit(document_index.prepare)

    def _show_read_only(self, notice: str | None) -> None:
        if notice:
            self.main_window.show_message(notice)

    def check_backup_age(self) -> None:
        """Show the reminder when the last backup is older than the setting."""
        from casebook.services import backups

        days, today = self.settings.backup_reminder_days(), self._today()
        self.worker.submit(
            lambda s: backups.backup_overdue(s, today, days),
            on_success=lambda overdue: self.main_window.set_backup_reminder(overdue, days),
        )
        self.refresh_backup_status()

    def refresh_backup_status(self) -> None:
        """The status bar's "Last backup: …" (or why the scheduled one could not run)."""
        from casebook.services.backup_folder import backup_status

        self.worker.submit(backup_status, on_success=self._show_backup_status)

    def _show_backup_status(self, status: BackupStatus) -> None:
        from casebook.ui.backup_status import status_bar_words

        self._backup_status = status
        words = status_bar_words(status, self._now())
        self.main_window.set_backup_status(words.text, warning=words.warning)

    def _back_up_on_close(self) -> bool:
        """Queue the scheduled backup before the store closes; True if one is due.

        Whether it is due is decided again on the worker, from the vault's
        settings; the answer here (from the status last read) only says
        whether to show "Backing up…".
        """
        from casebook.services.backup_folder import is_due, scheduled_backup

        status, now = self._backup_status, self._now()
        if status is None or not is_due(status.plan, status.last_at, status.last_folder, now):
            return False
        emit = self._backup_progress.changed.emit
        self.worker.submit(
            lambda s: scheduled_backup(s, now=now, progress=emit),
            on_success=self._closing_backup_done,
            on_failure=self._closing_backup_failed,
        )
        return True

    def _show_closing_progress(self, done: int, total: int) -> None:
        if not self.unlocked:
            self.start_window.unlock_page.set_backup_note(
                self.tr(
                    "Backing up the vault before it closes: {done} of {total} parts written…"
                ).format(done=done, total=total)
            )

    def _closing_backup_done(self, outcome: ScheduledOutcome) -> None:
        from casebook.ui.backup_status import when_words

        if self.unlocked:
            return  # unlocked again meanwhile: the status bar reads it afresh
        page = self.start_window.unlock_page
        if outcome.result is not None:
            result = outcome.result
            page.set_backup_note(
                self.tr("Backed up and verified {when} to {folder}.").format(
                    when=when_words(result.created_at, self._now()), folder=result.written.parent
                )
            )
        else:
            page.set_backup_note(outcome.problem, warning=bool(outcome.problem))

    def _closing_backup_failed(self, exc: CasebookError) -> None:
        if not self.unlocked:
            self.start_window.unlock_page.set_backup_note(exc.message, warning=True)

    def open_backup(self) -> BackupDialog:
        """File > Back up… over the main window (one at a time)."""
        if self.backup_dialog is not None:
            self.backup_dialog.raise_()
            return self.backup_dialog
        name = (self.folder.name if self.folder else "casebook").removesuffix(".casebook")
        from casebook.ui.backup_dialog import BackupDialog, removable_drives

        dialog = BackupDialog(
            self.worker,
            name,
            self.main_window,
            today=self._today,
            drives=self._backup_drives or removable_drives,
        )
        self.backup_dialog = dialog

        def forget(_result: int) -> None:
            if self.backup_dialog is dialog:
                self.backup_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.backed_up.connect(self._on_backed_up)
        dialog.load()
        dialog.open()
        return dialog

    def open_check(self) -> CheckDialog:
        """File > Check the vault… over the main window (one at a time)."""
        if self.check_dialog is not None:
            self.check_dialog.raise_()
            return self.check_dialog
        from casebook.ui.check_dialog import CheckDialog

        dialog = CheckDialog(self.worker, self.main_window)
        self.check_dialog = dialog

        def forget(_result: int) -> None:
            if self.check_dialog is dialog:
                self.check_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.open()
        return dialog

    def change_passphrase(self) -> PassphraseChangeDialog:
        """File > Change passphrase… over the main window (one at a time)."""
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.raise_()
            return self.passphrase_dialog
        from casebook.ui.passphrase_change_dialog import (
            CHANGED_TEXT,
            REKEYED_TEXT,
            PassphraseChangeDialog,
        )

        dialog = PassphraseChangeDialog(
            self.worker,
            self.main_window,
            clipboard=self.clipboard,
            choose_kit_path=self._choose_kit_path,
            today=self._today,
        )
        dialog.set_folder(self.folder)
        self.passphrase_dialog = dialog

        def forget(_result: int) -> None:
            if self.passphrase_dialog is dialog:
                self.passphrase_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.passphrase_changed.connect(lambda: self.main_window.show_message(CHANGED_TEXT))
        dialog.rekeyed.connect(lambda: self.main_window.show_message(REKEYED_TEXT))
        dialog.vault_closed.connect(self.lock)
        dialog.open()
        return dialog

    def new_recovery_key(self) -> NewRecoveryKeyDialog:
        """File > New recovery key… over the main window (one at a time)."""
        if self.recovery_key_dialog is not None:
            self.recovery_key_dialog.raise_()
            return self.recovery_key_dialog
        from casebook.ui.recovery_key_dialog import ISSUED_TEXT, NewRecoveryKeyDialog

        dialog = NewRecoveryKeyDialog(
            self.worker,
            self.folder,
            self.main_window,
            clipboard=self.clipboard,
            choose_kit_path=self._choose_kit_path,
            today=self._today,
        )
        self.recovery_key_dialog = dialog

        def forget(_result: int) -> None:
            if self.recovery_key_dialog is dialog:
                self.recovery_key_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.issued.connect(lambda: self.main_window.show_message(ISSUED_TEXT))
        dialog.open()
        return dialog

    def _on_backed_up(self, result: BackupResult) -> None:
        self.main_window.show_message(
            self.tr("Backed up and verified: {path}.").format(path=result.path)
        )
        self.main_window.set_backup_reminder(False)
        self.refresh_backup_status()

    def open_settings(self) -> SettingsDialog:
        """The settings dialog over the main window (one at a time)."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return self.settings_dialog
        extra: dict[str, Any] = {"now": self._now}
        if self._choose_scanner_folder:
            extra["choose_folder"] = self._choose_scanner_folder
        if self._choose_backup_folder:
            extra["choose_backup_folder"] = self._choose_backup_folder
        from casebook.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.worker, self.settings, self.main_window, **extra)
        self.settings_dialog = dialog
        dialog.saved.connect(self._on_settings_saved)
        dialog.backups.backed_up.connect(lambda _r: self._after_backup_now())
        dialog.finished.connect(lambda _r: self._forget_settings(dialog))
        dialog.load()
        dialog.open()
        return dialog

    def _forget_settings(self, dialog: SettingsDialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        dialog.deleteLater()

    def _after_backup_now(self) -> None:
        self.main_window.set_backup_reminder(False)
        self.refresh_backup_status()

    def _on_settings_saved(self, prefs: Preferences) -> None:
        self.autolock.minutes = self.settings.autolock_minutes()
        self.check_backup_age()
        self.scanner.start(prefs)
        self.main_window.show_message(self.tr("Settings saved."))

    def _on_scanned(self, result: ScannerResult) -> None:
        name = Path(result.result.path).name
        status = result.result.status.value
        reason = result.result.reason
        words = {
            "imported": self.tr("Scan {name}: added to the inbox"),
            "duplicate": self.tr("Scan {name}: already in the vault"),
            "skipped": self.tr("Scan {name}: left alone ({reason})"),
        }
        said = words.get(status, self.tr("Scan {name}: not imported: {reason}"))
        text = said.format(name=name, reason=reason)
        if result.pieces and status != "rejected":
            note = result.pieces[0].split
            assert note is not None
            text = self.tr("Scan {name}: split into {count} documents in the inbox").format(
                name=name, count=note.pieces
            )
            if note.dropped:
                text += self.tr(", leaving out {pages}").format(pages=dropped_words(note.dropped))
        if result.note:
            text += f" ({result.note})"
        self.main_window.show_message(text + ".")
        self.main_window.inbox.load()

    def _on_system_lock(self, reason: str) -> None:
        if self.unlocked:
            self.lock(self.tr("Locked because {reason}.").format(reason=reason))

    def _on_main_closing(self) -> None:
        self.start_window.close()
        self.shutdown()

    def _active_window(self) -> QWidget | None:
        return self.main_window if self.unlocked else self.start_window


def _import_after_unlock_modules() -> None:
    for name in PRELOADED_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the first real use imports it again and reports what fails
            logging.getLogger("casebook.ui").warning("could not load %s ahead of use", name)
    try:
        from casebook.services import vaults

        vaults.warm_up()
    except Exception:
        logging.getLogger("casebook.ui").warning("could not prepare the database layer")


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``window``'s first paint event."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False
