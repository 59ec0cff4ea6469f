"""Fictional but realistic case files, for trying casebook and for benchmarks.

Every name, number and event here is invented. Names come from the
communities NYC legal aid offices serve, in their own scripts, so search,
sorting and PDF fonts get exercised the way real files exercise them.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casebook.domain.errors import CasebookError
from casebook.domain.names import fold, name_key
from casebook.domain.vocabulary import (
    Agency,
    Detention,
    DetentionStatus,
    EventKind,
    MatterType,
    RequestKind,
)
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import (
    Arrest,
    Client,
    ClientAlias,
    Conviction,
    Event,
    Matter,
    RecordRequest,
)

# (given names, family names, country, languages)
_PEOPLE: tuple[tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]], ...] = (
    (
        ("María José", "Juan Carlos", "Guadalupe", "José Luis", "Ana Lucía", "Maria"),
        ("López", "Hernández", "García Márquez", "Rodríguez", "Pérez", "Quispe"),
        "Mexico",
        ("Spanish",),
    ),
    (
        ("Wilner", "Marie-Claire", "Jean-Baptiste", "Roseline", "Fritznel"),
        ("Pierre", "Joseph", "Jean-Louis", "Désir", "Augustin"),
        "Haiti",
        ("Haitian Creole", "French"),
    ),
    (("秀英", "伟", "丽娟", "志强"), ("王", "李", "陈", "张"), "China", ("Mandarin",)),
    (
        ("Анна", "Дмитрий", "Ольга", "Сергей"),
        ("Иванова", "Смирнов", "Кузнецова", "Попов"),
        "Russia",
        ("Russian",),
    ),
    (("মোহাম্মদ", "ফাতেমা", "রহিম"), ("রহমান", "হোসেন", "আক্তার"), "Bangladesh", ("Bengali",)),
    (("محمد", "فاطمة", "أحمد", "ليلى"), ("الأحمد", "حسن", "السيد", "النجار"), "Yemen", ("Arabic",)),
    (
        ("Mamadou", "Fatoumata", "Aïssatou", "Ousmane"),
        ("Diallo", "Bah", "Sow", "Barry"),
        "Guinea",
        ("Fula", "French"),
    ),
    (("Tenzin", "Pema", "Dolma"), ("Dolkar", "Wangmo", "Norbu"), "Nepal", ("Tibetan", "Nepali")),
    (("Ixchel", "Ana", "Juana"), ("Tzoc", "Xiloj", "Ajcalón"), "Guatemala", ("K'iche'", "Spanish")),
    (("Gurpreet", "Harjit", "Simran"), ("Singh", "Kaur"), "India", ("Punjabi",)),
    (
        ("Oksana", "Taras", "Iryna"),
        ("Kovalenko", "Shevchenko", "Bondarenko"),
        "Ukraine",
        ("Ukrainian", "Russian"),
    ),
    (("Kwame", "Abena", "Yaw"), ("Mensah", "Owusu", "Boateng"), "Ghana", ("Twi", "English")),
)
_VARICK = "New York - Varick Immigration Court (detained)"
# Six, drawn with the seeded generator (a different count would change every later draw).
_COURTS = (
    "New York - Broadway Immigration Court",
    _VARICK,
    "New York - Federal Plaza Immigration Court",
    "Criminal Court, Bronx County",
    "Criminal Court, Queens County",
    "Criminal Court, Kings County (Brooklyn)",
)
_JUDGES = ("IJ Example A", "IJ Example B", "IJ Example C", "Hon. Example D")
_HEARING_PLACES = {False: "26 Federal Plaza, 12th floor", True: "201 Varick Street, 4th floor"}
_MATTER_NOTES = (
    "",
    "Client brings the original birth certificate to the next meeting.",
    "Interpreter requested for every hearing.",
    "Waiting for the FOIL response before filing the brief.",
)
_STATUSES = ("Asylum pending", "TPS", "No status", "LPR", "Parole", "SIJS pending", "DACA")
_RECORDS = (
    "Arrest report and complaint report for the arrest",
    "Body-worn camera footage of the arrest",
    "Records of any communication with ICE about the client",
    "Criminal history (NYSID rap sheet)",
)


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    matters: int
    hearings: int
    requests: int

    def to_json(self) -> dict[str, int]:
        return {
            "clients": self.clients,
            "matters": self.matters,
            "hearings": self.hearings,
            "requests": self.requests,
        }


class DemoCancelled(CasebookError):
    """The person cancelled filling the demo vault; nothing was added."""


# ``progress(done, total)``: clients made so far out of ``total``.
DemoProgress = Callable[[int, int], None]


class _DistinctNames:
    """Names drawn again with a second given or family name when one is taken: a list with
    five "Dolma Dolkar"s looks like a bug to someone trying casebook, though a few people
    of one name (what the conflict check is for) stay once the combinations run out."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._taken: set[str] = set()

    def distinct(self, name: str, given: tuple[str, ...], family: tuple[str, ...]) -> str:
        for _ in range(12):
            if name not in self._taken:
                break
            first, second = self._rng.sample(given, 2), self._rng.sample(family, 2)
            name = self._rng.choice(
                (f"{first[0]} {first[1]} {second[0]}", f"{first[0]} {second[0]} {second[1]}")
            )
        self._taken.add(name)
        return name


