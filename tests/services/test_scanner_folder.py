"""Scans dropped in the watched folder reach the inbox; the plaintext original goes away."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from casebook.export.text_document import write_text_document
from casebook.services import documents
from casebook.services.importer import Options
from casebook.services.scanner_folder import ScannerInbox, ScannerResult, watch_until_stopped
from casebook.store.session import Store
from casebook.watch import WatchStatus

NO_OCR = Options(ocr=False, source="scanner folder")


def test_verified_import_removes_the_original(store: Store, tmp_path: Path) -> None:
    scan = tmp_path / "scan0001.pdf"
    write_text_document(scan, "Scan", ["Notice to appear"])
    content = scan.read_bytes()
    r = ScannerInbox(store, tmp_path, options=NO_OCR).handle(scan)
    assert r.original_removed and not scan.exists()
    [doc] = documents.inbox(store)
    assert documents.read_content(store, doc.id) == content


def test_setting_keeps_originals(store: Store, tmp_path: Path) -> None:
    scan = tmp_path / "scan0001.pdf"
    write_text_document(scan, "Scan", ["Notice to appear"])
    r = ScannerInbox(store, tmp_path, keep_originals=True, options=NO_OCR).handle(scan)
    assert not r.original_removed and scan.exists()


def test_rejected_file_stays_in_the_folder(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    r = ScannerInbox(store, tmp_path, options=NO_OCR).handle(bad)
    assert r.result.status.value == "rejected" and bad.exists()
    assert r.note == "the original was left in the folder"


def test_failed_verification_keeps_the_original(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "scan.pdf"
    write_text_document(scan, "Scan", ["x"])
    inbox = ScannerInbox(store, tmp_path, options=NO_OCR)
    from casebook.domain.errors import DamagedVault

    def damaged(*a: object, **k: object) -> None:
        raise DamagedVault("document 1 is damaged")

    monkeypatch.setattr(type(store.vault.blobs), "verify", damaged)
    r = inbox.handle(scan)
    assert scan.exists() and not r.original_removed
    assert "kept" in r.note


def test_watch_loop_imports_what_the_scanner_drops(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "scanner"
    folder.mkdir()
    results: list[ScannerResult] = []
    statuses: list[WatchStatus] = []
    stop = threading.Event()

    def on_result(r: ScannerResult) -> None:
        results.append(r)
        if len(results) == 3:
            stop.set()

    for i in range(3):
        write_text_document(folder / f"scan{i}.pdf", f"Scan {i}", [f"page {i}"])
    (folder / "scan9.pdf.part").write_bytes(b"%PDF- still being written")
    watcher_thread = threading.Thread(
        target=watch_until_stopped,
        args=(store, folder, stop),
        kwargs={"on_result": on_result, "on_status": statuses.append},
    )
    watcher_thread.start()
    watcher_thread.join(timeout=60)
    assert not watcher_thread.is_alive()
    assert sorted(Path(r.result.path).name for r in results) == [
        "scan0.pdf",
        "scan1.pdf",
        "scan2.pdf",
    ]
    assert all(r.original_removed for r in results)
    assert [p.name for p in folder.iterdir()] == ["scan9.pdf.part"]
    assert len(documents.inbox(store)) == 3


# -- one file never stops the folder ----------------------------------------------------------


def _bad_png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (300, 200), (200, 180, 160)).save(path, "PNG")
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF  # the CRC no longer matches
    path.write_bytes(bytes(data))
    return path


def test_watch_goes_on_past_files_that_fail_or_crash(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.services import scanner_folder
    from tests.services import hostile_files as hostile

    folder = tmp_path / "scanner"
    folder.mkdir()
    _bad_png(folder / "a-broken.png")
    (folder / "b-crash.pdf").write_bytes(b"%PDF-1.4 a file that trips a bug")
    (folder / "c-unloadable.pdf").write_bytes(hostile.unloadable_page())
    write_text_document(folder / "d-good.pdf", "Scan", ["Notice to appear"])
    real = scanner_folder.import_paths

    def buggy(store_: Store, paths: list[Path], *args: object, **kwargs: object) -> list:
        if paths[0].name == "b-crash.pdf":
            raise ZeroDivisionError("a bug")
        return real(store_, paths, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scanner_folder, "import_paths", buggy)
    results: list[ScannerResult] = []
    stop = threading.Event()

    def on_result(r: ScannerResult) -> None:
        results.append(r)
        if len(results) == 4:
            stop.set()

    thread = threading.Thread(
        target=watch_until_stopped,
        args=(store, folder, stop),
        kwargs={"on_result": on_result, "on_status": lambda s: None, "options": NO_OCR},
    )
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()
    got = {Path(r.result.path).name: r for r in results}
    assert got["a-broken.png"].result.status.value == "rejected"
    assert "unexpected ZeroDivisionError" in got["b-crash.pdf"].result.reason
    assert got["c-unloadable.pdf"].result.status.value == "imported"  # the scan is kept
    assert got["d-good.pdf"].original_removed
    assert sorted(p.name for p in folder.iterdir()) == ["a-broken.png", "b-crash.pdf"]


def test_a_failed_file_is_not_retried_until_it_changes_even_after_a_restart(
    store: Store, tmp_path: Path
) -> None:
    bad = _bad_png(tmp_path / "scan.png")
    first = ScannerInbox(store, tmp_path, options=NO_OCR).handle(bad)
    assert first.result.status.value == "rejected"
    again = ScannerInbox(store, tmp_path, options=NO_OCR).handle(bad)  # a new start
    assert again.result.status.value == "skipped"
    assert again.result.reason.startswith("not tried again: it failed before (damaged PNG image")
    write_text_document(bad, "Rescanned", ["the scanner saved it again"])
    third = ScannerInbox(store, tmp_path, options=NO_OCR).handle(bad)
    assert third.result.status.value == "imported" and third.original_removed


def test_a_file_casebook_died_on_is_not_taken_again_at_the_next_start(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "scan.pdf"
    write_text_document(scan, "Scan", ["x"])

    def killed(self: ScannerInbox, path: Path) -> ScannerResult:
        raise SystemExit(137)  # stands in for the process dying on this file

    with monkeypatch.context() as m:
        m.setattr(ScannerInbox, "_guarded", killed)
        with pytest.raises(SystemExit):
            ScannerInbox(store, tmp_path, options=NO_OCR).handle(scan)
    after_restart = ScannerInbox(store, tmp_path, options=NO_OCR).handle(scan)
    assert after_restart.result.status.value == "skipped"
    assert "casebook stopped while importing this file last time" in after_restart.result.reason
    assert scan.exists()
