"""App start-up: the composition root that wires services to the desktop UI."""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.services import vaults
from casebook.services.demo import DemoSummary, fill_demo
from casebook.store.session import Store

if TYPE_CHECKING:
    from casebook.ui.controller import CasebookApp
    from casebook.ui.settings import AppSettings

LOG_NAME = "casebook.log"


@contextlib.contextmanager
def demo_vault(
    clients: int = 200, *, passphrase: str | None = None
) -> Iterator[tuple[Store, DemoSummary]]:
    """A throwaway vault of fictional clients, deleted when the block ends."""
    parent = Path(tempfile.mkdtemp(prefix="casebook-demo-"))
    try:
        passphrase = passphrase or secrets.token_urlsafe(24)
        folder = parent / "Demo.casebook"
        vaults.create(folder, passphrase)
        store = vaults.open_store(folder, passphrase)
        try:
            yield store, fill_demo(store, clients=clients)
        finally:
            store.close()
    finally:
        shutil.rmtree(parent, ignore_errors=True)


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
) -> int:
    """Open the desktop app (on a demo vault with ``demo``) and run until it is closed.

    ``ready`` is called with the app object just before the event loop starts
    (tests use it to close the window).
    """
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from casebook.ui.controller import CasebookApp
    from casebook.ui.settings import AppSettings

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("casebook")
    qapp.setOrganizationName("casebook")
    qapp.setQuitOnLastWindowClosed(True)
    if log_path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        log_path = Path(folder) / LOG_NAME
    handler = _log_to(log_path)
    app = CasebookApp(settings or AppSettings(), freeze_after_unlock=True)
    try:
        if demo:
            passphrase = demo_passphrase()
            with demo_vault(passphrase=passphrase) as (store, _summary):
                app.open_demo(store, store.vault.folder, passphrase)
                if ready is not None:
                    ready(app)
                qapp.exec()
                app.shutdown()
        else:
            app.show_start()
            if ready is not None:
                ready(app)
            qapp.exec()
    finally:
        app.shutdown()
        if handler is not None:
            logging.getLogger("casebook").removeHandler(handler)
            handler.close()
    return 0


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
