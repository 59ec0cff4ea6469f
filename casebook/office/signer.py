"""What signs for a member: anything with ``sign(bytes) -> bytes`` (Ed25519).

A vault's identity (casebook.services.identity.Identity) keeps its private
key to itself and signs on request; tests pass a bare Ed25519PrivateKey.
Both fit, so the office package never needs the secret itself.
"""

from __future__ import annotations

from typing import Protocol


class Signer(Protocol):
    def sign(self, data: bytes, /) -> bytes: ...
