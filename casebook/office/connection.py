"""The one network connection casebook makes: to the office's hub, over verified TLS.

Always ``sslmode=verify-full`` (the server's certificate chains to the
office's own CA, given explicitly, and names the host dialled), never the
system's trust store and never less: an address asking for less is refused
before anything is sent. The password is passed apart from the address,
so it never sits in a DSN string that could be logged or shown, and
connection errors are reworded without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

CONNECT_TIMEOUT_S = 10
WEAK_MODES = frozenset({"disable", "allow", "prefer", "require", "verify-ca"})
REFUSAL = (
    "casebook connects to an office hub only with sslmode=verify-full and the office's "
    "CA certificate (sslrootcert=FILE)"
)


class HubAddressError(ValueError):
    """An address that would weaken the connection; refused before connecting."""


class HubUnreachable(ConnectionError):
    """The hub could not be reached or refused the login (message safe to show)."""


@dataclass(frozen=True)
class HubAddress:
    """Where the hub is and how its certificate is checked (no password here)."""

    host: str
    port: int
    dbname: str
    user: str
    ca_file: Path

    def __post_init__(self) -> None:
        for host in self.host.split(","):
            if not host or host.startswith(("/", "@")):
                raise HubAddressError(f"{REFUSAL}: a hub is reached over TCP, not a local socket")

    @classmethod
    def from_dsn(cls, dsn: str) -> HubAddress:
        """Parse a libpq address (URI or key=value), refusing one that weakens TLS."""
        try:
            params = conninfo_to_dict(dsn)
        except psycopg.ProgrammingError:
            raise HubAddressError(
                "the hub's address is not a PostgreSQL connection string"
            ) from None
        mode = str(params.get("sslmode", ""))
        if mode != "verify-full":
            raise HubAddressError(f"{REFUSAL}; this address asks for sslmode={mode or '(unset)'}")
        root = str(params.get("sslrootcert", ""))
        if not root or root == "system":
            raise HubAddressError(f"{REFUSAL}; this address names no CA certificate")
        if "password" in params or "passfile" in params:
            raise HubAddressError("the hub's password is given apart from its address, never in it")
        if "hostaddr" in params:
            raise HubAddressError(
                f"{REFUSAL}; give the host name the certificate names (no hostaddr)"
            )
        known = {"host", "port", "dbname", "user", "sslmode", "sslrootcert", "connect_timeout"}
        extra = sorted(set(params) - known)
        if extra:
            raise HubAddressError(
                f"the hub's address has settings casebook does not use: {', '.join(extra)}"
            )
        return cls(
            host=str(params.get("host", "")),
            port=int(str(params.get("port") or 5432)),
            dbname=str(params.get("dbname", "")),
            user=str(params.get("user", "")),
            ca_file=Path(root),
        )

    def params(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "sslmode": "verify-full",
            "sslrootcert": str(self.ca_file),
            "gssencmode": "disable",  # GSS encryption would replace TLS and its checks
            "application_name": "casebook",
        }

    def __str__(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"


def connect(
    address: HubAddress,
    password: str,
    *,
    timeout_s: int = CONNECT_TIMEOUT_S,
    autocommit: bool = True,
) -> psycopg.Connection[Any]:
    """Open a verified TLS connection to the hub, or ``HubUnreachable`` with a safe message."""
    if not address.ca_file.is_file():
        raise HubAddressError(f"{REFUSAL}; the CA certificate file is missing")
    try:
        conn = psycopg.connect(
            **address.params(), password=password, connect_timeout=timeout_s, autocommit=autocommit
        )
    except psycopg.OperationalError as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else "no answer"
        if password:
            detail = detail.replace(password, "…")
        raise HubUnreachable(f"could not reach the office hub at {address}: {detail}") from None
    if conn.info.pgconn.ssl_in_use is not True:  # belt and braces: verify-full implies it
        conn.close()
        raise HubUnreachable(f"the office hub at {address} did not use TLS")
    return conn


def with_ca(dsn: str, ca_file: Path) -> str:
    """An address as typed (host, port, dbname, user) made verify-full against ``ca_file``."""
    try:
        params = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        raise HubAddressError("the hub's address is not a PostgreSQL connection string") from None
    params["sslmode"] = "verify-full"
    params["sslrootcert"] = str(ca_file)
    return make_conninfo(**{k: str(v) for k, v in params.items()})


LOST = "the connection to the office hub was lost; nothing was lost either: sync again later"


@contextmanager
def lost_link() -> Iterator[None]:
    """A connection that breaks mid-way (the hub stopped, the network gone) as
    ``HubUnreachable``: what a person can do about it is the same as for no answer."""
    try:
        yield
    except (psycopg.OperationalError, psycopg.InterfaceError):
        raise HubUnreachable(LOST) from None
