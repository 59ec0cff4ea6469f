"""`casebook --demo`: the real window on a demo vault, closed cleanly."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from casebook.app import demo_vault, run


def test_demo_starts_and_quits_when_the_window_is_closed(qtbot, qapp, settings, tmp_path):
    seen: dict[str, object] = {}
    hook_before = sys.excepthook

    def ready(app) -> None:
        def close_when_ready() -> None:
            window = app.main_window
            if window.isVisible() and window.clients.model.rowCount():
                seen["rows"] = window.clients.model.rowCount()
                seen["title"] = window.windowTitle()
                window.close()
            else:
                QTimer.singleShot(20, close_when_ready)

        seen["app"] = app
        QTimer.singleShot(0, close_when_ready)

    assert run(demo=True, settings=settings, log_path=tmp_path / "casebook.log", ready=ready) == 0
    assert seen["rows"] == 200
    assert "Demo.casebook" in str(seen["title"])
    assert settings.recent_vaults() == []  # the throwaway vault is not remembered
    assert sys.excepthook == hook_before
    app = seen["app"]
    assert not app.worker._thread.isRunning()


def test_demo_vault_is_removed_afterwards():
    with demo_vault(clients=3) as (store, summary):
        folder = store.vault.folder
        assert folder.exists()
        assert summary.clients == 3
    assert not folder.exists()
