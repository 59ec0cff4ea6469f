"""The stable-file rule, with an injected clock: no sleeping."""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

import pytest

from casebook.watch.open_files import open_for_writing
from casebook.watch.stability import FileIdentity, StabilityTracker, is_ignored


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_file_is_stable_after_two_unchanged_checks_a_second_apart(clock: FakeClock) -> None:
    tracker = StabilityTracker(clock=clock)
    path, identity = Path("scan0001.pdf"), FileIdentity(1000, 1)

    assert not tracker.observe(path, identity)
    clock.advance(1.0)
    assert not tracker.observe(path, identity)
    clock.advance(1.0)
    assert tracker.observe(path, identity)


def test_growing_file_is_not_taken_until_it_stops_growing(clock: FakeClock) -> None:
    tracker = StabilityTracker(interval=1.0, checks=2, clock=clock)
    path = Path("scan0001.pdf")

    for size in range(1, 20):  # a scanner adding a page every second
        assert not tracker.observe(path, FileIdentity(size * 4096, size))
        clock.advance(1.0)
    assert not tracker.observe(path, FileIdentity(19 * 4096, 19))
    clock.advance(1.0)
    assert tracker.observe(path, FileIdentity(19 * 4096, 19))


def test_mtime_change_alone_restarts_the_wait(clock: FakeClock) -> None:
    tracker = StabilityTracker(clock=clock)
    path = Path("scan.pdf")
    tracker.observe(path, FileIdentity(10, 1))
    clock.advance(1.0)
    tracker.observe(path, FileIdentity(10, 1))
    clock.advance(1.0)
    assert not tracker.observe(path, FileIdentity(10, 2))  # rewritten, same size


def test_checks_closer_than_the_interval_do_not_count(clock: FakeClock) -> None:
    tracker = StabilityTracker(interval=1.0, checks=2, clock=clock)
    path, identity = Path("scan.pdf"), FileIdentity(10, 1)
    tracker.observe(path, identity)
    for _ in range(15):  # 1.5 s of looks every 0.1 s: only one counted check
        clock.advance(0.1)
        assert not tracker.observe(path, identity)
    clock.advance(1.0)
    assert tracker.observe(path, identity)


def test_forgotten_file_starts_over(clock: FakeClock) -> None:
    tracker = StabilityTracker(clock=clock, checks=1)
    path, identity = Path("scan.pdf"), FileIdentity(10, 1)
    tracker.observe(path, identity)
    assert path in tracker
    tracker.forget(path)
    assert path not in tracker and len(tracker) == 0
    clock.advance(5)
    assert not tracker.observe(path, identity)


def test_nonsense_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="checks"):
        StabilityTracker(checks=0)


@pytest.mark.parametrize(
    "name",
    [
        "scan0001.pdf.tmp",
        "scan.PART",
        "letter.pdf.crdownload",
        "letter.pdf.download",
        "~$notes.docx",
        ".DS_Store",
        ".scan0001.pdf",
        "Thumbs.db",
        "desktop.ini",
        ".hidden/scan.pdf",
        "2024/.sync/scan.pdf",
        "$RECYCLE.BIN/scan.pdf",
        "System Volume Information/x.pdf",
    ],
)
def test_temporary_and_system_names_are_ignored(name: str) -> None:
    assert is_ignored(PurePath(name))


@pytest.mark.parametrize(
    "name", ["scan0001.pdf", "2024-05-01/scan0001.pdf", "María López.jpg", "temp.pdf", "a~$b.pdf"]
)
def test_ordinary_scans_are_not_ignored(name: str) -> None:
    assert not is_ignored(PurePath(name))


@pytest.mark.skipif(sys.platform != "linux", reason="the /proc probe is Linux only")
def test_file_still_open_for_writing_is_reported_busy(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-")
    with path.open("ab"):
        assert open_for_writing([path]) == {path}
    assert open_for_writing([path]) == set()


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_file_locked_by_its_writer_is_reported_busy(tmp_path: Path) -> None:
    import fcntl

    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-")
    with path.open("rb") as reader:  # read-only: only the lock can tell
        fcntl.flock(reader, fcntl.LOCK_EX)
        assert open_for_writing([path]) == {path}
    assert open_for_writing([path]) == set()


def test_file_open_only_for_reading_is_not_busy(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-")
    with path.open("rb"):
        assert open_for_writing([path]) == set()
