"""The scanner folder, on the real filesystem: complete files, each exactly once."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from casebook.domain.errors import CasebookError
from casebook.watch import WatchStatusKind
from casebook.watch import folder_watcher as folder_watcher_module


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Scans"
    path.mkdir()
    return path


def test_files_already_in_the_folder_at_start_are_delivered(folder, recorder, make_watcher):
    (folder / "scan0001.pdf").write_bytes(b"%PDF-1 one")
    (folder / "2024-05-01").mkdir()
    (folder / "2024-05-01" / "scan0002.pdf").write_bytes(b"%PDF-1 two")

    make_watcher(folder).start()

    recorder.wait_delivered("scan0001.pdf", "scan0002.pdf")
    assert recorder.kinds()[0] is WatchStatusKind.WATCHING
    assert str(folder) in recorder.statuses[0].message


def test_callbacks_run_on_the_watchers_own_thread(folder, recorder, make_watcher):
    make_watcher(folder).start()
    (folder / "scan.pdf").write_bytes(b"x")
    recorder.wait_delivered("scan.pdf")
    assert recorder.threads == {"casebook-folder-watcher"}


def test_file_written_slowly_in_chunks_is_delivered_once_and_complete(
    folder, recorder, make_watcher
):
    make_watcher(folder).start()
    path = folder / "scan0001.pdf"
    chunk = b"p" * 64 * 1024
    for _ in range(20):  # closed between chunks: only size/mtime tell it is growing
        with path.open("ab") as out:
            out.write(chunk)
        time.sleep(0.02)

    recorder.wait_delivered("scan0001.pdf")
    recorder.settle()
    assert recorder.sizes[path] == [20 * len(chunk)]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS cannot tell cheaply if a file is open")
def test_file_held_open_by_a_pausing_writer_waits_until_closed(folder, recorder, make_watcher):
    make_watcher(folder).start()
    path = folder / "scan0001.pdf"
    with path.open("wb") as out:
        out.write(b"page one")
        out.flush()
        time.sleep(0.5)  # ten stability intervals without a change, but still open
        assert recorder.ready == []
        out.write(b" page two")
    recorder.wait_delivered("scan0001.pdf")
    assert recorder.sizes[path] == [len(b"page one page two")]


def test_temporary_hidden_and_linked_files_are_ignored(folder, recorder, make_watcher, tmp_path):
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(b"not in the scanner folder")
    for name in ["scan.pdf.tmp", "scan.part", "~$letter.docx", ".DS_Store", "Thumbs.db"]:
        (folder / name).write_bytes(b"x")
    (folder / ".sync").mkdir()
    (folder / ".sync" / "scan.pdf").write_bytes(b"x")
    (folder / "link.pdf").symlink_to(outside)
    (folder / "linked-folder").symlink_to(tmp_path, target_is_directory=True)

    make_watcher(folder).start()
    (folder / "real.pdf").write_bytes(b"%PDF-")
    recorder.wait_delivered("real.pdf")
    recorder.settle()
    assert recorder.counts() == {"real.pdf": 1}


def deaf_observer() -> folder_watcher_module.BaseObserver:
    """An observer that never reports anything, like one on a network share."""
    return folder_watcher_module.PollingObserver(timeout=3600)


def test_folder_reached_through_a_link_reports_files_under_the_given_name(
    tmp_path, recorder, make_watcher, monkeypatch
):
    monkeypatch.setattr(folder_watcher_module, "Observer", deaf_observer)
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "Scans"
    link.symlink_to(real, target_is_directory=True)
    (real / "first.pdf").write_bytes(b"x")
    watcher = make_watcher(link, polling=False, rescan_interval=3600.0)
    watcher.start()
    recorder.wait_delivered("first.pdf")  # the one rescan is over
    (real / "scan.pdf").write_bytes(b"x")
    # macOS's FSEvents names the real path; only this event can announce the file.
    event = SimpleNamespace(
        event_type="created", src_path=str(real / "scan.pdf"), dest_path="", is_directory=False
    )
    watcher._inbox.on_any_event(event)
    recorder.wait_delivered("scan.pdf")
    assert recorder.ready == [link / "first.pdf", link / "scan.pdf"]


def test_temporary_name_renamed_to_its_final_name_is_delivered(folder, recorder, make_watcher):
    make_watcher(folder).start()
    (folder / "scan0001.pdf.part").write_bytes(b"%PDF- whole scan")
    os.replace(folder / "scan0001.pdf.part", folder / "scan0001.pdf")
    recorder.wait_delivered("scan0001.pdf")
    assert recorder.counts() == {"scan0001.pdf": 1}


@pytest.mark.parametrize("polling", [False, True], ids=["native-events", "polling"])
def test_burst_of_500_files_each_delivered_exactly_once(folder, recorder, make_watcher, polling):
    watcher = make_watcher(folder, polling=polling)
    watcher.start()
    names = [f"scan{i:04d}.pdf" for i in range(500)]
    for name in names:
        (folder / name).write_bytes(name.encode())

    recorder.wait_for(lambda: len(recorder.ready) >= 500)
    recorder.settle()
    assert recorder.counts() == dict.fromkeys(names, 1)
    assert watcher.polling is polling


def test_name_reused_with_new_content_is_delivered_again(folder, recorder, make_watcher):
    make_watcher(folder).start()
    path = folder / "scan0001.pdf"
    path.write_bytes(b"first client's scan")
    recorder.wait_delivered("scan0001.pdf")
    path.unlink()  # what the import service does after a verified import

    path.write_bytes(b"a different, longer scan")
    recorder.wait_for(lambda: recorder.counts()["scan0001.pdf"] == 2)
    path.write_bytes(b"rewritten in place, third")
    recorder.wait_for(lambda: recorder.counts()["scan0001.pdf"] == 3)
    recorder.settle()
    assert recorder.counts()["scan0001.pdf"] == 3


def test_unchanged_file_left_in_place_is_not_delivered_twice(folder, recorder, make_watcher):
    make_watcher(folder).start()
    (folder / "kept.pdf").write_bytes(b"kept original")
    recorder.wait_delivered("kept.pdf")
    recorder.settle()
    assert recorder.counts() == {"kept.pdf": 1}


def test_on_ready_raising_for_one_file_does_not_stop_the_others(folder, recorder, make_watcher):
    recorder.fail_for = lambda path: (
        CasebookError("damaged PDF: no pages could be read") if path.name == "bad.pdf" else None
    )
    make_watcher(folder).start()
    (folder / "bad.pdf").write_bytes(b"%PDF- broken")
    for i in range(5):
        (folder / f"good{i}.pdf").write_bytes(b"%PDF- fine")

    recorder.wait_delivered("bad.pdf", *(f"good{i}.pdf" for i in range(5)))
    recorder.wait_status(WatchStatusKind.ERROR)
    error = next(s for s in recorder.statuses if s.kind is WatchStatusKind.ERROR)
    assert error.path == folder / "bad.pdf"
    assert "bad.pdf" in error.message and "damaged PDF" in error.message
    assert str(folder) in error.message

    recorder.settle()
    assert recorder.counts()["bad.pdf"] == 1  # not retried while unchanged
    (folder / "bad.pdf").write_bytes(b"%PDF- rescanned, now fine")
    recorder.wait_for(lambda: recorder.counts()["bad.pdf"] == 2)
    (folder / "after.pdf").write_bytes(b"x")
    recorder.wait_delivered("after.pdf")


def test_unexpected_error_in_on_ready_is_reported_as_a_bug_and_watching_goes_on(
    folder, recorder, make_watcher
):
    recorder.fail_for = lambda path: RuntimeError("boom") if path.name == "a.pdf" else None
    make_watcher(folder).start()
    (folder / "a.pdf").write_bytes(b"x")
    recorder.wait_status(WatchStatusKind.ERROR)
    assert "RuntimeError" in recorder.statuses[-1].message
    assert "boom" not in recorder.statuses[-1].message
    (folder / "b.pdf").write_bytes(b"x")
    recorder.wait_delivered("b.pdf")


def test_folder_removed_then_recreated_is_reported_and_watched_again(
    folder, recorder, make_watcher
):
    make_watcher(folder).start()
    recorder.wait_status(WatchStatusKind.WATCHING)

    shutil.rmtree(folder)  # the USB stick is pulled
    recorder.wait_status(WatchStatusKind.FOLDER_MISSING)
    missing = recorder.statuses[-1]
    assert str(folder) in missing.message

    folder.mkdir()  # and plugged back in
    recorder.wait_status(WatchStatusKind.RESUMED)
    (folder / "after.pdf").write_bytes(b"%PDF- after")
    recorder.wait_delivered("after.pdf")
    assert recorder.kinds()[:3] == [
        WatchStatusKind.WATCHING,
        WatchStatusKind.FOLDER_MISSING,
        WatchStatusKind.RESUMED,
    ]


def test_folder_missing_at_start_is_reported_and_picked_up_when_it_appears(
    tmp_path, recorder, make_watcher
):
    folder = tmp_path / "Not yet"
    make_watcher(folder).start()
    recorder.wait_status(WatchStatusKind.FOLDER_MISSING)
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"x")
    recorder.wait_status(WatchStatusKind.RESUMED)
    recorder.wait_delivered("scan.pdf")


def test_switches_to_polling_when_events_do_not_arrive(folder, recorder, make_watcher, monkeypatch):
    monkeypatch.setattr(folder_watcher_module, "Observer", deaf_observer)
    monkeypatch.setattr(folder_watcher_module, "_EVENT_GRACE_SECONDS", 0.0)
    watcher = make_watcher(folder)
    watcher.start()
    recorder.wait_status(WatchStatusKind.WATCHING)
    for name in ("one.pdf", "two.pdf", "three.pdf"):
        (folder / name).write_bytes(b"x")
        recorder.wait_delivered(name)  # found by the rescan alone

    recorder.wait_status(WatchStatusKind.WATCHING, count=2)
    assert watcher.polling and recorder.statuses[-1].polling
    assert "regularly" in recorder.statuses[-1].message


def test_stop_is_prompt_idempotent_and_leaves_no_threads(folder, recorder, make_watcher):
    before = set(threading.enumerate())
    watcher = make_watcher(folder, interval=5.0, rescan_interval=60.0)
    watcher.stop()  # before start: harmless
    watcher.start()
    watcher.start()  # already running: harmless
    recorder.wait_status(WatchStatusKind.WATCHING)

    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 1.0
    watcher.stop()
    assert set(threading.enumerate()) <= before


def test_stop_from_inside_a_callback_does_not_deadlock(folder, recorder, make_watcher):
    watcher = make_watcher(folder)

    def stop_then_succeed(path: Path) -> None:
        watcher.stop()

    recorder.fail_for = stop_then_succeed
    (folder / "scan.pdf").write_bytes(b"x")
    watcher.start()
    recorder.wait_delivered("scan.pdf")
    watcher.stop()


def test_watcher_can_be_restarted_without_delivering_the_same_files_again(
    folder, recorder, make_watcher
):
    watcher = make_watcher(folder)
    (folder / "scan.pdf").write_bytes(b"x")
    watcher.start()
    recorder.wait_delivered("scan.pdf")
    watcher.stop()
    watcher.start()
    (folder / "next.pdf").write_bytes(b"y")
    recorder.wait_delivered("next.pdf")
    assert recorder.counts() == {"scan.pdf": 1, "next.pdf": 1}
