"""Without a cluster the office tests skip on a laptop, and fail under CI (never skip there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONE_TEST = "tests/office/test_connection.py::test_the_wrong_ca_is_refused"


def run_without_a_cluster(ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CASEBOOK_TEST_PG", "CI")}
    env["CASEBOOK_PG_BINDIR"] = str(ROOT / "no-postgres-here")
    env["PYTHONPATH"] = str(ROOT)
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", ONE_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_no_cluster_skips_on_a_laptop_and_fails_under_ci() -> None:
    laptop = run_without_a_cluster(None)
    assert laptop.returncode == 0, laptop.stdout
    assert "1 skipped" in laptop.stdout
    ci = run_without_a_cluster("true")
    assert ci.returncode != 0, ci.stdout
    assert "CI: no PostgreSQL cluster" in ci.stdout
