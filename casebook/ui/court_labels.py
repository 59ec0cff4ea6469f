"""Court dates in words: one unambiguous form for every matter and hearing shown.

A New York reader takes 01/02 for January 2nd and a European for February 1st,
so dates are shown with the weekday and the ISO order (``Tue 2027-01-26``),
times on the 12-hour clock New York courts print (``9:30 AM``): the forms the
date fields show (``domain.typed_dates``). The weekday and the labels are in
the window's language (``mié 2027-01-27``, ``Audiencia individual``); the labels
are ``domain.vocabulary``'s, marked here for the catalogue (a test keeps their
English the domain's).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from casebook.domain.typed_dates import format_time
from casebook.domain.vocabulary import Detention, EventKind, MatterStatus, MatterType
from casebook.services.matters import EventInfo, MatterInfo
from casebook.ui.deadline_words import format_date
from casebook.ui.translation import QT_TRANSLATE_NOOP

MATTER_LABELS: dict[MatterType, str] = {
    MatterType.REMOVAL_DEFENCE: QT_TRANSLATE_NOOP("CourtLabels", "Removal defence"),
    MatterType.BOND: QT_TRANSLATE_NOOP("CourtLabels", "Bond"),
    MatterType.ASYLUM: QT_TRANSLATE_NOOP("CourtLabels", "Asylum"),
    MatterType.U_VISA: QT_TRANSLATE_NOOP("CourtLabels", "U visa"),
    MatterType.T_VISA: QT_TRANSLATE_NOOP("CourtLabels", "T visa"),
    MatterType.SIJS: QT_TRANSLATE_NOOP("CourtLabels", "Special Immigrant Juvenile Status"),
    MatterType.RECORDS: QT_TRANSLATE_NOOP("CourtLabels", "Records"),
    MatterType.CRIM_IMM_CONSULT: QT_TRANSLATE_NOOP("CourtLabels", "Criminal-immigration consult"),
    MatterType.OTHER: QT_TRANSLATE_NOOP("CourtLabels", "Other"),
}
MATTER_STATUS_LABELS: dict[MatterStatus, str] = {
    MatterStatus.OPEN: QT_TRANSLATE_NOOP("CourtLabels", "Open"),
    MatterStatus.PENDING_DECISION: QT_TRANSLATE_NOOP("CourtLabels", "Pending decision"),
    MatterStatus.CLOSED: QT_TRANSLATE_NOOP("CourtLabels", "Closed"),
}
DETENTION_LABELS: dict[Detention, str] = {
    Detention.DETAINED: QT_TRANSLATE_NOOP("CourtLabels", "Detained"),
    Detention.NOT_DETAINED: QT_TRANSLATE_NOOP("CourtLabels", "Not detained"),
    Detention.UNKNOWN: QT_TRANSLATE_NOOP("CourtLabels", "Unknown"),
}
EVENT_LABELS: dict[EventKind, str] = {
    EventKind.MASTER_HEARING: QT_TRANSLATE_NOOP("CourtLabels", "Master calendar hearing"),
    EventKind.INDIVIDUAL_HEARING: QT_TRANSLATE_NOOP("CourtLabels", "Individual hearing"),
    EventKind.BOND_HEARING: QT_TRANSLATE_NOOP("CourtLabels", "Bond hearing"),
    EventKind.FILING_DEADLINE: QT_TRANSLATE_NOOP("CourtLabels", "Filing deadline"),
    EventKind.CRIMINAL_COURT: QT_TRANSLATE_NOOP("CourtLabels", "Criminal-court date"),
    EventKind.INTERVIEW: QT_TRANSLATE_NOOP("CourtLabels", "Interview"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("CourtLabels", "Other"),
}


def tr_label(text: str) -> str:
    """One of the labels above in the window's language."""
    return QCoreApplication.translate("CourtLabels", text) if text else ""


def matter_label(kind: MatterType) -> str:
    return tr_label(MATTER_LABELS.get(kind, str(kind)))


def event_label(kind: EventKind) -> str:
    return tr_label(EVENT_LABELS.get(kind, str(kind)))


def day_text(day: date) -> str:
    """``Tue 2027-01-26`` (``mar 2027-01-26``): the weekday in the window's language."""
    return format_date(day)


def when_text(moment: datetime) -> str:
    """``Tue 2027-01-26, 9:30 AM``; an event stored at midnight had no time given."""
    if moment.time() == time(0, 0):
        return format_date(moment.date())
    return f"{format_date(moment.date())}, {format_time(moment.time())}"


def matter_caption(info: MatterInfo) -> str:
    """What the matter is, in a few words: ``Removal defence (A123-456-789)``."""
    d = info.draft
    label = matter_label(MatterType(d.type))
    return f"{label} ({d.docket_number})" if d.docket_number else label


def matter_row(info: MatterInfo) -> tuple[str, ...]:
    """The Matters table's cells, two lines at most so a narrow pane shows them all:
    the matter (and docket), judge, status (and detention), court."""
    d = info.draft
    status = tr_label(MATTER_STATUS_LABELS.get(MatterStatus(d.status), str(d.status)))
    if d.status is MatterStatus.CLOSED and d.closed_on is not None:
        status += f" {d.closed_on.isoformat()}"
    detention = (
        QCoreApplication.translate("CourtLabels", "Detention unknown")
        if d.detention is Detention.UNKNOWN
        else tr_label(DETENTION_LABELS.get(d.detention, str(d.detention)))
    )
    matter = matter_label(MatterType(d.type))
    return (
        f"{matter}\n{d.docket_number}" if d.docket_number else matter,
        d.judge,
        f"{status}\n{detention}",
        d.court,
    )


def event_row(info: EventInfo) -> tuple[str, ...]:
    """The hearings table's cells, two lines at most so a narrow pane shows them all:
    when (date, then time), what (and where), filings due, judge."""
    d = info.draft
    what = event_label(EventKind(d.kind))
    if d.title:
        what = f"{what}: {d.title}"
    if d.done:
        what += QCoreApplication.translate("CourtLabels", " (done)")
    return (
        when_text(d.starts_at).replace(", ", "\n"),
        f"{what}\n{d.location}" if d.location else what,
        day_text(info.filing_due) if info.filing_due is not None else "",
        d.judge,
    )
