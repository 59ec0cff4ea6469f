"""``export calendar`` per CLI.md: the file, --from, --full-names with its warning, re-export."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from casebook.cli import calendar_commands
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.dates

NOW = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 09:00 in New York


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch):
    monkeypatch.setattr(calendar_commands, "now", lambda: NOW)
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)

    def call(*argv: str) -> tuple[int, str, str]:
        vault = (str(vault_path), "--passphrase-file", str(p))
        return run(capsys, *argv[:2], *vault, *argv[2:])

    return call


@pytest.fixture
def hearings(cli) -> list[str]:
    code, out, err = cli("client", "add", "--name", "Marisol Quispe Huamán", "--json")
    assert code == 0, err
    client = json.loads(out)["id"]
    code, out, err = cli(
        "matter", "add", "--client", client, "--type", "removal",
        "--court", "New York - Broadway Immigration Court", "--json",
    )  # fmt: skip
    assert code == 0, err
    matter = json.loads(out)["id"]
    ids = []
    for kind, at in (("master", "2026-11-20 09:00"), ("individual", "2027-02-02 13:00")):
        code, out, err = cli(
            "hearing", "add", "--matter", matter, "--kind", kind, "--at", at, "--json"
        )
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    return ids


def _events(path: Path) -> dict[str, object]:
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_export_calendar_writes_initials_from_today_by_default(cli, hearings, tmp_path):
    out = tmp_path / "cal.ics"
    code, stdout, err = cli("export", "calendar", "-o", str(out), "--json")
    assert code == 0 and err == "", err
    result = json.loads(stdout)
    assert result == {
        "path": str(out),
        "from": "2026-12-01",
        "full_names": False,
        "events": 2,
        "new": 2,
        "changed": 0,
        "unchanged": 0,
        "cancelled": 0,
    }
    # Tue 2027-02-02 - 15 = Mon 2027-01-18, Martin Luther King Jr. Day -> Fri 2027-01-15.
    events = _events(out)
    assert set(events) == {
        "M.H. — Individual hearing, 290 Broadway",
        "M.H. — Filings due for the hearing of Tue 2027-02-02",
    }
    filing = events["M.H. — Filings due for the hearing of Tue 2027-02-02"]
    assert filing.decoded("DTSTART").isoformat() == "2027-01-15"
    assert b"Marisol" not in out.read_bytes() and b"Quispe" not in out.read_bytes()


def test_from_and_full_names_warn_on_stderr(cli, hearings, tmp_path):
    out = tmp_path / "cal.ics"
    code, stdout, err = cli(
        "export", "calendar", "-o", str(out), "--from", "2026-11-01", "--full-names"
    )
    assert code == 0
    assert err.startswith("casebook: warning: ") and "Google, Apple or Microsoft" in err
    assert "3 events from 2026-11-01" in stdout and "named in full" in stdout
    assert "Marisol Quispe Huamán — Master calendar hearing, 290 Broadway" in _events(out)


def test_re_export_after_removing_a_hearing_cancels_it(cli, hearings, tmp_path):
    out = tmp_path / "cal.ics"
    assert cli("export", "calendar", "-o", str(out))[0] == 0
    code, _, err = cli("hearing", "remove", hearings[1])
    assert code == 0, err
    code, stdout, err = cli("export", "calendar", "-o", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout)["cancelled"] == 2  # the hearing and its filing deadline
    statuses = [str(e["STATUS"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert statuses == ["CANCELLED", "CANCELLED"]


def test_a_folder_that_is_not_there_is_one_line_on_stderr(cli, hearings, tmp_path):
    code, stdout, err = cli("export", "calendar", "-o", str(tmp_path / "no" / "cal.ics"))
    assert code != 0 and stdout == ""
    assert err.startswith("casebook: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
