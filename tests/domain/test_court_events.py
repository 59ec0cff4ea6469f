"""The filing deadline before an individual hearing (ICPM ch. 3.1(b)), hand-computed."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.court_events import (
    COURT_NAMES,
    NY_COURTS,
    CourtKind,
    caption_city,
    federal_holidays,
    filing_deadline_before,
    filing_due,
    is_court_business_day,
)
from casebook.domain.vocabulary import EventKind


@pytest.mark.parametrize(
    ("hearing", "due"),
    [
        (date(2026, 12, 1), date(2026, 11, 16)),  # Tue - 15 = Mon 11-16, a business day
        (date(2026, 11, 30), date(2026, 11, 13)),  # Mon - 15 = Sun 11-15 -> Sat -> Fri 11-13
        (date(2026, 11, 26), date(2026, 11, 10)),  # Thu - 15 = Wed 11-11 Veterans Day -> Tue
        (date(2026, 10, 27), date(2026, 10, 9)),  # Tue - 15 = Mon 10-12 Columbus Day -> Fri 10-09
        (date(2027, 2, 2), date(2027, 1, 15)),  # Tue - 15 = Mon 1-18 MLK Day -> Sun, Sat -> Fri
        # Sat 2026-07-04 is observed on Fri 07-03 (5 U.S.C. 6103(b)): Mon 07-20 - 15 =
        # Sun 07-05 -> Sat 07-04 -> Fri 07-03 (closed) -> Thu 07-02. Under New York's GCL
        # calendar 07-03 would be a business day; the federal one is what the court keeps.
        (date(2026, 7, 20), date(2026, 7, 2)),
        # Sat 2022-01-01 is observed on Fri 2021-12-31, across the year: Mon 2022-01-17 - 15 =
        # Sun 01-02 -> Sat 01-01 -> Fri 12-31 (closed) -> Thu 2021-12-30.
        (date(2022, 1, 17), date(2021, 12, 30)),
        (date(2022, 1, 18), date(2022, 1, 3)),  # Tue - 15 = Mon 01-03, open again
        # Election Day (Tue 2026-11-03) is a New York holiday, not a federal one: the court is open.
        (date(2026, 11, 18), date(2026, 11, 3)),
        # Lincoln's Birthday (Thu 2026-02-12) likewise: Fri 02-27 - 15 = Thu 02-12.
        (date(2026, 2, 27), date(2026, 2, 12)),
        # Juneteenth (Fri 2026-06-19): Mon 07-06 - 15 = Sun 06-21 -> Sat 06-20 ->
        # Fri 06-19 (closed) -> Thu 06-18.
        (date(2026, 7, 6), date(2026, 6, 18)),
    ],
)
def test_individual_hearing_filings_are_due_15_days_before_moved_back(hearing, due) -> None:
    assert filing_due(EventKind.INDIVIDUAL_HEARING, hearing) == due
    assert filing_due("individual-hearing", hearing) == due  # the stored string will do


@pytest.mark.parametrize("kind", [k for k in EventKind if k is not EventKind.INDIVIDUAL_HEARING])
def test_other_events_bring_no_filing_deadline(kind) -> None:
    assert filing_due(kind, date(2026, 12, 1)) is None


def test_the_period_is_a_parameter_for_the_deadlines_view() -> None:
    assert filing_deadline_before(date(2026, 12, 1), 10) == date(2026, 11, 20)  # Fri
    assert filing_deadline_before(date(2026, 12, 5), 0) == date(2026, 12, 4)  # Sat -> Fri
    with pytest.raises(ValueError, match="negative"):
        filing_deadline_before(date(2026, 12, 1), -1)


def test_federal_holidays_with_their_observed_days() -> None:
    # 2027: Juneteenth Sat -> Fri 06-18, Independence Day Sun -> Mon 07-05, Christmas Sat ->
    # Fri 12-24, and New Year's Day 2028 (Sat) observed on Fri 2027-12-31.
    assert sorted(federal_holidays(2027)) == [
        date(2027, 1, 1),
        date(2027, 1, 18),
        date(2027, 2, 15),
        date(2027, 5, 31),
        date(2027, 6, 18),
        date(2027, 7, 5),
        date(2027, 9, 6),
        date(2027, 10, 11),
        date(2027, 11, 11),
        date(2027, 11, 25),
        date(2027, 12, 24),
        date(2027, 12, 31),
    ]
    assert date(2020, 6, 19) not in federal_holidays(2020)  # before Pub. L. 117-17
    assert date(2022, 1, 1) not in federal_holidays(2022)  # its Friday is in 2021
    assert not is_court_business_day(date(2021, 12, 31))
    assert is_court_business_day(date(2026, 11, 3))


def test_court_list_has_the_immigration_and_criminal_courts_of_new_york() -> None:
    names = set(COURT_NAMES)
    assert len(names) == len(NY_COURTS)
    immigration = {c.name for c in NY_COURTS if c.kind is CourtKind.IMMIGRATION}
    assert {c.name for c in NY_COURTS if c.detained} <= immigration
    assert any("Varick" in n and "detained" in n for n in immigration)
    assert any("26 Federal Plaza" in c.address for c in NY_COURTS)
    criminal = [c.name for c in NY_COURTS if c.kind is CourtKind.CRIMINAL]
    for county in ("New York", "Bronx", "Kings", "Queens", "Richmond"):
        assert sum(county in n for n in criminal) == 2  # Criminal Court and Supreme Court


@pytest.mark.parametrize(
    ("court", "caption"),
    [
        ("New York - Varick Immigration Court (detained)", "New York - Varick"),
        ("New York - Federal Plaza Immigration Court", "New York - Federal Plaza"),
        ("Buffalo Immigration Court", "Buffalo"),
        (" New York - Broadway ", "New York - Broadway"),  # typed by hand, kept
        ("Criminal Court, Bronx County", "Criminal Court, Bronx County"),
        ("", ""),
    ],
)
def test_caption_names_the_court_without_repeating_immigration_court(court, caption) -> None:
    assert caption_city(court) == caption
