"""What a vault that joined an office knows about it, while the vault is open.

The seam between the office's membership (create, invite, join, remove: who
holds which keys, kept sealed in the vault) and its sync (pushing and
pulling changes): membership builds an ``OfficeContext`` from the vault,
sync and the office-wide conflict check take one. Nothing here is stored
or printed: ``password`` and the office keys stay out of ``repr``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from uuid import UUID

if TYPE_CHECKING:
    from casebook.office.connection import HubAddress
    from casebook.office.keys import OfficeKey
    from casebook.services.identity import Identity


@dataclass(frozen=True)
class OfficeContext:
    """One office membership of the open vault."""

    office_id: UUID
    name: str  # the office's name, as its founder gave it
    address: HubAddress  # host, port, database, this member's login, CA file
    member_id: UUID  # this vault's member id in the office
    role: str  # "member", "supervisor" or "admin"
    founder_key: bytes  # the founder's Ed25519 public key the invite pinned
    identity: Identity  # this vault's keys (signs changes, unwraps office keys)
    password: str = field(repr=False)  # this member's database password
    keys: Mapping[int, OfficeKey] = field(repr=False, default_factory=dict)  # by epoch

    @property
    def epoch(self) -> int:
        """The newest epoch this vault holds a key for (what it writes under)."""
        return max(self.keys) if self.keys else 0
