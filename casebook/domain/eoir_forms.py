"""The immigration court's papers: Notice to Appear, notices of hearing, judges' orders.

- **Notice to Appear, DHS Form I-862.** Headed "NOTICE TO APPEAR"; "In
  removal proceedings under section 240 of the Immigration and Nationality
  Act"; "File No:"; "In the Matter of: Respondent:"; "You are ordered to
  appear before an immigration judge of the United States Department of
  Justice at: [address] on [date] at [time]" (or "on a date to be set"). The
  Spanish version is headed "NOTIFICACIÓN DE COMPARECENCIA".
- **Notice of hearing in removal proceedings (EOIR).** Headed "NOTICE OF
  HEARING IN REMOVAL PROCEEDINGS"; "RE: [name]  FILE: A[number]  DATE:
  [date]"; "Please take notice that the above captioned case has been
  scheduled for a MASTER [or INDIVIDUAL] hearing before the Immigration
  Court on [date] at [time] at: [address]"; by video: "Your hearing will be
  conducted by video (WebEx)" / "via Internet-based hearing". The Spanish
  version: "AVISO DE AUDIENCIA", "audiencia de calendario principal"
  (master) or "audiencia individual", "el [date] a las [time]".
- **Decision or order of the immigration judge (EOIR).** "ORDER OF THE
  IMMIGRATION JUDGE" / "DECISION OF THE IMMIGRATION JUDGE" (also "DECISIÓN
  DEL JUEZ DE INMIGRACIÓN").

A notice that sets a hearing yields a ``HearingFacts``: kind, date and time,
judge, and the court's address or "By video (WebEx)". All functions are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from casebook.domain.court_events import NY_COURTS, CourtKind
from casebook.domain.form_text import (
    DATE_PATTERN,
    Fact,
    FormText,
    date_of,
    labelled_date,
    time_after,
)
from casebook.domain.vocabulary import EventKind

# Form I-862's title (English and Spanish).
NTA_TITLE = re.compile(r"NOTICE\s+T[O0]\s+APPEAR|NOTIFICACI[OÓ]N\s+DE\s+COMPARECENCIA", re.I)
# EOIR's notice of hearing (English and Spanish).
HEARING_TITLE = re.compile(
    r"NOTICE\s+OF\s+(?:IN[-\s]?PERSON\s+|INTERNET[-\s]BASED\s+)?HEARING|AVISO\s+DE\s+AUDIENCIA",
    re.I,
)
# An immigration judge's written decision or order.
ORDER_TITLE = re.compile(
    r"(?:ORDER|DECISION)(?:\s+AND\s+ORDER)?\s+OF\s+THE\s+IMMIGRATION\s+JUDGE"
    r"|DECISI[OÓ]N\s+(?:Y\s+ORDEN\s+)?DEL\s+JUEZ\s+DE\s+INMIGRACI[OÓ]N",
    re.I,
)
_EOIR = re.compile(
    r"EXECUTIVE\s+OFFICE\s+FOR\s+IMMIGRATION\s+REVIEW|IMMIGRATION\s+COURT"
    r"|OFICINA\s+EJECUTIVA\s+DE\s+REVISI[OÓ]N\s+DE\s+INMIGRACI[OÓ]N|CORTE\s+DE\s+INMIGRACI[OÓ]N",
    re.I,
)
_MASTER = re.compile(
    r"\bMASTER\b(?:\s+CALENDAR)?|calendario\s+principal|audiencia\s+(?:inicial|preliminar)", re.I
)
_INDIVIDUAL = re.compile(
    r"\bINDIVIDUAL\b(?:\s+(?:CALENDAR|MERITS))?|audiencia\s+individual|audiencia\s+de\s+fondo",
    re.I,
)
_VIDEO = re.compile(
    r"\bWeb\s?Ex\b|\bby\s+video\b|video\s*(?:conference|teleconference|hearing)"
    r"|internet[-\s]based\s+hearing|videoconferencia|por\s+video",
    re.I,
)
# "on Jan 26, 2027 at 1:00 P.M." / Spanish "el 26 de enero de 2027 a las 1:00 p.m."
_WHEN = re.compile(
    rf"\b(?:on|el|for)\s+(?:[A-Za-z]+day[,.]?\s+)?(?P<when>{DATE_PATTERN})\s*,?\s*(?:at|a\s+las|a\s+la)\b",
    re.I,
)
# The same sentence as OCR may garble it ("Court 0n Tuesday. Jan 26, 2027 al 1:00 PM",
# "Courton ..."): a date followed at once by a time of day, unless it is the notice's own
# date ("DATE: Dec 1, 2026").
_LOOSE_WHEN = re.compile(
    rf"(?P<when>{DATE_PATTERN})\s*[,.]?\s*(?:[a@][tl1]|a\s+las?)?\s*(?=\d)", re.I
)
_OWN_DATE_LABEL = re.compile(r"(?:\bDate[d]?|\bFecha)\s*[:.]?\s*$", re.I)
_HEARING_DATE_LABEL = r"Hearing\s+date|Fecha\s+de\s+(?:la\s+)?audiencia"
_TIME_LABEL = re.compile(r"\bTime\b|\bHora\b", re.I)
_JUDGE = re.compile(
    r"(?:Immigration\s+Judge|Judge|Juez(?:a)?(?:\s+de\s+Inmigraci[oó]n)?|\bIJ)\s*[:.]?\s*"
    r"(?:the\s+)?(?:Hon(?:orable)?\.?\s+)?"
    r"(?P<name>[A-Z][A-Za-z.'\-]*(?:[ ][A-Z][A-Za-z.'\-]*){0,3})",
)
_NOT_A_JUDGE = re.compile(r"^(?:of|may|will|shall|the|at|de|may\s|for|in)\b", re.I)
_ZIP_AFTER_ADDRESS = re.compile(r"\b(?:NY|New\s+York)\s*,?\s*(\d{5})(?:-\d{4})?\b", re.I)
_STREET = re.compile(r"\d{1,5}\s+[A-Za-z0-9][A-Za-z0-9 .'\-]{2,40}", re.I)


@dataclass(frozen=True)
class HearingFacts:
    """What a notice says of the hearing it sets."""

    kind: EventKind
    at: datetime
    judge: str = ""
    location: str = ""  # the court's address, or "By video (WebEx)"
    court: str = ""  # a listed court (``court_events.NY_COURTS``) when the address is one


def is_notice_to_appear(ft: FormText) -> re.Match[str] | None:
    return NTA_TITLE.search(ft.text)


def is_hearing_notice(ft: FormText) -> re.Match[str] | None:
    """EOIR's notice of hearing: its title, on a court's paper."""
    m = HEARING_TITLE.search(ft.text)
    return m if m is not None and _EOIR.search(ft.text) else None


def is_judge_order(ft: FormText) -> re.Match[str] | None:
    return ORDER_TITLE.search(ft.text)


def hearing_kind(ft: FormText) -> EventKind | None:
    """MASTER or INDIVIDUAL, as the notice prints it; None when it says neither (or both)."""
    master, individual = _MASTER.search(ft.text), _INDIVIDUAL.search(ft.text)
    if master and not individual:
        return EventKind.MASTER_HEARING
    if individual and not master:
        return EventKind.INDIVIDUAL_HEARING
    return None


def hearing(ft: FormText, kind: EventKind) -> Fact[HearingFacts] | None:
    """The hearing a notice (or an NTA with a date) sets: "on [date] at [time]".

    Without a time of day nothing is proposed: a hearing at midnight would be
    worse than none. A labelled form ("Hearing date: ... Time: ...") is read too.
    """
    found = _when(ft)
    if found is None:
        return None
    at, start, end = found
    video = _VIDEO.search(ft.text) is not None
    address = "" if video else _address_after(ft, end)
    court = _court_of(ft.text)
    location = "By video (WebEx)" if video else address
    judge = _judge(ft)
    facts = HearingFacts(kind, at, judge, location, court)
    return ft.fact(facts, start, end)


def _when(ft: FormText) -> tuple[datetime, int, int] | None:
    for m in _WHEN.finditer(ft.text):
        day = date_of(m)
        clock = time_after(ft, m.end(), within=20)
        if day is not None and clock is not None:
            return datetime.combine(day, clock[0]), m.start("when"), clock[1]
    for m in _LOOSE_WHEN.finditer(ft.text):
        if _OWN_DATE_LABEL.search(ft.text, max(0, m.start() - 12), m.start()):
            continue
        day = date_of(m)
        clock = time_after(ft, m.end(), within=16)
        if day is not None and clock is not None:
            return datetime.combine(day, clock[0]), m.start("when"), clock[1]
    labelled = labelled_date(ft, _HEARING_DATE_LABEL)
    if labelled is not None:
        at_label = re.search(_HEARING_DATE_LABEL, ft.text, re.I)
        label = _TIME_LABEL.search(ft.text, at_label.end() if at_label else 0)
        clock = time_after(ft, label.end(), within=20) if label else None
        if at_label is not None and clock is not None:
            return datetime.combine(labelled.value, clock[0]), at_label.start(), clock[1]
    return None


def _address_after(ft: FormText, start: int) -> str:
    """The street address after the hearing's time, up to its ZIP code ("at: 26 FEDERAL ...")."""
    window = ft.text[start : start + 240]
    zip_m = _ZIP_AFTER_ADDRESS.search(window)
    street = _STREET.search(window)
    if zip_m is None or street is None or street.start() > zip_m.start():
        return ""
    return " ".join(window[street.start() : zip_m.end()].split()).strip(" ,")


def _court_of(text: str) -> str:
    """The listed immigration court whose street the text names (for a new matter's court)."""
    folded = " ".join(text.casefold().split())
    for court in NY_COURTS:
        if court.kind is CourtKind.IMMIGRATION and court.address:
            street = court.address.split(",")[0].casefold()
            if street[0].isdigit() and street in folded:
                return court.name
    return ""


def _judge(ft: FormText) -> str:
    for m in _JUDGE.finditer(ft.text):
        name = m["name"].strip(" .,")
        if _NOT_A_JUDGE.match(name) or len(name) < 3 or (name.isupper() and " " not in name):
            continue
        if name.casefold() in {"immigration", "court", "judge"}:
            continue
        return name
    return ""
