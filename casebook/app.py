"""App start-up: the composition root that wires services to the desktop UI."""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.domain.errors import CasebookError

if TYPE_CHECKING:
    # Imported where used: ``casebook`` with no arguments shows the start window
    # before the database layer and the demo data are loaded (issue 14).
    from PySide6.QtWidgets import QApplication, QWidget

    from casebook.services.demo import DemoProgress, DemoSummary
    from casebook.store.session import Store
    from casebook.ui.controller import CasebookApp
    from casebook.ui.settings import AppSettings

LOG_NAME = "casebook.log"


DEMO_CLIENTS = 200


@contextlib.contextmanager
def demo_folder() -> Iterator[Path]:
    """A new vault folder in a throwaway directory, deleted (with the vault) when the block ends."""
    parent = Path(tempfile.mkdtemp(prefix="casebook-demo-"))
    try:
        yield parent / "Demo.casebook"
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def make_demo_store(
    folder: Path,
    passphrase: str,
    *,
    clients: int = DEMO_CLIENTS,
    progress: DemoProgress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Store, DemoSummary]:
    """Create, open and fill a demo vault at ``folder``.

    The demo's key derivation uses the floor parameters (RFC 9106's second
    option), not the ~1 s calibration a real vault gets: its data is fictional
    and its passphrase is shown on screen, and calibrating and unlocking would
    be most of the wait (about 4 s of 4.2 s for 200 clients).
    """
    from casebook.services import vaults
    from casebook.services.demo import fill_demo
    from casebook.vault.kdf import SALT_BYTES, floor_params

    vaults.create(folder, passphrase, kdf=floor_params(secrets.token_bytes(SALT_BYTES)))
    store = vaults.open_store(folder, passphrase)
    try:
        return store, fill_demo(store, clients=clients, progress=progress, cancel=cancel)
    except BaseException:
        store.close()
        raise


@contextlib.contextmanager
def demo_vault(
    clients: int = DEMO_CLIENTS, *, passphrase: str | None = None
) -> Iterator[tuple[Store, DemoSummary]]:
    """A throwaway vault of fictional clients, deleted when the block ends."""
    with demo_folder() as folder:
        store, summary = make_demo_store(
            folder, passphrase or secrets.token_urlsafe(24), clients=clients
        )
        try:
            yield store, summary
        finally:
            store.close()


def install_fonts() -> list[str]:
    """Give Qt the fonts shipped for PDFs, so names in every script show in the window.

    The same files (``casebook.export.fonts.font_files``) that the PDFs embed:
    Noto Sans Bengali, Noto Naskh Arabic, Droid Sans Fallback (Chinese) join
    Qt's fallback list; the system font stays the default. Costs ~6 ms. Missing
    fonts (a broken install) leave the window as it was, with a warning logged.
    """
    from casebook.export.fonts import font_files
    from casebook.ui.style import add_application_fonts

    try:
        files = font_files()
    except CasebookError:
        logging.getLogger("casebook").warning("casebook's bundled fonts are missing")
        return []
    return add_application_fonts(files)


def demo_passphrase() -> str:
    """Strong enough for the vault's rule, and shown on screen: the data is fictional."""
    words = ("harbor", "lantern", "maple", "orbit", "pepper", "quartz", "saddle", "tundra")
    return "-".join(secrets.choice(words) for _ in range(4)) + f"-{secrets.randbelow(100):02d}"


