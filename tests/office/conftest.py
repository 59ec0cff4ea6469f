"""The office hub's tests run against a real PostgreSQL cluster over verified TLS.

The cluster is .ci/run's (CASEBOOK_TEST_PG names its cluster.json), else one
started here for the session if PostgreSQL's binaries are present, else the
tests skip, except under CI, where a missing cluster fails them.
Each test gets a fresh office database with the hub installed, and makes
member logins and connections through casebook's own connect().
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from psycopg import sql

from casebook.office import keys as office_keys
from casebook.office import membership
from casebook.office.connection import HubAddress, connect
from casebook.office.envelope import Directory
from casebook.office.keys import OfficeKey
from casebook.office.roster import Endorsed, EpochEntry, MemberEntry, Roster, endorse, sign_epoch
from casebook.office.schema import create_member_login, install_hub
from tests.office.pgcluster import ENV, Cluster, find_bindir, start, stop


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    given = os.environ.get(ENV)
    if given:
        yield Cluster.load(given)
        return
    if find_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("CI: no PostgreSQL cluster for the office tests (.ci/run starts one)")
        pytest.skip("PostgreSQL binaries not installed: the office hub's tests need a cluster")
    cluster = start()
    try:
        yield cluster
    finally:
        stop(cluster)


def address(cluster: Cluster, dbname: str, user: str, *, host: str | None = None) -> HubAddress:
    return HubAddress(
        host=host or cluster.host,
        port=cluster.port,
        dbname=dbname,
        user=user,
        ca_file=Path(cluster.ca_file),
    )


@dataclass
class Person:
    """A member's vault side: its identity, signing key and the office keys it holds."""

    member_id: uuid.UUID
    login: str
    password: str
    identity: pyrage.x25519.Identity
    signer: Ed25519PrivateKey
    keys: dict[int, OfficeKey] = field(default_factory=dict)

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def public_key(self) -> bytes:
        return self.signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def entry(self, role: str, epoch: int) -> MemberEntry:
        return MemberEntry(self.member_id, self.login, self.recipient, self.public_key, role, epoch)

    def endorsed_by(self, admin: Person, role: str, epoch: int) -> Endorsed:
        entry = self.entry(role, epoch)
        return Endorsed(entry, admin.member_id, endorse(admin.signer, entry))


@dataclass
class Office:
    """One office database on the cluster, its administrator's connection, and helpers."""

    cluster: Cluster
    dbname: str
    admin: psycopg.Connection[Any]  # the cluster's administrative login (creates roles)
    opened: list[psycopg.Connection[Any]] = field(default_factory=list)
    founder_key: bytes = b""  # what an invite pins: the founder's Ed25519 public key

    def person(self, name: str) -> Person:
        login = f"{self.dbname}_{name}"
        return Person(
            uuid.uuid4(),
            login,
            secrets.token_urlsafe(18),
            pyrage.x25519.Identity.generate(),
            Ed25519PrivateKey.generate(),
        )

    def login_for(self, person: Person, *, admin: bool = False) -> None:
        create_member_login(self.admin, person.login, person.password, admin=admin)

    def connect(self, person: Person) -> psycopg.Connection[Any]:
        conn = connect(address(self.cluster, self.dbname, person.login), person.password)
        self.opened.append(conn)
        return conn

    def found(self, founder: Person) -> psycopg.Connection[Any]:
        """The office created by ``founder`` (an administrator): epoch 1, wrapped for it."""
        self.login_for(founder, admin=True)
        conn = self.connect(founder)
        key = office_keys.new_office_key(1)
        signature = sign_epoch(founder.signer, key, founder.member_id, ())
        first = EpochEntry(1, founder.member_id, (), key.commitment(), signature)
        membership.create_office(
            conn,
            founder.endorsed_by(founder, "admin", 1),
            first,
            office_keys.wrap(key, founder.recipient),
        )
        founder.keys[1] = key
        self.founder_key = founder.public_key
        return conn

    def roster(self, conn: psycopg.Connection[Any]) -> Roster:
        return membership.roster(conn, self.founder_key)

    def directory(self, conn: psycopg.Connection[Any], person: Person) -> Directory:
        return membership.directory(conn, person.keys, self.founder_key)

    def join(
        self,
        admin_conn: psycopg.Connection[Any],
        admin: Person,
        newcomer: Person,
        role: str = "member",
    ) -> psycopg.Connection[Any]:
        """Add ``newcomer`` as a member with every epoch's key wrapped for it."""
        self.login_for(newcomer)
        epoch = membership.current_epoch(admin_conn)
        wrapped = {e: office_keys.wrap(k, newcomer.recipient) for e, k in admin.keys.items()}
        membership.add_member(admin_conn, newcomer.endorsed_by(admin, role, epoch), wrapped)
        conn = self.connect(newcomer)
        newcomer.keys.update(
            membership.my_keys(conn, newcomer.member_id, newcomer.identity, self.roster(conn))
        )
        return conn


@pytest.fixture
def office(pg_cluster: Cluster) -> Iterator[Office]:
    dbname = f"office_{secrets.token_hex(4)}"
    superuser = connect(address(pg_cluster, "postgres", pg_cluster.superuser), pg_cluster.password)
    superuser.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    admin = connect(address(pg_cluster, dbname, pg_cluster.superuser), pg_cluster.password)
    install_hub(admin)
    made = Office(pg_cluster, dbname, admin)
    try:
        yield made
    finally:
        for conn in made.opened:
            conn.close()
        admin.close()
        superuser.close()


@dataclass
class Hub:
    cluster: Cluster
    dbname: str

    @property
    def dsn(self) -> str:
        c = self.cluster
        return (
            f"host={c.host} port={c.port} dbname={self.dbname} user={c.superuser} "
            f"sslmode=verify-full sslrootcert={c.ca_file}"
        )


@pytest.fixture
def hub(pg_cluster: Cluster) -> Hub:
    """A fresh, empty office database: ``office create`` installs the hub into it."""
    dbname = f"office_{secrets.token_hex(4)}"
    superuser = connect(address(pg_cluster, "postgres", pg_cluster.superuser), pg_cluster.password)
    superuser.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    superuser.close()
    return Hub(pg_cluster, dbname)


PersonFactory = Callable[[str], Person]
