"""Letters from agencies: USCIS notices of action, NYPD FOIL letters, certificates of disposition.

- **USCIS Form I-797 (Notice of Action)**, and its variants I-797C (receipt,
  rejection, transfer), I-797A/B (approvals). Printed "Notice of Action" with
  boxes "Receipt Number", "Case Type", "Received Date", "Notice Date",
  "Notice Type: Receipt Notice" or "Approval Notice". A receipt number is
  three letters naming the service centre or office (EAC, WAC, LIN, SRC,
  NBC, MSC, IOE, YSC, ...) and ten digits, e.g. ``IOE0912345678``.
- **NYPD FOIL letters** sent through NYC OpenRecords, which carry the
  request's number (``FOIL-2026-056-01234``, ``domain.openrecords``): an
  acknowledgement ("has acknowledged your FOIL request ... You can expect a
  response on or about [date]", POL §89(3)(a)), an extension ("has extended
  the time to respond ... on or about [date]") and a determination ("your
  request has been granted / partially granted / denied", POL §89(3)(a),
  §89(4)(a) for the appeal it opens).
- **Certificate of disposition** of the New York City Criminal Court or the
  Supreme Court (CPL 160.50 sealing is certified on it): "CERTIFICATE OF
  DISPOSITION", "The People of the State of New York vs. [name]", "NYSID",
  "Date of Birth", "Docket", and the date it was issued.
- **Identity documents**: a passport ("PASSPORT" / "PASAPORTE"), a consular
  identity card ("MATRÍCULA CONSULAR"), a national identity card ("CÉDULA"),
  IDNYC.

All functions are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casebook.domain.errors import ValidationError
from casebook.domain.form_text import (
    DATE_PATTERN,
    Fact,
    FormText,
    date_of,
    first_date,
    labelled_date,
)
from casebook.domain.openrecords import parse_request_number
from casebook.domain.vocabulary import Outcome

I797_TITLE = re.compile(
    r"\bI[-\s]?797[A-EC]?\b|NOTICE\s+OF\s+ACTION|Receipt\s+Number.*?(?:Case\s+Type)", re.I | re.S
)
_USCIS = re.compile(
    r"U\.?\s?S\.?\s+Citizenship\s+and\s+Immigration\s+Services|\bUSCIS\b|Department\s+of\s+"
    r"Homeland\s+Security",
    re.I,
)
_APPROVAL = re.compile(r"Approval\s+Notice|has\s+been\s+approved", re.I)
_RECEIPT_NOTICE = re.compile(r"Receipt\s+Notice|Notice\s+Type\s*:?\s*Receipt", re.I)
# Three letters (the office) and ten digits. OCR may read a 0 as O within the digits, and
# the office's I and O as 1 and 0 ("10E0912345678" for IOE0912345678): the office is read
# through those slips and kept only if it is a USCIS office code.
_RECEIPT_OFFICES = frozenset(
    [
        "EAC",
        "WAC",
        "LIN",
        "SRC",
        "NBC",
        "MSC",
        "IOE",
        "YSC",
        "TSC",
        "VSC",
        "CSC",
        "NSC",
        "ZNY",
        "NYC",
        "SPM",
    ]
)
_OFFICE_SLIPS = str.maketrans({"1": "I", "l": "I", "0": "O"})
_RECEIPT_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?P<office>[A-Z01l]{3})\s?(?P<digits>[0-9O]{10})(?![0-9])"
)
# The form number's I read as 1 or l too: "Case Type 1-589".
_CASE_TYPE = re.compile(r"Case\s+Type\s*:?\s*(?P<form>[I1l][-\s]?\d{3}[A-Z]?)", re.I)

# OpenRecords numbers as OCR gives them: "FOIL-2026-056-01234", "F0IL-2026-056-01234"
# (0 for O; typographic dashes are made plain by ``FormText``).
_FOIL_NUMBER = re.compile(
    r"\bF[O0]IL\s*-\s*(?P<year>[12][0-9O]{3})\s*-\s*(?P<agency>[0-9O]{3})\s*-\s*"
    r"(?P<seq>[0-9O]{5,6})\b",
    re.I,
)
_NYPD = re.compile(r"New\s+York\s+City\s+Police\s+Department|\bNYPD\b|Police\s+Department", re.I)
_FOIL = re.compile(r"\bF[O0]IL\b|Freedom\s+of\s+Information\s+Law|OpenRecords", re.I)
_ACKNOWLEDGED = re.compile(r"acknowledg", re.I)
_EXTENDED = re.compile(
    r"extend(?:ed|ing)?\s+the\s+(?:time|date)|extension\s+of\s+(?:the\s+)?time|"
    r"(?:need|require)s?\s+additional\s+time",
    re.I,
)
_PARTIAL = re.compile(
    r"partially\s+granted|granted\s+in\s+part|grant(?:ed|s)?\s+your\s+request\s+in\s+part", re.I
)
_DENIED = re.compile(r"\bdenied\b|\bdeny(?:ing)?\s+your\s+request|\bis\s+denied", re.I)
_GRANTED = re.compile(
    r"\bgranted\b|request\s+has\s+been\s+fulfilled|records\s+(?:are|is)\s+(?:enclosed|attached)",
    re.I,
)
_PROMISE = re.compile(
    rf"(?:on[\s.]+or[\s.]+(?:about|before)|no\s+later\s+than|by)[\s.]+(?:[A-Za-z]+day,?\s+)?"
    rf"(?P<when>{DATE_PATTERN})",
    re.I,
)

DISPOSITION_TITLE = re.compile(r"CERTIFICATE\s+OF\s+DISPOSITION|CERTIFICADO\s+DE\s+DISPOSICI", re.I)
_NYSID = re.compile(r"NYSID\s*(?:No\.?|#|Number)?\s*[:.]?\s*(?P<nysid>[0-9O]{6,9}[A-Z])\b", re.I)
_DOCKET = re.compile(
    r"(?:Docket|Indictment|Case)\s*(?:No\.?|Number|#)?\s*[:.]?\s*(?P<docket>[A-Z0-9][A-Z0-9\-/]{5,})"
)

IDENTITY_TITLE = re.compile(
    r"\bPASSPORT\b|\bPASAPORTE\b|MATR[IÍ]CULA\s+CONSULAR|C[EÉ]DULA\s+DE\s+IDENTIDAD|\bIDNYC\b"
    r"|CONSULAR\s+IDENTIFICATION",
    re.I,
)


class FoilLetter:
    """Kinds of NYPD FOIL letter; the values are shown and stored in the suggestion."""

    ACKNOWLEDGEMENT = "acknowledgement"
    EXTENSION = "extension"
    DETERMINATION = "determination"


@dataclass(frozen=True)
class FoilFacts:
    """What an agency's FOIL letter says happened, dated by the letter."""

    number: str  # canonical OpenRecords number
    letter: str  # a ``FoilLetter`` value
    written_on: date | None  # the letter's date: acknowledged / extended / determined on
    promised: date | None = None  # "on or about ...": the date the agency gave itself
    outcome: Outcome | None = None


