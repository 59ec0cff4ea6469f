"""Words and colours for record requests, incidents and arrests; display only.

The clock's facts (stage, due dates, overdue, constructive denial, message)
and its words (``RequestInfo.what``, the stage labels) all come from the
services (``services.request_words`` over ``domain.deadline_phrases``), so the
window says exactly what ``casebook request list`` says.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from casebook.domain.deadline_phrases import is_overdue
from casebook.domain.foil_deadlines import Stage
from casebook.domain.sealing import COURT_RECORD_OPEN_160_55
from casebook.domain.vocabulary import Borough, IncidentKind, Law, SealedUnder
from casebook.services.aggregate import KIND_LABELS, LAW_LABELS
from casebook.services.request_words import AGENCY_LABELS as AGENCY_LABELS
from casebook.services.request_words import OUTCOME_LABELS as OUTCOME_LABELS
from casebook.services.request_words import STAGE_LABELS as STAGE_LABELS
from casebook.services.requests import RequestInfo
from casebook.ui.style import is_dark

CLOSED_STAGES = frozenset(
    {Stage.GRANTED, Stage.APPEAL_GRANTED, Stage.APPEAL_TIME_PASSED, Stage.ARTICLE78_TIME_PASSED}
)
SEALED_LABELS = {
    SealedUnder.CPL_160_50: "Sealed (CPL 160.50)",
    SealedUnder.CPL_160_55: "Sealed (CPL 160.55)",
    SealedUnder.CPL_160_57: "Sealed (CPL 160.57, Clean Slate)",
    SealedUnder.CPL_160_58: "Conditionally sealed (CPL 160.58)",
    SealedUnder.CPL_160_59: "Sealed (CPL 160.59, on application)",
}
# Said wherever a 160.55 seal is shown: it leaves the court's own file open.
SEALED_NOTES = {SealedUnder.CPL_160_55: COURT_RECORD_OPEN_160_55}
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
    return info.name


def clock_text(info: RequestInfo) -> str:
    """The clock in one sentence: the next step, by when and how many days remain, or why none."""
    return info.what


def is_late(info: RequestInfo, today: date) -> bool:
    """Shown in red: the next step's date has passed (``deadline_phrases.is_overdue``)."""
    step = info.next_step
    return step is not None and is_overdue(step.day, today)


def is_agency_late(info: RequestInfo) -> bool:
    """Shown in amber: the agency missed its date and the advocate may act (constructive
    denial), or arguably may (it missed a date it set for itself)."""
    clock = info.clock
    return info.next_step is not None and (
        clock.constructive_denial or clock.own_date_missed is not None
    )
