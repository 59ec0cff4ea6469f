"""request, incident, arrest, report aggregate and export letter as CLI.md fixes them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE, TODAY, snapshot

REQUEST_KEYS = {
    "id",
    "client_id",
    "client_name",
    "agency",
    "kind",
    "number",
    "records",
    "fields",
    "sent_via",
    "sent",
    "received",
    "acknowledged",
    "promised",
    "extended",
    "extensions",
    "repeated_extensions",
    "determined",
    "outcome",
    "appealed",
    "appeal_decided",
    "appeal_outcome",
    "article78_filed",
    "stage",
    "message",
    "acknowledgement_due",
    "determination_due",
    "appeal_by",
    "appeal_determination_due",
    "article78_by",
    "overdue",
    "agency_late",
    "constructive_denial",
    "twenty_days",
    "own_date_missed",
    "next_due",
    "next_step",
    "what",
    "documents",
    "sealed_record_flag",
}


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)

    def call(group: str, command: str, *argv: str) -> tuple[int, str, str]:
        return run(capsys, group, command, str(vault_path), "--passphrase-file", str(p), *argv)

    return call


def _json(result: tuple[int, str, str]):
    code, out, err = result
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_request_add_update_show_list_json(cli):
    client = _json(cli("client", "add", "--name", "María López", "--json"))["id"]
    added = _json(
        cli(
            "request", "add", "--client", client, "--agency", "NYPD", "--kind", "FOIL",
            "--received", "2025-03-03", "--records", "Arrest report and BWC footage",
            "--number", "FOIL-2025-056-01234", "--precinct", "75", "--body-camera", "--json",
        )
    )  # fmt: skip
    assert set(added) == REQUEST_KEYS
    assert added["id"] == "1" and added["client_id"] == client
    # Mon 2025-03-03 + 5 business days = Mar 4, 5, 6, 7, 10
    assert added["acknowledgement_due"] == "2025-03-10"
    assert added["determination_due"] is None and added["article78_by"] is None
    assert added["fields"]["precinct"] == "75" and added["fields"]["body_camera"] is True
    updated = _json(
        cli(
            "request", "update", "1", "--acknowledged", "2025-03-05",
            "--determined", "2025-03-20", "--outcome", "denied",
            "--appealed", "2025-03-25", "--json",
        )
    )  # fmt: skip
    # 20 business days after Wed 03-05 = Apr 2; appeal: 03-20 + 30 = Sat 04-19 -> Mon 04-21;
    # appeal decision: 10 business days after Tue 03-25 = Apr 8
    assert (
        updated["determination_due"],
        updated["appeal_by"],
        updated["appeal_determination_due"],
    ) == ("2025-04-02", "2025-04-21", "2025-04-08")
    assert updated["stage"] in ("appeal_constructively_denied", "article78_time_passed")
    shown = _json(cli("request", "show", "1", "--json"))
    assert shown == updated
    listed = _json(cli("request", "list", "--json"))
    assert [r["id"] for r in listed] == ["1"]
    assert set(listed[0]) == REQUEST_KEYS


def test_request_errors_exit_1_with_one_line_and_change_nothing(cli, vault_path):
    _json(cli("request", "add", "--received", "2025-03-03", "--records", "R", "--json"))
    before = snapshot(vault_path)
    code, out, err = cli("request", "update", "1", "--appealed", "2025-03-04")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("casebook: There was nothing to appeal")
    code, _, err = cli(
        "request", "add", "--received", "2025-03-03", "--records", "R", "--number", "12345"
    )
    assert code == 1 and "FOIL-2025-056-01234" in err and "12345" not in err
    code, _, err = cli("request", "show", "9")
    assert code == 1 and err == "casebook: There is no record request #9.\n"
    assert snapshot(vault_path) == before


def test_request_usage_errors_exit_2(cli):
    assert cli("request", "update", "1", "--outcome", "maybe")[0] == 2
    assert cli("request", "add", "--records", "R")[0] == 2  # --received is required
    code, _, err = cli("request", "update", "1")
    assert code == 2 and "nothing to update" in err


def test_due_list_is_a_json_list(cli):
    _json(cli("request", "add", "--received", "2025-03-03", "--records", "R", "--json"))
    assert _json(cli("request", "list", "--due", "--json")) == []  # its time to appeal has passed


def test_incident_and_arrest_json(cli):
    client = _json(cli("client", "add", "--name", "Wilner Pierre", "--json"))["id"]
    arrest = _json(
        cli(
            "arrest", "add", "--client", client, "--date", "2024-02-03", "--precinct", "44",
            "--arrest-number", "B24612345", "--sealed", "cpl-160.50", "--json",
        )
    )  # fmt: skip
    assert arrest == {
        "id": "1",
        "client_id": client,
        "date": "2024-02-03",
        "precinct": "44",
        "arrest_number": "B24612345",
        "charges": None,
        "disposition": None,
        "sealed_under": "cpl-160.50",
        "pending": False,
    }
    incident = _json(
        cli(
            "incident", "add", "--date", "2025-06-01", "--kind", "record-shared",
            "--precinct", "44", "--law", "cpl-160.50", "--law", "eo-41",
            "--client", client, "--arrest", "1", "--narrative", "Rap sheet sent to ICE", "--json",
        )
    )  # fmt: skip
    assert incident["borough"] == "Bronx" and incident["laws"] == ["eo-41", "cpl-160.50"]
    assert "should not have been shared" in incident["sealed_record_flag"]["message"]
    listed = _json(cli("incident", "list", "--json"))
    assert [i["id"] for i in listed] == [incident["id"]]
    assert cli("incident", "add", "--date", "2025-06-01", "--kind", "raid")[0] == 2
    code, _, err = cli(
        "incident", "add", "--date", "2025-06-01", "--kind", "other", "--precinct", "2"
    )
    assert code == 1 and "precinct" in err


def test_report_aggregate_refuses_a_low_threshold_and_writes_pdf_and_csv(cli, tmp_path):
    out, csv_out = tmp_path / "report.pdf", tmp_path / "report.csv"
    code, _, err = cli("report", "aggregate", "-o", str(out), "--threshold", "2")
    assert code == 1 and "cannot be below 3" in err and not out.exists()
    for _ in range(5):
        cli("incident", "add", "--date", "2025-06-01", "--kind", "detainer", "--precinct", "75")
    data = _json(cli("report", "aggregate", "-o", str(out), "--csv", str(csv_out), "--json"))
    assert data == {"pdf": str(out), "csv": str(csv_out), "threshold": 5, "total": "5"}
    assert out.read_bytes().startswith(b"%PDF") and "table,category,count" in csv_out.read_text()


def test_export_letter_pdf_and_text(cli, tmp_path, monkeypatch):
    from casebook.cli import request_commands

    monkeypatch.setattr(request_commands, "today", lambda: TODAY)
    _json(
        cli(
            "request", "add", "--received", "2025-03-03", "--records", "Arrest report",
            "--number", "FOIL-2025-056-01234", "--json",
        )
    )  # fmt: skip
    out = tmp_path / "request.pdf"
    code, text, err = cli(
        "export", "letter", "--request", "1", "--type", "request", "-o", str(out), "--text"
    )
    assert code == 0 and out.exists() and not out.with_suffix(".txt").exists()
    assert err.startswith("casebook: warning: no advocate profile")  # no profile in this vault
    assert "Dear Records Access Officer:" in text and "FOIL-2025-056-01234" in text
    _json(cli("profile", "set", "--name", "Ana Ortiz", "--json"))  # signed from here on
    code, out_json, err = cli(
        "export", "letter", "--request", "1", "--type", "appeal", "-o", str(out), "--json"
    )
    appeal = json.loads(out_json)
    assert appeal["type"] == "appeal" and appeal["pdf"] == str(out)
    assert "constructively denied" in appeal["text"]  # NYPD never answered: constructive
    # Ack due Mon 2025-03-10, + 30 = Wed 2025-04-09; the letter is of 2026-11-29: too late.
    assert code == 0 and "appeal ended on April 9, 2025" in err
    assert [w for w in appeal["warnings"] if "April 9, 2025" in w]
    assert "within thirty days" not in appeal["text"]
    assert "Ana Ortiz" in appeal["text"]
    code, _, err = cli("export", "letter", "--request", "2", "--type", "appeal", "-o", str(out))
    assert code == 1 and "no record request #2" in err


# -- request list and --due agree, in words -----------------------------------------------------

DASH = "\N{EM DASH}"


@pytest.fixture
def four_requests(cli, monkeypatch):
    """On Sun 2026-11-29: a late agency, an acknowledgement due tomorrow, a closed request
    whose time to appeal passed, and a denial to appeal within 25 days."""
    from casebook.cli import request_commands

    monkeypatch.setattr(request_commands, "today", lambda: TODAY)
    client = _json(cli("client", "add", "--name", "María López", "--json"))["id"]

    def add(received: str, *more: str) -> str:
        argv = ("--received", received, "--records", "Arrest report", "--json", *more)
        return _json(cli("request", "add", *argv))["id"]

    ids = {
        "late": add("2026-11-02", "--client", client),
        "soon": add("2026-11-20"),
        "passed": add("2025-03-03"),
        "denied": add("2026-11-02"),
    }
    _json(cli("request", "update", ids["denied"], "--determined", "2026-11-24",
              "--outcome", "denied", "--json"))  # fmt: skip
    return ids


def _lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]


def test_request_list_words_every_clock_and_names_no_key(cli, four_requests):
    code, out, err = cli("request", "list")
    assert (code, err) == (0, "")
    by_id = {line.split()[0]: line for line in _lines(out)}
    ids = four_requests
    # Mon 11-02 + 5 business days (Election Day 11-03 off) = Tue 11-10, missed;
    # 30 days -> Thu 12-10
    assert by_id[ids["late"]].endswith(
        f"NYPD is 19 days late: you may appeal by Thu 2026-12-10 {DASH} 11 days"
    )
    assert "María López" in by_id[ids["late"]]
    # Fri 11-20 + 5 business days (Thanksgiving 11-26 off) = Mon 11-30
    assert by_id[ids["soon"]].endswith(
        f"NYPD owes an answer or acknowledgement by Mon 2026-11-30 {DASH} 1 day"
    )
    assert "due soon" in by_id[ids["soon"]]
    # ack due Mon 2025-03-10; 30 days -> Wed 04-09: closed, not overdue
    assert by_id[ids["passed"]].endswith(
        "Closed: the time to appeal ended on Wed 2025-04-09; "
        "a new request for the same records can be made"
    )
    assert by_id[ids["denied"]].endswith(f"File the appeal by Thu 2026-12-24 {DASH} 25 days")
    assert "overdue" not in out.lower() and "_" not in out


@pytest.mark.parametrize("within", ["7", "30"])
def test_due_lists_exactly_the_lines_the_full_list_marks(cli, four_requests, within):
    full = _lines(cli("request", "list", "--within", within)[1])
    code, out, err = cli("request", "list", "--due", "--within", within)
    assert (code, err) == (0, "")
    *due, count_line = _lines(out)
    marked = [line for line in full if "due soon" in line or "overdue" in line.split(DASH)[0]]
    assert sorted(due) == sorted(marked) and due  # the same lines; --due soonest first
    ids = four_requests
    expected = {"7": [ids["soon"]], "30": [ids["soon"], ids["late"], ids["denied"]]}[within]
    assert [line.split()[0] for line in due] == expected
    assert count_line == f"{len(due)} due in the next {within} days; nothing overdue."
    listed = _json(cli("request", "list", "--due", "--within", within, "--json"))
    assert [r["id"] for r in listed] == expected
    assert all(line.endswith(r["what"]) for line, r in zip(due, listed, strict=True))


def test_json_overdue_means_the_date_passed_and_agency_late_says_who(cli, four_requests):
    listed = {r["id"]: r for r in _json(cli("request", "list", "--json"))}
    ids = four_requests
    assert not any(r["overdue"] for r in listed.values())
    assert {i for i, r in listed.items() if r["agency_late"]} == {ids["late"], ids["passed"]}
    assert listed[ids["passed"]]["next_due"] is None


def test_request_show_words_every_date_and_stage(cli, four_requests):
    code, out, err = cli("request", "show", four_requests["denied"])
    assert (code, err) == (0, "")
    assert out.startswith(f"Request {four_requests['denied']}: NYPD FOIL #")
    assert "Received by the agency: Mon 2026-11-02" in out
    assert "Decided: Tue 2026-11-24 (denied)" in out
    assert "Last day to appeal: Thu 2026-12-24" in out
    assert "Stage: Denied" in out
    assert f"Next: File the appeal by Thu 2026-12-24 {DASH} 25 days" in out
    head = out.split("POL")[0]  # the statute's message follows; it cites by section
    assert "_" not in head and "denied\n" not in head.lower().split("stage")[0]


# -- dates the agency sets for itself, through the command ---------------------------------------
#
# On Wed 2026-12-02, as in issue 13. Received Thu 2026-10-01, acknowledged Tue 10-06
# (in time: the 5 business days ran Fri 2, Mon 5, Tue 6, Wed 7, Thu Oct 8). The 20
# business days from Oct 6: Wed 7, Thu 8, Fri 9 (3), [Mon 12 Columbus Day], Oct 13-16
# (4-7), Oct 19-23 (8-12), Oct 26-30 (13-17), Mon Nov 2 (18), [Tue 3 Election Day],
# Wed 4 (19), Thu Nov 5 (20).

DEC_2 = date(2026, 12, 2)


@pytest.fixture
def on_dec_2(cli, monkeypatch):
    from casebook.cli import request_commands

    monkeypatch.setattr(request_commands, "today", lambda: DEC_2)

    def add() -> str:
        argv = ("--received", "2026-10-01", "--records", "Arrest report", "--json")
        request_id = _json(cli("request", "add", *argv))["id"]
        _json(cli("request", "update", request_id, "--acknowledged", "2026-10-06", "--json"))
        return request_id

    return add


@pytest.mark.dates
def test_a_future_date_certain_is_recorded_and_is_no_constructive_denial(cli, on_dec_2):
    request_id = on_dec_2()
    shown = _json(cli("request", "update", request_id, "--promised", "2027-01-29", "--json"))
    assert shown["promised"] == "2027-01-29"
    assert shown["determination_due"] == "2027-01-29"  # the date certain governs
    assert shown["twenty_days"] == "2026-11-05"  # still shown
    assert (shown["stage"], shown["constructive_denial"], shown["appeal_by"]) == (
        "awaiting_determination",
        False,
        None,
    )
    assert "Constructive denial" not in shown["message"] and "appeal" not in shown["what"]
    assert shown["what"].startswith("NYPD owes a determination by Fri 2027-01-29")
    code, out, err = cli("request", "show", request_id)
    assert (code, err) == (0, "")
    assert "Answer promised for: Fri 2027-01-29" in out
    assert "20 business days end: Thu 2026-11-05" in out
    assert "Stage: Awaiting a decision\n" in out and "onstructive" not in out
    # What happened cannot lie ahead: the command refuses, nothing changes.
    code, out, err = cli(
        "request", "update", request_id, "--determined", "2026-12-03", "--outcome", "denied"
    )
    assert (code, out) == (1, "") and err == "casebook: That date is in the future.\n"
    assert _json(cli("request", "show", request_id, "--json")) == shown


@pytest.mark.dates
def test_each_extension_is_kept_and_the_second_is_flagged(cli, on_dec_2, tmp_path):
    request_id = on_dec_2()
    first = _json(
        cli(
            "request", "update", request_id, "--extended", "2026-11-30",
            "--extended-on", "2026-11-04", "--reason", "Volume of records", "--json",
        )
    )  # fmt: skip
    # Nov 30 is later than Nov 5: it governs, and it has passed by Dec 2.
    assert first["stage"] == "constructively_denied" and first["repeated_extensions"] is False
    second = _json(
        cli(
            "request", "update", request_id, "--extended", "2027-01-29",
            "--extended-on", "2026-11-27", "--reason", "Review for redactions", "--json",
        )
    )  # fmt: skip
    assert second["extensions"] == [
        {"until": "2026-11-30", "written_on": "2026-11-04", "reason": "Volume of records",
         "repeated": False},
        {"until": "2027-01-29", "written_on": "2026-11-27", "reason": "Review for redactions",
         "repeated": True},
    ]  # fmt: skip
    assert second["extended"] == "2027-01-29" and second["repeated_extensions"] is True
    assert second["determination_due"] == "2027-01-29" and second["twenty_days"] == "2026-11-05"
    # The first extended date (Nov 30) passed unanswered: arguably a denial, not a
    # constructive one; Jan 29 stays the determination date.
    assert second["own_date_missed"] == "2026-11-30"
    assert (second["stage"], second["constructive_denial"]) == ("awaiting_determination", False)
    assert "no provision that permits repeated delays (COOG FOIL-AO-19644)" in second["message"]
    assert "arguably a denial you may appeal" in second["what"]
    assert "extended 2 times: no provision permits repeated delays" in second["what"]
    assert _json(cli("request", "show", request_id, "--json")) == second
    code, out, err = cli("request", "show", request_id)
    assert (code, err) == (0, "")
    assert "Extension 1: to Mon 2026-11-30, letter of Wed 2026-11-04: Volume of records\n" in out
    assert (
        "Extension 2: to Fri 2027-01-29, letter of Fri 2026-11-27: Review for redactions "
        "(repeated: no provision permits repeated delays, COOG FOIL-AO-19644)"
    ) in out
    assert "Own date missed: Mon 2026-11-30 (arguably a denial)" in out
    assert (
        "Stage: Awaiting a decision (extended 2 times: no provision permits repeated delays)"
    ) in out
    listed = cli("request", "list")[1]
    assert "extended 2 times" in listed
    # A reason alone adds nothing; a letter dated in the future is refused.
    code, _, err = cli("request", "update", request_id, "--reason", "More review")
    assert code == 1 and "new date the agency set" in err
    code, _, err = cli(
        "request", "update", request_id, "--extended", "2027-03-01", "--extended-on", "2026-12-03"
    )
    assert code == 1 and "in the future" in err
    assert len(_json(cli("request", "show", request_id, "--json"))["extensions"]) == 2
    # The appeal of the missed own date: recorded, and its letter says what happened.
    appealed = _json(cli("request", "update", request_id, "--appealed", "2026-12-02", "--json"))
    assert appealed["stage"] == "appeal_pending"
    _json(cli("profile", "set", "--name", "Ana Ortiz", "--json"))
    letter = _json(
        cli(
            "export", "letter", "--request", request_id, "--type", "appeal",
            "-o", str(tmp_path / "appeal.pdf"), "--json",
        )
    )  # fmt: skip
    text = " ".join(letter["text"].split())
    assert "It extended its time again by a letter of November 27, 2026, to January 29, 2027." in (
        text
    )
    assert "the date it gave. " in text and "I treat the request as denied" in text
    assert "thirty days" not in text
