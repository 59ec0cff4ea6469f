"""The `casebook` command's contract (shared/CLI.md): JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import __version__
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE, snapshot


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE + "\n")
    return p


@pytest.fixture
def vault(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    v = tmp_path / "Clients.casebook"
    code, out, _ = run(capsys, "init", str(v), "--passphrase-file", str(passfile), "--json")
    assert code == 0
    key = json.loads(out)["recovery_key"]
    assert len(key.replace("-", "")) == 32
    return v


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"casebook {__version__}\n", "")


def test_client_add_list_show_json(
    vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pf = ["--passphrase-file", str(passfile)]
    code, out, err = run(
        capsys,
        "client",
        "add",
        str(vault),
        *pf,
        "--name",
        "María López",
        "--alias",
        "Maria Lopez",
        "--dob",
        "1990-02-03",
        "--a-number",
        "12345678",
        "--language",
        "Spanish",
        "--json",
    )
    assert (code, err) == (0, "")
    cid = json.loads(out)["id"]
    assert cid == "1"
    code, out, _ = run(capsys, "client", "list", str(vault), *pf, "--json")
    assert json.loads(out) == [
        {
            "id": "1",
            "name": "María López",
            "dob": "1990-02-03",
            "a_number": "A-012-345-678",
            "detention_status": None,
            "deleted": False,
        }
    ]
    code, out, _ = run(capsys, "client", "show", str(vault), cid, *pf, "--json")
    shown = json.loads(out)
    assert shown["aliases"] == ["Maria Lopez"] and shown["languages"] == ["Spanish"]


def test_passphrase_from_environment(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "client", "list", str(vault), "--json")[:2] == (0, "[]\n")


def test_duplicate_is_refused_with_one_line_then_allowed(
    vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pf = ["--passphrase-file", str(passfile)]
    run(capsys, "client", "add", str(vault), *pf, "--name", "Maria Lopez", "--dob", "1990-02-03")
    code, out, err = run(
        capsys, "client", "add", str(vault), *pf, "--name", "LOPEZ, María", "--dob", "1990-02-03"
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already have (#1)" in err
    code, _, _ = run(
        capsys,
        "client",
        "add",
        str(vault),
        *pf,
        "--name",
        "LOPEZ, María",
        "--dob",
        "1990-02-03",
        "--allow-duplicate",
    )
    assert code == 0


def test_wrong_passphrase_is_one_line_and_changes_nothing(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely not it 123")
    before = snapshot(vault)
    code, out, err = run(capsys, "client", "list", str(vault), "--passphrase-file", str(wrong))
    assert (code, out) == (1, "")
    assert err == "casebook: That passphrase is not right for this vault. Nothing was changed.\n"
    assert snapshot(vault) == before


def test_validation_error_names_the_problem(
    vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "client",
        "add",
        str(vault),
        "--passphrase-file",
        str(passfile),
        "--name",
        "Ana",
        "--a-number",
        "1234567",
    )
    assert code == 1 and "8 or 9 digits; this one has 7" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "client", "add", str(tmp_path))[0] == 2  # --name missing
    code, _, err = run(capsys, "client", "add", str(tmp_path), "--name", "A", "--dob", "3 May")
    assert code == 2 and "YYYY-MM-DD" in err


def test_passwd_and_recover(
    vault: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("kettle lantern mosaic river\n")
    code, _, err = run(
        capsys,
        "passwd",
        str(vault),
        "--passphrase-file",
        str(passfile),
        "--new-passphrase-file",
        str(new),
    )
    assert (code, err) == (0, "")
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(passfile))[0] == 1
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(new))[0] == 0
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")
    code, _, err = run(
        capsys,
        "passwd",
        str(vault),
        "--passphrase-file",
        str(new),
        "--new-passphrase-file",
        str(weak),
    )
    assert code == 1 and "too weak" in err


def test_check_passes_then_reports_tampering(
    vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pf = ["--passphrase-file", str(passfile)]
    run(capsys, "demo", str(vault), *pf, "--clients", "5")
    code, out, _ = run(capsys, "check", str(vault), *pf, "--json")
    assert code == 0 and json.loads(out)["ok"] is True

    from casebook.services import vaults

    store = vaults.open_store(vault, PASSPHRASE)
    try:
        with store.transaction() as s:
            from sqlalchemy import text

            s.execute(text("UPDATE audit SET actor = 'someone else' WHERE id = 3"))
    finally:
        store.close()
    code, out, err = run(capsys, "check", str(vault), *pf)
    assert code == 1
    assert "audit entry 3 was changed" in out
    assert "problem" in err


def test_a_bug_is_reported_without_traceback_or_data(
    vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import casebook.services.clients as svc

    def explode(*a: object, **k: object) -> None:
        raise RuntimeError("secret client name Xochitl")

    monkeypatch.setattr(svc, "list_clients", explode)
    code, out, err = run(capsys, "client", "list", str(vault), "--passphrase-file", str(passfile))
    assert code == 1 and out == ""
    assert "internal error (RuntimeError)" in err and "Xochitl" not in err
    assert "Traceback" not in err


def test_real_process_exit_codes(tmp_path: Path) -> None:
    """The installed entry point, as a script would call it: no traceback, right status."""
    env = dict(os.environ, CASEBOOK_PASSPHRASE="whatever it is 42")
    missing = tmp_path / "nope"
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "client", "list", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("casebook: ") and result.stderr.count("\n") == 1
    assert "not a casebook vault" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "frobnicate"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
