"""``vault.json``: the only plaintext file of a vault, holding no client data.

Two checks protect it, so "damaged" and "wrong passphrase" are never confused:

* ``checksum`` (SHA-256 over the canonical body) is verifiable without any
  secret: a truncated, bit-flipped or hand-edited header is reported as
  damaged before any key is derived.
* ``tag`` (HMAC-SHA256 under a subkey of the data key) is verified right
  after the data key is unwrapped: a header whose checksum was recomputed by
  someone changing it (say, swapping in another vault's recovery wrap) is
  reported as altered.

The wrapped keys also carry the KDF parameters and their role as AES-GCM
associated data, so a wrap moved between roles or vaults does not unwrap.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.domain.errors import DamagedVault
from casebook.vault.kdf import KdfParams

FORMAT = "casebook-vault"
VERSION = 1
HEADER_NAME = "vault.json"
MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class Wrap:
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    kdf: KdfParams
    passphrase_wrap: Wrap
    recovery_wrap: Wrap
    tag: bytes = b""

    def aad(self, role: str) -> bytes:
        """Associated data binding a wrap to this vault and its role.

        The passphrase wrap also binds the KDF parameters; the recovery wrap
        does not, so a passphrase change never invalidates the recovery key.
        """
        bound: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "role": role,
        }
        if role == "passphrase":
            bound["kdf"] = _kdf_json(self.kdf)
        return _canonical(bound)

    def signed_bytes(self) -> bytes:
        """What ``tag`` authenticates: everything but the tag and checksum."""
        return _canonical(self._body(with_tag=False))

    def to_bytes(self) -> bytes:
        body = self._body(with_tag=True)
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    def _body(self, *, with_tag: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf": _kdf_json(self.kdf),
            "passphrase_key": {
                "nonce": _b64(self.passphrase_wrap.nonce),
                "wrapped": _b64(self.passphrase_wrap.wrapped),
            },
            "recovery_key": {
                "salt": _b64(self.recovery_wrap.salt),
                "nonce": _b64(self.recovery_wrap.nonce),
                "wrapped": _b64(self.recovery_wrap.wrapped),
            },
        }
        if with_tag:
            body["tag"] = _b64(self.tag)
        return body


def read_header(folder: Path) -> VaultHeader:
    """Parse and checksum-verify the header, or raise ``DamagedVault`` saying what is wrong."""
    path = folder / HEADER_NAME
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise DamagedVault(f"{folder} is not a casebook vault (it has no {HEADER_NAME}).") from None
    except OSError as exc:
        raise DamagedVault(f"The vault header could not be read: {exc.strerror}.") from None
    if len(raw) > MAX_HEADER_BYTES:
        raise DamagedVault("The vault header is damaged: it is far larger than a header can be.")
    return parse_header(raw)


def parse_header(raw: bytes) -> VaultHeader:
    damaged = "The vault header (vault.json) is damaged or truncated; restore it from a backup."
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedVault(damaged) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise DamagedVault(damaged)
    checksum = body.pop("checksum", None)
    if not isinstance(checksum, str) or hashlib.sha256(_canonical(body)).hexdigest() != checksum:
        raise DamagedVault(damaged)
    version = body.get("version")
    if version != VERSION:
        raise DamagedVault(
            f"This vault uses format {version!r}, which this casebook does not know; "
            "a newer casebook may open it."
        )
    try:
        kdf = body["kdf"]
        if kdf["algorithm"] != "argon2id":
            raise DamagedVault("The vault header names an unknown key-derivation function.")
        params = KdfParams(
            salt=_unb64(kdf["salt"]),
            time_cost=int(kdf["time_cost"]),
            memory_kib=int(kdf["memory_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        pk, rk = body["passphrase_key"], body["recovery_key"]
        header = VaultHeader(
            vault_id=str(body["vault_id"]),
            kdf=params,
            passphrase_wrap=Wrap(nonce=_unb64(pk["nonce"]), wrapped=_unb64(pk["wrapped"])),
            recovery_wrap=Wrap(
                salt=_unb64(rk["salt"]), nonce=_unb64(rk["nonce"]), wrapped=_unb64(rk["wrapped"])
            ),
            tag=_unb64(body["tag"]),
        )
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise DamagedVault(damaged) from None
    params.check()
    return header


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": _b64(kdf.salt),
        "time_cost": kdf.time_cost,
        "memory_kib": kdf.memory_kib,
        "parallelism": kdf.parallelism,
    }


def _canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text, validate=True)
