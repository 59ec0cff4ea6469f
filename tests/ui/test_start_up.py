"""`casebook` with no arguments paints its unlock prompt before loading the rest.

Each test starts a fresh interpreter (what was imported is the point), runs
``casebook.cli.main([])`` as the console script does, and looks at the moment
of the start window's first paint. Timing is ``benchmarks/bench_start.py``'s
business; these pin the behaviour that makes it fast, and that an unlock as
early as a person could press Enter still opens the vault.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# What the start window must not wait for: the database layer, PDF libraries,
# image decoding, the password-strength dictionary, the scanner folder watcher.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "sqlcipher3",
    "reportlab",
    "pypdf",
    "pypdfium2",
    "PIL",
    "zxcvbn",
    "watchdog",
    "argon2",
    "casebook.store.session",
    "casebook.services.vaults",
    "casebook.ui.main_window",
    "casebook.cli.client_commands",
)

_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from pathlib import Path

HEAVY = {heavy!r}
FOLDER = {folder!r}
PASSPHRASE = {passphrase!r}

class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            report = {{"heavy_at_paint": [m for m in HEAVY if m in sys.modules]}}
            if FOLDER is None:
                print(json.dumps(report), flush=True)
                os._exit(0)
            QTimer.singleShot(0, lambda: self.unlock(report))
        return False

    def unlock(self, report):
        # As soon as a person could: the background import has only just begun.
        window = self.app.start_window
        window.show_unlock(Path(FOLDER))
        field = window.unlock_page.passphrase
        field.setFocus()
        QTest.keyClicks(field, PASSPHRASE)
        QTest.keyClick(field, Qt.Key.Key_Return)

        def opened():
            if self.app.unlocked:
                report["unlocked"] = True
                report["title"] = self.app.main_window.windowTitle()
                print(json.dumps(report), flush=True)
                os._exit(0)
            QTimer.singleShot(20, opened)

        opened()

import casebook.ui.controller as controller
_init = controller.CasebookApp.show_start

def show_start(self):
    _init(self)
    self._probe = FirstPaint(self)
    self.start_window.installEventFilter(self._probe)

controller.CasebookApp.show_start = show_start
from casebook.cli import main
main([])
"""


def _run_probe(tmp_path: Path, folder: Path | None) -> dict[str, object]:
    code = _PROBE.format(heavy=HEAVY, folder=str(folder) if folder else None, passphrase=PASSPHRASE)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home),
        XDG_DATA_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"the probe reported nothing:\n{done.stdout}\n{done.stderr}"
    return json.loads(lines[-1])


def test_the_unlock_prompt_paints_before_the_database_layer_and_pdf_libraries_load(tmp_path):
    report = _run_probe(tmp_path, folder=None)
    assert report["heavy_at_paint"] == []


def test_unlocking_as_soon_as_the_prompt_shows_opens_the_vault(tmp_path, vault_path):
    report = _run_probe(tmp_path, folder=vault_path)
    assert report["heavy_at_paint"] == []
    assert report["unlocked"] is True
    assert report["title"] == "Clients.casebook \N{EN DASH} casebook"
