"""Mutated blobs, backups and hand-off bundles: each is refused with one clear error, never
crashes casebook, and never changes the vault that reads it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, DamagedVault
from casebook.services import backups, clients, handoff, vaults
from casebook.services.checks import check_store
from casebook.services.identity import vault_identity
from casebook.services.importer import Options, Target, import_paths
from casebook.store.session import Store
from casebook.vault.backup import verify_backup, with_data_key
from tests.helpers import PASSPHRASE, TODAY, snapshot

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Mutation:
    """One change to a file's bytes: flip bits at a spot, cut the tail, or add junk."""

    def __init__(self, kind: str, where: float, value: int) -> None:
        self.kind, self.where, self.value = kind, where, value

    def apply(self, data: bytes) -> bytes:
        at = min(len(data) - 1, int(self.where * len(data)))
        if self.kind == "flip":
            return data[:at] + bytes([data[at] ^ (self.value or 1)]) + data[at + 1 :]
        if self.kind == "cut":
            return data[:at]
        return data[:at] + bytes([self.value]) * 17 + data[at:]

    def __repr__(self) -> str:
        return f"Mutation({self.kind!r}, {self.where:.4f}, {self.value})"


mutations = st.builds(
    Mutation,
    st.sampled_from(["flip", "cut", "insert"]),
    st.floats(0, 1, allow_nan=False),
    st.integers(0, 255),
)


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> tuple[Store, int]:
    cid = clients.add_client(store, ClientDraft(name="Xiomara Zelinska"), today=TODAY)
    note = tmp_path / "notice.txt"
    note.write_text("Notice of hearing. " * 5000, encoding="utf-8")
    import_paths(store, [note], Target(client_id=cid), options=Options(ocr=False))
    return store, cid


@FUZZ
@given(mutation=mutations)
def test_a_mutated_blob_is_damage_and_nothing_else(
    filled: tuple[Store, int], mutation: Mutation
) -> None:
    store, _ = filled
    name = next(iter(store.vault.blobs.names()))
    path = store.vault.blobs.folder / name[:2] / name
    original = path.read_bytes()
    plain = store.vault.blobs.read_bytes(name, "document 1")
    try:
        path.write_bytes(mutation.apply(original))
        try:
            outcome: object = store.vault.blobs.read_bytes(name, "document 1")
        except DamagedVault as exc:
            outcome = exc
        assert outcome == plain or "document 1" in str(outcome)
    finally:
        path.write_bytes(original)


@FUZZ
@given(mutation=mutations)
def test_a_mutated_backup_is_refused_with_one_sentence(
    filled: tuple[Store, int], tmp_path: Path, mutation: Mutation
) -> None:
    store, _ = filled
    made = tmp_path / "made.cbbackup"
    if not made.exists():
        backups.backup_vault(store, made)
    bad = tmp_path / "bad.cbbackup"
    bad.write_bytes(mutation.apply(made.read_bytes()))
    try:
        verify_backup(bad, with_data_key(store.vault._require_key()), scratch=tmp_path)
        message = "accepted"
    except CasebookError as exc:
        message = exc.message
    assert message and "\n" not in message
    restored = tmp_path / "restored"
    shutil.rmtree(restored, ignore_errors=True)
    try:
        backups.restore(bad, restored, passphrase=PASSPHRASE)
    except CasebookError:
        assert not restored.exists() or not any(restored.iterdir())  # no half-restored vault
    else:
        check = vaults.open_store(restored, PASSPHRASE)
        try:
            assert check_store(check, deep=True).ok  # a mutation it accepts changed nothing
        finally:
            check.close()


@FUZZ
@given(mutation=mutations)
def test_a_mutated_bundle_is_refused_and_changes_nothing(
    filled: tuple[Store, int], tmp_path: Path, mutation: Mutation
) -> None:
    store, cid = filled
    receiver_folder = tmp_path / "Colleague.casebook"
    pristine = tmp_path / "Colleague.pristine"
    if not pristine.exists():
        vaults.create(pristine, PASSPHRASE)
    if not receiver_folder.exists():
        shutil.copytree(pristine, receiver_folder)  # the same identity every example
    made = tmp_path / "made.cbhandoff"
    if not made.exists():
        # Sent to the colleague's recipient: under a passphrase, age's scrypt would cost
        # about a second per example.
        colleague = vaults.open_store(pristine, PASSPHRASE)
        try:
            recipient = vault_identity(colleague).recipient
        finally:
            colleague.close()
        handoff.export_client(store, cid, made, recipients=(recipient,))
    bad = tmp_path / "bad.cbhandoff"
    bad.write_bytes(mutation.apply(made.read_bytes()))
    before = snapshot(receiver_folder)
    receiver = vaults.open_store(receiver_folder, PASSPHRASE)
    message = ""
    try:
        handoff.import_bundle(receiver, bad)
    except CasebookError as exc:
        message = exc.message or "(empty)"
    finally:
        receiver.close()
    refused = bool(message)
    assert "\n" not in message
    if refused:
        assert snapshot(receiver_folder) == before
    else:  # an accepted bundle was intact; undo it for the next example
        shutil.rmtree(receiver_folder)
