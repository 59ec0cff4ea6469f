"""Words and colours for record requests, incidents and arrests; display only.

The clock's facts (stage, due dates, overdue, constructive denial, message)
all come from the services; this module only says them in few words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from casebook.domain.foil_deadlines import Stage
from casebook.domain.vocabulary import Agency, Borough, IncidentKind, Law, Outcome, SealedUnder
from casebook.services.aggregate import KIND_LABELS, LAW_LABELS
from casebook.services.requests import RequestInfo
from casebook.ui.style import is_dark

CONSTRUCTIVE_DENIAL = "Constructive denial: you may appeal now"
CONSTRUCTIVE_DENIAL_SHORT = "Constructive denial: appeal now"  # list columns

STAGE_LABELS: dict[Stage, str] = {
    Stage.NOT_RECEIVED: "Not yet received",
    Stage.AWAITING_ACKNOWLEDGEMENT: "Awaiting acknowledgement",
    Stage.AWAITING_DETERMINATION: "Awaiting a decision",
    Stage.CONSTRUCTIVELY_DENIED: "Constructively denied",
    Stage.GRANTED: "Granted",
    Stage.DENIED: "Denied",
    Stage.APPEAL_TIME_PASSED: "Time to appeal passed",
    Stage.APPEAL_PENDING: "Appeal pending",
    Stage.APPEAL_CONSTRUCTIVELY_DENIED: "Appeal constructively denied",
    Stage.APPEAL_GRANTED: "Appeal granted",
    Stage.APPEAL_DENIED: "Appeal denied",
    Stage.ARTICLE78_TIME_PASSED: "Time for Article 78 passed",
}
CLOSED_STAGES = frozenset(
    {Stage.GRANTED, Stage.APPEAL_GRANTED, Stage.APPEAL_TIME_PASSED, Stage.ARTICLE78_TIME_PASSED}
)
AGENCY_LABELS = {
    Agency.NYPD: "NYPD",
    Agency.DCJS: "DCJS",
    Agency.DOC: "DOC",
    Agency.ICE: "ICE",
    Agency.OTHER: "Other agency",
}
OUTCOME_LABELS = {
    Outcome.GRANTED: "Granted",
    Outcome.PARTIAL: "Partly granted",
    Outcome.DENIED: "Denied",
}
SEALED_LABELS = {
    SealedUnder.CPL_160_50: "Sealed (CPL 160.50)",
    SealedUnder.CPL_160_55: "Sealed (CPL 160.55)",
}
INCIDENT_KIND_LABELS: dict[IncidentKind, str] = dict(KIND_LABELS)
LAWS: dict[Law, str] = dict(LAW_LABELS)
BOROUGHS = tuple(Borough)
SENT_VIA = ("OpenRecords", "E-mail", "Mail", "Fax", "In person")


def error_colour() -> QColor:
    return QColor("#ff8a80" if is_dark() else "#b3261e")


def warning_colour() -> QColor:
    return QColor("#ffd180" if is_dark() else "#8a5300")


def request_title(info: RequestInfo) -> str:
    """``NYPD FOIL-2025-056-01234`` (the number names the kind) or ``NYPD FOIL #12``."""
    if info.number.upper().startswith(info.kind.value.upper()):
        return f"{info.agency.value} {info.number}"
    number = info.number or f"#{info.id}"
    return f"{info.agency.value} {info.kind.value} {number}"


def days_text(day: date, today: date) -> str:
    """How far ``day`` is from today, in words."""
    n = (day - today).days
    if n == 0:
        return "due today"
    if n > 0:
        return "1 day left" if n == 1 else f"{n} days left"
    return "1 day overdue" if n == -1 else f"{-n} days overdue"


def clock_text(info: RequestInfo, today: date, *, short: bool = False) -> str:
    """The clock in words: the constructive denial first, else the days left."""
    if info.clock.constructive_denial:
        return CONSTRUCTIVE_DENIAL_SHORT if short else CONSTRUCTIVE_DENIAL
    step = info.next_step
    if step is None:
        return STAGE_LABELS[info.clock.stage]
    text = days_text(step.day, today)
    if info.overdue and step.day >= today:
        return f"{info.agency.value} is late; {text}"
    return text


def is_late(info: RequestInfo, today: date) -> bool:
    """Shown in red: the agency is overdue, or the advocate's own date has passed."""
    step = info.next_step
    return info.overdue or (step is not None and step.day < today)


def is_open(info: RequestInfo) -> bool:
    return info.next_step is not None