def is_i797(ft: FormText) -> re.Match[str] | None:
    m = I797_TITLE.search(ft.text)
    return m if m is not None and _USCIS.search(ft.text) else None


def i797_is_approval(ft: FormText) -> bool:
    return _APPROVAL.search(ft.text) is not None and _RECEIPT_NOTICE.search(ft.text) is None


def receipt_number(ft: FormText) -> Fact[str] | None:
    for m in _RECEIPT_NUMBER.finditer(ft.text):
        office = m["office"].translate(_OFFICE_SLIPS)
        if office in _RECEIPT_OFFICES:
            return ft.fact(office + m["digits"].replace("O", "0"), m.start(), m.end())
    return None


def case_type(ft: FormText) -> str:
    m = _CASE_TYPE.search(ft.text)
    return "" if m is None else "I-" + re.sub(r"[-\s]", "", m["form"])[1:].upper()


def i797_date(ft: FormText) -> Fact[date] | None:
    return labelled_date(ft, r"Notice\s+Date") or labelled_date(ft, r"Received\s+Date")


def request_number(ft: FormText) -> Fact[str] | None:
    """The OpenRecords number the letter carries, in canonical form (OCR's O read as 0)."""
    for m in _FOIL_NUMBER.finditer(ft.text):
        digits = "-".join(m[g].upper().replace("O", "0") for g in ("year", "agency", "seq"))
        raw = f"FOIL-{digits}"
        try:
            number = parse_request_number(raw)
        except ValidationError:
            continue
        return ft.fact(str(number), m.start(), m.end())
    return None


def is_foil_letter(ft: FormText) -> bool:
    return _FOIL.search(ft.text) is not None and _NYPD.search(ft.text) is not None


def foil_facts(ft: FormText, number: str) -> Fact[FoilFacts] | None:
    """Which letter this is and what it says: the determination first (it may also mention
    the acknowledgement), then an extension, then an acknowledgement."""
    written = letter_date(ft)
    written_on = written.value if written else None
    outcome_m = _PARTIAL.search(ft.text) or _DENIED.search(ft.text) or _GRANTED.search(ft.text)
    if outcome_m is not None:
        outcome = (
            Outcome.PARTIAL
            if outcome_m.re is _PARTIAL
            else Outcome.DENIED
            if outcome_m.re is _DENIED
            else Outcome.GRANTED
        )
        facts = FoilFacts(number, FoilLetter.DETERMINATION, written_on, outcome=outcome)
        return ft.fact(facts, outcome_m.start(), outcome_m.end())
    promise = _PROMISE.search(ft.text)
    promised = date_of(promise) if promise else None
    extended = _EXTENDED.search(ft.text)
    if extended is not None:  # its new date may be unreadable: still an extension, dateless
        facts = FoilFacts(number, FoilLetter.EXTENSION, written_on, promised)
        return ft.fact(facts, extended.start(), promise.end() if promise else extended.end())
    ack = _ACKNOWLEDGED.search(ft.text)
    if ack is not None:
        facts = FoilFacts(number, FoilLetter.ACKNOWLEDGEMENT, written_on, promised)
        end = promise.end() if promise is not None else ack.end() + 20
        return ft.fact(facts, ack.start(), end)
    return None


def letter_date(ft: FormText) -> Fact[date] | None:
    """A letter is dated above its text: "Date:" if labelled, else the first date of page 1."""
    page = ft.first_page()
    return labelled_date(ft, r"^\s*Date\s*:") or first_date(ft, 0, min(len(page), 600))


def is_certificate_of_disposition(ft: FormText) -> re.Match[str] | None:
    return DISPOSITION_TITLE.search(ft.text)


def nysids(ft: FormText) -> list[Fact[str]]:
    out = []
    for m in _NYSID.finditer(ft.text):
        out.append(ft.fact(m["nysid"].upper().replace("O", "0"), m.start(), m.end()))
    return out


def disposition_date(ft: FormText) -> Fact[date] | None:
    return labelled_date(
        ft, r"Date\s+(?:of\s+)?(?:this\s+)?Certificate|Issued(?:\s+on)?|Dated"
    ) or labelled_date(ft, r"^\s*Date\s*:")


def is_identity_document(ft: FormText) -> re.Match[str] | None:
    return IDENTITY_TITLE.search(ft.text)