def fill_demo(
    store: Store,
    *,
    clients: int = 50,
    seed: int = 2026,
    today: date | None = None,
    progress: DemoProgress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Add ``clients`` fictional clients with matters, hearings and record requests.

    Rows go in by bulk ``insert()`` in one transaction (10,000 clients take
    seconds, not minutes), with one audit entry per client. ``progress`` is
    called (from this thread) about a hundred times, the last time with
    ``(clients, clients)`` once the rows are in; setting ``cancel`` stops it
    with ``DemoCancelled`` and the transaction adds nothing.
    """
    step = max(1, clients // 100)

    def report(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise DemoCancelled("Filling the demo vault was cancelled.")
        if progress is not None:
            progress(done, clients)

    rng = random.Random(seed)
    extra = random.Random(seed + 1)  # for fields added later, so the old draws stay the same
    records = random.Random(seed + 2)  # arrests and convictions (revision 0008), likewise
    names = _DistinctNames(random.Random(seed + 3))
    today = today or date.today()
    now = audit.utcnow()
    with store.transaction() as session:
        first_id = (session.scalar(select(Client.id).order_by(Client.id.desc()).limit(1)) or 0) + 1
        rows, aliases, matters, events, requests = [], [], [], [], []
        first_arrest = (
            session.scalar(select(Arrest.id).order_by(Arrest.id.desc()).limit(1)) or 0
        ) + 1
        arrests: list[dict[str, object]] = []
        convictions: list[dict[str, object]] = []
        for i in range(clients):
            if i % step == 0:
                report(i)
            cid = first_id + i
            given, family, country, languages = rng.choice(_PEOPLE)
            name = names.distinct(f"{rng.choice(given)} {rng.choice(family)}", given, family)
            detained = rng.random() < 0.2
            rows.append(
                {
                    "id": cid,
                    "uid": f"demo{seed:08d}{cid:020d}",
                    "name": name,
                    "name_key": name_key(name),
                    "sort_name": fold(name),
                    "dob": date(rng.randint(1950, 2007), rng.randint(1, 12), rng.randint(1, 28)),
                    "country_of_birth": country,
                    "languages": "\n".join(languages),
                    "interpreter_needed": "English" not in languages,
                    "a_number": f"2{rng.randint(0, 99_999_999):08d}",
                    "nysid": f"{rng.randint(0, 99_999_999):08d}{chr(65 + rng.randint(0, 25))}"
                    if rng.random() < 0.3
                    else "",
                    "phone": f"(212) 555-{rng.randint(100, 199):04d}",
                    "email": "",
                    "address": f"{rng.randint(1, 999)} Example Street, Apt {i % 40 + 1}, "
                    "New York, NY 10001",
                    "immigration_status": rng.choice(_STATUSES),
                    "detention_status": (
                        DetentionStatus.DETAINED if detained else DetentionStatus.NOT_DETAINED
                    ).value,
                    "detention_facility": "Example County Jail" if detained else "",
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                }
            )
            if rng.random() < 0.25:
                alias = f"{rng.choice(family)}, {rng.choice(given)}"
                aliases.append({"client_id": cid, "name": alias, "name_key": name_key(alias)})
            mtype = rng.choice(list(MatterType))
            court, judge = rng.choice(_COURTS), rng.choice(_JUDGES)
            matters.append(
                {
                    "client_id": cid,
                    "uid": f"demo{seed:08d}m{cid:019d}",
                    "type": mtype.value,
                    "court": _VARICK if detained else court,
                    "docket_number": "",
                    "judge": judge,
                    "status": "open",
                    "detention": (
                        Detention.DETAINED
                        if detained
                        else extra.choice((Detention.NOT_DETAINED, Detention.UNKNOWN))
                    ).value,
                    "opened_on": today - timedelta(days=rng.randint(30, 900)),
                    "closed_on": None,
                    "notes": extra.choice(_MATTER_NOTES),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            hearing_day = today + timedelta(days=rng.randint(-60, 240))
            kind = rng.choice((EventKind.MASTER_HEARING, EventKind.INDIVIDUAL_HEARING))
            events.append(
                {
                    "client_id": cid,
                    "matter_id": None,
                    "uid": f"demo{seed:08d}e{cid:019d}",
                    "kind": kind.value,
                    "title": "",
                    "starts_at": datetime.combine(hearing_day, time(rng.choice((8, 9, 13)), 30)),
                    "location": _HEARING_PLACES[detained],
                    "judge": judge,
                    "done": hearing_day < today,
                    "notes": "",
                }
            )
            if records.random() < 0.15:
                arrest, conviction = _demo_record(
                    records, seed, cid, first_arrest + len(arrests), today, now
                )
                arrests.append(arrest)
                convictions.append(conviction)
            if rng.random() < 0.3:
                received = today - timedelta(days=rng.randint(0, 120))
                requests.append(
                    {
                        "client_id": cid,
                        "uid": f"demo{seed:08d}r{cid:019d}",
                        "agency": Agency.NYPD.value,
                        "kind": RequestKind.FOIL.value,
                        "portal_number": f"FOIL-{received.year}-056-{rng.randint(0, 99999):05d}",
                        "records": rng.choice(_RECORDS),
                        "fields_json": "{}",
                        "sent_via": "NYC OpenRecords",
                        "sent_on": received,
                        "received_on": received,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        session.execute(insert(Client), rows)
        if aliases:
            session.execute(insert(ClientAlias), aliases)
        session.execute(insert(Matter), matters)
        for event, matter_id in zip(events, _new_matter_ids(session, len(matters)), strict=True):
            event["matter_id"] = matter_id
        session.execute(insert(Event), events)
        if requests:
            session.execute(insert(RecordRequest), requests)
        if arrests:
            session.execute(insert(Arrest), arrests)
            session.execute(insert(Conviction), convictions)
        audit.record_many(
            session,
            store.audit_key,
            (audit.AuditEvent("create", "client", str(r["id"]), {"source": "demo"}) for r in rows),
        )
        report(clients)  # a cancel now still rolls everything back
    return DemoSummary(clients, len(matters), len(events), len(requests))


# (charges, disposition, level, felony class, offense): fictional, as the people are.
_CONVICTIONS = (
    ("PL 155.25 petit larceny", "Pleaded guilty to PL 155.25", "misdemeanor", None, "PL 155.25"),
    ("VTL 1192(3)", "Pleaded guilty to VTL 1192(1)", "vtl-1192-1", None, "VTL 1192(1)"),
    ("PL 220.39", "Pleaded guilty to PL 220.16, class C", "felony", "C", "PL 220.16"),
    ("PL 120.00 assault 3", "Pleaded guilty to PL 240.26", "violation", None, "PL 240.26"),
)


def _demo_record(
    rng: random.Random, seed: int, cid: int, arrest_id: int, today: date, now: datetime
) -> tuple[dict[str, object], dict[str, object]]:
    """A fictional arrest and the conviction it ended in, some years back."""
    charges, disposition, level, felony_class, offense = rng.choice(_CONVICTIONS)
    arrested = today - timedelta(days=rng.randint(400, 3600))
    sentenced = arrested + timedelta(days=rng.randint(30, 200))
    released = sentenced + timedelta(days=rng.randint(60, 700)) if felony_class else None
    arrest = {
        "id": arrest_id,
        "uid": f"demo{seed:08d}a{cid:019d}",
        "client_id": cid,
        "arrested_on": arrested,
        "precinct": str(rng.choice((44, 46, 75, 79, 103, 120))),
        "arrest_number": f"K{arrested:%y}{rng.randint(600000, 699999)}",
        "charges": charges,
        "disposition": disposition,
        "sealed_under": "cpl-160.55" if level == "violation" else None,
        "pending": False,
        "created_at": now,
        "updated_at": now,
    }
    conviction = {
        "uid": f"demo{seed:08d}c{cid:019d}",
        "client_id": cid,
        "arrest_id": arrest_id,
        "level": level,
        "felony_class": felony_class,
        "offense": offense,
        "sentenced_on": sentenced,
        "releases": json.dumps([{"on": released.isoformat()}] if released else []),
        "supervision_until": sentenced + timedelta(days=3 * 365) if felony_class else None,
        "drug_felony": felony_class is not None,
        "registrable": False,
        "other_exclusion": False,
        "conditionally_sealed_on": None,
        "created_at": now,
        "updated_at": now,
    }
    return arrest, conviction


def _new_matter_ids(session: Session, count: int) -> list[int]:
    """The ids just given to the last ``count`` matters (one writer holds the vault lock)."""
    ids = session.scalars(select(Matter.id).order_by(Matter.id.desc()).limit(count)).all()
    return sorted(ids)
