"""``casebook sync``, ``sync-conflicts`` and ``client wall|unwall`` as a person types them."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from casebook.services import vaults
from casebook.store.tables import OfficeMembership
from tests.cli.run_cli import run
from tests.helpers import NOW, PASSPHRASE
from tests.office.conftest import Hub
from tests.office.sync_helpers import office_of


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sync_wall_and_conflicts_from_the_command_line(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with office_of(hub, tmp_path, ("ann", "ben")):
        pass
    ann, ben = str(tmp_path / "ann.casebook"), str(tmp_path / "ben.casebook")
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE)
    p = ["--passphrase-file", str(pf)]

    code, out, _ = run(capsys, "client", "add", ann, *p, "--name", "Nadia Rahman", "--json")
    assert code == 0
    nadia = json.loads(out)["id"]
    code, out, _ = run(capsys, "client", "add", ann, *p, "--name", "Walled Person", "--json")
    walled = json.loads(out)["id"]
    code, out, err = run(capsys, "client", "wall", ann, *p, walled)
    assert code == 0 and "walled" in out
    code, out, err = run(capsys, "sync", ann, *p, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["pushed"], data["pulled"], data["conflicts"], data["withheld"]) == (1, 0, 0, 1)
    code, out, err = run(capsys, "sync", ben, *p)
    assert code == 0 and out.startswith("Synced: 0 sent, 1 received, 0 new conflicts")
    code, out, _ = run(capsys, "client", "list", ben, *p, "--json")
    assert [c["name"] for c in json.loads(out)] == ["Nadia Rahman"]
    code, out, _ = run(capsys, "client", "unwall", ann, *p, walled, "--json")
    assert code == 0 and json.loads(out) == {"id": walled, "walled": False}
    assert json.loads(run(capsys, "sync", ann, *p, "--json")[1])["pushed"] == 1

    code, out, _ = run(capsys, "sync", ann, *p, "--status", "--json")
    status = json.loads(out)
    assert code == 0 and (status["pending"], status["conflicts"]) == (0, 0)
    assert status["synced_at"] is not None
    code, out, _ = run(capsys, "sync-conflicts", ann, *p, "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "sync-conflicts", ann, *p)
    assert out.strip() == "No sync conflicts."
    code, _, err = run(capsys, "sync-conflicts", ann, *p, "--resolve", "7")
    assert code == 1 and err.count("\n") == 1
    del nadia


def test_sync_says_in_one_line_when_in_no_office_or_the_hub_is_unreachable(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alone = tmp_path / "alone.casebook"
    vaults.create(alone, PASSPHRASE, created=NOW)
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE)
    p = ["--passphrase-file", str(pf)]
    code, out, err = run(capsys, "sync", str(alone), *p)
    assert code == 1 and out == ""
    assert err.startswith("casebook: This vault is in no office") and err.count("\n") == 1

    with office_of(hub, tmp_path, ("ann",)) as one, one.stores["ann"].transaction() as session:
        row = session.get(OfficeMembership, 1)
        assert row is not None
        row.port = _closed_port()
    code, out, err = run(capsys, "sync", str(tmp_path / "ann.casebook"), *p, "--json")
    assert code == 1 and out == ""
    assert err.startswith("casebook: Could not reach the office hub") and err.count("\n") == 1
    assert "Traceback" not in err and hub.cluster.password not in err
