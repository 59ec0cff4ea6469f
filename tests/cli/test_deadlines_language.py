"""``casebook deadlines`` in Spanish under LANG=es_US.UTF-8; its JSON the same in both.

Run as a separate process: the Spanish list installs Qt's translator, which an
in-process run would leave in the test session's Qt application.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.cli.language import wants_spanish
from tests.cli.run_cli import run

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.dates


@pytest.mark.parametrize(
    ("env", "spanish"),
    [
        ({"LANG": "es_US.UTF-8"}, True),
        ({"LANG": "es"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "es_US.UTF-8", "LC_ALL": "C"}, False),  # LC_ALL wins, as in POSIX
        ({"LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}, True),
        ({}, False),
    ],
)
def test_the_command_follows_the_posix_locale(env, spanish):
    assert wants_spanish(env) is spanish


def _deadlines(vault: Path, pf: list[str], lang: str, *flags: str) -> str:
    env = {**os.environ, "LANG": lang, "PYTHONPATH": str(ROOT)}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-m", "casebook", "deadlines", str(vault), *pf, *flags],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_the_list_speaks_spanish_and_the_json_does_not_change(capsys, vault_path, pf):
    def cli(*argv: str) -> dict:
        code, out, err = run(capsys, *argv, "--json")
        assert code == 0, err
        return json.loads(out)

    client = cli("client", "add", str(vault_path), *pf, "--name", "Ana Ajcalón")["id"]
    matter = cli("matter", "add", str(vault_path), *pf, "--client", client, "--type", "removal")
    # Far ahead, so the real date of the run never makes it overdue.
    cli("hearing", "add", str(vault_path), *pf, "--matter", matter["id"], "--kind", "individual",
        "--at", "2099-01-26 09:30")  # fmt: skip

    spanish = _deadlines(vault_path, pf, "es_US.UTF-8", "--within", "40000")
    assert "Audiencia individual el lun 2099-01-26 a las 09:30 — " in spanish
    assert "Presentar las pruebas para la audiencia individual antes del " in spanish
    assert "(Ana Ajcalón)" in spanish
    english = _deadlines(vault_path, pf, "en_US.UTF-8", "--within", "40000")
    assert "Individual hearing on Mon 2099-01-26 at 09:30 — " in english
    assert _deadlines(vault_path, pf, "es_US.UTF-8", "--json") == _deadlines(
        vault_path, pf, "en_US.UTF-8", "--json"
    )
