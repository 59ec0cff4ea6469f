"""Administrators make and disable members' logins only through the hub's two functions."""

from __future__ import annotations

import secrets

import psycopg
import pytest

from casebook.office import schema
from casebook.office.connection import HubUnreachable, connect
from tests.office.conftest import Office, address


def test_an_administrator_makes_and_disables_member_logins_and_nothing_else(
    office: Office,
) -> None:
    ann = office.person("ann")
    ann.login = schema.member_login_name(office.dbname)
    office.login_for(ann, admin=True)
    conn = office.connect(ann)
    login = schema.member_login_name(office.dbname)
    password = secrets.token_urlsafe(18)
    schema.add_member_login(conn, login, password)
    member = connect(address(office.cluster, office.dbname, login), password)
    office.opened.append(member)
    assert member.execute("SELECT count(*) FROM hub.members").fetchone() == (0,)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a member is no administrator
        schema.add_member_login(member, schema.member_login_name(office.dbname), password)
    with pytest.raises(psycopg.errors.RaiseException, match="not a member login"):
        schema.add_member_login(conn, "postgres2", password)
    with pytest.raises(psycopg.errors.RaiseException, match="not another member"):
        schema.remove_member_login(conn, ann.login)
    schema.remove_member_login(conn, login)
    with pytest.raises(HubUnreachable):
        office.opened.append(connect(address(office.cluster, office.dbname, login), password))
