"""Process start to the unlock prompt painted, against a bare PySide6 window process.

Issue 14's figure: the whole process, as a user launching ``casebook`` pays
it, with bytecode already cached (as an installed copy has it; each probe runs
once untimed first). Both probes are child processes started the same way;
each prints the wall-clock time of its window's first paint event and exits.

- bare: ``import PySide6.QtWidgets``, a ``QApplication`` and a ``QMainWindow``.
- casebook: ``casebook.cli.main([])``, what the ``casebook`` console script
  runs with no arguments, with a fresh settings folder; ``casebook.app.run`` is
  wrapped only to mark the start window's first paint.

Runs alternate (bare, casebook, bare, ...) so load hits both alike; the
figure is the ratio of medians. Goal: <= 1.5x.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PAINT_MARK = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            os._exit(0)
        return False

def mark(window):
    window.installEventFilter(_mark_filter)

_mark_filter = _FirstPaint()
"""

BARE = (
    "import os, time\n"
    "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    + _PAINT_MARK
    + "app = QApplication([])\n"
    "w = QMainWindow(); w.setCentralWidget(QLabel('casebook')); mark(w); w.show()\n"
    "app.exec()\n"
)

CASEBOOK = (
    "import os, time\n"
    "import casebook.cli\n"
    "from casebook.app import run\n" + _PAINT_MARK + "run(demo=False, on_shown=mark)\n"
)


def _once(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("painted ")), None)
    if line is None:
        raise SystemExit(f"probe printed no paint mark:\n{out.stdout}\n{out.stderr}")
    return float(line.split()[1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONPATH"] = str(ROOT)
        # An installed copy has its bytecode compiled; here the untimed first runs
        # write it (a shell that sets PYTHONDONTWRITEBYTECODE would time compiling).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _once(BARE, env)  # untimed: bytecode cached, files in the page cache
        _once(CASEBOOK, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(_once(BARE, env))
            app.append(_once(CASEBOOK, env))
    b, a = statistics.median(bare), statistics.median(app)
    load = os.getloadavg()[0]
    print(f"bare PySide6 window painted   {b * 1000:8.1f} ms (median of {args.runs})")
    print(f"casebook unlock prompt painted {a * 1000:8.1f} ms (median of {args.runs})")
    print(f"ratio {a / b:.2f}x (goal <= 1.5x); load average {load:.2f}")


if __name__ == "__main__":
    main()
