"""Statutory clock of a New York FOIL request: what is due, by when, and what to do.

Sources: Public Officers Law §89(3)(a) (answer times), §89(4)(a) (appeal and
its answer time, constructive denial), §89(4)(b) (court review after the
appeal) and CPLR 217(1) (four months to bring an Article 78 proceeding).
Days are counted by ``business_days`` (GCL §§20, 24, 25-a, 30).

Where the law leaves a choice, the earlier date is taken, because a user who
acts too early can act again but one who acts too late cannot:

- "received" is the day the agency received the request, as entered; the
  count starts the next day and skips non-business days, so a request
  received on a weekend or holiday is due when one received the business day
  before would be (POL §89(3)(a) runs "of the receipt"; GCL §20);
- the 30 days to appeal run from the date of the written denial as entered
  (a court may count from when the letter arrived, which is later), or from
  the last day the agency had to answer when it stayed silent;
- the four months for Article 78 run from the appeal decision as entered,
  or from the last day the agency had to decide the appeal.

Dates the agency sets for itself:

- a date certain later than the 20 business days (in the acknowledgement or
  an extension) moves the determination date; before it the request is not
  constructively denied, even though the date lies in the future when it is
  entered (COOG FOIL-AO-17821; *Save Monroe Ave. v NYS DOT*, 2021 NY Slip Op
  04639). Only the latest
  date governs: extensions are kept in the order they came;
- an approximate date *earlier* than the 20 business days does not shorten
  them, but once it passes unanswered the agency has missed its own stated
  date, which the Committee on Open Government's model appeal treats as a
  denial: ``FoilClock.own_date_missed`` says so, arguably, and the 20-day
  date stays the determination date;
- the statute allows one extension to a date certain with reasons; "there is
  no provision that permits repeated delays" (COOG FOIL-AO-19644). The second
  and later extensions are flagged (``FoilClock.repeated_extensions``), and
  once the first extended date passes unanswered it is an own date missed;
- an extension written after the due date in force had already passed does
  not undo that constructive denial, as a late acknowledgement does not: it
  may be appealed for 30 days from the missed date, while the new date is
  shown as the agency's (``FoilClock.late_extension``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from casebook.domain.business_days import (
    add_business_days,
    add_calendar_days_gcl,
    add_months_gcl,
)
from casebook.domain.deadline_phrases import format_date
from casebook.domain.errors import ValidationError

Outcome = Literal["granted", "partial", "denied"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)

ACKNOWLEDGE_BUSINESS_DAYS = 5  # POL §89(3)(a): grant, deny or acknowledge
DETERMINE_BUSINESS_DAYS = 20  # POL §89(3)(a): from the acknowledgement
APPEAL_CALENDAR_DAYS = 30  # POL §89(4)(a): "within thirty days" of the denial
APPEAL_DECISION_BUSINESS_DAYS = 10  # POL §89(4)(a): from receipt of the appeal
ARTICLE78_MONTHS = 4  # CPLR 217(1): from the final determination


class Stage(enum.Enum):
    """Where the request stands today; the latest event entered governs."""

    NOT_RECEIVED = "not_received"
    AWAITING_ACKNOWLEDGEMENT = "awaiting_acknowledgement"
    AWAITING_DETERMINATION = "awaiting_determination"
    CONSTRUCTIVELY_DENIED = "constructively_denied"
    GRANTED = "granted"
    DENIED = "denied"
    APPEAL_TIME_PASSED = "appeal_time_passed"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_CONSTRUCTIVELY_DENIED = "appeal_constructively_denied"
    APPEAL_GRANTED = "appeal_granted"
    APPEAL_DENIED = "appeal_denied"
    ARTICLE78_TIME_PASSED = "article78_time_passed"


@dataclass(frozen=True)
class Extension:
    """The agency extended its time in writing (POL §89(3)(a)).

    ``until``: the new date it gave for its answer (usually in the future when
    entered). ``written_on``: the date of its letter, if known. ``reason``: the
    reason it gave, in words (the statute requires one).
    """

    until: date
    written_on: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class RequestDates:
    """What happened to one request, as the user entered it.

    ``received``: the agency received the request (the clock starts here).
    ``acknowledged``: the agency's written acknowledgement.
    ``promised``: the date the agency gave in writing for its answer (the
    approximate date of the acknowledgement, or a later "date certain").
    ``extensions``: each later extension of its time, in the order they came.
    ``determined`` with ``outcome``: the written grant, partial grant or denial.
    ``appealed``: the agency received the appeal.
    ``appeal_decided`` with ``appeal_outcome``: the written appeal decision.

    ``promised`` and the extensions' dates may lie in the future; the dates of
    things that happened may not (the services check that against today).
    """

    received: date | None = None
    acknowledged: date | None = None
    promised: date | None = None
    extensions: tuple[Extension, ...] = ()
    determined: date | None = None
    outcome: Outcome | None = None
    appealed: date | None = None
    appeal_decided: date | None = None
    appeal_outcome: Outcome | None = None


@dataclass(frozen=True)
class FoilClock:
    """The statutory due dates of a request and what they mean today.

    Each date is None until it applies:

    - ``acknowledgement_due``: once received; 5 business days after receipt.
    - ``determination_due``: once acknowledged; 20 business days after the
      acknowledgement, or the agency's latest written date (the promised
      date, or the last extension's) when that is later.
    - ``twenty_days``: once acknowledged; 20 business days after the
      acknowledgement, shown beside a date the agency set for itself.
    - ``appeal_by``: after a written denial or partial grant (30 days from
      it), or after a constructive denial (30 days from the missed due date);
      kept once an appeal is filed, to show whether it was in time.
    - ``appeal_determination_due``: once an appeal is received; 10 business
      days after.
    - ``article78_by``: after the appeal is denied in whole or part (4 months
      from the decision), or once the appeal decision is overdue (4 months
      from its due date). Never before an appeal: court review needs one
      (POL §89(4)(b)).

    ``overdue``: the agency has let the due date pass for the step it owes
    now (acknowledgement, determination or appeal decision).
    ``constructive_denial``: the law treats the agency's silence as a denial
    (POL §89(3)(a) last sentence, §89(4)(a)): it is overdue, or it
    acknowledged after the 5 business days, has not yet answered, and the 30
    days to appeal that missed deadline have not run out.
    ``own_date_missed``: while the agency still has time under the statute, a
    date it set for itself passed unanswered (an approximate date earlier than
    the 20 business days, or the first extended date of repeated
    extensions): arguably a denial that may be appealed (COOG model appeal).
    ``late_extension``: (the missed due date, the letter date) of an extension
    written after the due date then in force had passed, while that missed
    date may still be appealed (a constructive denial, as with a late
    acknowledgement).
    ``extensions``: how many extensions were entered; ``repeated_extensions``
    that there are two or more (COOG FOIL-AO-19644: no provision permits
    repeated delays).
    ``message``: plain English for the advocate, with the citation.
    """

    stage: Stage
    message: str
    acknowledgement_due: date | None = None
    determination_due: date | None = None
    appeal_by: date | None = None
    appeal_determination_due: date | None = None
    article78_by: date | None = None
    overdue: bool = False
    constructive_denial: bool = False
    twenty_days: date | None = None
    own_date_missed: date | None = None
    late_extension: tuple[date, date] | None = None
    extensions: int = 0

    @property
    def repeated_extensions(self) -> bool:
        """Two or more extensions: "no provision that permits repeated delays" (FOIL-AO-19644)."""
        return self.extensions >= 2


@dataclass(frozen=True)
class _RequestStage:
    """The request (before any appeal) as it stood on one day."""

    stage: Stage
    overdue: bool = False
    constructive_denial: bool = False
    missed: date | None = None  # the agency's missed due date, if any
    appeal_by: date | None = None
    late_extension: tuple[date, date] | None = None  # (missed, the late letter's date)


def _iso(day: date | None) -> str:
    """Dates in messages as everywhere: ``Thu 2026-10-08`` (``deadline_phrases.format_date``)."""
    return format_date(day) if day is not None else "?"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_LABELS = {
    "received": "receipt",
    "acknowledged": "the acknowledgement",
    "promised": "the promised answer",
    "determined": "the determination",
    "appealed": "the appeal",
    "appeal_decided": "the appeal decision",
}


def _validate(dates: RequestDates) -> None:
    for field in ("outcome", "appeal_outcome"):
        if getattr(dates, field) not in (None, *OUTCOMES):
            raise ValidationError(field, "The outcome must be granted, partial or denied.")
    pairs = (
        ("determined", "outcome", "the determination"),
        ("appeal_decided", "appeal_outcome", "the appeal decision"),
    )
    for date_field, outcome_field, what in pairs:
        has_date = getattr(dates, date_field) is not None
        has_outcome = getattr(dates, outcome_field) is not None
        if has_date and not has_outcome:
            raise ValidationError(outcome_field, f"Enter the outcome of {what}.")
        if has_outcome and not has_date:
            raise ValidationError(date_field, f"Enter the date of {what}.")
    later_than = (
        ("acknowledged", "received"),
        ("promised", "acknowledged"),
        ("determined", "received"),
        ("appealed", "received"),
        ("appeal_decided", "appealed"),
    )
    for number, extension in enumerate(dates.extensions, start=1):
        if dates.acknowledged is None:
            raise ValidationError("acknowledged", "Enter the acknowledgement before an extension.")
        what = "the extension" if len(dates.extensions) == 1 else f"extension {number}"
        if extension.written_on is not None and extension.written_on < dates.acknowledged:
            raise ValidationError(
                "extended", f"The letter of {what} cannot be before the acknowledgement."
            )
        if extension.until < (extension.written_on or dates.acknowledged):
            raise ValidationError(
                "extended",
                f"The new date of {what} cannot be before its letter or the acknowledgement.",
            )
    for field, earlier_field in later_than:
        value: date | None = getattr(dates, field)
        earlier: date | None = getattr(dates, earlier_field)
        if value is None:
            continue
        if earlier is None:
            raise ValidationError(earlier_field, f"Enter the date of {_LABELS[earlier_field]}.")
        if value < earlier:
            raise ValidationError(
                field,
                f"The date of {_LABELS[field]} cannot be before the date of "
                f"{_LABELS[earlier_field]}.",
            )


def _late_extension(dates: RequestDates, twenty_days: date | None) -> tuple[date, date] | None:
    """The first extension whose letter came after the due date then in force had passed:
    (that missed date, the letter's date); None when every extension came in time."""
    if twenty_days is None:
        return None
    due = twenty_days
    if dates.promised is not None and dates.promised > twenty_days:
        due = dates.promised
    for extension in dates.extensions:
        if extension.written_on is not None and extension.written_on > due:
            return due, extension.written_on
        due = max(twenty_days, extension.until)
    return None


def _request_stage(
    dates: RequestDates,
    ack_due: date,
    det_due: date | None,
    as_of: date,
    late_extension: tuple[date, date] | None = None,
) -> _RequestStage:
    """The request stage on ``as_of``, ignoring any appeal."""
    if dates.determined is not None:
        if dates.outcome == "granted":
            return _RequestStage(Stage.GRANTED)
        appeal_by = add_calendar_days_gcl(dates.determined, APPEAL_CALENDAR_DAYS)
        late = Stage.APPEAL_TIME_PASSED if as_of > appeal_by else Stage.DENIED
        return _RequestStage(late, appeal_by=appeal_by)
    due = det_due if det_due is not None else ack_due
    if as_of > due:
        # POL §89(3)(a): failing to comply with its time limits is a denial of
        # the request, which may be appealed (§89(4)(a)).
        appeal_by = add_calendar_days_gcl(due, APPEAL_CALENDAR_DAYS)
        late = Stage.APPEAL_TIME_PASSED if as_of > appeal_by else Stage.CONSTRUCTIVELY_DENIED
        return _RequestStage(late, True, True, due, appeal_by)
    if dates.acknowledged is None:
        return _RequestStage(Stage.AWAITING_ACKNOWLEDGEMENT)
    if dates.acknowledged > ack_due:
        # A late acknowledgement does not undo the missed 5-day limit; that
        # denial may be appealed for 30 days, after which only the new
        # determination date matters.
        appeal_by = add_calendar_days_gcl(ack_due, APPEAL_CALENDAR_DAYS)
        if as_of <= appeal_by:
            return _RequestStage(Stage.AWAITING_DETERMINATION, False, True, ack_due, appeal_by)
    if late_extension is not None:
        # Likewise an extension written after the due date had passed: the denial
        # that day may be appealed for 30 days (POL §89(3)(a), §89(4)(a)).
        missed = late_extension[0]
        appeal_by = add_calendar_days_gcl(missed, APPEAL_CALENDAR_DAYS)
        if as_of <= appeal_by:
            return _RequestStage(
                Stage.AWAITING_DETERMINATION, False, True, missed, appeal_by, late_extension
            )
    return _RequestStage(Stage.AWAITING_DETERMINATION)


def compute(dates: RequestDates, today: date, agency: str = "the agency") -> FoilClock:
    """The statutory clock of ``dates`` as of ``today``.

    ``agency`` names the agency in the message (e.g. "NYPD"). Raises
    ``ValidationError`` for dates out of order or an outcome without a date.
    """
    _validate(dates)
    if dates.received is None:
        return FoilClock(
            Stage.NOT_RECEIVED,
            f"Enter the date {agency} received the request to start the "
            "statutory clock (POL §89(3)(a)).",
        )
    ack_due = add_business_days(dates.received, ACKNOWLEDGE_BUSINESS_DAYS)
    det_due: date | None = None
    twenty_days: date | None = None
    if dates.acknowledged is not None:
        twenty_days = add_business_days(dates.acknowledged, DETERMINE_BUSINESS_DAYS)
        # POL §89(3)(a): grant or deny within 20 business days of the
        # acknowledgement, unless the agency gave a later "date certain" in
        # writing (which must be reasonable and come with a reason). An
        # earlier promise does not shorten the statutory period: marking a
        # request denied before the 20 days run would invite a premature appeal.
        det_due = twenty_days
        stated = _stated_date(dates)
        if stated is not None and stated > twenty_days:
            det_due = stated

    late_extension = _late_extension(dates, twenty_days)
    if dates.appealed is None:
        req = _request_stage(dates, ack_due, det_due, today, late_extension)
        own = _own_date_missed(dates, req, twenty_days, today)
        return FoilClock(
            req.stage,
            _request_message(dates, req, agency, ack_due, det_due, twenty_days, own),
            acknowledgement_due=ack_due,
            determination_due=det_due,
            appeal_by=req.appeal_by,
            overdue=req.overdue,
            constructive_denial=req.constructive_denial,
            twenty_days=twenty_days,
            own_date_missed=own,
            late_extension=req.late_extension,
            extensions=len(dates.extensions),
        )

    appealed = _request_stage(dates, ack_due, det_due, dates.appealed, late_extension)
    appeal_due = add_business_days(dates.appealed, APPEAL_DECISION_BUSINESS_DAYS)
    overdue = False
    article78_by: date | None = None
    if dates.appeal_decided is not None:
        if dates.appeal_outcome == "granted":
            stage = Stage.APPEAL_GRANTED
        else:
            article78_by = add_months_gcl(dates.appeal_decided, ARTICLE78_MONTHS)
            stage = Stage.APPEAL_DENIED
    elif today > appeal_due:
        # An appeal not decided within 10 business days is denied by silence
        # (POL §89(4)(a)); the four months run from that day (CPLR 217(1)).
        overdue = True
        article78_by = add_months_gcl(appeal_due, ARTICLE78_MONTHS)
        stage = Stage.APPEAL_CONSTRUCTIVELY_DENIED
    else:
        stage = Stage.APPEAL_PENDING
    if article78_by is not None and today > article78_by:
        stage = Stage.ARTICLE78_TIME_PASSED
    message = _appeal_message(dates, stage, agency, appeal_due, article78_by)
    if appealed.appeal_by is not None and dates.appealed > appealed.appeal_by:
        message += (
            f" Note: the appeal was received after the appeal deadline "
            f"({_iso(appealed.appeal_by)}); {agency} may reject it as late."
        )
    return FoilClock(
        stage,
        message,
        acknowledgement_due=ack_due,
        determination_due=det_due,
        appeal_by=appealed.appeal_by,
        appeal_determination_due=appeal_due,
        article78_by=article78_by,
        overdue=overdue,
        constructive_denial=overdue,
        twenty_days=twenty_days,
        extensions=len(dates.extensions),
    )


def _stated_date(dates: RequestDates) -> date | None:
    """The latest date the agency gave in writing for its answer: the last extension's
    new date, else the date of the acknowledgement."""
    if dates.extensions:
        return dates.extensions[-1].until
    return dates.promised


def _own_date_missed(
    dates: RequestDates, req: _RequestStage, twenty_days: date | None, today: date
) -> date | None:
    """A date the agency set for itself that passed unanswered while the statute still
    gives it time; None otherwise. See the module docstring."""
    if req.stage is not Stage.AWAITING_DETERMINATION or twenty_days is None:
        return None
    if len(dates.extensions) >= 2 and today > dates.extensions[0].until:
        # One extension to a date certain is what POL §89(3)(a) allows; the agency
        # let that date pass and extended again (COOG FOIL-AO-19644).
        return dates.extensions[0].until
    stated = _stated_date(dates)
    if stated is not None and stated < twenty_days and today > stated:
        # The approximate date it gave came and went (COOG model appeal letter).
        return stated
    return None


def _request_message(
    dates: RequestDates,
    req: _RequestStage,
    agency: str,
    ack_due: date,
    det_due: date | None,
    twenty_days: date | None,
    own: date | None = None,
) -> str:
    text = _request_stage_message(dates, req, agency, ack_due, det_due, twenty_days)
    if req.stage is not Stage.AWAITING_DETERMINATION:
        return text
    if own is not None:
        if len(dates.extensions) >= 2:
            what = f"the date it first extended its time to ({_iso(own)})"
        else:
            what = f"the approximate date it gave ({_iso(own)})"
        text = (
            f"Arguably a denial: {agency} did not answer by {what}; a request not "
            "answered by the agency's own date may be treated as denied and appealed "
            "(POL §89(4)(a); Committee on Open Government model appeal). " + text
        )
    if len(dates.extensions) >= 2:
        text += (
            f" {_cap(agency)} has extended its time {len(dates.extensions)} times: the law "
            "allows a date certain with a reason, and there is no provision that permits "
            "repeated delays (COOG FOIL-AO-19644)."
        )
    return text


def _request_stage_message(
    dates: RequestDates,
    req: _RequestStage,
    agency: str,
    ack_due: date,
    det_due: date | None,
    twenty_days: date | None,
) -> str:
    appeal_now = f"You may appeal now (POL §89(4)(a)); appeal by {_iso(req.appeal_by)}."
    if req.stage is Stage.AWAITING_ACKNOWLEDGEMENT:
        return (
            f"{_cap(agency)} must grant, deny or acknowledge the request by "
            f"{_iso(ack_due)} (5 business days after receipt, POL §89(3)(a))."
        )
    if req.stage is Stage.AWAITING_DETERMINATION:
        stated = _stated_date(dates)
        if stated is not None and det_due == stated:
            text = (
                f"{_cap(agency)} must grant or deny the request by {_iso(det_due)}, "
                "the date it gave in writing (POL §89(3)(a))."
            )
            if twenty_days is not None and stated > twenty_days:
                text += (
                    " That is later than 20 business days after the acknowledgement "
                    f"({_iso(twenty_days)}): the law requires a written reason and a "
                    "date that is reasonable under the circumstances (POL §89(3)(a))."
                )
        else:
            text = (
                f"{_cap(agency)} must grant or deny the request by {_iso(det_due)} "
                "(20 business days after the acknowledgement, POL §89(3)(a))."
            )
            if stated is not None:
                text += f" It gave {_iso(stated)} as the approximate date of its answer."
        if req.constructive_denial and req.late_extension is not None:
            text = (
                f"Constructive denial: {agency} did not answer by {_iso(req.missed)} and "
                f"extended its time only on {_iso(req.late_extension[1])}. {appeal_now} {text}"
            )
        elif req.constructive_denial:
            text = (
                f"Constructive denial: {agency} did not answer by {_iso(ack_due)} and "
                f"acknowledged only on {_iso(dates.acknowledged)}. {appeal_now} {text}"
            )
        return text
    if req.stage is Stage.GRANTED:
        return f"{_cap(agency)} granted the request on {_iso(dates.determined)}."
    if req.missed is not None:
        what = f"Constructive denial: {agency} did not answer by {_iso(req.missed)}."
        if req.stage is Stage.CONSTRUCTIVELY_DENIED:
            return f"{what} {appeal_now}"
    else:
        verb = "partly denied" if dates.outcome == "partial" else "denied"
        what = f"{_cap(agency)} {verb} the request on {_iso(dates.determined)}."
        if req.stage is Stage.DENIED:
            return f"{what} You may appeal by {_iso(req.appeal_by)} (30 days, POL §89(4)(a))."
    return (
        f"{what} The time to appeal ended on {_iso(req.appeal_by)} (POL §89(4)(a)); "
        "a new request for the same records can be made."
    )


def _appeal_message(
    dates: RequestDates,
    stage: Stage,
    agency: str,
    appeal_due: date,
    article78_by: date | None,
) -> str:
    file_by = (
        "You may bring an Article 78 proceeding (POL §89(4)(b)); file by "
        f"{_iso(article78_by)} (4 months, CPLR 217(1))."
    )
    if stage is Stage.APPEAL_PENDING:
        return (
            f"{_cap(agency)} must decide the appeal received on {_iso(dates.appealed)} "
            f"by {_iso(appeal_due)} (10 business days, POL §89(4)(a))."
        )
    if stage is Stage.APPEAL_GRANTED:
        return f"The appeal was granted on {_iso(dates.appeal_decided)}."
    if dates.appeal_decided is None:
        what = (
            f"Constructive denial of the appeal: {agency} did not decide it by "
            f"{_iso(appeal_due)} (POL §89(4)(a))."
        )
    else:
        verb = "partly denied" if dates.appeal_outcome == "partial" else "denied"
        what = f"The appeal was {verb} on {_iso(dates.appeal_decided)}."
    if stage is Stage.ARTICLE78_TIME_PASSED:
        return (
            f"{what} The 4 months to bring an Article 78 proceeding ended on "
            f"{_iso(article78_by)} (CPLR 217(1))."
        )
    return f"{what} {file_by}"
