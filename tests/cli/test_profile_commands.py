"""Issue 11, journey (b) through the command: the recovery key sets a new passphrase, the
advocate profile and the letter recipients are set and shown, and a letter made without a
profile says so on stderr (and is still written)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE, snapshot

NEW_PASSPHRASE = "kettle lantern mosaic river"


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE + "\n")
    return p


@pytest.fixture
def new_passfile(tmp_path: Path) -> Path:
    p = tmp_path / "new.txt"
    p.write_text(NEW_PASSPHRASE + "\n")
    return p


@pytest.fixture
def made(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A vault made by `casebook init`, and the recovery key it printed once."""
    vault = tmp_path / "Clients.casebook"
    code, out, err = run(capsys, "init", str(vault), "--passphrase-file", str(passfile), "--json")
    assert (code, err) == (0, "")
    return vault, json.loads(out)["recovery_key"]


def _in(vault: Path, passfile: Path, capsys: pytest.CaptureFixture[str], *argv: str):
    """Run `casebook GROUP COMMAND VAULT --passphrase-file F ARGV...`."""
    group, command, *rest = argv
    return run(capsys, group, command, str(vault), "--passphrase-file", str(passfile), *rest)


# -- recover ------------------------------------------------------------------------------------


def test_recover_with_key_file_then_open_with_new_passphrase(
    made: tuple[Path, str],
    passfile: Path,
    new_passfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault, key = made
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key + "\n")
    code, out, err = run(
        capsys,
        "recover",
        str(vault),
        "--recovery-key-file",
        str(keyfile),
        "--new-passphrase-file",
        str(new_passfile),
    )
    assert (code, err) == (0, "") and "New passphrase set" in out
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(new_passfile))[0] == 0
    code, _, err = run(capsys, "client", "list", str(vault), "--passphrase-file", str(passfile))
    assert code == 1 and err.count("\n") == 1


def test_recover_asks_for_the_key_hidden_when_no_file_is_given(
    made: tuple[Path, str],
    new_passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, key = made
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return key

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = run(capsys, "recover", str(vault), "--new-passphrase-file", str(new_passfile))
    assert (code, err) == (0, "")
    assert prompts == ["Recovery key (from the emergency kit): "]
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(new_passfile))[0] == 0


