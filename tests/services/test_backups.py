"""Backups of a vault in use: round trip, consistency during an import, the reminder."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.export.text_document import write_text_document
from casebook.services import backups, clients, vaults
from casebook.services.checks import check_store
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Document
from tests.helpers import PASSPHRASE, TODAY

NAME = "Xiomara Zelinskaya-Okonkwo"


def make_files(folder: Path, count: int, prefix: str = "doc") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        if i % 3 == 2:
            path = folder / f"{prefix}-{i}.png"
            Image.new("RGB", (64 + i, 48 + len(prefix)), color=(i * 7 % 256, 90, 200)).save(path)
        else:
            path = folder / f"{prefix}-{i}.pdf"
            write_text_document(path, f"Notice {prefix} {i}", [f"Hearing notice number {i}."])
        paths.append(path)
    return paths


def fill(store: Store, tmp_path: Path) -> int:
    client_id = clients.add_client(store, ClientDraft(name=NAME, a_number="123456789"), today=TODAY)
    results = import_paths(
        store,
        make_files(tmp_path / "in", 5),
        Target(client_id=client_id),
        options=Options(ocr=False),
    )
    assert all(r.status is ImportStatus.IMPORTED for r in results)
    return client_id


def test_round_trip_with_clients_and_documents(store: Store, tmp_path: Path) -> None:
    fill(store, tmp_path)
    result = backups.backup_vault(store, tmp_path / "b.cbbackup")
    assert result.blobs == 5 and result.path.stat().st_size == result.size
    target = tmp_path / "Restored.casebook"
    restored_result = backups.restore(result.path, target, passphrase=PASSPHRASE)
    assert restored_result.blobs == 5
    restored = vaults.open_store(target, PASSPHRASE)
    try:
        assert [c.name for c in clients.list_clients(restored)] == [NAME]
        report = check_store(restored, deep=True)
        assert report.ok and report.blobs_checked == 5 and not report.repaired
        with restored.reading() as s, store.reading() as o:
            mine = s.execute(select(Document.uid, Document.sha256).order_by(Document.id)).all()
            theirs = o.execute(select(Document.uid, Document.sha256).order_by(Document.id)).all()
        assert mine == theirs
    finally:
        restored.close()


def test_no_client_data_in_the_backup_file(store: Store, tmp_path: Path) -> None:
    fill(store, tmp_path)
    data = backups.backup_vault(store, tmp_path / "b.cbbackup").path.read_bytes()
    for text in (NAME, "Zelinskaya", "123456789", "Hearing notice number"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data, (text, encoding)


@pytest.mark.slow
def test_backup_during_an_import_is_consistent(store: Store, tmp_path: Path) -> None:
    """Every document row of the restored vault has its blob, and it verifies."""
    client_id = fill(store, tmp_path)
    files = make_files(tmp_path / "more", 60, prefix="late")
    started = threading.Event()
    done: list[int] = []
    problems: list[object] = []

    def progress(n: int, total: int, name: str) -> None:
        started.set()
        # Keep the import running across several backups. An Event wait, not
        # time.sleep: the dates run under libfaketime (DONT_FAKE_MONOTONIC)
        # fails every clock_nanosleep with EINVAL, and sleep uses it.
        threading.Event().wait(0.03)

    def run() -> None:
        results = import_paths(
            store,
            files,
            Target(client_id=client_id),
            options=Options(ocr=False, workers=2),
            progress=progress,
        )
        done.append(sum(r.status is ImportStatus.IMPORTED for r in results))
        problems.extend(r for r in results if r.status is not ImportStatus.IMPORTED)

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(60)
    made = []
    while not made or (worker.is_alive() and len(made) < 4):  # backups while it runs
        n = len(made)
        made.append(backups.backup_vault(store, tmp_path / f"during-{n}.cbbackup"))
    worker.join()
    assert done == [60], problems
    counts = set()
    for n, result in enumerate(made):
        target = tmp_path / f"R{n}.casebook"
        backups.restore(result.path, target, passphrase=PASSPHRASE)
        restored = vaults.open_store(target, PASSPHRASE)
        try:
            report = check_store(restored, deep=True)
            with restored.reading() as s:
                total = len(s.scalars(select(Document.id)).all())
            assert report.ok, report.problems
            assert not report.repaired  # no blob without its row was copied
            assert report.blobs_checked == total
            counts.add(total)
        finally:
            restored.close()
    assert min(counts) >= 5
    assert any(5 < c < 65 for c in counts), counts  # at least one caught it half-way


def test_last_backup_and_reminder(store: Store, tmp_path: Path) -> None:
    # The fixture's vault was made at NOW, on TODAY (its injected creation time).
    assert backups.last_backup(store) is None
    assert not backups.backup_overdue(store, TODAY)  # a vault made today does not nag yet
    assert not backups.backup_overdue(store, TODAY + timedelta(days=7))
    assert backups.backup_overdue(store, TODAY + timedelta(days=8))
    when = datetime(2026, 11, 1, 9, 30)
    backups.backup_vault(store, tmp_path / "b.cbbackup", now=when)
    assert backups.last_backup(store) == when
    assert backups.last_backup_folder(store) == tmp_path
    assert not backups.backup_overdue(store, date(2026, 11, 8))
    assert backups.backup_overdue(store, date(2026, 11, 9))
    assert backups.backup_overdue(store, date(2026, 11, 4), days=2)
    with store.reading() as session:
        assert not audit.chain_problems(session, store.audit_key)


def test_failed_backup_leaves_the_old_file(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "b.cbbackup"
    dest.write_bytes(b"the previous backup")
    with pytest.raises(Exception, match="folder"):
        backups.backup_vault(store, tmp_path)  # a folder, not a file
    assert dest.read_bytes() == b"the previous backup"
    assert backups.last_backup(store) is None
