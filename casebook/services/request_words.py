"""A record request's clock in words: its name, its stage, and its next step as one sentence.

The dates and the stage come from ``domain.foil_deadlines.compute`` (the law);
this module only decides which of them is the next thing due, who owes it,
and says it through ``domain.deadline_phrases`` so the window and the command
read alike. No enum key leaves here: every stage, agency and kind has words.

When the agency is late and the law lets the advocate act (a constructive
denial, POL §89(3)(a), §89(4)(a)), the next step is the advocate's own date
and is worded once, with the agency's lateness as its reason:
"NYPD is 4 days late: you may appeal by Wed 2026-12-30 — 26 days".

Two flags ride on the sentence while the agency still owes its answer: a
date the agency set for itself and missed ("arguably a denial"), and a
second or later extension ("extended 2 times: no provision permits repeated
delays", COOG FOIL-AO-19644); ``stage_text`` carries the second too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain import deadline_phrases as phrases
from casebook.domain.deadline_phrases import format_date
from casebook.domain.foil_deadlines import FoilClock, RequestDates, Stage
from casebook.domain.vocabulary import Agency, Outcome, RequestKind

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
AGENCY_LABELS: dict[Agency, str] = {
    Agency.NYPD: "NYPD",
    Agency.DCJS: "DCJS",
    Agency.DOC: "DOC",
    Agency.ICE: "ICE",
    Agency.OTHER: "Other agency",
}
KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.FOIL: "FOIL",
    RequestKind.FOIA: "FOIA",
    RequestKind.UNSEALING: "unsealing request",
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.GRANTED: "Granted",
    Outcome.PARTIAL: "Partly granted",
    Outcome.DENIED: "Denied",
}


def extension_flag(clock: FoilClock) -> str:
    """``extended 2 times: no provision permits repeated delays`` for a second or later
    extension (COOG FOIL-AO-19644), else empty."""
    if not clock.repeated_extensions:
        return ""
    return f"extended {clock.extensions} times: no provision permits repeated delays"


def stage_text(clock: FoilClock) -> str:
    """The stage's label, with the repeated-extension flag while the agency owes an answer."""
    label = STAGE_LABELS[clock.stage]
    flag = extension_flag(clock)
    if flag and clock.stage in (Stage.AWAITING_DETERMINATION, Stage.CONSTRUCTIVELY_DENIED):
        return f"{label} ({flag})"
    return label


def agency_in_sentence(agency: Agency) -> str:
    """The agency as a sentence names it: ``NYPD``, or ``the agency`` for another one."""
    return "the agency" if agency is Agency.OTHER else AGENCY_LABELS[agency]


def outcome_label(value: str | None) -> str:
    """``granted`` -> ``Granted``, ``partial`` -> ``Partly granted``; empty for none."""
    if not value:
        return ""
    return OUTCOME_LABELS.get(Outcome(value), value)


def request_name(agency: Agency, kind: RequestKind, number: str, request_id: int) -> str:
    """``NYPD FOIL-2025-056-01234`` (the number names the kind) or ``NYPD FOIL #12``."""
    who = AGENCY_LABELS[agency]
    if number.upper().startswith(kind.value.upper()):
        return f"{who} {number}"
    return f"{who} {KIND_LABELS[kind]} {number or f'#{request_id}'}"


@dataclass(frozen=True)
class NextStep:
    """The next thing due on a request: who owes it, what, by when, and the sentence.

    ``by_advocate``: True when the advocate must or may act (appeal, Article
    78), False when the agency owes the step. ``label`` is the short English
    label of the JSON (``next_step``); ``text`` the whole sentence as of the
    day it was computed; ``overdue`` that its day had passed then
    (``deadline_phrases.is_overdue``).
    """

    day: date
    by_advocate: bool
    label: str
    text: str = ""
    overdue: bool = False


