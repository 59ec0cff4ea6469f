"""Fixtures the command's tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE


@pytest.fixture
def pf(tmp_path: Path) -> list[str]:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)
    return ["--passphrase-file", str(p)]
