"""conviction add / update / list, `arrest add --pending` and `client show`'s sealing (CLI.md).

Today is Sun 2026-11-29 (tests.helpers.TODAY), injected into the command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE, TODAY

pytestmark = pytest.mark.dates


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch):
    from casebook.cli import conviction_commands, request_commands

    monkeypatch.setattr(conviction_commands, "today", lambda: TODAY)
    monkeypatch.setattr(request_commands, "today", lambda: TODAY)
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)

    def call(group: str, command: str, *argv: str) -> tuple[int, str, str]:
        return run(capsys, group, command, str(vault_path), "--passphrase-file", str(p), *argv)

    return call


def _json(result: tuple[int, str, str]) -> Any:
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def test_add_a_misdemeanor_with_jail_and_see_when_it_seals(cli) -> None:
    client = _json(cli("client", "add", "--name", "Ana Reyes", "--json"))["id"]
    # Sentenced 2023-04-03, released 2023-10-02: Clean Slate 2023-10-02 + 3 years =
    # 2026-10-02; 160.59 ten years from the release: 2033-10-02.
    added = _json(
        cli(
            "conviction", "add", "--client", client, "--level", "misdemeanor",
            "--sentenced", "2023-04-03", "--released", "2023-10-02",
            "--offense", "PL 155.25", "--json",
        )
    )  # fmt: skip
    assert added == {
        "id": added["id"],
        "clean_slate": {"eligible_on": "2026-10-02", "blocked_by": []},
        "cpl_160_59": {"earliest_application": "2033-10-02", "blocked_by": []},
    }
    # Still on probation to 2027-05-31 (after today): blocked while it lasts.
    updated = _json(
        cli("conviction", "update", added["id"], "--supervision-until", "2027-05-31", "--json")
    )
    assert updated["clean_slate"] == {
        "eligible_on": "2026-10-02",
        "blocked_by": ["under-supervision"],
    }
    # A pending arrest blocks both routes.
    code, _, err = cli("arrest", "add", "--client", client, "--date", "2026-11-01", "--pending")
    assert code == 0, err
    [listed] = _json(cli("conviction", "list", "--client", client, "--json"))
    assert listed["clean_slate"]["blocked_by"] == ["pending-charge", "under-supervision"]
    assert listed["cpl_160_59"] == {
        "earliest_application": "2033-10-02",
        "blocked_by": ["pending-charge"],
    }
    shown = _json(cli("client", "show", client, "--json"))
    assert shown["sealing"]["convictions"] == [listed]
    assert shown["sealing"]["pending_charge"] is True
    assert "immigration consequences" in shown["sealing"]["note"]


def test_exclusions_and_too_many_convictions(cli) -> None:
    client = _json(cli("client", "add", "--name", "Luis Ortega", "--json"))["id"]
    first = _json(
        cli(
            "conviction", "add", "--client", client, "--level", "felony", "--class", "A",
            "--sentenced", "2001-02-05", "--json",
        )
    )  # fmt: skip
    assert first["clean_slate"] == {"eligible_on": None, "blocked_by": ["excluded-offense"]}
    assert first["cpl_160_59"] == {"earliest_application": None, "blocked_by": ["excluded-offense"]}
    # A second felony (class D, 2010-06-07): two felonies, so no 160.59; Clean Slate
    # 2010-06-07 + 8 years = 2018-06-07.
    second = _json(
        cli(
            "conviction", "add", "--client", client, "--level", "felony", "--class", "D",
            "--sentenced", "2010-06-07", "--json",
        )
    )  # fmt: skip
    assert second["clean_slate"] == {"eligible_on": "2018-06-07", "blocked_by": []}
    assert second["cpl_160_59"] == {
        "earliest_application": None,
        "blocked_by": ["too-many-convictions"],
    }
    code, out, _ = cli("conviction", "list", "--client", client)
    assert code == 0 and "Clean Slate (CPL 160.57) never seals this conviction" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--level", "felony", "--sentenced", "2020-01-01"), "class"),
        (("--level", "misdemeanor", "--sentenced", "2027-01-01"), "future"),
        (
            ("--level", "misdemeanor", "--sentenced", "2020-01-01", "--released", "2019-01-01"),
            "release",
        ),
    ],
)
def test_a_wrong_conviction_is_refused_in_one_line(cli, argv, words) -> None:
    client = _json(cli("client", "add", "--name", "Rosa Díaz", "--json"))["id"]
    code, out, err = cli("conviction", "add", "--client", client, *argv)
    assert code == 1 and out == "" and words in err and len(err.strip().splitlines()) == 1
    assert _json(cli("conviction", "list", "--client", client, "--json")) == []


def test_arrest_takes_the_new_sealing_laws(cli) -> None:
    client = _json(cli("client", "add", "--name", "Kim Ngo", "--json"))["id"]
    arrest = _json(
        cli("arrest", "add", "--client", client, "--date", "2019-03-03", "--sealed", "cpl-160.57",
            "--json")
    )  # fmt: skip
    assert arrest["sealed_under"] == "cpl-160.57" and arrest["pending"] is False
    incident = _json(
        cli("incident", "add", "--date", "2026-11-02", "--kind", "record-shared",
            "--law", "cpl-160.57", "--law", "cpl-160.59", "--client", client,
            "--arrest", arrest["id"], "--json")
    )  # fmt: skip
    assert incident["laws"] == ["cpl-160.57", "cpl-160.59"]
    assert "sealed under CPL 160.57" in incident["sealed_record_flag"]["message"]


def test_update_keeps_what_is_not_given_and_a_violation_release_does_not_count(cli) -> None:
    client = _json(cli("client", "add", "--name", "Kwame Mensah", "--json"))["id"]
    added = _json(
        cli(
            "conviction", "add", "--client", client, "--level", "felony", "--class", "E",
            "--drug-felony", "--sentenced", "2016-05-09", "--released", "2017-01-03", "--json",
        )
    )  # fmt: skip
    # Felony: 2017-01-03 + 8 years = 2025-01-03.
    assert added["clean_slate"]["eligible_on"] == "2025-01-03"
    # Re-incarcerated for a parole violation, not revoked, released 2018-04-02: no restart.
    same = _json(
        cli(
            "conviction", "update", added["id"], "--released", "2017-01-03",
            "--released-after-violation", "2018-04-02", "--json",
        )
    )  # fmt: skip
    assert same["clean_slate"]["eligible_on"] == "2025-01-03"
    # ... revoked: 2018-04-02 + 8 years = 2026-04-02.
    revoked = _json(
        cli(
            "conviction", "update", added["id"], "--released", "2017-01-03",
            "--released-after-revocation", "2018-04-02", "--json",
        )
    )  # fmt: skip
    assert revoked["clean_slate"]["eligible_on"] == "2026-04-02"
    # Reduced to a misdemeanor: class and drug felony go; 2018-04-02 + 3 = 2021-04-02.
    reduced = _json(cli("conviction", "update", added["id"], "--level", "misdemeanor", "--json"))
    assert reduced["clean_slate"]["eligible_on"] == "2021-04-02"
    [shown] = _json(cli("conviction", "list", "--client", client, "--json"))
    assert shown == reduced
