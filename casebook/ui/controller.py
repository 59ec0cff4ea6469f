"""Ties the windows together: unlock → main window → lock → unlock, and shutdown.

This is the only object that knows about both windows. It owns the worker,
the error reporter, the idle lock and the clipboard guard, and is built by
``casebook.app`` (tests build it with fake settings, clock and dialogs).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casebook.services.matters import Store
from casebook.ui.autolock import IdleLock
from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.create_page import FolderChooser
from casebook.ui.errors import ErrorReporter
from casebook.ui.main_window import MainWindow, Place
from casebook.ui.settings import AppSettings
from casebook.ui.start_window import StartWindow
from casebook.ui.style import apply_style
from casebook.ui.worker import DbWorker


class CasebookApp(QObject):
    def __init__(
        self,
        settings: AppSettings,
        *,
        clock: Callable[[], float] | None = None,
        today: Callable[[], date] = date.today,
        choose_vault: FolderChooser | None = None,
        choose_parent: FolderChooser | None = None,
        install_excepthook: bool = True,
    ) -> None:
        super().__init__()
        apply_style()
        self.settings = settings
        self.errors = ErrorReporter(self._active_window)
        if install_excepthook:
            self.errors.install()
        self.worker = DbWorker(self.errors)
        self.clipboard = ClipboardGuard()
        self.folder: Path | None = None
        self._remember = True
        self._unlock_hint = ""
        self._place = Place()
        extra: dict[str, FolderChooser] = {}
        if choose_vault is not None:
            extra["choose_vault"] = choose_vault
        if choose_parent is not None:
            extra["choose_parent"] = choose_parent
        self.start_window = StartWindow(
            self.worker, self.clipboard, recent=settings.recent_vaults, **extra
        )
        self.main_window = MainWindow(self.worker, today=today)
        self.autolock = IdleLock(settings.autolock_minutes(), clock=clock or time.monotonic)

        self.start_window.unlocked.connect(self._on_unlocked)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.closing.connect(self._on_main_closing)
        self.autolock.idle.connect(self.lock)
        self._shut_down = False

    @property
    def unlocked(self) -> bool:
        return self.main_window.isVisible()

    def show_start(self) -> None:
        self.start_window.show_choose()
        self.start_window.show()

    def open_demo(self, store: Store, folder: Path, passphrase: str = "") -> None:
        """Show the main window on an already open store (``casebook --demo``).

        The demo folder is temporary, so it is not added to the recent list;
        ``passphrase``, if given, is shown on the unlock page after a lock.
        """
        self._remember = False
        self.folder = folder
        self._unlock_hint = f"Demo vault passphrase: {passphrase}" if passphrase else ""
        self.worker.open(lambda: (store, folder), on_success=self._on_unlocked)

    def lock(self) -> None:
        """Close the store, clear every view and the clipboard, go to the unlock page."""
        if not self.main_window.isVisible():
            return
        self._place = self.main_window.place()
        self.autolock.disarm()
        self.worker.forget_pending()
        self.worker.close_store()
        self.main_window.clear()
        self.clipboard.clear()
        if self.folder is not None:
            self.start_window.show_unlock(self.folder, hint=self._unlock_hint)
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
        self.main_window.clear()
        self.clipboard.clear()
        self.worker.stop()
        self.errors.uninstall()

    def _on_unlocked(self, folder: Path) -> None:
        if folder != self.folder:
            self._place = Place()
        self.folder = folder
        if self._remember:
            self.settings.remember_vault(folder)
        self.main_window.setWindowTitle(f"{folder.name} \N{EN DASH} casebook")
        self.main_window.start(self._place)
        self.main_window.show()
        self.main_window.activateWindow()
        self.start_window.hide()
        self.autolock.arm()

    def _on_main_closing(self) -> None:
        self.start_window.close()
        self.shutdown()

    def _active_window(self) -> QWidget | None:
        return self.main_window if self.main_window.isVisible() else self.start_window
