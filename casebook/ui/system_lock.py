"""Lock when the system says the screen locked or the computer is going to sleep.

What Qt (and the standard library) can observe, per platform, with no new
dependency and no network:

- Linux and BSD desktops: D-Bus signals through QtDBus, if a bus is there —
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the system bus
  (systemd-logind: suspend and hibernate), ``org.freedesktop.login1.Session.Lock``
  (``loginctl lock-session``, most lock screens), and ``ActiveChanged(true)``
  of ``org.freedesktop.ScreenSaver`` (KDE, Xfce) and ``org.gnome.ScreenSaver``
  on the session bus.
- Windows: window messages to the main window — ``WM_POWERBROADCAST`` with
  ``PBT_APMSUSPEND`` (sleep) and ``WM_WTSSESSION_CHANGE`` with
  ``WTS_SESSION_LOCK`` (Win+L), the latter after ``WTSRegisterSessionNotification``.
- Everywhere: ``QGuiApplication.applicationStateChanged`` to ``Suspended``
  (mobile platforms; some desktops). ``Inactive`` is *not* used: it also means
  "another window has focus".
- macOS: screen lock and sleep arrive only as ``NSWorkspace`` notifications,
  which need PyObjC; casebook does not add it, so there the idle lock
  (default five minutes) is what locks.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def windows_message_means_lock(message: int, wparam: int) -> bool:
    """Whether a Windows message says the session locked or the machine is suspending."""
    return (message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND) or (
        message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK
    )


class SystemLockWatcher(QObject):
    """Emits ``lock_now(reason)`` when the system locks the screen or goes to sleep."""

    lock_now = Signal(str)

    def __init__(self, *, use_dbus: bool = True) -> None:
        super().__init__()
        self.sources: list[str] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
            self.sources.append("application state")
        if use_dbus and sys.platform.startswith(("linux", "freebsd", "openbsd")):
            self._connect_dbus()

    @Slot(Qt.ApplicationState)
    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit(self.tr("the system suspended casebook"))

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_now.emit(self.tr("the computer is going to sleep"))

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_now.emit(self.tr("the screen was locked"))

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_now.emit(self.tr("the screen was locked"))

    def windows_message(self, message: int, wparam: int) -> None:
        if windows_message_means_lock(message, wparam):
            self.lock_now.emit(self.tr("the screen was locked or the computer is going to sleep"))

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without QtDBus
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        wanted = (
            (system, "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
            (system, "org.freedesktop.login1", "",
             "org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
            (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
            (session, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
        )  # fmt: skip
        for bus, service, path, interface, name, slot in wanted:
            if not bus.isConnected():
                continue
            if bus.connect(service, path, interface, name, self, SLOT(slot).encode()):
                self.sources.append(f"{interface}.{name}")
