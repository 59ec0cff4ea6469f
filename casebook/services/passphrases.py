"""What makes a new passphrase acceptable.

The passphrase is all that stands between a seized laptop and the clients'
files, so a weak one is refused, not just warned about. zxcvbn estimates how
many guesses it would take; score 3 ("safely unguessable: moderate
protection from offline slow-hash scenario") is the bar, with Argon2id's
cost on top.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebook.domain.errors import ValidationError
from casebook.vault.keys import RECOVERY_KEY_BYTES, format_recovery_key

# What the emergency kit prints: 32 letters and digits in eight groups of four.
RECOVERY_KEY_CHARACTERS = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))

MIN_LENGTH = 10
MIN_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    feedback: str


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            0,
            False,
            f"Use at least {MIN_LENGTH} characters; four or more "
            "unrelated words are easiest to remember.",
        )
    from zxcvbn import zxcvbn  # imported on use: it loads large word lists

    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    feedback = result["feedback"]
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if score < MIN_SCORE:
        return Strength(score, False, hint or "Too easy to guess: add another unrelated word.")
    return Strength(score, True, "Strong enough." if score == MIN_SCORE else "Strong.")


def require_strong(passphrase: str) -> None:
    s = strength(passphrase)
    if not s.acceptable:
        raise ValidationError("passphrase", f"That passphrase is too weak: {s.feedback}")


def recovery_key_characters(text: str) -> int:
    """How many of the key's letters and digits are typed so far (dashes and spaces skipped).

    Lets the unlock page say "20 of 32" as the person copies the key off
    paper; whether the characters are right is for the vault to say.
    """
    return sum(1 for ch in text if ch.isalnum())
