"""`casebook check` finds damage in the database pages, never shows a silent empty vault."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import DamagedVault
from casebook.services import vaults
from casebook.services.checks import check_store
from casebook.services.clients import add_client
from casebook.services.demo import fill_demo
from tests.helpers import PASSPHRASE, TODAY


def _filled(vault_path: Path) -> None:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        add_client(store, ClientDraft(name="Ana Quispe"), today=TODAY)
        fill_demo(store, clients=300)
    finally:
        store.close()  # the last connection folds the WAL into the database file


def test_intact_vault_passes(vault_path: Path) -> None:
    _filled(vault_path)
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        assert check_store(store).ok
    finally:
        store.close()


def test_a_damaged_page_is_named_by_check(vault_path: Path) -> None:
    _filled(vault_path)
    db = vault_path / "casebook.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    data[10 * page + 100] ^= 0x40  # one bit inside page 11
    db.write_bytes(bytes(data))
    store = vaults.open_store(vault_path, PASSPHRASE)  # the header and page 1 are fine
    try:
        report = check_store(store)
        assert not report.ok
        assert any("encrypted page check" in p for p in report.problems), report.problems
    finally:
        store.close()


def test_zeroed_database_is_damage(vault_path: Path) -> None:
    _filled(vault_path)
    db = vault_path / "casebook.db"
    db.write_bytes(bytes(db.stat().st_size))
    with pytest.raises(DamagedVault, match="damaged or is not a casebook database"):
        vaults.open_store(vault_path, PASSPHRASE)


def test_a_rolled_back_database_costs_no_document(vault_path: Path, tmp_path: Path) -> None:
    """The database goes back to an older copy: newer documents' contents are kept, not
    deleted, and come back when the newer database does."""
    from casebook.services.importer import ImportStatus, Options, Target, import_paths

    old_db = tmp_path / "older-casebook.db"
    store = vaults.open_store(vault_path, PASSPHRASE)
    store.close()
    old_db.write_bytes((vault_path / "casebook.db").read_bytes())
    note = tmp_path / "notice.txt"
    note.write_text("Notice of hearing in removal proceedings.", encoding="utf-8")
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        result = import_paths(store, [note], Target(), options=Options(ocr=False))[0]
        assert result.status is ImportStatus.IMPORTED
    finally:
        store.close()
    newer_db = tmp_path / "newer-casebook.db"
    newer_db.write_bytes((vault_path / "casebook.db").read_bytes())

    (vault_path / "casebook.db").write_bytes(old_db.read_bytes())  # the roll-back
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        later = time.time() + 4 * 3600  # the blob is long settled by then
        report = check_store(store, now=later)
        assert report.ok and report.quarantined == 1
        assert "quarantine" in report.repaired[0]
    finally:
        store.close()

    (vault_path / "casebook.db").write_bytes(newer_db.read_bytes())  # the newer copy found
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        report = check_store(store, deep=True)
        assert report.ok and report.quarantined == 0 and report.blobs_checked == 1
        assert "brought back 1" in report.repaired[0]
    finally:
        store.close()


def test_a_blob_still_being_imported_is_left_alone(vault_path: Path) -> None:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        fp = store.vault.blobs.put_bytes(b"an import has written this and not yet committed")
        report = check_store(store)
        assert report.ok and report.quarantined == 0
        assert store.vault.blobs.exists(fp.name)
    finally:
        store.close()


def _with_notes(vault_path: Path, tmp_path: Path, count: int) -> None:
    from casebook.services.importer import Options, Target, import_paths

    notes = []
    for i in range(count):
        note = tmp_path / f"note-{i}.txt"
        note.write_text(f"Note {i} about the master calendar hearing.", encoding="utf-8")
        notes.append(note)
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        import_paths(store, notes, Target(), options=Options(ocr=False))
    finally:
        store.close()


def test_the_deep_read_reports_progress_and_stops_when_asked(
    vault_path: Path, tmp_path: Path
) -> None:
    import threading

    _with_notes(vault_path, tmp_path, 4)
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        seen: list[tuple[int, int]] = []
        report = check_store(store, deep=True, progress=lambda d, t: seen.append((d, t)))
        assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
        assert report.ok and report.blobs_checked == 4 and not report.stopped

        cancel = threading.Event()

        def stop_after_two(done: int, _total: int) -> None:
            if done == 2:
                cancel.set()

        report = check_store(store, deep=True, progress=stop_after_two, cancel=cancel)
        assert report.stopped and report.blobs_checked == 2 and report.ok
    finally:
        store.close()


def test_deleting_the_quarantine_on_a_read_only_vault_says_why(vault_path: Path) -> None:
    from casebook.domain.errors import DiskFull
    from casebook.services.checks import delete_quarantined

    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        fp = store.vault.blobs.put_bytes(b"an orphan")
        store.vault.blobs.quarantine(fp.name)
        store.vault.open_read_only()  # as when the disk filled
        with pytest.raises(DiskFull, match="open for reading only"):
            delete_quarantined(store)
        assert store.vault.blobs.quarantined() == [fp.name]
    finally:
        store.close()
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        assert delete_quarantined(store) == 1
        assert store.vault.blobs.quarantined() == []
    finally:
        store.close()