def next_step(
    clock: FoilClock,
    dates: RequestDates,
    agency: str,
    *,
    today: date,
    article78_filed: date | None = None,
) -> NextStep | None:
    """What is due next under the clock, or None when nothing is (granted, time passed, in court).

    The dates are the clock's own (``foil_deadlines.compute``): while the
    agency is late the advocate's next date is the appeal deadline (POL
    §89(4)(a)), after a final denial the Article 78 deadline (CPLR 217(1)).
    ``agency`` is the name the clock's message uses ("NYPD", "the agency").
    """
    if article78_filed is not None:
        return None

    def step(day: date, by_advocate: bool, label: str, text: str) -> NextStep:
        return NextStep(day, by_advocate, label, text, phrases.is_overdue(day, today))

    s = clock.stage
    ack_due, det_due = clock.acknowledgement_due, clock.determination_due
    if s is Stage.AWAITING_ACKNOWLEDGEMENT and ack_due:
        text = phrases.owes(agency, "an answer or acknowledgement", ack_due, today)
        return step(ack_due, False, f"{agency} must answer or acknowledge", text)
    if s is Stage.AWAITING_DETERMINATION and det_due:
        appeal_by = clock.appeal_by if clock.constructive_denial else None
        late = ""
        if appeal_by and clock.late_extension:
            late = f"{agency} extended its time only after its date had passed"
        elif appeal_by and ack_due and dates.acknowledged:
            days = phrases.count((dates.acknowledged - ack_due).days, "day")
            late = f"{agency} acknowledged {days} late"
        if appeal_by and late and appeal_by < det_due:
            text = phrases.may(late, "appeal", appeal_by, today)
            return step(appeal_by, True, "appeal the missed deadline by", text)
        text = phrases.owes(agency, "a determination", det_due, today)
        if appeal_by and late:
            text += f" ({late}: you may appeal by {format_date(appeal_by)})"
        own = clock.own_date_missed
        if own is not None:
            text += (
                f" ({agency} missed its own date, {format_date(own)}: "
                "arguably a denial you may appeal)"
            )
        if clock.repeated_extensions:
            text += f" ({extension_flag(clock)})"
        return step(det_due, False, f"{agency} must grant or deny", text)
    if s is Stage.CONSTRUCTIVELY_DENIED and clock.appeal_by:
        missed = det_due or ack_due
        reason = phrases.late_by(agency, missed, today) if missed else f"{agency} is late"
        text = phrases.may(reason, "appeal", clock.appeal_by, today)
        if clock.repeated_extensions:
            text += f" ({extension_flag(clock)})"
        return step(clock.appeal_by, True, "file the appeal by", text)
    if s is Stage.DENIED and clock.appeal_by:
        text = phrases.must("file the appeal", clock.appeal_by, today)
        return step(clock.appeal_by, True, "file the appeal by", text)
    appeal_due = clock.appeal_determination_due
    if s is Stage.APPEAL_PENDING and appeal_due:
        text = phrases.owes(agency, "a decision on the appeal", appeal_due, today)
        return step(appeal_due, False, f"{agency} must decide the appeal", text)
    if s is Stage.APPEAL_CONSTRUCTIVELY_DENIED and clock.article78_by and appeal_due:
        reason = phrases.late_by(agency, appeal_due, today, "deciding the appeal")
        text = phrases.may(reason, "bring an Article 78 proceeding", clock.article78_by, today)
        return step(clock.article78_by, True, "bring an Article 78 proceeding by", text)
    if s is Stage.APPEAL_DENIED and clock.article78_by:
        text = phrases.must("bring an Article 78 proceeding", clock.article78_by, today)
        return step(clock.article78_by, True, "bring an Article 78 proceeding by", text)
    return None


def settled_text(
    clock: FoilClock, dates: RequestDates, agency: str, article78_filed: date | None = None
) -> str:
    """The sentence for a request with no next step: why nothing is due."""
    if article78_filed is not None:
        return f"In court: Article 78 petition filed on {format_date(article78_filed)}"
    s = clock.stage
    if s is Stage.NOT_RECEIVED:
        return f"Enter the date {agency} received the request to start the clock"
    if s is Stage.GRANTED and dates.determined:
        return f"Closed: {agency} granted the request on {format_date(dates.determined)}"
    if s is Stage.APPEAL_GRANTED and dates.appeal_decided:
        return f"Closed: the appeal was granted on {format_date(dates.appeal_decided)}"
    if s is Stage.APPEAL_TIME_PASSED and clock.appeal_by:
        return (
            f"Closed: the time to appeal ended on {format_date(clock.appeal_by)}; "
            "a new request for the same records can be made"
        )
    if s is Stage.ARTICLE78_TIME_PASSED and clock.article78_by:
        return (
            "Closed: the time for an Article 78 proceeding ended on "
            f"{format_date(clock.article78_by)}"
        )
    return STAGE_LABELS[s]
