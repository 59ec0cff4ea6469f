"""pg_dump of a hub after real writes holds no client's name, number, address, story or words."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import uuid

from casebook.office import blind_index as bi
from casebook.office import hub as hubops
from casebook.office.documents import seal_document
from casebook.office.envelope import seal
from casebook.office.hlc import Stamp
from tests.office.conftest import Office
from tests.office.pgcluster import Cluster

CANARIES = [
    "Xiomara Quintanilla-Oyelaran",  # a name
    "Quintanilla",
    "Oyelaran",
    "Xochitl Bazarbayeva",  # an alias
    "A-204-918-337",
    "204918337",
    "1871 Zerega Avenue Apt 4R",  # an address
    "Zerega",
    "detained outside Part 7 of the Bronx courthouse after an NYPD notification",  # a narrative
    "courthouse",
    "perihelion marmalade affidavit",  # words of a document
    "marmalade",
    "1988-02-29",  # a date of birth
]


def encodings(text: str) -> list[bytes]:
    """Every way a dump could carry the text: UTF-8, UTF-16 either way, bytea's hex of each."""
    forms = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return forms + [f.hex().encode() for f in forms]


def dump(cluster: Cluster, dbname: str) -> bytes:
    env = {
        **os.environ,
        "PGPASSWORD": cluster.password,
        "PGSSLMODE": "verify-full",
        "PGSSLROOTCERT": cluster.ca_file,
    }
    return subprocess.run(
        [
            cluster.tool("pg_dump"),
            "-h",
            cluster.host,
            "-p",
            str(cluster.port),
            "-U",
            cluster.superuser,
            dbname,
        ],
        env=env,
        check=True,
        capture_output=True,
    ).stdout


def found_in(blob: bytes) -> list[str]:
    lowered = blob.lower()
    return [c for c in CANARIES if any(e.lower() in lowered for e in encodings(c))]


def test_the_dump_holds_none_of_the_canaries(office: Office) -> None:
    ann, ben = office.person("ann"), office.person("ben")
    ann_conn = office.found(ann)
    ben_conn = office.join(ann_conn, ann, ben)
    key = ben.keys[1]
    record = {
        "name": CANARIES[0],
        "aliases": [CANARIES[3]],
        "a_number": CANARIES[4],
        "address": CANARIES[6],
        "narrative": CANARIES[8],
    }
    changes = [
        seal(
            json.dumps({"field": field, "value": value}).encode(),
            key=key,
            signer=ben.signer,
            author=ben.member_id,
            change_id=uuid.uuid4(),
            stamp=Stamp(1_764_000_000_000, i),
            record_id=f"client:{CANARIES[0]}",
        )
        for i, (field, value) in enumerate(record.items())
    ]
    hubops.append_changes(ben_conn, changes)
    name, sealed = seal_document(key, f"Affidavit. {CANARIES[10]} {CANARIES[8]}".encode("utf-16"))
    hubops.put_document(ben_conn, name, 1, ben.member_id, sealed)
    tokens = bi.person_tokens(
        key,
        names=[CANARIES[0], CANARIES[3]],
        a_number=CANARIES[4],
        dob=dt.date.fromisoformat(CANARIES[-1]),
    )
    entry = uuid.uuid4()
    hubops.put_index_entries(
        ben_conn,
        [
            hubops.IndexEntry(
                t,
                entry,
                1,
                ben.member_id,
                bi.seal_reference(key, entry, f"client:{CANARIES[0]}".encode()),
            )
            for t in tokens
        ],
    )
    assert len(hubops.pull_changes(ann_conn)) == len(changes)

    plain = dump(office.cluster, office.dbname)
    assert b"change_log" in plain and b"COPY hub.documents" in plain  # a real dump with the data
    assert found_in(plain) == []

    # The control: the same search finds a canary stored in plaintext, in text and bytea.
    office.admin.execute("CREATE TABLE public.control (t text, b bytea)")
    office.admin.execute(
        "INSERT INTO public.control VALUES (%s, %s)",
        [CANARIES[0], CANARIES[10].encode("utf-16-le")],
    )
    assert found_in(dump(office.cluster, office.dbname)) == [
        CANARIES[0],
        CANARIES[1],
        CANARIES[2],
        CANARIES[10],
        CANARIES[11],
    ]
