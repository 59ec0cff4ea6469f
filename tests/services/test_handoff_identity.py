"""Identities and signed age hand-offs: who can open a bundle, who sent it, what is refused."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, WrongPassphrase
from casebook.services import clients, handoff, vaults
from casebook.services.identity import (
    Identity,
    NotARecipient,
    SigningKeyChanged,
    known_senders,
    parse_recipients,
    vault_identity,
)
from casebook.store.session import Store
from casebook.store.tables import AuditEntry, Client
from casebook.vault import bundle as v1
from casebook.vault.age_bundle import NotAddressed
from casebook.vault.bundle import DamagedBundle
from casebook.vault.identity_keys import KeyPairs, fingerprint
from tests.helpers import PASSPHRASE, TODAY

BUNDLE_PASS = "copper lantern meadow ninety-one"
NAME = "Xiomara Zelinskaya-Okonkwo"
_RECORD = struct.Struct(">BQ")


def _vault(tmp_path: Path, name: str) -> Store:
    folder = tmp_path / f"{name}.casebook"
    vaults.create(folder, PASSPHRASE)
    return vaults.open_store(folder, PASSPHRASE)


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    """The colleague receiving, a supervisor also named, and an outsider."""
    stores = [_vault(tmp_path, n) for n in ("Colleague", "Supervisor", "Outsider")]
    try:
        yield stores[0], stores[1], stores[2]
    finally:
        for s in stores:
            s.close()


@pytest.fixture
def client(store: Store) -> int:
    return clients.add_client(store, ClientDraft(name=NAME, a_number="123456789"), today=TODAY)


def _counts(s: Store) -> tuple[int, int]:
    with s.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Client)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def _secret(me: Identity) -> str:
    return str(me._keys.age_identity)


# -- the fingerprint -----------------------------------------------------------------------------


def test_fingerprint_of_fixed_keys() -> None:
    # SHA-256(b"casebook-identity/v1\0" || recipient || b"\0" || bytes 0..31) begins
    # 7d fc 75 1d d5 02 ff 5b 0f e0; standard base32 of those 10 bytes is
    # PX6HKHOVAL7VWD7A, which in Crockford's alphabet (P=15->F, X=23->Q, 6=30->Y,
    # H=7->7, K=10->A, O=14->E, V=21->N, A=0->0, L=11->B, 7=31->Z, W=22->P, D=3->3) reads:
    recipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
    assert fingerprint(recipient, bytes(range(32))) == "FQY7-A7EN-0BZN-P3Z0"
    assert fingerprint(recipient, bytes(32)) != fingerprint(recipient, bytes(range(32)))


def test_no_secret_in_repr_or_str(store: Store) -> None:
    me = vault_identity(store)
    for text in (repr(me), str(me), repr(me._keys), str(me._keys)):
        assert "AGE-SECRET-KEY" not in text and me.recipient in text
    public = base64.b64encode(me.signing_public).decode()  # the public half, for invites
    assert me.to_json() == {
        "recipient": me.recipient,
        "fingerprint": me.fingerprint,
        "signing_key": public,
    }


def test_recipients_are_checked() -> None:
    good = str(pyrage.x25519.Identity.generate().to_public())
    assert [str(r) for r in parse_recipients([f"  {good}\n", good])] == [good]
    with pytest.raises(NotARecipient, match="must start with age1"):
        parse_recipients(["ssh-ed25519 AAAA"])
    with pytest.raises(NotARecipient, match="copied whole"):
        parse_recipients([good[:-3]])


# -- the identity lasts -------------------------------------------------------------------------


def test_identity_survives_lock_passphrase_change_rekey_and_recovery(tmp_path: Path) -> None:
    folder = tmp_path / "Mine.casebook"
    recovery = vaults.create(folder, PASSPHRASE)
    with _open(folder) as s:
        first = vault_identity(s).to_json()
    with _open(folder) as s:
        assert vault_identity(s).to_json() == first  # after lock and unlock
    vaults.change_passphrase(folder, PASSPHRASE, "second passphrase walrus 77")
    vaults.rekey(folder, "second passphrase walrus 77", "third passphrase heron 88")
    with _open(folder, "third passphrase heron 88") as s:
        me = vault_identity(s)
        assert me.to_json() == first
        assert me.verify(b"x", me.sign(b"x"))
    del recovery  # the re-key made a new recovery key; recover with a fresh one
    with _open(folder, "third passphrase heron 88") as s:
        recovery = vaults.new_open_recovery_key(s, "third passphrase heron 88")
    vaults.recover(folder, recovery, "fourth passphrase ibis 99")
    with _open(folder, "fourth passphrase ibis 99") as s:
        assert vault_identity(s).to_json() == first


class _open:
    def __init__(self, folder: Path, passphrase: str = PASSPHRASE) -> None:
        self.store = vaults.open_store(folder, passphrase)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *_: object) -> None:
        self.store.close()


# -- who can open it ----------------------------------------------------------------------------


def test_two_recipients_each_open_it_and_an_outsider_cannot(
    store: Store, client: int, three: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    colleague, supervisor, outsider = three
    bundle = tmp_path / "client.cbhandoff"
    to = [vault_identity(colleague).recipient, vault_identity(supervisor).recipient]
    exported = handoff.export_client(store, client, bundle, recipients=to)
    assert exported.to == tuple(to) and exported.fingerprint == vault_identity(store).fingerprint
    me = vault_identity(store)
    for receiver in (colleague, supervisor):
        result = handoff.import_bundle(receiver, bundle)
        assert result.merged["clients"].new == 1
        assert result.sender is not None and not result.sender.known
        assert result.to_json()["sender"] == {
            "recipient": me.recipient,
            "fingerprint": me.fingerprint,
            "name": result.sender.name or None,
            "known": False,
        }
        assert result.to_json()["signed"] is True
    before = _counts(outsider)
    with pytest.raises(NotAddressed, match="not encrypted to this vault's key"):
        handoff.import_bundle(outsider, bundle)
    assert _counts(outsider) == before
    again = handoff.import_bundle(colleague, bundle)  # the same sender, now remembered
    assert again.sender is not None and again.sender.known
    assert [s.recipient for s in known_senders(colleague)] == [me.recipient]


def test_passphrase_fallback(
    store: Store, client: int, three: tuple[Store, ...], tmp_path: Path
) -> None:
    colleague = three[0]
    bundle = tmp_path / "client.cbhandoff"
    handoff.export_client(store, client, bundle, BUNDLE_PASS)
    before = _counts(colleague)
    with pytest.raises(CasebookError, match="one-time bundle passphrase"):
        handoff.import_bundle(colleague, bundle)
    with pytest.raises(WrongPassphrase, match="bundle passphrase is not right"):
        handoff.import_bundle(colleague, bundle, "plum orchard violin 42")
    assert _counts(colleague) == before
    result = handoff.import_bundle(colleague, bundle, BUNDLE_PASS)
    assert result.merged["clients"].new == 1
    assert result.sender is not None
    assert result.sender.fingerprint == vault_identity(store).fingerprint


def test_export_needs_exactly_one_way(store: Store, client: int, tmp_path: Path) -> None:
    to = vault_identity(store).recipient
    with pytest.raises(CasebookError, match="not both"):
        handoff.export_client(store, client, tmp_path / "b", BUNDLE_PASS, recipients=[to])
    with pytest.raises(CasebookError, match="recipient"):
        handoff.export_client(store, client, tmp_path / "b")
    with pytest.raises(NotARecipient):
        handoff.export_client(store, client, tmp_path / "b", recipients=["age1nope"])
    assert not list(tmp_path.glob("b*")) and not list(tmp_path.glob(".b*"))


@pytest.mark.skipif(
    shutil.which("age") is None and not os.environ.get("CI"),
    reason="the age command-line tool is not installed (CI installs it)",
)
def test_the_age_tool_opens_a_casebook_bundle(
    store: Store, client: int, three: tuple[Store, ...], tmp_path: Path
) -> None:
    colleague = three[0]
    me = vault_identity(colleague)
    bundle = tmp_path / "client.cbhandoff"
    handoff.export_client(store, client, bundle, recipients=[me.recipient])
    key = tmp_path / "key.txt"
    key.write_text(_secret(me) + "\n")
    key.chmod(0o600)
    done = subprocess.run(  # the real age tool, with the colleague's identity
        ["age", "--decrypt", "-i", str(key), str(bundle)], capture_output=True, check=True
    )
    records = _records(done.stdout)
    assert [k for k, _ in records] == [1, 3, 0]
    manifest = json.loads(records[0][1])
    assert manifest["format"] == "casebook-handoff" and manifest["version"] == 2
    assert manifest["clients"][0]["name"] == NAME
    assert manifest["to"] == [me.recipient]
    assert manifest["sender"]["recipient"] == vault_identity(store).recipient


# -- refusals: nothing merged -------------------------------------------------------------------


def _records(plain: bytes) -> list[tuple[int, bytes]]:
    out, at = [], 0
    while at < len(plain):
        kind, size = _RECORD.unpack_from(plain, at)
        at += _RECORD.size
        out.append((kind, plain[at : at + size]))
        at += size
    return out


def _plain(records: list[tuple[int, bytes]]) -> bytes:
    return b"".join(_RECORD.pack(k, len(d)) + d for k, d in records)


def _digest(records: list[tuple[int, bytes]]) -> bytes:
    return hashlib.sha256(_plain([r for r in records if r[0] in (1, 2)])).digest()


def _reseal(path: Path, records: list[tuple[int, bytes]], to: str) -> Path:
    """The bundle rebuilt by hand, as an attacker with a valid age key could."""
    out = path.with_name("forged.cbhandoff")
    recipient = pyrage.x25519.Recipient.from_str(to)
    out.write_bytes(pyrage.encrypt(_plain(records), [recipient]))
    return out


def _opened(path: Path, me: Identity) -> list[tuple[int, bytes]]:
    return _records(pyrage.decrypt(path.read_bytes(), me.age_identities))


@pytest.mark.parametrize("forgery", ["content", "swapped", "other-key", "same-name-new-key"])
def test_forged_bundles_are_refused(
    store: Store, client: int, three: tuple[Store, ...], tmp_path: Path, forgery: str
) -> None:
    colleague = three[0]
    me = vault_identity(colleague)
    first = handoff.export_client(
        store, client, tmp_path / "a.cbhandoff", recipients=[me.recipient]
    )
    handoff.import_bundle(colleague, first.path)  # the real sender is now known
    clients.update_client(
        store,
        client,
        ClientDraft(name=NAME, a_number="123456789", phone="212 555 0100"),
        today=TODAY,
    )
    second = handoff.export_client(
        store, client, tmp_path / "b.cbhandoff", recipients=[me.recipient]
    )
    records = _opened(second.path, me)
    manifest = json.loads(records[0][1])
    if forgery == "content":  # a changed record under the original signature
        manifest["clients"][0]["phone"] = "altered in transit"
        records[0] = (1, json.dumps(manifest).encode())
        expected: type[Exception] = handoff.BadSignature
    elif forgery == "swapped":  # the signature of the first bundle on the second
        records[1] = _opened(first.path, me)[1]
        expected = handoff.BadSignature
    elif forgery == "other-key":  # well formed, signed, but not by the key the manifest names
        records[1] = (3, KeyPairs.generate().sign(handoff.SIGNED_DOMAIN + _digest(records)))
        expected = handoff.BadSignature
    else:  # someone else's key claiming the known colleague's recipient
        impostor = KeyPairs.generate()
        manifest["sender"]["signing_key"] = base64.b64encode(impostor.signing_public).decode()
        records[0] = (1, json.dumps(manifest).encode())
        records[1] = (3, impostor.sign(handoff.SIGNED_DOMAIN + _digest(records)))
        expected = SigningKeyChanged
    forged = _reseal(second.path, records, me.recipient)
    before = _counts(colleague)
    with pytest.raises(expected, match="Nothing was"):
        handoff.import_bundle(colleague, forged)
    assert _counts(colleague) == before


def test_a_bundle_re_sent_to_someone_it_was_not_addressed_to_is_refused(
    store: Store, client: int, three: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    colleague, _, outsider = three
    mine = vault_identity(colleague)
    sent = handoff.export_client(
        store, client, tmp_path / "a.cbhandoff", recipients=[mine.recipient]
    )
    forwarded = _reseal(sent.path, _opened(sent.path, mine), vault_identity(outsider).recipient)
    before = _counts(outsider)
    with pytest.raises(CasebookError, match="not to this vault"):
        handoff.import_bundle(outsider, forwarded)
    assert _counts(outsider) == before


def test_tampered_age_ciphertext_is_refused(
    store: Store, client: int, three: tuple[Store, ...], tmp_path: Path
) -> None:
    colleague = three[0]
    sent = handoff.export_client(
        store, client, tmp_path / "a.cbhandoff", recipients=[vault_identity(colleague).recipient]
    )
    data = bytearray(sent.path.read_bytes())
    data[-20] ^= 0x40
    sent.path.write_bytes(bytes(data))
    before = _counts(colleague)
    with pytest.raises(DamagedBundle, match="nothing was imported"):
        handoff.import_bundle(colleague, sent.path)
    assert _counts(colleague) == before


# -- version 1 bundles still import -------------------------------------------------------------


def write_v1_bundle(s: Store, client_id: int, dest: Path, passphrase: str) -> None:
    """A bundle as casebook wrote them before identities (format version 1, unsigned)."""
    with s.reading() as session:
        manifest, documents = handoff._gather(session, client_id, s.vault.header.vault_id)
    manifest["version"] = 1
    manifest["bundle"] = "0" * 32
    with v1.BundleWriter(dest, passphrase) as writer:
        writer.add(v1.KIND_MANIFEST, json.dumps(manifest).encode())
        for doc_id, name, size in documents:
            writer.add_stream(v1.KIND_CONTENT, size, s.vault.blobs.open_reader(name, str(doc_id)))


def test_a_version_1_bundle_still_imports_noted_unsigned(
    store: Store, client: int, three: tuple[Store, ...], tmp_path: Path
) -> None:
    colleague = three[0]
    old = tmp_path / "old.cbhandoff"
    write_v1_bundle(store, client, old, BUNDLE_PASS)
    result = handoff.import_bundle(colleague, old, BUNDLE_PASS)
    assert result.merged["clients"].new == 1 and result.sender is None
    shown = result.to_json()
    assert shown["signed"] is False and shown["sender"] is None
    assert "not signed" in shown["note"]


def test_identity_is_made_lazily_for_a_vault_from_before(store: Store) -> None:
    from casebook.store.tables import VaultIdentity

    with store.transaction() as session:
        session.query(VaultIdentity).delete()  # as a vault made before revision 0013
    me = vault_identity(store)
    assert me.recipient.startswith("age1") and vault_identity(store).to_json() == me.to_json()


def test_a_colleagues_bundle_rewrapped_under_a_passphrase_is_refused(
    store: Store, client: int, three: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    from casebook.vault import age_bundle

    colleague, _, outsider = three
    mine = vault_identity(colleague)
    sent = handoff.export_client(
        store, client, tmp_path / "a.cbhandoff", recipients=[mine.recipient]
    )
    records = _opened(sent.path, mine)
    forwarded = tmp_path / "forwarded.cbhandoff"
    age_bundle.write_bundle(
        forwarded,
        [(k, len(d), [d]) for k, d in records if k in (1, 2)],
        lambda _digest: records[1][1],  # the sender's own signature, still valid
        passphrase=BUNDLE_PASS,
    )
    before = _counts(outsider)
    with pytest.raises(CasebookError, match="not to this vault"):
        handoff.import_bundle(outsider, forwarded, BUNDLE_PASS)
    assert _counts(outsider) == before
