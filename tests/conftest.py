"""Shared fixtures. Vaults in tests use the Argon2id floor (RFC 9106's second
option) instead of the ~1 s calibration, which is what a user always gets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casebook.services import vaults
from casebook.store.session import Store
from casebook.vault import kdf
from tests.helpers import PASSPHRASE


@pytest.fixture(autouse=True)
def _floor_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "calibrate", lambda salt, target_seconds=1.0: kdf.floor_params(salt))
    import casebook.vault.vault as vault_module

    monkeypatch.setattr(vault_module, "calibrate", lambda salt: kdf.floor_params(salt))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """A freshly created, closed vault."""
    path = tmp_path / "Clients.casebook"
    vaults.create(path, PASSPHRASE)
    return path


@pytest.fixture
def store(vault_path: Path) -> Iterator[Store]:
    s = vaults.open_store(vault_path, PASSPHRASE)
    try:
        yield s
    finally:
        s.close()
