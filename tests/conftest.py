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

# Modules whose tests reason about dates: deadlines, ages, "overdue", dated
# letters and covers, the backup reminder. Their tests get the ``dates`` marker,
# and .ci/run runs them again with the clock ~400 days ahead (libfaketime), to
# prove they inject TODAY/NOW instead of reading the real date. A test elsewhere
# that touches dates says ``@pytest.mark.dates`` itself.
DATE_MODULES = frozenset(
    {
        "cli/test_request_commands.py",
        "domain/test_foil_deadlines.py",
        "domain/test_ny_holidays.py",
        "export/test_emergency_kit.py",
        "export/test_letters.py",
        "export/test_packet.py",
        "export/test_summary.py",
        "services/test_aggregate.py",
        "services/test_arrests.py",
        "services/test_backups.py",
        "services/test_clients.py",
        "services/test_deadlines.py",
        "services/test_handoff.py",
        "services/test_incidents.py",
        "services/test_matters.py",
        "services/test_packet.py",
        "services/test_requests.py",
        "services/test_selftest.py",
        "services/test_summary.py",
        "ui/test_backup.py",
        "ui/test_client_dialog.py",
        "ui/test_client_records.py",
        "ui/test_deadlines_incidents.py",
        "ui/test_main_window.py",
        "ui/test_packet_dialog.py",
        "ui/test_requests_page.py",
        "ui/test_summary_dialog.py",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests = Path(__file__).parent
    missing = sorted(m for m in DATE_MODULES if not (tests / m).is_file())
    if missing:  # a renamed module would silently drop out of the run ahead
        raise pytest.UsageError(f"DATE_MODULES names missing test modules: {missing}")
    for item in items:
        path = Path(item.fspath)
        if path.is_relative_to(tests) and path.relative_to(tests).as_posix() in DATE_MODULES:
            item.add_marker(pytest.mark.dates)


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
