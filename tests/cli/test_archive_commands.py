"""backup, restore, handoff export/import and selftest as CLI.md fixes them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casebook.export.text_document import write_text_document
from casebook.services import vaults
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE

BUNDLE_PASS = "copper lantern meadow ninety-one"


@pytest.fixture
def bf(tmp_path: Path) -> list[str]:
    p = tmp_path / "bundle-pass.txt"
    p.write_text(BUNDLE_PASS + "\n")
    return ["--bundle-passphrase-file", str(p)]


@pytest.fixture
def filled(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> str:
    v = str(vault_path)
    code, out, _ = run(capsys, "client", "add", v, *pf, "--name", "María López", "--json")
    assert code == 0
    client = json.loads(out)["id"]
    notice = tmp_path / "notice.pdf"
    write_text_document(notice, "Notice of Hearing", ["La audiencia de María López"])
    code, _, err = run(capsys, "import", v, *pf, "--client", client, "--no-ocr", str(notice))
    assert code == 0, err
    return client


def test_backup_and_restore(
    vault_path: Path, tmp_path: Path, pf: list[str], filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    v, out_file = str(vault_path), str(tmp_path / "b.cbbackup")
    code, out, err = run(capsys, "backup", v, *pf, "-o", out_file, "--json")
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert made["documents"] == 1 and made["verified"] is True and made["file"] == out_file

    target = str(tmp_path / "Restored.casebook")
    code, out, err = run(capsys, "restore", out_file, target, *pf)
    assert (code, err) == (0, "") and "Restored 1 document" in out
    code, out, _ = run(capsys, "check", target, *pf, "--deep", "--json")
    assert code == 0 and json.loads(out)["blobs_checked"] == 1
    code, out, _ = run(capsys, "client", "list", target, *pf, "--json")
    assert [c["name"] for c in json.loads(out)] == ["María López"]

    # never over an existing vault: one line, exit 1
    code, out, err = run(capsys, "restore", out_file, v, *pf)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "already exists and is not empty" in err

    # a damaged backup: one line, exit 1, nothing created
    data = bytearray(Path(out_file).read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.cbbackup"
    bad.write_bytes(bytes(data))
    code, _, err = run(capsys, "restore", str(bad), str(tmp_path / "Nope"), *pf)
    assert code == 1 and err.startswith("casebook: The backup bad.cbbackup is damaged")
    assert err.count("\n") == 1 and not (tmp_path / "Nope").exists()


def test_restore_with_recovery_key(
    tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(tmp_path / "New.casebook")
    code, out, _ = run(capsys, "init", v, *pf, "--json")
    key = json.loads(out)["recovery_key"]
    run(capsys, "backup", v, *pf, "-o", str(tmp_path / "b.cbbackup"))
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key + "\n", encoding="utf-8")
    backup = str(tmp_path / "b.cbbackup")
    code, _, err = run(capsys, "restore", backup, str(tmp_path / "R"), "--recovery-key", key)
    assert code == 1 and key not in err and "--recovery-key-file" in err  # never from argv
    assert not (tmp_path / "R").exists()
    code, _, err = run(
        capsys, "restore", backup, str(tmp_path / "R"), "--recovery-key-file", str(keyfile)
    )
    assert (code, err) == (0, "")
    vaults.open_store(tmp_path / "R", PASSPHRASE).close()


def test_restore_asks_for_the_recovery_key_at_a_hidden_prompt(
    tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    v = str(tmp_path / "New.casebook")
    code, out, _ = run(capsys, "init", v, *pf, "--json")
    key = json.loads(out)["recovery_key"]
    run(capsys, "backup", v, *pf, "-o", str(tmp_path / "b.cbbackup"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: key)
    code, _, err = run(
        capsys, "restore", str(tmp_path / "b.cbbackup"), str(tmp_path / "R"), "--with-recovery-key"
    )
    assert (code, err) == (0, "")
    vaults.open_store(tmp_path / "R", PASSPHRASE).close()


def test_handoff_export_and_import(
    vault_path: Path,
    tmp_path: Path,
    pf: list[str],
    bf: list[str],
    filled: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = str(tmp_path / "maria.cbhandoff")
    code, out, err = run(
        capsys,
        "handoff",
        "export",
        str(vault_path),
        *pf,
        "--client",
        filled,
        "-o",
        bundle,
        *bf,
        "--json",
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["exported"]["documents"] == 1

    other = str(tmp_path / "Colleague.casebook")
    run(capsys, "init", other, *pf)
    code, out, err = run(capsys, "handoff", "import", other, bundle, *pf, *bf, "--json")
    assert (code, err) == (0, "")
    merged = json.loads(out)
    assert merged["merged"]["clients"] == {"new": 1, "updated": 0, "present": 0}
    assert merged["merged"]["documents"]["new"] == 1
    assert merged["client"]["id"] == "1" and merged["possible_duplicates"] == []

    code, out, _ = run(capsys, "handoff", "import", other, bundle, *pf, *bf)
    assert code == 0 and "clients: 0 new, 0 updated, 1 already here" in out
    code, _, _ = run(capsys, "check", other, *pf, "--deep")
    assert code == 0

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the bundle passphrase at all")
    code, out, err = run(
        capsys, "handoff", "import", other, bundle, *pf, "--bundle-passphrase-file", str(wrong)
    )
    assert code == 1 and out == "" and err.count("\n") == 1 and "bundle passphrase" in err


def test_identity_show(vault_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "identity", "show", str(vault_path), *pf, "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert set(shown) == {"recipient", "fingerprint", "signing_key"}  # signing_key: for invites
    assert shown["recipient"].startswith("age1")
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", shown["fingerprint"])
    code, out, _ = run(capsys, "identity", "show", str(vault_path), *pf)
    assert code == 0 and shown["recipient"] in out and shown["fingerprint"] in out
    code, again, _ = run(capsys, "identity", "show", str(vault_path), *pf, "--json")
    assert json.loads(again) == shown  # the same after locking and unlocking


def test_handoff_to_two_colleagues_keys(
    vault_path: Path,
    tmp_path: Path,
    pf: list[str],
    filled: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    recipients = []
    for name in ("Colleague", "Supervisor"):
        folder = str(tmp_path / f"{name}.casebook")
        run(capsys, "init", folder, *pf)
        _, out, _ = run(capsys, "identity", "show", folder, *pf, "--json")
        recipients.append((folder, json.loads(out)["recipient"]))
    _, out, _ = run(capsys, "identity", "show", str(vault_path), *pf, "--json")
    me = json.loads(out)
    bundle = str(tmp_path / "maria.cbhandoff")
    to = [w for _, r in recipients for w in ("--to", r)]
    args = ("handoff", "export", str(vault_path), *pf, "--client", filled, "-o", bundle, *to)
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "") and me["fingerprint"] in out and "2 colleague(s)" in out
    for folder, _ in recipients:
        code, out, err = run(capsys, "handoff", "import", folder, bundle, *pf, "--json")
        assert (code, err) == (0, "")
        merged = json.loads(out)
        assert merged["merged"]["clients"]["new"] == 1 and merged["signed"] is True
        assert merged["sender"]["recipient"] == me["recipient"]
        assert merged["sender"]["fingerprint"] == me["fingerprint"]
        code, out, _ = run(capsys, "handoff", "import", folder, bundle, *pf)
        assert code == 0 and f"Signed by {me['recipient']}" in out and me["fingerprint"] in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "handoff", "export", "V", "--client", "1", "-o", "x")
    assert code == 2 and "--bundle-passphrase-file" in err and "--to" in err
    code, _, err = run(
        capsys,
        "handoff",
        "export",
        "V",
        "--client",
        "1",
        "-o",
        "x",
        "--to",
        "age1x",
        "--bundle-passphrase-file",
        "F",
    )
    assert code == 2 and "not allowed with" in err
    code, _, _ = run(capsys, "identity", "show")
    assert code == 2
    code, _, _ = run(capsys, "backup", "V")
    assert code == 2


@pytest.mark.slow
def test_selftest_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "selftest")
    assert code == 0, err
    assert out.strip().endswith("selftest passed")


@pytest.mark.dates
def test_backup_to_folder_keeps_the_newest_daily_and_weekly(
    vault_path: Path,
    tmp_path: Path,
    pf: list[str],
    filled: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import datetime

    from casebook.cli import archive_commands

    drive = tmp_path / "USB"
    drive.mkdir()
    (drive / "notes.txt").write_text("mine")
    v = str(vault_path)
    written = []
    # Sun Nov 1, Mon Nov 2, Tue Nov 3 2026 (ISO week 44 ends on Nov 1, W45 starts Nov 2)
    for day in (1, 2, 3):
        monkeypatch.setattr(archive_commands, "backup_now", lambda d=day: datetime(2026, 11, d, 9))
        code, out, err = run(
            capsys, "backup", v, *pf, "--to-folder", str(drive), "--keep-daily", "1",
            "--keep-weekly", "1", "--json",
        )  # fmt: skip
        assert (code, err) == (0, "")
        made = json.loads(out)
        assert set(made) == {"written", "kept", "removed"}
        written.append(made["written"])
    assert Path(written[2]).name.endswith("-20261103T090000Z.cbbackup")
    # Daily 1: Nov 3. Weekly 1: W45's newest is Nov 3 (daily), so W44 -> Nov 1. Nov 2 goes.
    assert made["kept"] == sorted([written[0], written[2]])
    assert made["removed"] == [written[1]]
    assert (drive / "notes.txt").read_text() == "mine"

    # The same second again (the clock stands still): named a second later; defaults 7/4
    # keep that day's newest only, and Nov 1 for ISO week 44.
    code, out, _ = run(capsys, "backup", v, *pf, "--to-folder", str(drive))
    assert code == 0 and "-20261103T090001Z.cbbackup (" in out and "read back and verified" in out
    assert "2 backup(s) of this vault kept in the folder, 1 older one(s) removed" in out
    code, _, err = run(capsys, "backup", v, *pf, "-o", str(tmp_path / "x"), "--keep-daily", "2")
    assert code == 1 and "--to-folder" in err
    code, _, err = run(capsys, "backup", v, *pf, "--to-folder", str(tmp_path / "absent"))
    assert code == 1 and "is not connected" in err
