"""The DB worker: results come back on the GUI thread; failures are sorted."""

from __future__ import annotations

import logging
import threading

from casebook.domain.errors import NotFound, VaultLocked
from casebook.services.clients import count_clients
from casebook.ui.errors import BUG_MESSAGE


def test_operation_runs_off_the_gui_thread_and_returns_plain_data(qtbot, worker, store):
    seen: dict[str, object] = {}
    worker.open(lambda: (store, None))

    def op(s):
        seen["thread"] = threading.current_thread()
        return count_clients(s)

    worker.submit(op, on_success=lambda n: seen.update(count=n, back=threading.current_thread()))
    qtbot.waitUntil(lambda: "count" in seen)
    assert seen["count"] == 0
    assert seen["thread"] is not threading.main_thread()
    assert seen["back"] is threading.main_thread()


def test_user_error_goes_to_failure_callback(qtbot, worker, store):
    failures: list[Exception] = []
    worker.open(lambda: (store, None))

    def op(_s):
        raise NotFound("There is no client #9.")

    worker.submit(op, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], NotFound)


def test_operation_without_an_open_vault_says_locked(qtbot, worker):
    failures: list[Exception] = []
    worker.submit(lambda s: 1, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], VaultLocked)


def test_work_dropped_by_a_lock_shows_no_warning(qtbot, worker):
    done: list[bool] = []
    worker.submit(lambda s: 1, on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert worker._errors.last_box is None


def test_a_changed_result_is_announced_after_its_value_is_delivered(qtbot, worker, store):
    from casebook.services.changes import Change, Changed, Changes

    seen: list[object] = []
    worker.changed.connect(seen.append)
    worker.open(lambda: (store, None))
    worker.submit(
        lambda s: Changed(7, Changes.of(Change.MATTERS, client_id=3)), on_success=seen.append
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [7, Changes.of(Change.MATTERS, client_id=3)]


def test_bug_is_shown_plainly_and_logged_without_its_message(qtbot, worker, store, caplog):
    done: list[bool] = []
    worker.open(lambda: (store, None))

    def op(_s):
        raise KeyError("María López")  # a bug whose message holds client data

    with caplog.at_level(logging.ERROR, logger="casebook.ui"):
        worker.submit(
            op, on_failure=lambda e: done.append(False), on_done=lambda: done.append(True)
        )
        qtbot.waitUntil(lambda: bool(done))
    assert done == [True]  # the failure callback is for user errors only
    box = worker._errors.last_box
    assert box is not None
    assert box.text() == BUG_MESSAGE
    assert "María" not in caplog.text
    assert "KeyError" in caplog.text
    assert "test_worker.py" in caplog.text
    box.close()


def test_results_of_jobs_before_a_lock_are_dropped(qtbot, worker, store):
    got: list[int] = []
    worker.open(lambda: (store, None))
    worker.submit(count_clients, on_success=got.append)
    worker.forget_pending()
    worker.submit(count_clients, on_success=lambda n: got.append(n + 100))
    qtbot.waitUntil(lambda: bool(got))
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert got == [100]


def test_background_job_runs_beside_the_worker_and_is_cancelled_on_close(qtbot, worker, store):
    worker.open(lambda: (store, None))
    cancel, started = threading.Event(), threading.Event()
    results: list[object] = []

    def long_job(_s):
        started.set()
        cancel.wait(10)
        return "stopped"

    worker.submit_background(long_job, cancel, on_success=results.append)
    qtbot.waitUntil(started.is_set)
    worker.submit(count_clients, on_success=results.append)
    qtbot.waitUntil(lambda: results == [0])  # a quick read answered while the job runs
    worker.close_store()
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert cancel.is_set() and results == [0, "stopped"]