def test_recover_never_takes_the_key_from_the_command_line(
    made: tuple[Path, str], new_passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, key = made
    code, _, err = run(
        capsys,
        "recover",
        str(vault),
        "--recovery-key",
        key,
        "--new-passphrase-file",
        str(new_passfile),
    )
    assert code == 2 and err.count("\n") == 1 and key not in err


def test_recover_without_key_and_without_terminal_is_one_line(
    made: tuple[Path, str],
    new_passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _ = made
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    before = snapshot(vault)
    code, out, err = run(capsys, "recover", str(vault), "--new-passphrase-file", str(new_passfile))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "--recovery-key-file" in err
    assert snapshot(vault) == before


def test_recover_with_a_wrong_key_changes_nothing(
    made: tuple[Path, str],
    passfile: Path,
    new_passfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault, key = made
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(("B" if key[0] != "B" else "C") + key[1:])
    before = snapshot(vault)
    code, _, err = run(
        capsys,
        "recover",
        str(vault),
        "--recovery-key-file",
        str(wrong),
        "--new-passphrase-file",
        str(new_passfile),
    )
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(vault) == before
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(passfile))[0] == 0


def test_recover_refuses_a_weak_passphrase_before_asking_for_the_key(
    made: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _ = made
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")

    def no_prompt(prompt: str) -> str:
        raise AssertionError("asked for the recovery key although the passphrase is too weak")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = run(capsys, "recover", str(vault), "--new-passphrase-file", str(weak))
    assert code == 1 and "too weak" in err and err.count("\n") == 1


def test_passwd_refuses_a_weak_passphrase_and_keeps_the_old_one(
    made: tuple[Path, str], passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")
    code, _, err = run(
        capsys,
        "passwd",
        str(vault),
        "--passphrase-file",
        str(passfile),
        "--new-passphrase-file",
        str(weak),
    )
    assert code == 1 and "too weak" in err
    assert run(capsys, "client", "list", str(vault), "--passphrase-file", str(passfile))[0] == 0


# -- profile ------------------------------------------------------------------------------------


def test_profile_set_then_show_round_trip(
    made: tuple[Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    code, out, err = _in(vault, passfile, capsys, "profile", "show", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == dict.fromkeys(
        ("name", "organisation", "address", "phone", "email", "eoir_id"), ""
    )
    code, out, err = _in(
        vault, passfile, capsys,
        "profile", "set", "--name", "Ana  Ortiz", "--organisation", "Queens Legal Aid",
        "--address", "120-46 Queens Blvd; Kew Gardens, NY 11415", "--phone", "718 555 0100",
        "--email", "ana@example.org", "--eoir-id", "ab12cd34",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Ana Ortiz" in out and "AB12CD34" in out
    code, out, _ = _in(vault, passfile, capsys, "profile", "show", "--json")
    assert json.loads(out) == {
        "name": "Ana Ortiz",
        "organisation": "Queens Legal Aid",
        "address": "120-46 Queens Blvd\nKew Gardens, NY 11415",
        "phone": "718 555 0100",
        "email": "ana@example.org",
        "eoir_id": "AB12CD34",
    }
    # only the fields given change; '' clears one
    _in(vault, passfile, capsys, "profile", "set", "--phone", "", "--name", "Ana M. Ortiz")
    code, out, _ = _in(vault, passfile, capsys, "profile", "show", "--json")
    shown = json.loads(out)
    assert (shown["name"], shown["phone"], shown["eoir_id"]) == ("Ana M. Ortiz", "", "AB12CD34")


def test_profile_show_without_profile_says_what_to_do(
    made: tuple[Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    code, out, _ = _in(vault, passfile, capsys, "profile", "show")
    assert code == 0 and "No advocate profile yet" in out and "casebook profile set" in out


def test_profile_set_bad_field_is_one_line_and_stores_nothing(
    made: tuple[Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    _in(vault, passfile, capsys, "profile", "set", "--name", "Ana Ortiz")
    code, out, err = _in(
        vault, passfile, capsys, "profile", "set", "--name", "B", "--eoir-id", "12"
    )
    assert code == 1 and out == "" and err.count("\n") == 1 and "EOIR ID" in err
    code, out, _ = _in(vault, passfile, capsys, "profile", "show", "--json")
    assert json.loads(out)["name"] == "Ana Ortiz"


def test_profile_set_with_nothing_to_set_is_a_usage_error(
    made: tuple[Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    code, _, err = _in(vault, passfile, capsys, "profile", "set")
    assert code == 2 and err.count("\n") == 1 and "--name" in err


# -- recipients and the unsigned-letter warning -------------------------------------------------


def test_request_recipients_round_trip_and_back_to_default(
    made: tuple[Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    code, out, err = _in(vault, passfile, capsys, "request", "recipients", "--json")
    assert (code, err) == (0, "")
    default = json.loads(out)
    assert default["agency"] == "NYPD"
    assert default["records_officer"][0] == "Records Access Officer"
    assert default["defaults"] == ["records_officer", "appeals_officer"]
    code, out, err = _in(
        vault, passfile, capsys,
        "request", "recipients", "--records-officer",
        "Records Access Officer; NYPD Legal Bureau, FOIL Unit; One Police Plaza, Room 110C; "
        "New York, NY 10038", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    changed = json.loads(out)
    assert changed["records_officer"] == [
        "Records Access Officer",
        "NYPD Legal Bureau, FOIL Unit",
        "One Police Plaza, Room 110C",
        "New York, NY 10038",
    ]
    assert changed["appeals_officer"] == default["appeals_officer"]
    assert changed["defaults"] == ["appeals_officer"]
    code, out, _ = _in(vault, passfile, capsys, "request", "recipients", "--json")
    assert json.loads(out) == changed
    _in(vault, passfile, capsys, "request", "recipients", "--records-officer", "")
    code, out, _ = _in(vault, passfile, capsys, "request", "recipients", "--json")
    assert json.loads(out) == default


def test_letter_without_profile_warns_and_is_still_written_then_signed(
    made: tuple[Path, str], passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = made
    _in(
        vault, passfile, capsys,
        "request", "add", "--received", "2026-03-03", "--records", "Arrest report",
    )  # fmt: skip
    _in(
        vault, passfile, capsys,
        "request", "recipients", "--records-officer", "FOIL Desk; 1 Example Plaza",
    )  # fmt: skip
    out = tmp_path / "letter.pdf"
    code, data, err = _in(
        vault, passfile, capsys,
        "export", "letter", "--request", "1", "--type", "request", "-o", str(out), "--json",
    )  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert err == (
        "casebook: warning: no advocate profile: this letter is unsigned. "
        "Set one with `casebook profile set VAULT --name ...`.\n"
    )
    assert "FOIL Desk\n1 Example Plaza" in json.loads(data)["text"]
    _in(vault, passfile, capsys, "profile", "set", "--name", "Ana Ortiz")
    code, data, err = _in(
        vault, passfile, capsys,
        "export", "letter", "--request", "1", "--type", "request", "-o", str(out), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "") and "Ana Ortiz" in json.loads(data)["text"]


def test_restore_takes_the_recovery_key_from_a_file(
    made: tuple[Path, str], passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, key = made
    backup = tmp_path / "b.cbbackup"
    assert (
        run(capsys, "backup", str(vault), "--passphrase-file", str(passfile), "-o", str(backup))[0]
        == 0
    )
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key + "\n")
    code, _, err = run(
        capsys, "restore", str(backup), str(tmp_path / "R"), "--recovery-key-file", str(keyfile)
    )
    assert (code, err) == (0, "")
    assert (
        run(capsys, "client", "list", str(tmp_path / "R"), "--passphrase-file", str(passfile))[0]
        == 0
    )