def run(
    *,
    demo: bool,
    settings: AppSettings | None = None,
    log_path: Path | None = None,
    ready: Callable[[CasebookApp], None] | None = None,
    on_shown: Callable[[QWidget], None] | None = None,
) -> int:
    """Open the desktop app (on a demo vault with ``demo``) and run until it is closed.

    ``ready`` is called with the app object just before the event loop starts
    (tests use it to close the window).
    """
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from casebook.ui.controller import CasebookApp
    from casebook.ui.settings import AppSettings
    from casebook.ui.translation import Translation

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("casebook")
    qapp.setOrganizationName("casebook")
    qapp.setQuitOnLastWindowClosed(True)
    if log_path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        log_path = Path(folder) / LOG_NAME
    handler = _log_to(log_path)
    settings = settings or AppSettings()
    translation = Translation()
    translation.apply(settings.language())  # before the first widget is made
    app = CasebookApp(settings, freeze_after_unlock=True)
    try:
        if demo:
            install_fonts()
            with demo_folder() as vault_folder:
                _run_demo(qapp, app, vault_folder, ready)
        else:
            app.show_start()
            if on_shown is not None:
                on_shown(app.start_window)
            # The shipped fonts join Qt's fallbacks just after the prompt paints (the
            # system's fonts draw it; a name in another script redraws a moment later).
            app.prepare_after_first_paint(first=lambda: _fonts_then_redraw(app.start_window))
            if ready is not None:
                ready(app)
            qapp.exec()
    finally:
        app.shutdown()
        translation.remove()
        if handler is not None:
            logging.getLogger("casebook").removeHandler(handler)
            handler.close()
    return 0


def _fonts_then_redraw(window: QWidget) -> None:
    install_fonts()
    window.setFont(window.font())  # a font change: every label lays its text out again
    window.update()


def _run_demo(
    qapp: QApplication, app: CasebookApp, folder: Path, ready: Callable[[CasebookApp], None] | None
) -> None:
    """Show a progress window at once; make and fill the demo vault on the worker behind it.

    The main window replaces the progress window when the vault is ready.
    Cancel (or closing the progress window) stops the filling and quits.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
    from PySide6.QtWidgets import QProgressDialog

    from casebook.services.demo import DemoCancelled

    class Relay(QObject):
        """Carries the worker thread's progress to the GUI thread (a queued signal)."""

        progress = Signal(int, int)

    passphrase = demo_passphrase()
    cancel = threading.Event()
    relay = Relay()
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "DemoProgress", "Making a demo vault of {count} fictional clients…"
        ).format(count=DEMO_CLIENTS),
        QCoreApplication.translate("DemoProgress", "Cancel"),
        0,
        0,
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoProgress", "casebook demo"))
    dialog.setAccessibleName("Demo vault progress")
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)

    def show_progress(done: int, total: int) -> None:
        dialog.setRange(0, total)
        dialog.setValue(done)

    relay.progress.connect(show_progress)
    dialog.canceled.connect(cancel.set)

    def make() -> Store:
        store, _summary = make_demo_store(
            folder, passphrase, progress=relay.progress.emit, cancel=cancel
        )
        if cancel.is_set():  # Cancel came after the last client went in: still a cancel
            store.close()
            raise DemoCancelled("Filling the demo vault was cancelled.")
        return store

    def failed(exc: CasebookError) -> None:
        dialog.hide()
        if not isinstance(exc, DemoCancelled):
            app.errors.show_error(exc)
        qapp.quit()

    # The progress window is the only one until the main window shows: hiding
    # it must not count as "the last window closed".
    qapp.setQuitOnLastWindowClosed(False)

    def opened() -> None:
        dialog.hide()
        qapp.setQuitOnLastWindowClosed(True)
        if cancel.is_set():  # Cancel clicked while the finished vault was on its way here
            app.main_window.close()
            qapp.quit()

    app.open_demo(make, folder, passphrase, on_open=opened, on_failure=failed)
    dialog.show()
    if ready is not None:
        ready(app)
    try:
        qapp.exec()
    finally:
        cancel.set()  # quitting while it fills: stop at the next client
        app.shutdown()  # closes the store before the folder is deleted
        # Gone now, not at some later event loop: a progress window outliving run()
        # is a hidden top-level window that a second run (a test) could find and
        # cancel instead of its own, leaving that run filling and never quitting.
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete)


def _log_to(path: Path) -> logging.Handler | None:
    """Warnings and bug reports (type and place only, never client data) to a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("casebook").addHandler(handler)
    return handler
