"""Render casebook's windows to PNG files, offscreen, for the README and for review.

    python packaging/screenshots.py OUT_DIR

Uses a throwaway demo vault of fictional clients; nothing is written outside
OUT_DIR and a temporary folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from casebook.app import demo_passphrase, demo_vault
from casebook.ui.controller import CasebookApp
from casebook.ui.settings import AppSettings


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def shoot_start(app: CasebookApp, out: Path, vault: Path) -> None:
    """The start window's pages, in the states a person sees them."""
    start = app.start_window
    app.show_start()
    save(start, out / "start-window.png")

    start.show_create()
    start.create_page.passphrase.setText("violin orchard")
    start.create_page.repeat.setText("violin orchard")
    wait_until(lambda: start.create_page.feedback.text().strip() != "")
    save(start, out / "create-window.png")

    start.show_unlock(vault)
    page = start.unlock_page
    QTest.keyClicks(page.passphrase, "WRONG")  # capitals without Shift: the Caps Lock hint
    page.unlock()
    wait_until(page.error_label.isVisible)
    save(start, out / "unlock-window.png")


def shoot_main(app: CasebookApp, out: Path) -> None:
    window = app.main_window
    clients = window.clients
    wait_until(lambda: window.isVisible() and clients.model.rowCount() > 0)
    wait_until(lambda: clients.model.is_loaded(0))
    clients.table.selectRow(2)
    wait_until(lambda: clients.detail.stack.currentWidget() is clients.detail.tabs)
    save(window, out / "main-window.png")
    clients.detail.tabs.setCurrentIndex(1)
    save(window, out / "main-window-matters.png")
    clients.detail.tabs.setCurrentIndex(0)

    clients.new_client()
    dialog = clients.dialog
    assert dialog is not None
    dialog.set_text("name", "Ana Quispe")
    dialog.set_text("a_number", "A-123-45")
    dialog.save()
    wait_until(dialog.errors["a_number"].isVisible)
    save(dialog, out / "client-dialog.png")
    dialog.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--clients", type=int, default=400)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        home = Path("/home/advocate")
        for name in ("Immigration unit 2024", "Bronx office", "Clients"):
            settings.remember_vault(home / "Documents" / f"{name}.casebook")
        app = CasebookApp(settings, install_excepthook=False)
        passphrase = demo_passphrase()
        try:
            with demo_vault(clients=args.clients, passphrase=passphrase) as (store, _summary):
                folder = store.vault.folder
                shoot_start(app, args.out, folder)
                app.open_demo(store, folder, passphrase)
                shoot_main(app, args.out)
                app.lock()
                save(app.start_window, args.out / "locked-window.png")
                app.shutdown()
        finally:
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
