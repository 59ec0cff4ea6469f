"""Shared fixtures. Vaults in tests use the Argon2id floor (RFC 9106's second
option) instead of the ~1 s calibration, which is what a user always gets."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casebook.services import vaults
from casebook.store.session import Store
from casebook.vault import kdf
from tests.helpers import NOW, PASSPHRASE


def _use_floor_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    import casebook.vault.vault as vault_module

    monkeypatch.setattr(kdf, "calibrate", lambda salt, target_seconds=1.0: kdf.floor_params(salt))
    monkeypatch.setattr(vault_module, "calibrate", lambda salt: kdf.floor_params(salt))


@pytest.fixture(autouse=True)
def _floor_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    _use_floor_kdf(monkeypatch)


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault created (and migrated) per test run; each test gets a copy of it.

    It is made at NOW (on TODAY), not at the real time: the backup reminder counts
    from a vault's creation, and a test's "today" must agree with it.
    """
    path = tmp_path_factory.mktemp("template") / "Clients.casebook"
    with pytest.MonkeyPatch.context() as mp:
        _use_floor_kdf(mp)
        vaults.create(path, PASSPHRASE, created=NOW)
    return path


@pytest.fixture
def vault_path(tmp_path: Path, _template_vault: Path) -> Path:
    """A freshly created, closed vault (a copy of the session's template: same keys)."""
    path = tmp_path / "Clients.casebook"
    shutil.copytree(_template_vault, path)
    return path


@pytest.fixture
def store(vault_path: Path) -> Iterator[Store]:
    s = vaults.open_store(vault_path, PASSPHRASE)
    try:
        yield s
    finally:
        s.close()
