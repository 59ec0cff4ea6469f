"""The hub connection: verify-full with the office's CA, or nothing; no password in errors."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from casebook.office.connection import REFUSAL, HubAddress, HubAddressError, HubUnreachable, connect
from tests.office.conftest import address
from tests.office.pgcluster import Cluster, _pem, make_ca


@pytest.mark.parametrize(
    ("dsn", "says"),
    [
        (
            "host=hub.example port=5432 dbname=o user=u sslmode=require sslrootcert=ca.crt",
            "sslmode=require",
        ),
        ("host=hub.example dbname=o user=u sslmode=disable sslrootcert=ca.crt", "sslmode=disable"),
        ("host=hub.example dbname=o user=u sslmode=allow sslrootcert=ca.crt", "sslmode=allow"),
        ("host=hub.example dbname=o user=u sslmode=prefer sslrootcert=ca.crt", "sslmode=prefer"),
        (
            "host=hub.example dbname=o user=u sslmode=verify-ca sslrootcert=ca.crt",
            "sslmode=verify-ca",
        ),
        ("host=hub.example dbname=o user=u sslrootcert=ca.crt", "sslmode=(unset)"),
        ("postgresql://u@hub.example/o?sslmode=require&sslrootcert=ca.crt", "sslmode=require"),
        ("host=hub.example dbname=o user=u sslmode=verify-full", "names no CA"),
        ("host=hub.example dbname=o user=u sslmode=verify-full sslrootcert=system", "names no CA"),
        ("host=/var/run/postgresql dbname=o user=u sslmode=verify-full sslrootcert=ca.crt", "TCP"),
    ],
)
def test_weak_addresses_are_refused_with_one_message(dsn: str, says: str) -> None:
    with pytest.raises(HubAddressError) as refused:
        HubAddress.from_dsn(dsn)
    assert str(refused.value).startswith(REFUSAL)
    assert says in str(refused.value)


def test_a_password_in_the_address_is_refused_and_not_repeated() -> None:
    with pytest.raises(HubAddressError) as refused:
        HubAddress.from_dsn(
            "host=h dbname=o user=u password=hunter2 sslmode=verify-full sslrootcert=ca.crt"
        )
    assert "hunter2" not in str(refused.value)
    with pytest.raises(HubAddressError, match="does not use: sslcompression"):
        HubAddress.from_dsn(
            "host=h dbname=o user=u sslmode=verify-full sslrootcert=ca.crt sslcompression=1"
        )


def test_a_verify_full_address_parses(tmp_path: Path) -> None:
    got = HubAddress.from_dsn(
        "postgresql://ann@hub.example:6543/office?sslmode=verify-full&sslrootcert=/etc/ca.crt"
    )
    assert got == HubAddress("hub.example", 6543, "office", "ann", Path("/etc/ca.crt"))
    assert got.params()["sslmode"] == "verify-full"


def test_sslmode_require_at_the_real_cluster_is_refused_before_connecting(
    pg_cluster: Cluster,
) -> None:
    dsn = (
        f"host={pg_cluster.host} port={pg_cluster.port} dbname=postgres "
        f"user={pg_cluster.superuser} sslmode=require sslrootcert={pg_cluster.ca_file}"
    )
    with pytest.raises(HubAddressError, match="sslmode=require"):
        connect(HubAddress.from_dsn(dsn), pg_cluster.password)


def test_verify_full_with_the_offices_ca_connects_over_tls(pg_cluster: Cluster) -> None:
    for host in ("127.0.0.1", "localhost"):
        with connect(
            address(pg_cluster, "postgres", pg_cluster.superuser, host=host), pg_cluster.password
        ) as conn:
            row = conn.execute(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).fetchone()
            assert row is not None and row[0] is True and row[1] == "TLSv1.3"


def test_the_wrong_ca_is_refused(pg_cluster: Cluster, tmp_path: Path) -> None:
    _, other = make_ca("someone else's CA")
    (tmp_path / "other.crt").write_bytes(_pem(other))
    wrong = HubAddress(
        pg_cluster.host, pg_cluster.port, "postgres", pg_cluster.superuser, tmp_path / "other.crt"
    )
    with pytest.raises(HubUnreachable, match="certificate verify failed") as refused:
        connect(wrong, pg_cluster.password)
    assert pg_cluster.password not in str(refused.value)


def test_a_missing_ca_file_is_refused(pg_cluster: Cluster, tmp_path: Path) -> None:
    gone = HubAddress(
        pg_cluster.host, pg_cluster.port, "postgres", pg_cluster.superuser, tmp_path / "none.crt"
    )
    with pytest.raises(HubAddressError, match="CA certificate file is missing"):
        connect(gone, pg_cluster.password)


def test_a_wrong_password_error_does_not_carry_it(pg_cluster: Cluster) -> None:
    with pytest.raises(HubUnreachable, match="password authentication failed") as refused:
        connect(address(pg_cluster, "postgres", pg_cluster.superuser), "not-the-password-xyzzy")
    assert "xyzzy" not in str(refused.value)


def test_the_server_itself_refuses_a_connection_without_tls(pg_cluster: Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(
            host=pg_cluster.host,
            port=pg_cluster.port,
            dbname="postgres",
            user=pg_cluster.superuser,
            password=pg_cluster.password,
            sslmode="disable",
        )
