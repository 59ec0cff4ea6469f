"""Fixtures for the desktop UI: fake settings and clock, a worker, the app object."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from casebook.services import vaults
from casebook.services.demo import fill_demo
from casebook.ui.controller import CasebookApp
from casebook.ui.errors import ErrorReporter
from casebook.ui.settings import AppSettings
from casebook.ui.worker import DbWorker
from tests.helpers import PASSPHRASE, TODAY


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[DbWorker]:
    w = DbWorker(ErrorReporter())
    yield w
    w.stop()


@pytest.fixture
def demo_vault_path(vault_path: Path) -> Path:
    """A closed vault holding 30 fictional clients."""
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        fill_demo(store, clients=30, today=TODAY)
    finally:
        store.close()
    return vault_path


@pytest.fixture
def casebook_app(qtbot, settings: AppSettings, clock: FakeClock) -> Iterator[CasebookApp]:
    app = CasebookApp(settings, clock=clock, today=lambda: TODAY, install_excepthook=False)
    qtbot.add_widget(app.start_window)
    qtbot.add_widget(app.main_window)
    yield app
    app.shutdown()
    box = app.errors.last_box
    app.errors.last_box = None
    if box is not None:
        with contextlib.suppress(RuntimeError):  # already deleted by Qt
            box.close()


def _unlock(qtbot, app: CasebookApp, folder: Path, passphrase: str = PASSPHRASE) -> None:
    app.start_window.show_unlock(folder)
    app.start_window.show()
    page = app.start_window.unlock_page
    page.passphrase.setText(passphrase)
    page.unlock()
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)


@pytest.fixture
def unlock():
    """Drive the unlock page like a person: ``unlock(qtbot, app, folder)``."""
    return _unlock


@pytest.fixture
def unlocked_app(qtbot, casebook_app: CasebookApp, demo_vault_path: Path) -> CasebookApp:
    _unlock(qtbot, casebook_app, demo_vault_path)
    model = casebook_app.main_window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 30 and model.is_loaded(0))
    return casebook_app
