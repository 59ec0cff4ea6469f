"""What makes a new passphrase acceptable.

The passphrase is all that stands between a seized laptop and the clients'
files, so a weak one is refused, not just warned about. zxcvbn estimates how
many guesses it would take; score 3 ("safely unguessable: moderate
protection from offline slow-hash scenario") is the bar, with Argon2id's
cost on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebook.domain.errors import ValidationError
from casebook.vault.keys import RECOVERY_KEY_BYTES, format_recovery_key

# What the emergency kit prints: 32 letters and digits in eight groups of four.
RECOVERY_KEY_CHARACTERS = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))

_SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")
MIN_LENGTH = 10
MIN_SCORE = 3
# Words anyone attacking a casebook vault tries first: zxcvbn counts them as
# dictionary words, so "casebook casebook" scores as the guess it is.
APP_WORDS = (
    "casebook",
    "vault",
    "passphrase",
    "password",
    "client",
    "clients",
    "immigration",
    "immigrant",
    "legal",
    "aid",
    "advocate",
    "foil",
    "nypd",
    "ice",
    "court",
    "asylum",
    "lawyer",
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    feedback: str


def strength(passphrase: str, user_words: tuple[str, ...] = ()) -> Strength:
    """``user_words``: the vault's folder name and the like, also counted as easy guesses."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            0,
            False,
            f"Use at least {MIN_LENGTH} characters; four or more "
            "unrelated words are easiest to remember.",
        )
    from zxcvbn import zxcvbn  # imported on use: it loads large word lists

    words = [*APP_WORDS, *user_words]
    result = zxcvbn(passphrase[:100], user_inputs=words)
    # zxcvbn prices a separator between words as brute force, so "casebook casebook"
    # passed; joined up, the repeat shows. The weaker reading counts.
    joined = _SEPARATORS.sub("", passphrase[:100])
    if joined and joined != passphrase[:100]:
        other = zxcvbn(joined, user_inputs=words)
        if other["score"] < result["score"]:
            result = other
    score = int(result["score"])
    feedback = result["feedback"]
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if score < MIN_SCORE:
        return Strength(score, False, hint or "Too easy to guess: add another unrelated word.")
    return Strength(score, True, "Strong enough." if score == MIN_SCORE else "Strong.")


def words_of(folder_name: str) -> tuple[str, ...]:
    """The words of a vault's folder name ("Harlem-Office.casebook"), as easy guesses."""
    return tuple(w.lower() for w in re.split(r"[^\w]+", folder_name) if len(w) > 2)


def require_strong(passphrase: str, user_words: tuple[str, ...] = ()) -> None:
    s = strength(passphrase, user_words)
    if not s.acceptable:
        raise ValidationError("passphrase", f"That passphrase is too weak: {s.feedback}")


def recovery_key_characters(text: str) -> int:
    """How many of the key's letters and digits are typed so far (dashes and spaces skipped).

    Lets the unlock page say "20 of 32" as the person copies the key off
    paper; whether the characters are right is for the vault to say.
    """
    return sum(1 for ch in text if ch.isalnum())
