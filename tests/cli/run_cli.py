"""Run the command in-process, as a person would type it: (exit code, stdout, stderr)."""

from __future__ import annotations

import pytest

from casebook.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
