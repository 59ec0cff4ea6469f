"""Issue 11, journey (a) through the command: a client, a removal matter with a judge, an
individual hearing whose 15-day filing deadline appears by itself and moves with it, the
Deadlines list, and a packet whose cover names the judge and the hearing.

"Today" is tests.helpers.TODAY in every command (``date`` is replaced in the command
modules), so the journey reads the same whatever the real date is.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from casebook.cli import (
    client_commands,
    common,
    deadline_commands,
    export_commands,
    matter_commands,
    request_commands,
)
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE, TODAY, snapshot


class _Today(date):
    """``date`` whose ``today()`` is the tests' fixed TODAY (2026-11-29)."""

    @classmethod
    def today(cls) -> _Today:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (
        client_commands,
        deadline_commands,
        export_commands,
        matter_commands,
        request_commands,
    ):
        monkeypatch.setattr(module, "date", _Today)
    monkeypatch.setattr(common, "arg_today", lambda: TODAY)  # two-digit years


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """`cli("matter", "add", ...)` runs `casebook matter add VAULT --passphrase-file F ...`."""
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)

    def call(*argv: str) -> tuple[int, str, str]:
        head = 1 if argv[0] in ("import", "deadlines") else 2  # the words before VAULT
        vault = (str(vault_path), "--passphrase-file", str(p))
        return run(capsys, *argv[:head], *vault, *argv[head:])

    return call


def _json(result: tuple[int, str, str]):
    code, out, err = result
    assert (code, err) == (0, ""), err
    return json.loads(out)


@pytest.fixture
def client(cli) -> str:
    return _json(
        cli("client", "add", "--name", "Jean Baptiste", "--a-number", "A123456789", "--json")
    )["id"]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_journey_matter_hearing_deadlines_packet(
    cli, client: str, tmp_path: Path, vault_path: Path
) -> None:
    matter = _json(
        cli(
            "matter", "add", "--client", client, "--type", "removal", "--judge", "IJ Amara Rivera",
            "--court", "New York - Broadway Immigration Court", "--docket", "A123-456-789",
            "--detained", "no", "--json",
        )
    )["id"]  # fmt: skip
    added = _json(
        cli(
            "hearing", "add", "--matter", matter, "--kind", "individual",
            "--at", "2027-01-26 09:30", "--location", "Courtroom 14", "--json",
        )
    )  # fmt: skip
    # Tue 2027-01-26 minus 15 days is Mon 2027-01-11, a business day
    assert added == {"id": added["id"], "filing_due": "2027-01-11"}
    hearing = added["id"]

    due = _json(cli("deadlines", "--within", "60", "--json"))
    assert due == [
        {
            "date": "2027-01-11",
            "what": due[0]["what"],
            "client_id": client,
            "matter_id": matter,
            "request_id": None,
            "overdue": False,
        },
        {
            "date": "2027-01-26",
            "what": due[1]["what"],
            "client_id": client,
            "matter_id": matter,
            "request_id": None,
            "overdue": False,
        },
    ]
    assert "Mon 2027-01-11" in due[0]["what"] and "individual hearing" in due[0]["what"]
    assert "individual" in due[1]["what"].lower()
    assert _json(cli("deadlines", "--within", "30", "--json")) == []  # 43 days ahead

    docs = tmp_path / "nta.pdf"
    canvas = Canvas(str(docs))
    canvas.drawString(72, 700, "Notice to Appear")
    canvas.save()
    doc = _json(cli("import", str(docs), "--client", client, "--no-ocr", "--json"))[0][
        "document_id"
    ]
    packet = tmp_path / "packet.pdf"
    code, _, err = cli(
        "export", "packet", "--client", client, "--matter", matter, "--exhibit", doc,
        "-o", str(packet), "--json",
    )  # fmt: skip
    assert code == 0 and "no advocate profile" in err  # unsigned, and said so
    cover = " ".join(PdfReader(packet).pages[0].extract_text().split())
    assert "Immigration Judge: IJ Amara Rivera" in cover
    assert "Individual hearing, January 26, 2027 at 9:30 a.m." in cover

    shown = _json(cli("matter", "show", matter, "--json"))
    assert shown["type"] == "removal" and shown["detained"] == "no"
    assert shown["judge"] == "IJ Amara Rivera" and shown["docket"] == "A123-456-789"
    assert [e["id"] for e in shown["events"]] == [hearing]

    # matter update changes only what is given
    updated = _json(cli("matter", "update", matter, "--judge", "IJ Chen", "--json"))
    assert updated["judge"] == "IJ Chen"
    assert (updated["court"], updated["detained"], updated["type"]) == (
        "New York - Broadway Immigration Court",
        "no",
        "removal",
    )

    # the hearing moves; its filing deadline moves with it, off a weekend
    moved = _json(cli("hearing", "update", hearing, "--at", "2027-03-01 13:00", "--json"))
    # Mon 2027-03-01 minus 15 days is Sun 2027-02-14: the business day before is Fri 02-12
    assert (moved["at"], moved["filing_due"]) == ("2027-03-01 13:00", "2027-02-12")
    assert moved["location"] == "Courtroom 14" and moved["kind"] == "individual"
    listed = _json(cli("hearing", "list", "--client", client, "--json"))
    assert listed == [
        {
            "id": hearing,
            "matter_id": matter,
            "client_id": client,
            "kind": "individual",
            "at": "2027-03-01 13:00",
            "judge": "",
            "location": "Courtroom 14",
            "filing_due": "2027-02-12",
        }
    ]
    dates = [d["date"] for d in _json(cli("deadlines", "--within", "120", "--json"))]
    assert dates == ["2027-02-12", "2027-03-01"]

    _json(cli("hearing", "remove", hearing, "--json"))
    assert _json(cli("hearing", "list", "--json")) == []
    assert _json(cli("deadlines", "--within", "120", "--json")) == []


