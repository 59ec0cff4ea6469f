"""A throwaway PostgreSQL cluster on 127.0.0.1 with TLS, for the office hub's tests.

Used two ways: .ci/run starts one for the whole run (``start`` prints an
``export CASEBOOK_TEST_PG=…`` line to eval, ``stop`` ends it from a trap), and
tests/office/conftest.py starts its own when that variable is unset and the
binaries are present. Everything lives in one temporary folder: the data
directory, a throwaway CA, the server's certificate for 127.0.0.1/localhost,
and ``cluster.json`` (host, port, superuser, password, CA file, bindir).
The server accepts only TLS over TCP (``hostssl``, SCRAM) and a Unix socket
inside the folder; fsync is off because the cluster is thrown away.
PostgreSQL refuses to run as root, so as root the server runs as ``postgres``.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ENV = "CASEBOOK_TEST_PG"
SUPERUSER = "casebook_test_admin"


@dataclass(frozen=True)
class Cluster:
    """How tests reach the cluster (written to cluster.json)."""

    folder: str
    host: str
    port: int
    superuser: str
    password: str
    ca_file: str
    bindir: str

    @property
    def data(self) -> Path:
        return Path(self.folder) / "data"

    def tool(self, name: str) -> str:
        return str(Path(self.bindir) / name)

    @classmethod
    def load(cls, path: str | Path) -> Cluster:
        return cls(**json.loads(Path(path).read_text()))


def find_bindir() -> Path | None:
    """The newest PostgreSQL server binaries: CASEBOOK_PG_BINDIR if set (e.g. Homebrew's),
    else Debian's /usr/lib/postgresql/N/bin, else PATH."""
    if given := os.environ.get("CASEBOOK_PG_BINDIR"):
        return Path(given) if (Path(given) / "postgres").is_file() else None
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("postgres")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(
    cn: str = "casebook test office CA",
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A self-signed CA certificate (P-256), valid from yesterday for two years."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A server certificate for 127.0.0.1 and localhost, signed by ``ca``."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    sans = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _as_server_user() -> tuple[list[str], pwd.struct_passwd | None]:
    """The prefix that runs a command as the server's user (root may not run PostgreSQL)."""
    if os.geteuid() != 0:
        return [], None
    user = pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], user


def start(folder: Path | None = None) -> Cluster:
    """initdb, certificates, pg_ctl start -w: a ready cluster in a second or two."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL server binaries not found (.ci/system-packages installs them)"
        )
    folder = Path(folder or tempfile.mkdtemp(prefix="casebook-pg-"))
    prefix, user = _as_server_user()
    data = folder / "data"
    password = secrets.token_urlsafe(24)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    ca_key, ca = make_ca()
    server_key, server = make_server_cert(ca_key, ca)
    (folder / "ca.crt").write_bytes(_pem(ca))
    (folder / "server.crt").write_bytes(_pem(server))
    (folder / "server.key").write_bytes(_key_pem(server_key))
    os.chmod(folder / "server.key", 0o600)
    os.chmod(pwfile, 0o600)
    if user is not None:
        for path in (
            folder,
            pwfile,
            folder / "server.key",
            folder / "server.crt",
            folder / "ca.crt",
        ):
            os.chown(path, user.pw_uid, user.pw_gid)
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    pwfile.unlink()
    # TLS only over TCP; nothing but the socket in our own folder otherwise.
    (data / "pg_hba.conf").write_text(
        "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
    )
    port = _free_port()
    options = " ".join(
        [
            "-c listen_addresses=127.0.0.1",
            f"-c port={port}",
            f"-c unix_socket_directories={folder}",
            "-c ssl=on",
            f"-c ssl_cert_file={folder / 'server.crt'}",
            f"-c ssl_key_file={folder / 'server.key'}",
            "-c ssl_min_protocol_version=TLSv1.3",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
        ]
    )
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cluster = Cluster(
        folder=str(folder),
        host="127.0.0.1",
        port=port,
        superuser=SUPERUSER,
        password=password,
        ca_file=str(folder / "ca.crt"),
        bindir=str(bindir),
    )
    info = folder / "cluster.json"
    info.write_text(json.dumps(asdict(cluster)))
    os.chmod(info, 0o644)
    return cluster


def stop(cluster: Cluster) -> None:
    """Stop the server at once and remove its folder."""
    prefix, _ = _as_server_user()
    subprocess.run(
        [*prefix, cluster.tool("pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "-w", "stop"],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    shutil.rmtree(cluster.folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        cluster = start()
        print(f"export {ENV}={Path(cluster.folder) / 'cluster.json'}")
        return 0
    if len(argv) == 2 and argv[0] == "stop":
        stop(Cluster.load(argv[1]))
        return 0
    print("usage: pgcluster.py start | stop CLUSTER_JSON", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
