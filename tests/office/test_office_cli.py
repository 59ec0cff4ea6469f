"""The office commands as a person types them, against the real cluster (``--json`` too)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from casebook.services import office_membership as om
from casebook.services import vaults
from tests.cli.run_cli import run
from tests.helpers import NOW, PASSPHRASE
from tests.office.conftest import Hub


def make_vault(tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.casebook"
    vaults.create(path, PASSPHRASE, created=NOW)
    return str(path)


def test_create_invite_join_members_conflicts_remove(
    hub: Hub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("CASEBOOK_HUB_PASSWORD", raising=False)
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE)
    p = ["--passphrase-file", str(pf)]
    hp = tmp_path / "hub-password.txt"
    hp.write_text(hub.cluster.password)
    ann, ben = make_vault(tmp_path, "ann"), make_vault(tmp_path, "ben")
    argvs: list[list[str]] = []

    def cli(*argv: str) -> tuple[int, str, str]:
        argvs.append(list(argv))
        return run(capsys, *argv)

    code, out, err = cli(
        "office",
        "create",
        ann,
        *p,
        "--hub",
        hub.dsn,
        "--name",
        "Bronx Office",
        "--hub-password-file",
        str(hp),
        "--member-name",
        "Ann",
        "--json",
    )
    assert (code, err) == (0, "")
    created = json.loads(out)
    assert (created["name"], created["role"], created["epoch"]) == ("Bronx Office", "admin", 1)

    code, out, _ = cli("identity", "show", ben, *p, "--json")
    ben_id = json.loads(out)
    invite_file = tmp_path / "ben.invite"
    code, out, err = cli(
        "office",
        "invite",
        ann,
        *p,
        "--member",
        ben_id["recipient"],
        "--member-key",
        ben_id["signing_key"],
        "--name",
        "Ben",
        "-o",
        str(invite_file),
        "--json",
    )
    assert (code, err) == (0, ""), err
    invited = json.loads(out)
    assert (invited["name"], invited["role"], invited["fingerprint"]) == (
        "Ben",
        "member",
        ben_id["fingerprint"],
    )

    code, out, err = cli("office", "join", ben, *p, str(invite_file), "--json")
    assert (code, err) == (0, ""), err
    assert json.loads(out)["role"] == "member"

    code, out, _ = cli("office", "members", ann, *p, "--json")
    members = json.loads(out)
    assert [(m["name"], m["role"], m["removed"]) for m in members] == [
        ("Ann", "admin", None),
        ("Ben", "member", None),
    ]
    assert set(members[0]) == {"member_id", "name", "role", "fingerprint", "added", "removed"}

    code, out, err = cli(
        "client", "add", ben, *p, "--name", "María José Núñez", "--alias", "José García", "--json"
    )
    assert (code, err) == (0, ""), err

    code, out, err = cli("conflicts", ann, *p, "--name", "garcia jose", "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {"where": "office", "member": "Ben", "client_id": None, "why": "same name or alias"}
    ]

    code, out, err = cli("client", "add", ann, *p, "--name", "Garcia Jose")
    assert code == 1 and "held by Ben" in err and "add anyway" in err
    code, out, err = cli(
        "client", "add", ann, *p, "--name", "Garcia Jose", "--allow-duplicate", "--json"
    )
    assert code == 0, err
    code, out, err = cli("conflicts", ann, *p, "--name", "José García", "--json")
    assert [(c["where"], c["member"]) for c in json.loads(out)] == [
        ("vault", None),
        ("office", "Ben"),
    ]

    code, out, err = cli("office", "remove", ann, *p, "Ben", "--json")
    assert code == 0, err
    assert json.loads(out)["removed"] == 2
    code, out, err = cli("office", "members", ben, *p)
    assert code == 1 and "could not reach the office hub" in err.lower()

    # No password on any command line, on stdout/stderr, in a log or an invite's bytes.
    store = vaults.open_store(Path(ann), PASSPHRASE)
    try:
        ctx = om.office_context(store)
    finally:
        store.close()
    assert ctx is not None
    secrets_ = [hub.cluster.password, ctx.password]
    shown = json.dumps(argvs) + caplog.text + out + err
    assert not any(s in shown for s in secrets_)
    assert hub.cluster.password.encode() not in invite_file.read_bytes()


def test_office_create_refuses_a_weak_address_and_a_missing_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("CASEBOOK_HUB_PASSWORD", raising=False)
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE)
    ann = make_vault(tmp_path, "ann")
    hp = tmp_path / "pw"
    hp.write_text("x")
    code, _, err = run(
        capsys,
        "office",
        "create",
        ann,
        "--passphrase-file",
        str(pf),
        "--hub",
        "host=hub.example dbname=o sslmode=require",
        "--name",
        "O",
        "--hub-password-file",
        str(hp),
    )
    assert code == 1 and "verify-full" in err
    code, _, err = run(
        capsys,
        "office",
        "create",
        ann,
        "--passphrase-file",
        str(pf),
        "--hub",
        "host=hub.example dbname=o sslmode=verify-full sslrootcert=/x",
        "--name",
        "O",
    )
    assert code == 1 and "--hub-password-file" in err
    code, _, err = run(capsys, "office", "members", ann, "--passphrase-file", str(pf))
    assert code == 1 and "in no office" in err
    code, out, err = run(
        capsys, "conflicts", ann, "--passphrase-file", str(pf), "--name", "A B", "--json"
    )
    assert (code, json.loads(out)) == (0, [])
