"""Evidence: a labelled set of fictional scanned documents, through the real OCR path,
with the suggestion each must produce; precision and recall per field over the set.

Each document is drawn, rendered at 200 or 300 dpi (some skewed and noisy, as a
flatbed gives them), imported with OCR into a vault of fictional clients and
requests, and its suggestions compared with what a person would file it as. A
wrong suggestion is worse than none, so each is listed by name in the report
(``/tmp/shots/inbox-corpus.txt``, and printed with ``-s``), and the client,
hearing and request fields must have none.

Calendar (TODAY is Sun 2026-11-29): every hearing set lies ahead of it; every
letter is dated before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import EventKind
from casebook.services import ocr
from casebook.services.clients import add_client
from casebook.services.documents import document_text
from casebook.services.importer import Options, Target, import_paths
from casebook.services.requests import RequestDraft, add_request
from casebook.services.suggestions import Suggestions, suggest
from casebook.store.session import Store
from tests.form_scans import write_scan
from tests.helpers import TODAY

pytestmark = [
    pytest.mark.dates,
    pytest.mark.skipif(
        not (ocr.ocr_available(refresh=True).available),
        reason="Tesseract is not installed (CI installs .ci/ocr-packages.txt)",
    ),
]

FIELDS = ("client", "kind", "title", "date", "hearing", "request")
DASH = "\N{EM DASH}"


@dataclass(frozen=True)
class Labelled:
    """A document as drawn, how it is scanned, and what it must suggest (None: nothing)."""

    name: str
    lines: list[str]
    dpi: int = 300
    skew: float = 0.0
    seed: int = 7
    expected: dict[str, object] = field(default_factory=dict)


def _corpus() -> list[Labelled]:
    return [
        Labelled(
            "NTA (I-862), clean 300 dpi",
            [
                "U.S. DEPARTMENT OF HOMELAND SECURITY",
                "NOTICE TO APPEAR",
                "In removal proceedings under section 240 of the Immigration and Nationality Act",
                "Subject ID: 349871234        FINS: 1098765",
                "File No: A 123 456 789",
                "In the Matter of:",
                "Respondent: Maria Lopez",
                "DOB: 07/22/1991        Country of citizenship: Ecuador",
                "You are ordered to appear before an immigration judge of the United States",
                "Department of Justice at: 26 Federal Plaza, 12th Floor, New York, NY 10278",
                "on a date to be set at a time to be set.",
                "Date: November 2, 2026",
            ],
            expected={
                "client": "maria",
                "kind": "notice-to-appear",
                "title": f"Notice to Appear (I-862) {DASH} 2026-11-02",
                "date": date(2026, 11, 2),
            },
        ),
        Labelled(
            "NTA (I-862), scanned 200 dpi, skewed 1.2 degrees",
            [
                "U.S. DEPARTMENT OF HOMELAND SECURITY",
                "NOTICE TO APPEAR",
                "In removal proceedings under section 240 of the Immigration and Nationality Act",
                "File No: A 204 118 375",
                "In the Matter of:",
                "Respondent: Jean-Baptiste Pierre",
                "You are ordered to appear before an immigration judge of the United States",
                "Department of Justice at: 290 Broadway, New York, NY 10007",
                "Date: October 19, 2026",
            ],
            dpi=200,
            skew=1.2,
            expected={
                "client": "jean",
                "kind": "notice-to-appear",
                "title": f"Notice to Appear (I-862) {DASH} 2026-10-19",
                "date": date(2026, 10, 19),
            },
        ),
        Labelled(
            "EOIR master calendar notice, in person, scanned 300 dpi, skewed -1.0",
            [
                "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
                "IMMIGRATION COURT",
                "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237, NEW YORK, NY 10278",
                "RE: PIERRE, JEAN-BAPTISTE     FILE: A204-118-375     DATE: Nov 12, 2026",
                "NOTICE OF HEARING IN REMOVAL PROCEEDINGS",
                "Please take notice that the above captioned case has been scheduled for a",
                "MASTER hearing before the Immigration Court on Dec 10, 2026 at 9:00 A.M. at:",
                "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237",
                "NEW YORK, NY 10278",
            ],
            skew=-1.0,
            seed=3,
            expected={
                "client": "jean",
                "kind": "hearing-notice",
                "title": f"Notice of master calendar hearing {DASH} 2026-12-10",
                "date": date(2026, 11, 12),
                "hearing": (
                    EventKind.MASTER_HEARING,
                    datetime(2026, 12, 10, 9, 0),
                    "",
                    "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237 NEW YORK, NY 10278",
                ),
            },
        ),
        Labelled(
            "EOIR individual notice by WebEx, scanned 200 dpi, skewed 0.6",
            [
                "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
                "IMMIGRATION COURT, 290 BROADWAY, NEW YORK, NY 10007",
                "RE: GARCÍA LÓPEZ, María José     FILE: A 098 765 432     DATE: Dec 1, 2026",
                "NOTICE OF INTERNET-BASED HEARING IN REMOVAL PROCEEDINGS",
                "Your case has been scheduled for an INDIVIDUAL hearing before the Immigration",
                "Court on Tuesday, Jan 26, 2027 at 1:00 P.M.",
                "Your hearing will be conducted by video (WebEx).",
                "Immigration Judge: Hon. R. Castellanos",
            ],
            dpi=200,
            skew=0.6,
            seed=5,
            expected={
                "client": "garcia",
                "kind": "hearing-notice",
                "title": f"Notice of individual hearing {DASH} 2027-01-26",
                "date": date(2026, 12, 1),
                "hearing": (
                    EventKind.INDIVIDUAL_HEARING,
                    datetime(2027, 1, 26, 13, 0),
                    "R. Castellanos",
                    "By video (WebEx)",
                ),
            },
        ),
        Labelled(
            "EOIR notice of hearing in Spanish (master), clean 300 dpi",
            [
                "OFICINA EJECUTIVA DE REVISIÓN DE INMIGRACIÓN",
                "CORTE DE INMIGRACIÓN",
                "Nombre: María José García López        Número A: 098-765-432",
                "AVISO DE AUDIENCIA",
                "Su caso ha sido programado para una audiencia de calendario principal ante la",
                "Corte de Inmigración el 14 de marzo de 2027 a las 8:30 a.m. en",
                "26 Federal Plaza, piso 12, New York, NY 10278",
                "Fecha: 2 de noviembre de 2026",
            ],
            expected={
                "client": "garcia",
                "kind": "hearing-notice",
                "title": f"Notice of master calendar hearing {DASH} 2027-03-14",
                "date": date(2026, 11, 2),
                "hearing": (
                    EventKind.MASTER_HEARING,
                    datetime(2027, 3, 14, 8, 30),
                    "",
                    "26 Federal Plaza, piso 12, New York, NY 10278",
                ),
            },
        ),
        Labelled(
            "USCIS I-797C receipt, scanned 300 dpi, skewed 0.9",
            [
                "Department of Homeland Security",
                "U.S. Citizenship and Immigration Services",
                "I-797C, Notice of Action",
                "Receipt Number IOE0912345678        Case Type I-589 - Application for Asylum",
                "Received Date 10/28/2026        Notice Date November 2, 2026",
                "Applicant A123456789",
                "Applicant Name: MARIA LOPEZ",
                "Notice Type: Receipt Notice",
            ],
            skew=0.9,
            seed=11,
            expected={
                "client": "maria",
                "kind": "correspondence",
                "title": (
                    f"USCIS receipt notice for I-589 (I-797C) IOE0912345678 {DASH} 2026-11-02"
                ),
                "date": date(2026, 11, 2),
            },
        ),
        Labelled(
            "NYPD FOIL acknowledgement, clean 300 dpi",
            [
                "NEW YORK CITY POLICE DEPARTMENT",
                "Legal Bureau - FOIL Unit, One Police Plaza, New York, NY 10038",
                "November 25, 2026",
                "Re: FOIL-2026-056-01234",
                "The New York City Police Department (NYPD) has acknowledged your FOIL request",
                "FOIL-2026-056-01234. You can expect a response on or about January 15, 2027.",
            ],
            expected={
                "client": "maria",
                "kind": "foil-response",
                "title": f"NYPD FOIL acknowledgement FOIL-2026-056-01234 {DASH} 2026-11-25",
                "date": date(2026, 11, 25),
                "request": "maria-foil",
            },
        ),
        Labelled(
            "NYPD FOIL determination (partial), scanned 200 dpi, skewed -0.7",
            [
                "NEW YORK CITY POLICE DEPARTMENT",
                "Legal Bureau - FOIL Unit",
                "November 27, 2026",
                "Re: FOIL-2026-056-04321",
                "Your request under the Freedom of Information Law is granted in part and",
                "denied in part. Records of the arrest are enclosed; other records are withheld.",
                "You may appeal this determination within 30 days.",
            ],
            dpi=200,
            skew=-0.7,
            seed=13,
            expected={
                "client": "jean",
                "kind": "foil-response",
                "title": f"NYPD FOIL determination FOIL-2026-056-04321 {DASH} 2026-11-27",
                "date": date(2026, 11, 27),
                "request": "jean-foil",
            },
        ),
        Labelled(
            "Certificate of disposition, scanned 300 dpi, skewed 1.5",
            [
                "CRIMINAL COURT OF THE CITY OF NEW YORK, COUNTY OF QUEENS",
                "CERTIFICATE OF DISPOSITION",
                "The People of the State of New York vs. LOPEZ, MARIA",
                "Docket Number: CR-012345-26QN     NYSID: 01234567K",
                "Date of Birth: 07/22/1991",
                "Disposition: Dismissed. Sealed under CPL 160.50.",
                "Dated: October 5, 2026",
            ],
            skew=1.5,
            seed=17,
            expected={
                "client": "maria",
                "kind": "court-record",
                "title": f"Certificate of disposition {DASH} 2026-10-05",
                "date": date(2026, 10, 5),
            },
        ),
        # The two below were added after the rules were last changed, and not tuned on.
        Labelled(
            "NYPD FOIL extension, scanned 200 dpi, skewed 2.0",
            [
                "NEW YORK CITY POLICE DEPARTMENT",
                "Legal Bureau - FOIL Unit",
                "November 28, 2026",
                "Re: FOIL-2026-056-01234",
                "The NYPD has extended the time to respond to your request under the Freedom",
                "of Information Law, due to the volume of requests. You can expect a response",
                "on or about March 1, 2027.",
            ],
            dpi=200,
            skew=2.0,
            seed=19,
            expected={
                "client": "maria",
                "kind": "foil-response",
                "title": f"NYPD FOIL extension FOIL-2026-056-01234 {DASH} 2026-11-28",
                "date": date(2026, 11, 28),
                "request": "maria-foil",
            },
        ),
        Labelled(
            "EOIR order of the immigration judge, scanned 200 dpi, skewed -1.8",
            [
                "UNITED STATES DEPARTMENT OF JUSTICE",
                "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
                "IMMIGRATION COURT, 290 BROADWAY, NEW YORK, NY 10007",
                "ORDER OF THE IMMIGRATION JUDGE",
                "Respondent: Jean-Baptiste Pierre        File No: A 204 118 375",
                "Upon the respondent's motion, it is ordered that the proceedings be continued.",
                "Date: Nov 18, 2026",
            ],
            dpi=200,
            skew=-1.8,
            seed=23,
            expected={
                "client": "jean",
                "kind": "court-record",
                "title": f"Order of the immigration judge {DASH} 2026-11-18",
                "date": date(2026, 11, 18),
            },
        ),
        Labelled(
            "Letter of support (no known form), clean 300 dpi",
            [
                "Queens Community Food Pantry",
                "To whom it may concern:",
                "Maria has volunteered with us every Saturday since March 2024.",
                "She is known to our families as reliable and kind.",
            ],
        ),
    ]


@dataclass
class Vault:
    ids: dict[str, int]


def _vault(store: Store) -> Vault:
    ids = {
        "maria": add_client(
            store,
            ClientDraft(
                name="Maria Lopez",
                dob=date(1991, 7, 22),
                a_number="A123456789",
                nysid="01234567K",
            ),
            today=TODAY,
        ),
        "jean": add_client(
            store, ClientDraft(name="Jean-Baptiste Pierre", a_number="A204118375"), today=TODAY
        ),
        # No A-number on file: found by name, accents and word order as the notice prints it.
        "garcia": add_client(store, ClientDraft(name="María José García López"), today=TODAY),
        "other": add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY),
    }
    ids["maria-foil"] = add_request(
        store,
        RequestDraft(
            "Arrest report",
            received=date(2026, 11, 20),
            client_id=ids["maria"],
            number="FOIL-2026-056-01234",
        ),
        today=TODAY,
    )
    ids["jean-foil"] = add_request(
        store,
        RequestDraft(
            "Arrest records",
            received=date(2026, 10, 1),
            client_id=ids["jean"],
            number="FOIL-2026-056-04321",
        ),
        today=TODAY,
    )
    return Vault(ids)


def _got(s: Suggestions, name: str) -> object:
    if name == "client":
        return s.client_id
    if name == "hearing":
        h = s.hearing
        return None if h is None else (h.kind, h.at, h.judge, h.location)
    if name == "request":
        return s.request.request_id if s.request else None
    return getattr(s, name)


def _want(doc: Labelled, name: str, vault: Vault) -> object:
    value = doc.expected.get(name)
    if name in ("client", "request") and value is not None:
        return vault.ids[str(value)]
    return value


def _same(name: str, got: object, want: object) -> bool:
    if name == "hearing" and isinstance(got, tuple) and isinstance(want, tuple):
        return got[:3] == want[:3] and str(got[3]).casefold() == str(want[3]).casefold()
    return got == want


def test_the_labelled_set_precision_and_recall_per_field(store: Store, tmp_path: Path) -> None:
    vault = _vault(store)
    corpus = _corpus()
    paths = []
    for n, doc in enumerate(corpus):
        paths.append(
            write_scan(
                tmp_path / f"scan{n:04d}.png", doc.lines, dpi=doc.dpi, skew=doc.skew, seed=doc.seed
            )
        )
    results = import_paths(store, paths, Target(), options=Options(ocr=True))
    ids = [r.document_id for r in results]
    assert all(ids), [r.reason for r in results]

    counts = {f: {"right": 0, "wrong": 0, "missed": 0, "expected": 0} for f in FIELDS}
    wrong: list[str] = []
    missed: list[str] = []
    misread: dict[str, str] = {}  # what OCR gave for a document read wrong, for the report
    for doc, doc_id in zip(corpus, ids, strict=True):
        assert doc_id is not None
        s = suggest(store, doc_id, today=TODAY)
        for name in FIELDS:
            got, want = _got(s, name), _want(doc, name, vault)
            c = counts[name]
            c["expected"] += want is not None
            if got is None:
                if want is not None:
                    c["missed"] += 1
                    missed.append(f"{doc.name}: {name} not suggested (wanted {want!r})")
                    misread.setdefault(doc.name, document_text(store, doc_id))
            elif _same(name, got, want):
                c["right"] += 1
            else:
                c["wrong"] += 1
                reason = s.reason(name)
                wrong.append(f"{doc.name}: {name} {got!r}, wanted {want!r} ({reason})")
                misread.setdefault(doc.name, document_text(store, doc_id))
    lines = [f"{len(corpus)} documents through OCR; per field:", ""]
    lines.append(
        f"{'field':<8} {'expected':>8} {'right':>6} {'wrong':>6} {'missed':>7} "
        f"{'precision':>10} {'recall':>7}"
    )
    for name, c in counts.items():
        made = c["right"] + c["wrong"]
        precision = c["right"] / made if made else 1.0
        recall = c["right"] / c["expected"] if c["expected"] else 1.0
        lines.append(
            f"{name:<8} {c['expected']:>8} {c['right']:>6} {c['wrong']:>6} {c['missed']:>7} "
            f"{precision:>10.2f} {recall:>7.2f}"
        )
    lines += ["", "Wrong suggestions:", *(wrong or ["(none)"])]
    lines += ["", "Missed:", *(missed or ["(none)"])]
    for name, text in misread.items():
        lines += ["", f"OCR text of {name}:", text]
    report = "\n".join(lines)
    Path("/tmp/shots").mkdir(exist_ok=True)
    Path("/tmp/shots/inbox-corpus.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
    for name in ("client", "hearing", "request"):
        assert counts[name]["wrong"] == 0, report  # a wrong client or hearing is worse than none
    for name in FIELDS:
        c = counts[name]
        assert c["right"] >= 0.75 * c["expected"], report
