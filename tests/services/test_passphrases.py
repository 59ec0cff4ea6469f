"""A new passphrase must not be one an attacker of a casebook vault tries first."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.errors import ValidationError
from casebook.services import vaults
from casebook.services.passphrases import require_strong, strength


@pytest.mark.parametrize(
    "weak",
    ["casebook casebook", "casebook-casebook", "vault vault vault", "password password"],
)
def test_the_apps_own_words_are_easy_guesses(weak: str) -> None:
    assert not strength(weak).acceptable
    with pytest.raises(ValidationError):
        require_strong(weak)


@pytest.mark.parametrize(
    "strong", ["plum-orchard-violin-42", "correct horse battery staple", "Ana Perez 1990 vault"]
)
def test_unrelated_words_still_pass(strong: str) -> None:
    assert strength(strong).acceptable


def test_the_vaults_own_name_counts_as_a_guess() -> None:
    assert not strength("harlemoffice harlemoffice", ("harlemoffice",)).acceptable


def test_a_vault_named_after_its_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="too weak"):
        vaults.create(tmp_path / "Harlemoffice.casebook", "harlemoffice harlemoffice")
    assert not (tmp_path / "Harlemoffice.casebook").exists()
