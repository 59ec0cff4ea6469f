"""`inbox list --json` carries each document's suggestions; `inbox accept` applies them (CLI.md).

The hearing notice sets an individual hearing on Tue 2027-01-26 at 1:00 PM; its
filing deadline is 15 days before, Mon 2027-01-11 (TODAY is 2026-11-29).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.cli import document_commands
from tests.cli.run_cli import run
from tests.helpers import TODAY
from tests.services.test_suggestions import NOTICE

pytestmark = pytest.mark.dates


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_commands, "today", lambda: TODAY)


def _notice_in_inbox(capsys, v: str, pf: list[str], tmp_path: Path) -> str:
    path = tmp_path / "scan0001.txt"
    path.write_text(NOTICE, encoding="utf-8")
    code, out, _ = run(capsys, "import", v, *pf, str(path), "--no-ocr", "--json")
    assert code == 0
    return json.loads(out)[0]["document_id"]


def test_inbox_list_suggests_and_accept_applies(vault_path, tmp_path, pf, capsys) -> None:
    v = str(vault_path)
    run(capsys, "client", "add", v, *pf, "--name", "Maria Lopez", "--a-number", "A123456789")
    doc = _notice_in_inbox(capsys, v, pf, tmp_path)

    code, out, _ = run(capsys, "inbox", "list", v, *pf, "--json")
    [item] = json.loads(out)
    s = item["suggestions"]
    assert code == 0 and item["id"] == doc
    assert {k: s[k] for k in ("client_id", "kind", "title", "date", "request_id")} == {
        "client_id": "1",
        "kind": "hearing-notice",
        "title": "Notice of individual hearing \N{EM DASH} 2027-01-26",
        "date": "2026-11-20",
        "request_id": None,
    }
    h = s["hearing"]
    assert {k: h[k] for k in ("kind", "at", "judge", "filing_due", "new_matter")} == {
        "kind": "individual",
        "at": "2027-01-26 13:00",
        "judge": "R. Castellanos",
        "filing_due": "2027-01-11",
        "new_matter": True,
    }
    assert h["location"].startswith("26 FEDERAL PLAZA")
    assert {
        "field": "client",
        "because": ("A-123-456-789 is Maria Lopez's A-number: page 1 says 'FILE: A123-456-789'"),
    } in s["reasons"]

    code, out, _ = run(capsys, "inbox", "list", v, *pf)
    assert "client: A-123-456-789 is Maria Lopez's A-number" in out

    code, out, err = run(capsys, "inbox", "accept", v, doc, *pf, "--only", "kind,title", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["applied"] == ["kind", "title"]

    code, out, _ = run(capsys, "inbox", "accept", v, doc, *pf, "--json")
    applied = json.loads(out)
    assert applied["applied"] == ["client", "date", "hearing"]
    assert applied["hearing"]["filing_due"] == "2027-01-11"

    code, out, _ = run(capsys, "hearing", "list", v, *pf, "--json")
    [hearing] = json.loads(out)
    assert (hearing["id"], hearing["kind"], hearing["at"], hearing["filing_due"]) == (
        applied["hearing"]["id"],
        "individual",
        "2027-01-26 13:00",
        "2027-01-11",
    )
    code, out, _ = run(capsys, "inbox", "list", v, *pf, "--json")
    assert json.loads(out) == []


def test_a_bad_part_is_a_usage_error(vault_path, tmp_path, pf, capsys) -> None:
    v = str(vault_path)
    doc = _notice_in_inbox(capsys, v, pf, tmp_path)
    code, _, err = run(capsys, "inbox", "accept", v, doc, *pf, "--only", "client,colour")
    assert code == 2 and "choose among client,kind,title,date,hearing,request" in err


def test_a_hearing_without_a_client_fails_with_one_line(vault_path, tmp_path, pf, capsys) -> None:
    v = str(vault_path)
    doc = _notice_in_inbox(capsys, v, pf, tmp_path)
    code, out, err = run(capsys, "inbox", "accept", v, doc, *pf, "--only", "hearing")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "needs a client" in err
