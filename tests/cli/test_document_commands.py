"""import, inbox, search, doc export and check --deep as CLI.md fixes them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from casebook.export.text_document import write_text_document
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE


def test_import_search_assign_export(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    notice = tmp_path / "notice.pdf"
    write_text_document(notice, "Notice of Hearing", ["La audiencia de María López"])
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "import", v, *pf, str(notice), str(empty), "--no-ocr", "--json")
    results = {Path(r["path"]).name: r for r in json.loads(out)}
    assert code == 1  # one file was rejected
    assert results["notice.pdf"]["status"] == "imported"
    assert results["empty.pdf"] == {
        "path": str(empty),
        "status": "rejected",
        "document_id": None,
        "reason": "empty file (0 bytes): there is nothing to store",
    }
    doc = results["notice.pdf"]["document_id"]

    code, out, _ = run(capsys, "inbox", "list", v, *pf, "--json")
    assert [d["id"] for d in json.loads(out)] == [doc]

    code, out, _ = run(capsys, "search", v, "maria lopez", *pf, "--json")
    [hit] = json.loads(out)
    assert hit["kind"] == "document" and hit["id"] == doc and "**María**" in hit["snippet"]
    assert (hit["client_id"], hit["client_name"]) == (None, None)  # still in the inbox
    code, out, _ = run(capsys, "search", v, "maria lopez", *pf)
    assert "notice \N{EM DASH} Inbox (unassigned)" in out

    run(capsys, "client", "add", v, *pf, "--name", "María López")
    code, _, err = run(capsys, "inbox", "assign", v, doc, "--client", "1", *pf)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "search", v, "lopez", *pf, "--json", "--kind", "client")
    assert [h["id"] for h in json.loads(out)] == ["1"]
    code, out, _ = run(capsys, "search", v, "audiencia", *pf, "--json")
    [hit] = json.loads(out)
    assert (hit["client_id"], hit["client_name"]) == ("1", "María López")
    code, out, _ = run(capsys, "search", v, "audiencia", *pf)
    assert "notice \N{EM DASH} María López" in out

    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    code, out, _ = run(capsys, "doc", "export", v, doc, "-o", str(copy), *pf)
    assert code == 0 and copy.read_bytes() == notice.read_bytes()
    assert "does not protect this copy" in out

    code, out, _ = run(capsys, "check", v, *pf, "--deep", "--json")
    assert code == 0 and json.loads(out)["blobs_checked"] == 1


def test_check_deep_names_a_damaged_document(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    notice = tmp_path / "notice.pdf"
    write_text_document(notice, "Notice", ["text"])
    run(capsys, "import", v, *pf, str(notice), "--no-ocr")
    [blob] = [p for p in (vault_path / "blobs").rglob("*") if p.is_file()]
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 1
    blob.write_bytes(bytes(data))
    code, out, err = run(capsys, "check", v, *pf, "--deep")
    assert code == 1 and "document 1" in out
    code, _, err = run(capsys, "doc", "export", v, "1", "-o", str(tmp_path / "x.pdf"), *pf)
    assert code == 1 and "document 1" in err and not (tmp_path / "x.pdf").exists()


def test_missing_blob_is_reported_not_hidden(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    notice = tmp_path / "notice.pdf"
    write_text_document(notice, "Notice", ["text"])
    run(capsys, "import", v, *pf, str(notice), "--no-ocr")
    for p in (vault_path / "blobs").rglob("*"):
        if p.is_file():
            p.unlink()
    code, out, _ = run(capsys, "check", v, *pf)
    assert code == 1 and "document 1: its encrypted content is missing" in out


def test_an_unnamed_blob_is_kept_in_quarantine_until_repair(
    vault_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from casebook.services import vaults

    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        fp = store.vault.blobs.put_bytes(b"left behind by a crash between blob and row")
    finally:
        store.close()
    blob = vault_path / "blobs" / fp.name[:2] / fp.name
    old = blob.stat().st_mtime - 3600  # written an hour ago: no import is still on it
    os.utime(blob, (old, old))
    code, out, _ = run(capsys, "check", str(vault_path), *pf)
    assert code == 0 and "moved 1 stored content file" in out and "--repair" in out
    assert not blob.exists() and (vault_path / "quarantine" / fp.name).is_file()
    code, out, _ = run(capsys, "check", str(vault_path), *pf, "--repair", "--json")
    assert code == 0 and json.loads(out)["quarantined"] == 0
    assert not (vault_path / "quarantine" / fp.name).exists()


def test_search_ranks_every_match(
    vault_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from casebook.services import search

    v = str(vault_path)
    assert run(capsys, "client", "add", v, *pf, "--name", "Ada Okafor Okafor")[0] == 0
    for first in ("Bola", "Chidi", "Dayo", "Emeka", "Funmi", "Gozie", "Ife"):
        assert run(capsys, "client", "add", v, *pf, "--name", f"{first} Okafor")[0] == 0
    monkeypatch.setattr(search, "RANKED_AT_MOST", 2)  # the search box's window, not the command's
    code, out, err = run(capsys, "search", v, "okafor", *pf, "--json", "--limit", "1")
    assert (code, err) == (0, "")
    [hit] = json.loads(out)
    assert set(hit) == {"kind", "id", "title", "snippet", "client_id", "client_name"}
    assert hit["title"] == "Ada Okafor Okafor"  # the oldest, and the best
