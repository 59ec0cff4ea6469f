"""How a deadline is said, and the one definition of overdue and due-within (hand-computed)."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain import deadline_phrases as p

TODAY = date(2026, 12, 2)  # a Wednesday
D = date.fromisoformat
DASH = "\N{EM DASH}"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2026-12-30", "Wed 2026-12-30"),  # day 364 of a year that began on a Thursday
        ("2027-01-26", "Tue 2027-01-26"),  # 2027 begins on a Friday; +25 days
        ("2026-11-01", "Sun 2026-11-01"),
        ("2024-02-29", "Thu 2024-02-29"),  # a leap day
        ("2026-12-07", "Mon 2026-12-07"),
    ],
)
def test_a_date_is_weekday_and_iso_whatever_the_locale(day, text):
    assert p.format_date(D(day)) == text


@pytest.mark.parametrize(
    ("day", "alone", "sentence"),
    [
        ("2026-12-02", "Due today", f"File the appeal by Wed 2026-12-02 {DASH} due today"),
        ("2026-12-03", "1 day", f"File the appeal by Thu 2026-12-03 {DASH} 1 day"),
        ("2026-12-30", "28 days", f"File the appeal by Wed 2026-12-30 {DASH} 28 days"),
        ("2027-01-01", "30 days", f"File the appeal by Fri 2027-01-01 {DASH} 30 days"),
        ("2026-12-01", "Overdue by 1 day",
         f"File the appeal by Tue 2026-12-01 {DASH} overdue by 1 day"),
        ("2026-11-29", "Overdue by 3 days",
         f"File the appeal by Sun 2026-11-29 {DASH} overdue by 3 days"),
    ],
)  # fmt: skip
def test_what_the_user_must_do_by_when_and_the_days_left(day, alone, sentence):
    assert p.days_left(D(day), TODAY) == alone
    assert p.must("file the appeal", D(day), TODAY) == sentence


def test_what_an_agency_owes():
    assert p.owes("NYPD", "a determination", D("2026-12-07"), TODAY) == (
        f"NYPD owes a determination by Mon 2026-12-07 {DASH} 5 days"
    )
    assert p.owes("the agency", "an answer or acknowledgement", TODAY, TODAY) == (
        f"The agency owes an answer or acknowledgement by Wed 2026-12-02 {DASH} due today"
    )


def test_a_late_agency_is_the_reason_for_what_the_user_may_do():
    late = p.late_by("NYPD", D("2026-11-28"), TODAY)  # its last day was Sat 11-28
    assert late == "NYPD is 4 days late"
    assert p.may(late, "appeal", D("2026-12-28"), TODAY) == (
        f"NYPD is 4 days late: you may appeal by Mon 2026-12-28 {DASH} 26 days"
    )
    assert p.late_by("the agency", D("2026-12-01"), TODAY) == "The agency is 1 day late"
    assert p.late_by("NYPD", D("2026-11-26"), TODAY, "deciding the appeal") == (
        "NYPD is 6 days late deciding the appeal"
    )
    with pytest.raises(ValueError, match="only after its last day"):
        p.late_by("NYPD", TODAY, TODAY)  # its last day is today: not late yet


@pytest.mark.parametrize(
    ("day", "detail", "text"),
    [
        ("2027-01-26", "at 09:30", f"Individual hearing on Tue 2027-01-26 at 09:30 {DASH} 55 days"),
        ("2026-12-02", "", f"Individual hearing on Wed 2026-12-02 {DASH} due today"),
        ("2026-12-01", "", f"Individual hearing on Tue 2026-12-01 {DASH} 1 day ago"),
        ("2026-11-30", "at 26 Federal Plaza",
         f"Individual hearing on Mon 2026-11-30 at 26 Federal Plaza {DASH} 2 days ago"),
    ],
)  # fmt: skip
def test_an_appointment_is_never_overdue(day, detail, text):
    assert p.on("individual hearing", D(day), TODAY, detail) == text


@pytest.mark.parametrize(
    ("day", "days", "overdue", "within", "reminder"),
    [
        ("2026-12-01", 30, True, False, True),  # yesterday
        ("2026-12-02", 30, False, True, True),  # today: due, not overdue
        ("2026-12-30", 30, False, True, True),  # 28 days: in "the next 30 days"
        ("2027-01-01", 30, False, True, True),  # 30 days: the window's last day
        ("2027-01-02", 30, False, False, False),  # 31 days
        ("2026-12-02", 0, False, True, True),
        ("2026-12-03", 0, False, False, False),
        ("2026-12-09", 7, False, True, True),
        ("2026-12-10", 7, False, False, False),
    ],
)
def test_one_definition_of_overdue_and_due_within(day, days, overdue, within, reminder):
    assert p.is_overdue(D(day), TODAY) is overdue
    assert p.is_due_within(D(day), TODAY, days) is within
    assert p.is_reminder(D(day), TODAY, days) is reminder


@pytest.mark.parametrize(
    ("overdue", "due", "days", "text"),
    [
        (0, 0, 30, "Nothing overdue and nothing due in the next 30 days."),
        (0, 1, 30, "1 due in the next 30 days; nothing overdue."),
        (1, 0, 7, "1 overdue; nothing else due in the next 7 days."),
        (2, 3, 30, "2 overdue and 3 due in the next 30 days."),
        (0, 2, 1, "2 due today or tomorrow; nothing overdue."),
        (0, 0, 0, "Nothing overdue and nothing due today."),
    ],
)
def test_the_count_line(overdue, due, days, text):
    assert p.summary(overdue, due, days) == text


def test_counts_say_day_or_days():
    assert [p.count(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
