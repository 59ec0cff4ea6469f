"""Words and colours for record requests, incidents and arrests; display only.

The clock's facts (stage, due dates, overdue, constructive denial, message)
and its words (``RequestInfo.what``, the stage labels) all come from the
services (``services.request_words`` over ``domain.deadline_phrases``), so the
window says exactly what ``casebook request list`` says.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from casebook.domain.deadline_phrases import is_overdue
from casebook.domain.foil_deadlines import FoilClock, Stage
from casebook.domain.vocabulary import Agency, Borough, IncidentKind, Law, Outcome, SealedUnder
from casebook.services.requests import RequestInfo
from casebook.ui.style import is_dark
from casebook.ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "RecordLabels"
CLOSED_STAGES = frozenset(
    {Stage.GRANTED, Stage.APPEAL_GRANTED, Stage.APPEAL_TIME_PASSED, Stage.ARTICLE78_TIME_PASSED}
)
SEALED_LABELS = {
    SealedUnder.CPL_160_50: QT_TRANSLATE_NOOP("RecordLabels", "Sealed (CPL 160.50)"),
    SealedUnder.CPL_160_55: QT_TRANSLATE_NOOP("RecordLabels", "Sealed (CPL 160.55)"),
    SealedUnder.CPL_160_57: QT_TRANSLATE_NOOP("RecordLabels", "Sealed (CPL 160.57, Clean Slate)"),
    SealedUnder.CPL_160_58: QT_TRANSLATE_NOOP("RecordLabels", "Conditionally sealed (CPL 160.58)"),
    SealedUnder.CPL_160_59: QT_TRANSLATE_NOOP(
        "RecordLabels", "Sealed (CPL 160.59, on application)"
    ),
}
# Said wherever a 160.55 seal is shown: it leaves the court's own file open. The English
# is domain.sealing's COURT_RECORD_OPEN_160_55 (a test keeps the two the same).
SEALED_NOTES = {
    SealedUnder.CPL_160_55: QT_TRANSLATE_NOOP(
        "RecordLabels",
        "CPL 160.55 seals the police, prosecutor and DCJS records (fingerprints, photographs), "
        "but not the court's own file, which stays open (CPL 160.55(1)(c)).",
    )
}
# The services' labels (services.aggregate, services.request_words) marked for the
# catalogue: the window words them in its language, the CLI and the reports in English.
# tests/ui/test_record_labels.py checks the English stays theirs.
INCIDENT_KIND_LABELS: dict[IncidentKind, str] = {
    IncidentKind.DETAINER: QT_TRANSLATE_NOOP("RecordLabels", "Detainer request or honoured"),
    IncidentKind.NOTIFICATION: QT_TRANSLATE_NOOP("RecordLabels", "Notification to ICE"),
    IncidentKind.RECORD_SHARED: QT_TRANSLATE_NOOP("RecordLabels", "Record shared"),
    IncidentKind.ICE_AT_PRECINCT: QT_TRANSLATE_NOOP("RecordLabels", "ICE at a precinct"),
    IncidentKind.ICE_AT_COURT: QT_TRANSLATE_NOOP("RecordLabels", "ICE at a courthouse"),
    IncidentKind.JOINT_OPERATION: QT_TRANSLATE_NOOP("RecordLabels", "Joint operation"),
    IncidentKind.OTHER: QT_TRANSLATE_NOOP("RecordLabels", "Other"),
}
LAWS: dict[Law, str] = {
    Law.ADMIN_CODE_14_154: QT_TRANSLATE_NOOP("RecordLabels", "NYC Admin. Code 14-154"),
    Law.ADMIN_CODE_9_131: QT_TRANSLATE_NOOP("RecordLabels", "NYC Admin. Code 9-131"),
    Law.EO_41: QT_TRANSLATE_NOOP("RecordLabels", "Executive Order 41"),
    Law.CPL_160_50: "CPL 160.50",
    Law.CPL_160_55: "CPL 160.55",
    Law.CPL_160_57: "CPL 160.57 (Clean Slate)",
    Law.CPL_160_58: "CPL 160.58",
    Law.CPL_160_59: "CPL 160.59",
}
STAGE_LABELS: dict[Stage, str] = {
    Stage.NOT_RECEIVED: QT_TRANSLATE_NOOP("RecordLabels", "Not yet received"),
    Stage.AWAITING_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("RecordLabels", "Awaiting acknowledgement"),
    Stage.AWAITING_DETERMINATION: QT_TRANSLATE_NOOP("RecordLabels", "Awaiting a decision"),
    Stage.CONSTRUCTIVELY_DENIED: QT_TRANSLATE_NOOP("RecordLabels", "Constructively denied"),
    Stage.GRANTED: QT_TRANSLATE_NOOP("RecordLabels", "Granted"),
    Stage.DENIED: QT_TRANSLATE_NOOP("RecordLabels", "Denied"),
    Stage.APPEAL_TIME_PASSED: QT_TRANSLATE_NOOP("RecordLabels", "Time to appeal passed"),
    Stage.APPEAL_PENDING: QT_TRANSLATE_NOOP("RecordLabels", "Appeal pending"),
    Stage.APPEAL_CONSTRUCTIVELY_DENIED: QT_TRANSLATE_NOOP(
        "RecordLabels", "Appeal constructively denied"
    ),
    Stage.APPEAL_GRANTED: QT_TRANSLATE_NOOP("RecordLabels", "Appeal granted"),
    Stage.APPEAL_DENIED: QT_TRANSLATE_NOOP("RecordLabels", "Appeal denied"),
    Stage.ARTICLE78_TIME_PASSED: QT_TRANSLATE_NOOP("RecordLabels", "Time for Article 78 passed"),
}
AGENCY_LABELS: dict[Agency, str] = {
    Agency.NYPD: "NYPD",
    Agency.DCJS: "DCJS",
    Agency.DOC: "DOC",
    Agency.ICE: "ICE",
    Agency.OTHER: QT_TRANSLATE_NOOP("RecordLabels", "Other agency"),
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.GRANTED: QT_TRANSLATE_NOOP("RecordLabels", "Granted"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("RecordLabels", "Partly granted"),
    Outcome.DENIED: QT_TRANSLATE_NOOP("RecordLabels", "Denied"),
}
BOROUGHS = tuple(Borough)
SENT_VIA = ("OpenRecords", "E-mail", "Mail", "Fax", "In person")  # stored as written


def tr_label(text: str) -> str:
    """One of the labels above in the window's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def stage_label(stage: Stage) -> str:
    return tr_label(STAGE_LABELS[stage])


def sealed_label(sealed: SealedUnder) -> str:
    return tr_label(SEALED_LABELS[sealed])


def incident_kind_label(kind: IncidentKind) -> str:
    return tr_label(INCIDENT_KIND_LABELS.get(kind, kind.value))


def law_label(law: Law) -> str:
    return tr_label(LAWS.get(law, law.value))


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


def stage_text(clock: FoilClock) -> str:
    """``services.request_words.stage_text`` in the window's language: the stage, and the
    repeated-extension flag while the agency owes an answer."""
    text = stage_label(clock.stage)
    if clock.repeated_extensions and clock.stage in (
        Stage.AWAITING_DETERMINATION,
        Stage.CONSTRUCTIVELY_DENIED,
    ):
        flag = QCoreApplication.translate(
            "RecordLabels",
            "extended %n times: no provision permits repeated delays",
            "",
            clock.extensions,
        )
        return f"{text} ({flag})"
    return text
