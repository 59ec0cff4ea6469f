"""Typed dates and times: every accepted form read exactly, every other text refused.

Each expected value is written by hand. ``TODAY`` (2026-11-29) fixes the
two-digit-year window at 1946..2045.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

import pytest

from casebook.cli import common
from casebook.domain.errors import ValidationError
from casebook.domain.typed_dates import (
    DATE_FORMS,
    DATE_HELP,
    TIME_FORMS,
    format_date,
    format_datetime,
    format_time,
    parse_date,
    parse_datetime,
    parse_time,
    two_digit_year,
)
from tests.helpers import TODAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        ("11/20/2026", date(2026, 11, 20)),
        ("11/20/26", date(2026, 11, 20)),
        ("20261120", date(2026, 11, 20)),
        ("11-20-2026", date(2026, 11, 20)),
        ("11-20-26", date(2026, 11, 20)),
        ("  11/20/2026 ", date(2026, 11, 20)),
        ("1/5/2027", date(2027, 1, 5)),
        ("01/05/2027", date(2027, 1, 5)),
        ("2027-1-5", date(2027, 1, 5)),
        ("2025-03-07", date(2025, 3, 7)),  # the case: was stored as 2025-12-03
        ("3/7/25", date(2025, 3, 7)),
        ("02/29/2028", date(2028, 2, 29)),  # a leap day
        ("12/31/1999", date(1999, 12, 31)),
        ("Fri 2026-11-20", date(2026, 11, 20)),  # the shown form reads back
        ("Friday 11/20/2026", date(2026, 11, 20)),
        ("fri, 2026-11-20", date(2026, 11, 20)),
        ("Wed 2026-12-30", date(2026, 12, 30)),
    ],
)
def test_accepted_dates(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("yy", "year"),
    [
        (26, 2026),  # this year
        (45, 2045),  # 19 years ahead: the last year after today's
        (46, 1946),  # 80 years back: the first year of the window
        (0, 2000),
        (99, 1999),
        (90, 1990),
    ],
)
def test_two_digit_years_fall_in_the_window(yy: int, year: int) -> None:
    assert two_digit_year(yy, TODAY) == year
    assert parse_date(f"01/02/{yy:02d}", TODAY) == date(year, 1, 2)


def test_the_window_moves_with_today() -> None:
    assert two_digit_year(46, date(2027, 1, 1)) == 2046
    assert two_digit_year(47, date(2027, 1, 1)) == 1947


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("02/30/2026", "February 2026 has 28 days; there is no day 30"),
        ("02/29/2027", "February 2027 has 28 days; there is no day 29"),
        ("04/31/2026", "April 2026 has 30 days; there is no day 31"),
        ("2026-11-31", "November 2026 has 30 days; there is no day 31"),
        ("13/01/2026", "There is no month 13: the month comes first"),
        ("20/11/2026", "There is no month 20: the month comes first"),  # day first
        ("2026-13-01", "There is no month 13"),
        ("00/10/2026", "There is no month 0"),
        ("11/00/2026", "there is no day 0"),
        ("2026-1", "not a date casebook can read"),
        ("2026", "not a date casebook can read"),
        ("11/20", "not a date casebook can read"),  # no year: not guessed
        ("11/20/202", "not a date casebook can read"),
        ("11/20-2026", "not a date casebook can read"),  # mixed separators
        ("11.20.2026", "not a date casebook can read"),
        ("112026", "not a date casebook can read"),  # six digits
        ("20261320", "Eight digits are read as year, month, day"),
        ("11202026", "Eight digits are read as year, month, day"),  # month-first digits
        ("01052027", "Eight digits are read as year, month, day"),
        ("0999-01-01", "four digits"),
        ("Nov 20 2026", "not a date casebook can read"),
        ("tomorrow", "not a date casebook can read"),
        ("Thu 2026-11-20", "2026-11-20 is a Friday, not a Thursday"),
        ("", "Enter a date"),
        ("   ", "Enter a date"),
    ],
)
def test_rejected_dates_say_why_and_name_the_forms(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, TODAY, field="received")
    assert caught.value.field == "received"
    assert words in caught.value.message
    if "Friday" not in words and "Eight" not in words:
        assert DATE_FORMS in caught.value.message
    if text.strip():  # the text may be client data: never repeated (beyond the examples)
        assert text.strip() not in caught.value.message.replace(DATE_HELP, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("9:30 AM", time(9, 30)),
        ("9:30am", time(9, 30)),
        ("9:30 a.m.", time(9, 30)),
        ("9:30 PM", time(21, 30)),
        ("14:00", time(14, 0)),
        ("2 PM", time(14, 0)),
        ("2pm", time(14, 0)),
        ("12 AM", time(0, 0)),
        ("12:15 am", time(0, 15)),
        ("12 PM", time(12, 0)),
        ("12:45 PM", time(12, 45)),
        ("0930", time(9, 30)),
        ("1400", time(14, 0)),
        ("0000", time(0, 0)),
        ("23:59", time(23, 59)),
        ("  9:30  AM ", time(9, 30)),
    ],
)
def test_accepted_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("9", "not a time casebook can read"),  # morning or evening?
        ("930", "not a time casebook can read"),
        ("9:5", "not a time casebook can read"),
        ("9.30", "not a time casebook can read"),
        ("noon", "not a time casebook can read"),
        ("24:00", "There is no hour 24"),
        ("2400", "There is no hour 24"),
        ("9:60", "There is no minute 60"),
        ("13:00 PM", "With AM or PM the hour is 1 to 12"),
        ("0 AM", "With AM or PM the hour is 1 to 12"),
        ("9:30:15", "not a time casebook can read"),
        ("", "Enter a time"),
    ],
)
def test_rejected_times(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(text, field="at")
    assert caught.value.field == "at"
    assert words in caught.value.message
    assert TIME_FORMS in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-01-26 09:30", datetime(2027, 1, 26, 9, 30)),
        ("2027-01-26T09:30", datetime(2027, 1, 26, 9, 30)),
        ("01/26/2027 9:30 AM", datetime(2027, 1, 26, 9, 30)),
        ("1/26/27 2 PM", datetime(2027, 1, 26, 14, 0)),
        ("Tue 2027-01-26 9:30 AM", datetime(2027, 1, 26, 9, 30)),
    ],
)
def test_accepted_date_and_time(text: str, expected: datetime) -> None:
    assert parse_datetime(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2027-01-26", "Give the date and the time"),
        ("01/26/2027 9", "not a time"),
        ("01/32/2027 9:30 AM", "January 2027 has 31 days"),
        ("", "Give the date and the time"),
    ],
)
def test_rejected_date_and_time(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_datetime(text, TODAY)
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (date(2026, 11, 20), "Fri 2026-11-20"),
        (date(2026, 12, 30), "Wed 2026-12-30"),
        (date(2027, 1, 5), "Tue 2027-01-05"),
    ],
)
def test_format_date_reads_back(value: date, shown: str) -> None:
    assert format_date(value) == shown
    assert parse_date(shown, TODAY) == value


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (time(9, 30), "9:30 AM"),
        (time(14, 0), "2:00 PM"),
        (time(0, 5), "12:05 AM"),
        (time(12, 0), "12:00 PM"),
        (time(23, 59), "11:59 PM"),
    ],
)
def test_format_time_reads_back(value: time, shown: str) -> None:
    assert format_time(value) == shown
    assert parse_time(shown) == value


def test_format_datetime() -> None:
    assert format_datetime(datetime(2027, 1, 26, 9, 30)) == "Tue 2027-01-26 9:30 AM"


# -- the command's argument types use the same reading ------------------------------------


@pytest.fixture
def cli_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "arg_today", lambda: TODAY)


@pytest.mark.parametrize("text", ["2026-11-20", "11/20/2026", "11/20/26", "20261120"])
def test_date_arg_reads_every_form(cli_today: None, text: str) -> None:
    assert common.date_arg(text) == date(2026, 11, 20)


def test_date_arg_refuses_in_one_line(cli_today: None) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        common.date_arg("02/30/2026")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("'02/30/2026': February 2026 has 28 days")


@pytest.mark.parametrize("text", ["2027-01-26 09:30", "01/26/2027 9:30 AM"])
def test_datetime_arg(cli_today: None, text: str) -> None:
    assert common.datetime_arg(text) == datetime(2027, 1, 26, 9, 30)


def test_datetime_arg_refuses_in_one_line(cli_today: None) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        common.datetime_arg("2027-01-26")
    assert "\n" not in str(caught.value)
    assert "Give the date and the time" in str(caught.value)
