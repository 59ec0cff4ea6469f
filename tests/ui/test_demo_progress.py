"""`casebook --demo` shows a window at once and fills the demo vault behind a progress bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy import func, select

from casebook.app import run
from casebook.services.demo import DemoCancelled, fill_demo
from casebook.store.tables import Client
from tests.helpers import TODAY


def test_fill_demo_reports_progress_and_cancel_adds_nothing(store):
    seen: list[tuple[int, int]] = []
    fill_demo(
        store, clients=250, today=TODAY, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[0] == (0, 250) and seen[-1] == (250, 250)
    assert 50 <= len(seen) <= 130  # about a hundred updates, whatever the size
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    cancel = threading.Event()

    def stop_half_way(done: int, total: int) -> None:
        if done >= total // 2:
            cancel.set()

    with pytest.raises(DemoCancelled):
        fill_demo(store, clients=100, today=TODAY, progress=stop_half_way, cancel=cancel)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 250  # none of the 100


def progress_window() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.accessibleName() == "Demo vault progress":
            return widget
    return None


def test_the_progress_window_shows_first_and_the_main_window_replaces_it(
    qtbot, qapp, settings, tmp_path
):
    seen: dict[str, object] = {}
    waits: list[int] = []

    def ready(app) -> None:
        dialog = progress_window()
        seen["first"] = (dialog is not None and dialog.isVisible(), app.main_window.isVisible())
        seen["label"] = dialog.labelText() if dialog else ""

        def close_when_filled() -> None:
            if app.main_window.isVisible():
                seen.setdefault(
                    "after", progress_window() is None or not progress_window().isVisible()
                )
                seen["rows"] = app.main_window.clients.model.rowCount()
                waits.append(1)
                if seen["rows"] == 200 or len(waits) > 250:  # the list loads on the worker
                    app.main_window.close()
                    return
            QTimer.singleShot(20, close_when_filled)

        QTimer.singleShot(0, close_when_filled)

    assert run(demo=True, settings=settings, log_path=tmp_path / "casebook.log", ready=ready) == 0
    assert seen["first"] == (True, False)  # at once: the progress window, not an empty gap
    assert "200 fictional clients" in str(seen["label"])
    assert seen["after"] is True and seen["rows"] == 200
    assert progress_window() is None  # run() leaves no hidden window behind


def test_cancel_stops_filling_and_quits(qtbot, qapp, settings, tmp_path):
    seen: dict[str, object] = {}

    def ready(app) -> None:
        seen["app"] = app
        dialog = progress_window()
        assert dialog is not None
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel

    assert run(demo=True, settings=settings, log_path=tmp_path / "casebook.log", ready=ready) == 0
    app = seen["app"]
    assert not app.main_window.isVisible()
    assert not app.worker._thread.isRunning()
    assert app.errors.last_box is None  # a cancel is not an error
    assert progress_window() is None
    assert not app.folder.parent.exists()  # the throwaway vault and its directory are gone