def test_filing_deadline_moves_back_over_a_federal_holiday(cli, client: str) -> None:
    matter = _json(cli("matter", "add", "--client", client, "--type", "asylum", "--json"))["id"]
    # Tue 2027-02-02 minus 15 days is Mon 2027-01-18, Martin Luther King Jr. Day: Fri 01-15
    added = _json(
        cli(
            "hearing", "add", "--matter", matter, "--kind", "individual",
            "--at", "2027-02-02 09:00", "--json",
        )
    )  # fmt: skip
    assert added["filing_due"] == "2027-01-15"
    other = _json(
        cli(
            "hearing",
            "add",
            "--matter",
            matter,
            "--kind",
            "master",
            "--at",
            "2027-02-03 09:00",
            "--json",
        )
    )
    assert other["filing_due"] is None


def test_at_reads_the_forms_the_app_reads(cli, client: str) -> None:
    matter = _json(cli("matter", "add", "--client", client, "--type", "removal", "--json"))["id"]
    for typed in ("01/26/2027 9:30 AM", "2027-01-26T09:30", "Tue 2027-01-26 09:30"):
        assert (
            cli("hearing", "add", "--matter", matter, "--kind", "individual", "--at", typed)[0] == 0
        )
    cli("hearing", "add", "--matter", matter, "--kind", "filing-deadline", "--at", "01/11/2027")
    listed = _json(cli("hearing", "list", "--json"))
    assert [h["at"] for h in listed] == ["2027-01-11 00:00"] + ["2027-01-26 09:30"] * 3


def test_overdue_comes_first(cli, client: str) -> None:
    matter = _json(cli("matter", "add", "--client", client, "--type", "bond", "--json"))["id"]
    cli("hearing", "add", "--matter", matter, "--kind", "bond", "--at", "2026-12-10 10:00")
    # a filing deadline entered as an event, already past on TODAY (2026-11-29)
    cli("hearing", "add", "--matter", matter, "--kind", "filing-deadline", "--at", "2026-11-20")
    due = _json(cli("deadlines", "--json"))
    assert [(d["date"], d["overdue"]) for d in due] == [
        ("2026-11-20", True),
        ("2026-12-10", False),
    ]
    code, out, _ = cli("deadlines")
    lines = out.splitlines()
    assert (
        code == 0 and lines[0] == "1 overdue, 1 due in the next 30 days (today is Sun 2026-11-29)."
    )
    assert lines[1].lstrip().startswith("OVERDUE") and "Jean Baptiste" in lines[1]
    assert "2026-12-10" in lines[2] and "OVERDUE" not in lines[2]
    listed = _json(cli("hearing", "list", "--from", "2026-12-01", "--json"))
    assert [h["kind"] for h in listed] == ["bond"]


def test_matter_list_and_types_in_the_commands_words(cli, client: str) -> None:
    for kind in ("removal", "u-visa", "crim-imm-consult"):
        cli("matter", "add", "--client", client, "--type", kind, "--status", "open")
    listed = _json(cli("matter", "list", "--client", client, "--json"))
    assert [m["type"] for m in listed] == ["removal", "u-visa", "crim-imm-consult"]
    assert {m["detained"] for m in listed} == {"unknown"}  # nobody said
    closed = _json(cli("matter", "close", listed[0]["id"], "--json"))
    assert (closed["status"], closed["closed_on"]) == ("closed", TODAY.isoformat())


def test_bad_input_is_one_line_and_changes_nothing(cli, client: str, vault_path: Path) -> None:
    matter = _json(cli("matter", "add", "--client", client, "--type", "removal", "--json"))["id"]
    before = snapshot(vault_path)
    for argv, code in (
        (("hearing", "add", "--matter", matter, "--kind", "individual", "--at", "26/01/2027"), 2),
        (("hearing", "add", "--matter", matter, "--kind", "master", "--at", "2027-01-26 25:00"), 2),
        (("hearing", "add", "--matter", matter, "--kind", "hearing", "--at", "2027-01-26"), 2),
        (("hearing", "add", "--matter", "99", "--kind", "master", "--at", "2027-01-26"), 1),
        (("matter", "add", "--client", "99", "--type", "removal"), 1),
        (("matter", "add", "--client", client, "--type", "removal-defence"), 2),
        (("matter", "update", matter), 2),
        (("matter", "update", matter, "--detained", "maybe"), 2),
        (("hearing", "update", "99", "--judge", "X"), 1),
        (("hearing", "remove", "99"), 1),
        (("matter", "show", "99"), 1),
        (("matter", "list", "--client", "99"), 1),
    ):
        got, out, err = cli(*argv)
        assert (got, out) == (code, ""), argv
        assert err.startswith("casebook: ") and err.count("\n") == 1, argv
    assert snapshot(vault_path) == before


def test_hearing_of_another_clients_matter_is_refused(cli, client: str) -> None:
    other = _json(cli("client", "add", "--name", "Li Wei", "--json"))["id"]
    mine = _json(cli("matter", "add", "--client", client, "--type", "removal", "--json"))["id"]
    theirs = _json(cli("matter", "add", "--client", other, "--type", "asylum", "--json"))["id"]
    hearing = _json(
        cli(
            "hearing",
            "add",
            "--matter",
            mine,
            "--kind",
            "master",
            "--at",
            "2027-01-05 09:00",
            "--json",
        )
    )["id"]
    code, _, err = cli("hearing", "update", hearing, "--matter", theirs)
    assert code == 1 and "another client" in err
