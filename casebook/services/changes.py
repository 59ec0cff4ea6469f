"""What an operation changed, so each page redraws only what concerns it (Anki's ``OpChanges``).

A mutating service returns ``Changed(value, changes)``; the UI's worker hands
``value`` to the caller and announces ``changes`` to every page that listens.
Older services that return a bare value are announced by the caller instead
(``DbWorker.submit(..., changes=...)``), with the same ``Changes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Change(StrEnum):
    """Kinds of record a page may show."""

    CLIENTS = "clients"
    MATTERS = "matters"
    EVENTS = "events"  # hearings and other dated events (and so the derived filing deadlines)
    NOTES = "notes"
    DOCUMENTS = "documents"  # documents, their links, the inbox
    REQUESTS = "requests"
    INCIDENTS = "incidents"
    ARRESTS = "arrests"  # arrests and convictions (sealing)
    PROFILE = "profile"  # the advocate profile and letter recipients
    PREFERENCES = "preferences"


@dataclass(frozen=True)
class Changes:
    """Which kinds of record changed, and (when known) whose client file they belong to.

    ``client_ids`` empty means "no particular client" or "not known": a page that
    shows one client's file redraws when it is empty or names that client.
    """

    kinds: frozenset[Change] = frozenset()
    client_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, *kinds: Change, client_id: int | None = None) -> Changes:
        ids = frozenset() if client_id is None else frozenset({client_id})
        return cls(frozenset(kinds), ids)

    def touches(self, *kinds: Change) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns_client(self, client_id: int | None) -> bool:
        """True when the open file of ``client_id`` may show something that changed."""
        return client_id is not None and (not self.client_ids or client_id in self.client_ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.client_ids | other.client_ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A mutating service's result: what the caller asked for, and what changed."""

    value: T
    changes: Changes = field(default=NOTHING)
