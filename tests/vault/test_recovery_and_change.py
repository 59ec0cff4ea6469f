"""What the app's recovery page and passphrase dialog rely on (services.vaults).

The recovery key is accepted as the emergency kit prints it and as a person
types it back off paper; a wrong key, a wrong current passphrase or a weak new
one changes nothing; both paths run the slow KDF once for the new wrap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.errors import ValidationError, WrongPassphrase
from casebook.services import passphrases, vaults
from casebook.vault.vault import open_vault
from tests.helpers import PASSPHRASE, snapshot

NEW = "kettle lantern mosaic river"
NEWER = "saffron tundra bicycle 7"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "Clients.casebook"
    return folder, vaults.create(folder, PASSPHRASE)


def _typed_forms(key: str) -> list[str]:
    groups = key.split("-")
    return [
        key,  # as printed
        key.lower(),
        " ".join(groups),
        "".join(groups),
        " - ".join(g.lower() for g in groups),
        f"  {key}\n",  # pasted with the line break
        "\n".join(" ".join(groups[i : i + 4]) for i in (0, 4)),  # the kit's line, copied in two
        key.replace("0", "O").replace("1", "I"),  # read off paper as letters
    ]


def test_the_kit_prints_eight_groups_of_four(made: tuple[Path, str]) -> None:
    _folder, key = made
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert passphrases.recovery_key_characters(key) == passphrases.RECOVERY_KEY_CHARACTERS == 32


@pytest.mark.parametrize("form", range(8))
def test_every_typed_form_of_the_key_sets_a_new_passphrase(
    made: tuple[Path, str], form: int
) -> None:
    folder, key = made
    store = vaults.recover_and_open(folder, _typed_forms(key)[form], NEW)
    store.close()
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    with open_vault(folder, NEW):
        pass


def test_recover_and_open_leaves_the_vault_open_and_the_key_valid(made: tuple[Path, str]) -> None:
    folder, key = made
    store = vaults.recover_and_open(folder, key, NEW)
    try:
        assert store.vault.is_open
    finally:
        store.close()
    vaults.recover(folder, key, NEWER)
    with open_vault(folder, NEWER):
        pass


@pytest.mark.parametrize(
    ("wrong", "says"),
    [
        (lambda k: ("Z" if k[0] != "Z" else "Y") + k[1:], "recovery key is not right"),
        (lambda k: k[:-1], "groups of four"),
        (lambda k: k + "7", "groups of four"),
        (lambda _k: PASSPHRASE, "groups of four"),
    ],
)
def test_a_wrong_recovery_key_says_so_and_changes_nothing(
    made: tuple[Path, str], wrong, says: str
) -> None:
    folder, key = made
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase, match=says) as caught:
        vaults.recover_and_open(folder, wrong(key), NEW)
    assert "Nothing was changed" in caught.value.message
    assert key not in caught.value.message and NEW not in caught.value.message
    assert snapshot(folder) == before
    with open_vault(folder, PASSPHRASE):  # and it is not left locked by us
        pass


def test_a_weak_new_passphrase_is_refused_before_the_key_is_tried(
    made: tuple[Path, str],
) -> None:
    folder, key = made
    before = snapshot(folder)
    with pytest.raises(ValidationError, match="too weak"):
        vaults.recover_and_open(folder, key, "password123")
    assert snapshot(folder) == before


def test_changing_the_open_vaults_passphrase(made: tuple[Path, str]) -> None:
    folder, key = made
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        vaults.change_open_passphrase(store, PASSPHRASE, NEW)
        vaults.change_open_passphrase(store, NEW, NEWER)  # the open vault knows its new header
        with store.reading() as session:  # and it keeps working
            assert session is not None
    finally:
        store.close()
    for old in (PASSPHRASE, NEW):
        with pytest.raises(WrongPassphrase):
            open_vault(folder, old)
    with open_vault(folder, NEWER):
        pass
    vaults.recover(folder, key, "copper meadow whistle 19")  # the recovery key still works


@pytest.mark.parametrize(
    ("current", "new", "error", "says"),
    [
        ("plum-orchard-violin-43", NEW, WrongPassphrase, "passphrase is not right"),
        (PASSPHRASE, "password123", ValidationError, "too weak"),
        (PASSPHRASE, PASSPHRASE, ValidationError, "same as the current"),
    ],
)
def test_changing_with_a_wrong_current_or_bad_new_passphrase_changes_nothing(
    made: tuple[Path, str], current: str, new: str, error: type[Exception], says: str
) -> None:
    folder, _key = made
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        before = (folder / "vault.json").read_bytes()
        with pytest.raises(error, match=says):
            vaults.change_open_passphrase(store, current, new)
        assert (folder / "vault.json").read_bytes() == before
    finally:
        store.close()
    with open_vault(folder, PASSPHRASE):
        pass
