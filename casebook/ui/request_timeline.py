"""A request's life as dated lines: what happened, what is due, what was missed.

Pure: built from the frozen ``RequestInfo`` (its dates and its clock from
``foil_deadlines``), so it is tested without Qt and drawn by whoever wants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.deadline_phrases import format_date
from casebook.services.request_words import agency_in_sentence, outcome_label
from casebook.services.requests import RequestInfo

DONE = "done"
DUE = "due"
LATE = "late"
MET = "met"
TODAY = "today"


@dataclass(frozen=True)
class TimelineLine:
    day: date
    text: str
    state: str  # done, due, late (a due date passed with nothing done), met, today


def request_timeline(info: RequestInfo, today: date) -> list[TimelineLine]:
    """Events and due dates in date order, with a line for today among them."""
    d, c = info.dates, info.clock
    named = agency_in_sentence(info.agency)
    agency = named[:1].upper() + named[1:]
    lines: list[TimelineLine] = []

    def event(day: date | None, text: str) -> None:
        if day is not None:
            lines.append(TimelineLine(day, text, DONE))

    def due(day: date | None, text: str, done_on: date | None) -> None:
        if day is None:
            return
        if done_on is not None:
            state = MET if done_on <= day else LATE
        else:
            state = LATE if day < today else DUE
        lines.append(TimelineLine(day, text, state))

    via = f" via {info.sent_via}" if info.sent_via else ""
    event(info.sent_on, f"Sent{via}")
    event(d.received, f"{agency} received it; the clock starts (POL §89(3)(a))")
    event(d.acknowledged, f"{agency} acknowledged it")
    latest = d.extensions[-1].until if d.extensions else d.promised

    def own_date(day: date | None, text: str) -> None:
        """A date the agency set: due while it governs, then extended, or missed."""
        if day is None:
            return
        if day == c.own_date_missed:
            lines.append(TimelineLine(day, f"{text}; missed: arguably a denial", LATE))
        elif day != latest:
            lines.append(TimelineLine(day, f"{text}; extended since", DONE))
        elif day != c.determination_due:
            due(day, text, d.determined)

    own_date(d.promised, f"{agency} promised an answer by this date")
    for number, x in enumerate(d.extensions, start=1):
        repeated = (
            " \N{EM DASH} repeated: no provision permits repeated delays (COOG FOIL-AO-19644)"
            if number > 1
            else ""
        )
        reason = f": {x.reason}" if x.reason else ""
        said = f"{agency} extended its time to {format_date(x.until)}{reason}{repeated}"
        if x.written_on is not None:
            event(x.written_on, said)
            said = f"{agency} had extended its time to this date"
        if x.written_on is None and x.until == c.determination_due:
            lines.append(TimelineLine(x.until, said, DUE))
        else:
            own_date(x.until, said)
    if c.twenty_days is not None and c.twenty_days != c.determination_due:
        # Not a deadline once a later date certain governs: shown beside it, unmarked.
        twenty = "20 business days after the acknowledgement; the date the agency gave governs"
        lines.append(TimelineLine(c.twenty_days, twenty, DONE))
    if d.determined is not None:
        event(d.determined, f"Decision: {outcome_label(d.outcome).lower() or 'entered'}")
    event(d.appealed, "Appeal received")
    if d.appeal_decided is not None:
        event(d.appeal_decided, f"Appeal decided: {outcome_label(d.appeal_outcome).lower()}")
    event(info.article78, "Article 78 petition filed")

    answered = d.acknowledged or d.determined
    due(c.acknowledgement_due, "Due: acknowledgement or answer (5 business days)", answered)
    due(c.determination_due, "Due: grant or denial", d.determined)
    due(c.appeal_by, "Last day to appeal (30 days, POL §89(4)(a))", d.appealed)
    due(c.appeal_determination_due, "Due: appeal decision (10 business days)", d.appeal_decided)
    due(c.article78_by, "Last day for an Article 78 proceeding (CPLR 217)", info.article78)
    lines.append(TimelineLine(today, "Today", TODAY))
    order = {DONE: 0, MET: 1, LATE: 1, DUE: 1, TODAY: 2}
    return sorted(lines, key=lambda line: (line.day, order[line.state]))
