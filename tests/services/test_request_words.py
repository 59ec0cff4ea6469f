"""A request's next step in one sentence, stage by stage (dates hand-computed)."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.foil_deadlines import RequestDates, Stage, compute
from casebook.domain.vocabulary import Agency, RequestKind
from casebook.services import request_words as words

D = date.fromisoformat
DASH = "\N{EM DASH}"
RECEIVED = D("2026-10-01")  # Thu; 5 business days: acknowledgement due Thu 10-08

CASES = [
    # (dates beyond receipt, today, by the advocate, the sentence)
    ({}, "2026-10-05", False,
     f"NYPD owes an answer or acknowledgement by Thu 2026-10-08 {DASH} 3 days"),
    # silent past 10-08: 30 days from it is Sat 11-07 -> Mon 11-09
    ({}, "2026-10-09", True,
     f"NYPD is 1 day late: you may appeal by Mon 2026-11-09 {DASH} 31 days"),
    # acknowledged Tue 10-06: 20 business days -> Thu 11-05 (Columbus Day, Election Day off)
    ({"acknowledged": "2026-10-06"}, "2026-10-20", False,
     f"NYPD owes a determination by Thu 2026-11-05 {DASH} 16 days"),
    ({"acknowledged": "2026-10-06"}, "2026-11-06", True,
     f"NYPD is 1 day late: you may appeal by Mon 2026-12-07 {DASH} 31 days"),
    # acknowledged Tue 10-13, 5 days after 10-08: determination due 11-12, later
    # than the appeal of the missed acknowledgement (Mon 11-09), which comes first
    ({"acknowledged": "2026-10-13"}, "2026-10-14", True,
     f"NYPD acknowledged 5 days late: you may appeal by Mon 2026-11-09 {DASH} 26 days"),
    # denied Thu 10-15: 30 days -> Sat 11-14 -> Mon 11-16
    ({"determined": "2026-10-15", "outcome": "denied"}, "2026-10-20", True,
     f"File the appeal by Mon 2026-11-16 {DASH} 27 days"),
    # appeal received Tue 10-20: 10 business days -> Wed 11-04 (Election Day 11-03 off)
    ({"determined": "2026-10-15", "outcome": "partial", "appealed": "2026-10-20"},
     "2026-10-21", False,
     f"NYPD owes a decision on the appeal by Wed 2026-11-04 {DASH} 14 days"),
    # appeal denied Mon 11-02: 4 months -> Tue 2027-03-02
    ({"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20",
      "appeal_decided": "2026-11-02", "appeal_outcome": "denied"}, "2026-11-10", True,
     f"Bring an Article 78 proceeding by Tue 2027-03-02 {DASH} 112 days"),
    # appeal undecided past Wed 11-04: 4 months from it -> Thu 2027-03-04
    ({"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20"},
     "2026-11-10", True,
     f"NYPD is 6 days late deciding the appeal: you may bring an Article 78 proceeding by "
     f"Thu 2027-03-04 {DASH} 114 days"),
]  # fmt: skip


def _dates(events: dict[str, str]) -> RequestDates:
    values = {k: v if k.endswith("outcome") else D(v) for k, v in events.items()}
    return RequestDates(received=RECEIVED, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("events", "today", "by_advocate", "text"), CASES)
def test_each_stage_says_who_must_do_what_by_when(events, today, by_advocate, text):
    dates = _dates(events)
    clock = compute(dates, D(today), "NYPD")
    step = words.next_step(clock, dates, "NYPD", today=D(today))
    assert step is not None
    assert (step.by_advocate, step.text, step.overdue) == (by_advocate, text, False)
    assert step.text.count(DASH) == 1, "one item, worded once"


def test_a_late_acknowledgement_before_the_determination_is_said_beside_it():
    # received Thu 02-26: acknowledgement due Thu 03-05, given Fri 03-06 (1 day late);
    # 20 business days -> Fri 04-03, before the appeal of the late one (Sat 04-04 -> Mon 04-06)
    dates = RequestDates(received=D("2026-02-26"), acknowledged=D("2026-03-06"))
    clock = compute(dates, D("2026-03-10"), "NYPD")
    assert clock.stage is Stage.AWAITING_DETERMINATION and clock.constructive_denial
    step = words.next_step(clock, dates, "NYPD", today=D("2026-03-10"))
    assert step is not None and not step.by_advocate
    assert step.text == (
        f"NYPD owes a determination by Fri 2026-04-03 {DASH} 24 days "
        "(NYPD acknowledged 1 day late: you may appeal by Mon 2026-04-06)"
    )


@pytest.mark.parametrize(
    ("events", "today", "text"),
    [
        ({"determined": "2026-10-15", "outcome": "granted"}, "2026-10-20",
         "Closed: NYPD granted the request on Thu 2026-10-15"),
        ({}, "2026-11-10",
         "Closed: the time to appeal ended on Mon 2026-11-09; "
         "a new request for the same records can be made"),
        ({"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20",
          "appeal_decided": "2026-11-02", "appeal_outcome": "granted"}, "2026-11-10",
         "Closed: the appeal was granted on Mon 2026-11-02"),
        ({"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20",
          "appeal_decided": "2026-11-02", "appeal_outcome": "denied"}, "2027-03-03",
         "Closed: the time for an Article 78 proceeding ended on Tue 2027-03-02"),
    ],
)  # fmt: skip
def test_with_nothing_due_it_says_why(events, today, text):
    dates = _dates(events)
    clock = compute(dates, D(today), "NYPD")
    assert words.next_step(clock, dates, "NYPD", today=D(today)) is None
    assert words.settled_text(clock, dates, "NYPD") == text
    assert "_" not in text


def test_in_court_and_not_received():
    dates = _dates({"determined": "2026-10-15", "outcome": "denied", "appealed": "2026-10-20"})
    clock = compute(dates, D("2026-11-10"), "NYPD")
    filed = D("2026-11-09")
    today = D("2026-11-10")
    assert words.next_step(clock, dates, "NYPD", today=today, article78_filed=filed) is None
    assert words.settled_text(clock, dates, "NYPD", filed) == (
        "In court: Article 78 petition filed on Mon 2026-11-09"
    )
    empty = RequestDates()
    assert words.settled_text(compute(empty, D("2026-11-10"), "NYPD"), empty, "NYPD") == (
        "Enter the date NYPD received the request to start the clock"
    )


def test_names_and_labels_have_words_for_every_key():
    assert words.request_name(Agency.NYPD, RequestKind.FOIL, "FOIL-2025-056-01234", 3) == (
        "NYPD FOIL-2025-056-01234"
    )
    assert words.request_name(Agency.OTHER, RequestKind.FOIL, "", 12) == "Other agency FOIL #12"
    assert words.request_name(Agency.DCJS, RequestKind.UNSEALING, "", 4) == (
        "DCJS unsealing request #4"
    )
    assert words.agency_in_sentence(Agency.OTHER) == "the agency"
    assert set(words.STAGE_LABELS) == set(Stage)
    assert set(words.AGENCY_LABELS) == set(Agency)
    assert set(words.KIND_LABELS) == set(RequestKind)
    assert words.outcome_label("partial") == "Partly granted" and words.outcome_label(None) == ""


@pytest.mark.dates
def test_an_own_date_missed_and_a_second_extension_ride_on_the_sentence():
    from casebook.domain.foil_deadlines import Extension

    # Acknowledged Tue 10-06 with Tue 10-20 as its approximate date, earlier than the
    # 20 business days (Thu 11-05); on Wed 10-21 that date has passed: 15 days remain.
    early = RequestDates(received=RECEIVED, acknowledged=D("2026-10-06"), promised=D("2026-10-20"))
    clock = compute(early, D("2026-10-21"), "NYPD")
    step = words.next_step(clock, early, "NYPD", today=D("2026-10-21"))
    assert step is not None and not step.by_advocate
    assert step.text == (
        f"NYPD owes a determination by Thu 2026-11-05 {DASH} 15 days (NYPD missed its own "
        "date, Tue 2026-10-20: arguably a denial you may appeal)"
    )
    assert words.stage_text(clock) == "Awaiting a decision"
    # Extended to Mon 11-30 (letter of 11-04), then to Fri 2027-01-29 (letter of 11-27);
    # on Sun 11-29: 1 day left in November, 31 in December, 29 in January = 61 days.
    twice = RequestDates(
        received=RECEIVED,
        acknowledged=D("2026-10-06"),
        extensions=(
            Extension(D("2026-11-30"), D("2026-11-04")),
            Extension(D("2027-01-29"), D("2026-11-27")),
        ),
    )
    clock = compute(twice, D("2026-11-29"), "NYPD")
    step = words.next_step(clock, twice, "NYPD", today=D("2026-11-29"))
    assert step is not None and step.text == (
        f"NYPD owes a determination by Fri 2027-01-29 {DASH} 61 days "
        "(extended 2 times: no provision permits repeated delays)"
    )
    assert words.stage_text(clock) == (
        "Awaiting a decision (extended 2 times: no provision permits repeated delays)"
    )


@pytest.mark.dates
def test_a_late_extension_leaves_the_appeal_first():
    from casebook.domain.foil_deadlines import Extension

    # Acknowledged Tue 10-06, due Thu 11-05; the extension letter of Mon 11-09 came after.
    # The missed 11-05 may be appealed until Sat 12-05 -> Mon 12-07: 28 days from 11-09.
    dates = RequestDates(
        received=RECEIVED,
        acknowledged=D("2026-10-06"),
        extensions=(Extension(D("2027-01-29"), D("2026-11-09")),),
    )
    clock = compute(dates, D("2026-11-09"), "NYPD")
    step = words.next_step(clock, dates, "NYPD", today=D("2026-11-09"))
    assert step is not None and step.by_advocate and step.day == D("2026-12-07")
    assert step.text == (
        "NYPD extended its time only after its date had passed: you may appeal by "
        f"Mon 2026-12-07 {DASH} 28 days"
    )
