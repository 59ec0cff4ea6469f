"""Installing the hub's schema into an office's PostgreSQL database.

Migrations are numbered SQL files beside this module (sql/0001_hub.sql, …),
applied in order inside one transaction each and recorded in
hub.schema_version, so ``office create`` (and a later upgrade) runs
``install_hub`` against the office's database with an administrative login
(one that may create roles) and gets the same hub every time.

Roles are per office database, named after it: ``<db>_owner`` owns every
object and never logs in; ``<db>_members`` holds what members may do;
``<db>_admins`` what office administrators may do beyond that. Each member
gets a login of its own (``create_member_login``) in those groups.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from importlib import resources
from typing import Any

import psycopg
from psycopg import sql

SCRAM_ITERATIONS = 4096


@dataclass(frozen=True)
class HubRoles:
    owner: str
    members: str
    admins: str

    @classmethod
    def for_database(cls, dbname: str) -> HubRoles:
        if len(dbname) > 50:
            raise ValueError("an office database name is at most 50 characters")
        return cls(f"{dbname}_owner", f"{dbname}_members", f"{dbname}_admins")


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every migration shipped, in order."""
    folder = resources.files("casebook.office") / "sql"
    found = sorted(
        (int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8"))
        for f in folder.iterdir()
        if f.name.endswith(".sql")
    )
    return found


def _role_exists(conn: psycopg.Connection[Any], role: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is not None


def install_hub(admin_conn: psycopg.Connection[Any]) -> list[int]:
    """Create the roles and apply the migrations not yet applied; the versions applied."""
    dbname = admin_conn.info.dbname
    roles = HubRoles.for_database(dbname)
    ident = {
        "owner": sql.Identifier(roles.owner),
        "members": sql.Identifier(roles.members),
        "admins": sql.Identifier(roles.admins),
    }
    applied: list[int] = []
    with admin_conn.transaction():
        for role in (roles.owner, roles.members, roles.admins):
            if not _role_exists(admin_conn, role):
                admin_conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        admin_conn.execute(sql.SQL("GRANT {members} TO {admins}").format(**ident))
        admin_conn.execute(
            sql.SQL("CREATE SCHEMA IF NOT EXISTS hub AUTHORIZATION {owner}").format(**ident)
        )
        db = sql.Identifier(dbname)
        admin_conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
        admin_conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, ident["members"])
        )
        admin_conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        admin_conn.execute(
            sql.SQL("SET LOCAL ROLE {owner}; SET LOCAL search_path = hub, pg_catalog").format(
                **ident
            )
        )
        admin_conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {row[0] for row in admin_conn.execute("SELECT version FROM schema_version")}
        for version, text in migrations():
            if version in done:
                continue
            admin_conn.execute(sql.SQL(text).format(**ident))
            admin_conn.execute("INSERT INTO schema_version (version) VALUES (%s)", [version])
            applied.append(version)
        admin_conn.execute(sql.SQL("GRANT SELECT ON schema_version TO {members}").format(**ident))
        admin_conn.execute("RESET ROLE")
        _install_login_functions(admin_conn, roles)
    return applied


# Office administrators make and disable members' logins through these two
# functions, owned by the login that installed the hub (one that may create
# roles): an administrator's laptop never holds that login's password, and
# what it can do with them is exactly this: a login named like a member's,
# in the members' group, with a SCRAM verifier (never the password); or such
# a login disabled. Not CREATEROLE for administrators: before PostgreSQL 16
# it would let a stolen laptop grant itself the owner's role.
_LOGIN_FUNCTIONS = """
CREATE OR REPLACE FUNCTION hub.create_member_login(login text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
BEGIN
  IF NOT hub.is_member_login(login) THEN
    RAISE EXCEPTION 'not a member login name: %', login;
  END IF;
  IF verifier !~ '^SCRAM-SHA-256[$]' THEN
    RAISE EXCEPTION 'a member login takes a SCRAM-SHA-256 verifier';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier, {members});
  EXECUTE format('ALTER ROLE %I SET search_path = hub, pg_catalog', login);
END $f$;
CREATE OR REPLACE FUNCTION hub.disable_member_login(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
BEGIN
  IF NOT hub.is_member_login(login) OR login = session_user THEN
    RAISE EXCEPTION 'not another member''s login: %', login;
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', login);
  EXECUTE format('REVOKE %I, %I FROM %I', {members}, {admins}, login);
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = login;
END $f$;
CREATE OR REPLACE FUNCTION hub.is_member_login(login text)
RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $f$
  SELECT left(login, length(current_database()) + 3) = current_database() || '_m_'
     AND substr(login, length(current_database()) + 4) ~ '^[0-9a-f]{8}$'
$f$;
"""


def _install_login_functions(admin_conn: psycopg.Connection[Any], roles: HubRoles) -> None:
    text = _LOGIN_FUNCTIONS.replace(
        "{members}", sql.Literal(roles.members).as_string(admin_conn)
    ).replace("{admins}", sql.Literal(roles.admins).as_string(admin_conn))
    # is_member_login is referenced by the others: create it first.
    first, rest = text.split("CREATE OR REPLACE FUNCTION hub.is_member_login", 1)
    admin_conn.execute("CREATE OR REPLACE FUNCTION hub.is_member_login" + rest)
    admin_conn.execute(first)
    for name, args in (("create_member_login", "text, text"), ("disable_member_login", "text")):
        fn = sql.SQL("hub.{}({})").format(sql.Identifier(name), sql.SQL(args))
        admin_conn.execute(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(fn))
        admin_conn.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(fn, sql.Identifier(roles.admins))
        )


def member_login_name(dbname: str) -> str:
    """A fresh member login: ``<db>_m_`` and 8 hex digits (what the functions accept)."""
    return f"{dbname}_m_{secrets.token_hex(4)}"


def add_member_login(conn: psycopg.Connection[Any], login: str, password: str) -> None:
    """An administrator (its own login) makes a member's login; only the verifier travels."""
    conn.execute("SELECT hub.create_member_login(%s, %s)", [login, scram_verifier(password)])


def remove_member_login(conn: psycopg.Connection[Any], login: str) -> None:
    """An administrator disables a removed member's login and ends its sessions."""
    conn.execute("SELECT hub.disable_member_login(%s)", [login])


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores (RFC 5802/7677), computed here so
    the password itself never travels in a statement the server could log."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode()

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def create_member_login(
    admin_conn: psycopg.Connection[Any], login: str, password: str, *, admin: bool = False
) -> None:
    """A database login for one member, in the members' group (and the administrators')."""
    roles = HubRoles.for_database(admin_conn.info.dbname)
    groups = [roles.members] + ([roles.admins] if admin else [])
    with admin_conn.transaction():
        admin_conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login),
                sql.Literal(scram_verifier(password)),
                sql.SQL(", ").join(sql.Identifier(g) for g in groups),
            )
        )
        admin_conn.execute(
            sql.SQL("ALTER ROLE {} SET search_path = hub, pg_catalog").format(sql.Identifier(login))
        )


def disable_member_login(admin_conn: psycopg.Connection[Any], login: str) -> None:
    """A removed member's login: no longer able to log in, out of every group."""
    roles = HubRoles.for_database(admin_conn.info.dbname)
    with admin_conn.transaction():
        ident = sql.Identifier(login)
        admin_conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(ident))
        for group in (roles.members, roles.admins):
            admin_conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), ident))
        admin_conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", [login]
        )
