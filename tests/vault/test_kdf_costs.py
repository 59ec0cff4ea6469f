"""The passphrase's cost: a forged header cannot hang an unlock, and a weak one is raised."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

import casebook.vault.vault as vault_module
from casebook.domain.errors import CasebookError
from casebook.vault import kdf
from casebook.vault.header import HEADER_NAME, read_header
from casebook.vault.vault import open_vault
from tests.helpers import PASSPHRASE


def _forge_kdf(vault_path: Path, **costs: int) -> None:
    header = read_header(vault_path)
    forged = dataclasses.replace(header, kdf=dataclasses.replace(header.kdf, **costs))
    (vault_path / HEADER_NAME).write_bytes(forged.to_bytes())


def test_a_header_asking_for_hours_is_refused_at_once(vault_path: Path) -> None:
    _forge_kdf(vault_path, memory_kib=4 * 1024 * 1024, time_cost=256, parallelism=16)
    started = time.perf_counter()
    with pytest.raises(CasebookError, match="more work") as caught:
        open_vault(vault_path, PASSPHRASE)
    assert time.perf_counter() - started < 5  # measured, not attempted
    assert "4096 MiB, 256 passes" in caught.value.message


def test_a_cost_this_machine_pays_in_seconds_is_accepted(vault_path: Path) -> None:
    params = kdf.KdfParams(salt=b"s" * 16, time_cost=4, memory_kib=1024 * 1024)
    assert params.estimated_seconds() < kdf.AFFORDABLE_SECONDS
    params.check_affordable()  # 1 GiB, 4 passes: what calibration may pick on a fast laptop


def test_an_unlock_raises_a_weak_cost_and_never_lowers_it(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stronger = kdf.KdfParams(salt=b"n" * 16, time_cost=4, memory_kib=kdf.FLOOR_MEMORY_KIB)
    monkeypatch.setattr(vault_module, "calibrate", lambda salt: stronger)
    open_vault(vault_path, PASSPHRASE).close()
    assert read_header(vault_path).kdf == stronger  # raised to what this machine does
    open_vault(vault_path, PASSPHRASE).close()  # the same passphrase still opens it

    weaker = kdf.floor_params(b"w" * 16)
    monkeypatch.setattr(vault_module, "calibrate", lambda salt: weaker)
    open_vault(vault_path, PASSPHRASE).close()
    assert read_header(vault_path).kdf == stronger  # never downward
