"""Errors a person can act on, sorted the way qutebrowser sorts storage errors.

Every ``CasebookError`` carries a message fit to show a user: it names the
problem and what to do, and never contains client data, passphrases or keys.
Anything that is not a ``CasebookError`` is a bug and is reported as one.
"""

from __future__ import annotations


class CasebookError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(CasebookError):
    """The passphrase or recovery key did not unwrap the data key."""


class DamagedVault(CasebookError):
    """The vault's files are unreadable, truncated or altered."""


class VaultInUse(CasebookError):
    """Another casebook process holds the vault's lock."""


class VaultLocked(CasebookError):
    """An operation needs an unlocked vault."""


class DiskFull(CasebookError):
    """The disk ran out of space; nothing was changed."""


class RekeyCancelled(CasebookError):
    """A change of the vault's key was cancelled before its commit point; nothing changed."""


class NotFound(CasebookError):
    """A record asked for by id does not exist (or is in the trash)."""


class ValidationError(CasebookError):
    """Input that breaks a rule; ``field`` names the input to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class DuplicateWarning(CasebookError):
    """Saving would likely create a second record of the same person."""

    def __init__(self, message: str, matches: tuple[str, ...]) -> None:
        super().__init__(message)
        self.matches = matches
