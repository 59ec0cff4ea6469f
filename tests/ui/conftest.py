"""Fixtures for the desktop UI: fake settings and clock, a worker, the app object."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from casebook.domain.vocabulary import IncidentKind, Law, SealedUnder
from casebook.services import arrests, incidents, vaults
from casebook.services.arrests import ArrestDraft
from casebook.services.clients import list_clients
from casebook.services.demo import fill_demo
from casebook.services.incidents import IncidentDraft
from casebook.ui.controller import CasebookApp
from casebook.ui.errors import ErrorReporter
from casebook.ui.settings import AppSettings
from casebook.ui.translation import ENGLISH, Translation
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


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> Iterator[Translation]:
    """The window in English, as the app starts it on an English system: the English
    catalogue gives plurals their singular ("1 client")."""
    translation = Translation()
    assert translation.apply(ENGLISH) == ENGLISH
    yield translation
    translation.remove()


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


def write_pdf(path: Path, title: str, pages: int = 1, words: str = "") -> Path:
    """A text PDF of about ``pages`` pages; ``words`` appear on the last page only."""
    from casebook.export.text_document import write_text_document

    filler = "The respondent appeared with counsel and the matter was adjourned. " * 12
    paragraphs = [f"{filler} Paragraph {i}." for i in range(max(0, pages - 1) * 7)]
    write_text_document(path, title, [*paragraphs, f"Last page. {words}".strip()])
    return path


def write_png(path: Path, colour: tuple[int, int, int] = (200, 180, 160)) -> Path:
    from PIL import Image

    Image.new("RGB", (600, 800), colour).save(path, "PNG")
    return path


@pytest.fixture
def document_vault_path(demo_vault_path: Path, tmp_path: Path) -> Path:
    """The demo vault plus a three-page notice and a photo in the inbox, and a letter filed
    with the first client in the list."""
    from casebook.services.clients import list_clients
    from casebook.services.importer import Options, Target, import_paths

    files = tmp_path / "incoming"
    files.mkdir()
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        first = list_clients(store, limit=1)[0]
        no_ocr = Options(ocr=False)
        import_paths(
            store,
            [
                write_pdf(
                    files / "notice.pdf", "Notice of Hearing", pages=3, words="Varick Street"
                ),
                write_png(files / "photo.png"),
            ],
            Target(),
            options=no_ocr,
        )
        import_paths(
            store,
            [write_pdf(files / "letter.pdf", "Letter of Support", words="food pantry")],
            Target(client_id=first.id),
            options=no_ocr,
        )
    finally:
        store.close()
    return demo_vault_path


@pytest.fixture
def docs_app(qtbot, casebook_app: CasebookApp, document_vault_path: Path) -> CasebookApp:
    _unlock(qtbot, casebook_app, document_vault_path)
    window = casebook_app.main_window
    model = window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 30 and model.is_loaded(0))
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2)
    return casebook_app


@pytest.fixture
def records_vault_path(demo_vault_path: Path) -> Path:
    """The demo vault plus arrests (one sealed) and incidents, one tied to the sealed arrest."""
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        client = list_clients(store, limit=1)[0]
        sealed = arrests.add_arrest(
            store,
            client.id,
            ArrestDraft(
                date(2024, 3, 2),
                precinct="75",
                arrest_number="K24612345",
                disposition="dismissed",
                sealed_under=SealedUnder.CPL_160_50,
            ),
            today=TODAY,
        )
        arrests.add_arrest(
            store, client.id, ArrestDraft(date(2025, 6, 9), precinct="44"), today=TODAY
        )
        incidents.add_incident(
            store,
            IncidentDraft(
                date(2026, 10, 14),
                IncidentKind.RECORD_SHARED,
                precinct="75",
                laws=(Law.CPL_160_50, Law.EO_41),
                client_id=client.id,
                arrest_id=sealed,
                narrative="The arrest record was sent to ICE.",
            ),
            today=TODAY,
        )
        for day in range(6):
            incidents.add_incident(
                store,
                IncidentDraft(date(2026, 9, 1 + day), IncidentKind.ICE_AT_COURT, precinct="114"),
                today=TODAY,
            )
    finally:
        store.close()
    return demo_vault_path


@pytest.fixture
def records_app(qtbot, casebook_app: CasebookApp, records_vault_path: Path) -> CasebookApp:
    _unlock(qtbot, casebook_app, records_vault_path)
    model = casebook_app.main_window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 30 and model.is_loaded(0))
    return casebook_app
