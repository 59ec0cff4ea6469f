"""New York public holidays (GCL §24) and business-day counting (GCL §§20, 25-a, 30).

Every expected date below was worked out by hand from the weekday of the
first of the month, never by calling the code under test. Weekday of Jan 1:
2021 Fri, 2022 Sat, 2023 Sun, 2024 Mon, 2025 Wed, 2026 Thu, 2027 Fri,
2028 Sat, 2029 Mon, 2030 Tue (2024 and 2028 are leap years). The first of a
month is Jan 1 shifted by the days before it (mod 7: Feb +3, May +1, Jun +4,
Jul +6, Sep +5, Oct +0, Nov +3, Dec +5; one more from March in a leap year).
"""

from datetime import date

import pytest

from casebook.domain.business_days import (
    add_business_days,
    add_calendar_days_gcl,
    add_months_gcl,
    is_business_day,
    next_business_day_on_or_after,
)
from casebook.domain.ny_holidays import holiday_name, is_public_holiday, public_holidays

D = date

# Columns: New Year's; MLK (3rd Mon Jan); Lincoln (Feb 12); Washington (3rd Mon
# Feb); Memorial (last Mon May); Flag Day (2nd Sun Jun); Juneteenth (Jun 19);
# Independence (Jul 4); Labor (1st Mon Sep); Columbus (2nd Mon Oct); Election
# (Tue after 1st Mon Nov); Veterans (Nov 11); Thanksgiving (4th Thu Nov);
# Christmas (Dec 25). Extra Monday entries for Sunday holidays are listed in
# SUNDAY_OBSERVED below.
HOLIDAYS_BY_YEAR = {
    # 2024: Jan 1 Mon -> MLK 15. Feb 1 Thu -> Feb 12 Mon, 3rd Mon 19. May 31 Fri
    # -> last Mon 27. Jun 1 Sat -> Sundays 2, 9. Jun 19 Wed. Jul 4 Thu. Sep 1 Sun
    # -> Labor 2. Oct 1 Tue -> Mondays 7, 14. Nov 1 Fri -> Mon 4, Election Tue 5,
    # Nov 11 Mon, Thursdays 7..28. Dec 25 Wed. No Sunday holiday but Flag Day.
    2024: [
        D(2024, 1, 1), D(2024, 1, 15), D(2024, 2, 12), D(2024, 2, 19), D(2024, 5, 27),
        D(2024, 6, 9), D(2024, 6, 19), D(2024, 7, 4), D(2024, 9, 2), D(2024, 10, 14),
        D(2024, 11, 5), D(2024, 11, 11), D(2024, 11, 28), D(2024, 12, 25),
    ],
    # 2025: Jan 1 Wed -> Mondays 6, 13, 20. Feb 1 Sat -> Feb 12 Wed, Mondays 3, 10,
    # 17. May 31 Sat -> 26. Jun 1 Sun -> 2nd Sun 8; Jun 19 Thu. Jul 4 Fri. Sep 1
    # Mon. Oct 1 Wed -> 6, 13. Nov 1 Sat -> Mon 3, Election 4; Nov 11 Tue;
    # Thursdays 6..27. Dec 25 Thu.
    2025: [
        D(2025, 1, 1), D(2025, 1, 20), D(2025, 2, 12), D(2025, 2, 17), D(2025, 5, 26),
        D(2025, 6, 8), D(2025, 6, 19), D(2025, 7, 4), D(2025, 9, 1), D(2025, 10, 13),
        D(2025, 11, 4), D(2025, 11, 11), D(2025, 11, 27), D(2025, 12, 25),
    ],
    # 2026: Jan 1 Thu -> Mondays 5, 12, 19. Feb 1 Sun -> Feb 12 Thu, Mondays 2, 9,
    # 16. May 31 Sun -> 25. Jun 1 Mon -> Sundays 7, 14; Jun 19 Fri. Jul 4 SATURDAY
    # (stays). Sep 1 Tue -> 7. Oct 1 Thu -> 5, 12. Nov 1 Sun -> Mon 2, Election 3;
    # Nov 11 Wed; Thursdays 5..26. Dec 25 Fri.
    2026: [
        D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 12), D(2026, 2, 16), D(2026, 5, 25),
        D(2026, 6, 14), D(2026, 6, 19), D(2026, 7, 4), D(2026, 9, 7), D(2026, 10, 12),
        D(2026, 11, 3), D(2026, 11, 11), D(2026, 11, 26), D(2026, 12, 25),
    ],
    # 2027: Jan 1 Fri -> Mondays 4, 11, 18. Feb 1 Mon -> Feb 12 Fri, 3rd Mon 15.
    # May 31 Mon. Jun 1 Tue -> Sundays 6, 13; Jun 19 SATURDAY (stays). Jul 4 SUNDAY
    # (-> Mon 5). Sep 1 Wed -> 6. Oct 1 Fri -> 4, 11. Nov 1 Mon -> Election 2;
    # Nov 11 Thu; Thursdays 4..25. Dec 25 SATURDAY (stays).
    2027: [
        D(2027, 1, 1), D(2027, 1, 18), D(2027, 2, 12), D(2027, 2, 15), D(2027, 5, 31),
        D(2027, 6, 13), D(2027, 6, 19), D(2027, 7, 4), D(2027, 9, 6), D(2027, 10, 11),
        D(2027, 11, 2), D(2027, 11, 11), D(2027, 11, 25), D(2027, 12, 25),
    ],
    # 2028 (leap): Jan 1 SATURDAY (stays) -> Mondays 3, 10, 17. Feb 1 Tue -> Feb
    # 12 SATURDAY, Mondays 7, 14, 21. May 31 Wed -> 29. Jun 1 Thu -> Sundays 4,
    # 11; Jun 19 Mon. Jul 4 Tue. Sep 1 Fri -> 4. Oct 1 Sun -> 2, 9. Nov 1 Wed ->
    # Mon 6, Election 7; Nov 11 SATURDAY; Thursdays 2..23. Dec 25 Mon.
    2028: [
        D(2028, 1, 1), D(2028, 1, 17), D(2028, 2, 12), D(2028, 2, 21), D(2028, 5, 29),
        D(2028, 6, 11), D(2028, 6, 19), D(2028, 7, 4), D(2028, 9, 4), D(2028, 10, 9),
        D(2028, 11, 7), D(2028, 11, 11), D(2028, 11, 23), D(2028, 12, 25),
    ],
    # 2029: Jan 1 Mon -> 15. Feb 1 Thu -> Feb 12 Mon, 3rd Mon 19. May 31 Thu -> 28.
    # Jun 1 Fri -> Sundays 3, 10; Jun 19 Tue. Jul 4 Wed. Sep 1 Sat -> 3. Oct 1
    # Mon -> 1, 8. Nov 1 Thu -> Mon 5, Election 6; Nov 11 SUNDAY (-> Mon 12);
    # Thursdays 1..22. Dec 25 Tue.
    2029: [
        D(2029, 1, 1), D(2029, 1, 15), D(2029, 2, 12), D(2029, 2, 19), D(2029, 5, 28),
        D(2029, 6, 10), D(2029, 6, 19), D(2029, 7, 4), D(2029, 9, 3), D(2029, 10, 8),
        D(2029, 11, 6), D(2029, 11, 11), D(2029, 11, 22), D(2029, 12, 25),
    ],
    # 2030: Jan 1 Tue -> Mondays 7, 14, 21. Feb 1 Fri -> Feb 12 Tue, Mondays 4,
    # 11, 18. May 31 Fri -> 27. Jun 1 Sat -> Sundays 2, 9; Jun 19 Wed. Jul 4 Thu.
    # Sep 1 Sun -> 2. Oct 1 Tue -> 7, 14. Nov 1 Fri -> Mon 4, Election 5; Nov 11
    # Mon; Thursdays 7..28. Dec 25 Wed.
    2030: [
        D(2030, 1, 1), D(2030, 1, 21), D(2030, 2, 12), D(2030, 2, 18), D(2030, 5, 27),
        D(2030, 6, 9), D(2030, 6, 19), D(2030, 7, 4), D(2030, 9, 2), D(2030, 10, 14),
        D(2030, 11, 5), D(2030, 11, 11), D(2030, 11, 28), D(2030, 12, 25),
    ],
}  # fmt: skip

NAMES_IN_ORDER = [
    "New Year's Day", "Dr. Martin Luther King, Jr. Day", "Lincoln's Birthday",
    "Washington's Birthday", "Memorial Day", "Flag Day", "Juneteenth",
    "Independence Day", "Labor Day", "Columbus Day", "Election Day", "Veterans' Day",
    "Thanksgiving Day", "Christmas Day",
]  # fmt: skip

# Sunday holidays and the Monday GCL §24 adds ("the next day thereafter").
SUNDAY_OBSERVED = {
    2022: {D(2022, 6, 20): "Juneteenth (observed)", D(2022, 12, 26): "Christmas Day (observed)"},
    2023: {
        D(2023, 1, 2): "New Year's Day (observed)",
        D(2023, 2, 13): "Lincoln's Birthday (observed)",
    },
    2024: {},
    2025: {},
    2026: {},
    2027: {D(2027, 7, 5): "Independence Day (observed)"},
    2028: {},
    2029: {D(2029, 11, 12): "Veterans' Day (observed)"},
    2030: {},
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(HOLIDAYS_BY_YEAR))
def test_every_gcl_24_holiday_falls_on_its_hand_checked_date(year):
    expected = dict(zip(HOLIDAYS_BY_YEAR[year], NAMES_IN_ORDER, strict=True))
    expected.update(SUNDAY_OBSERVED[year])
    assert public_holidays(year) == expected


@pytest.mark.parametrize(
    ("sunday", "monday"),
    [
        # Jun 1 2022 is a Wednesday, so Jun 19 is a Sunday.
        (D(2022, 6, 19), D(2022, 6, 20)),
        # Dec 1 2022 is a Thursday, so Dec 25 is a Sunday.
        (D(2022, 12, 25), D(2022, 12, 26)),
        # Jan 1 2023 is a Sunday.
        (D(2023, 1, 1), D(2023, 1, 2)),
        # Feb 1 2023 is a Wednesday, so Feb 12 is a Sunday.
        (D(2023, 2, 12), D(2023, 2, 13)),
        # Jul 1 2027 is a Thursday, so Jul 4 is a Sunday.
        (D(2027, 7, 4), D(2027, 7, 5)),
        # Nov 1 2029 is a Thursday, so Nov 11 is a Sunday.
        (D(2029, 11, 11), D(2029, 11, 12)),
    ],
)
def test_sunday_holiday_is_also_kept_on_the_monday(sunday, monday):
    assert sunday.weekday() == 6
    assert is_public_holiday(sunday)
    assert is_public_holiday(monday)
    assert not is_business_day(monday)


@pytest.mark.parametrize(
    "friday",
    [
        D(2021, 6, 18),  # Juneteenth 2021 was a Saturday
        D(2021, 12, 24),  # Christmas 2021 was a Saturday
        D(2021, 12, 31),  # New Year's Day 2022 was a Saturday
        D(2026, 7, 3),  # Independence Day 2026 is a Saturday
        D(2027, 6, 18),  # Juneteenth 2027 is a Saturday
        D(2027, 12, 24),  # Christmas 2027 is a Saturday
        D(2027, 12, 31),  # New Year's Day 2028 is a Saturday
        D(2028, 2, 11),  # Lincoln's Birthday 2028 is a Saturday
        D(2028, 11, 10),  # Veterans' Day 2028 is a Saturday
    ],
)
def test_saturday_holiday_does_not_move_to_the_friday(friday):
    # GCL §24 moves only Sunday holidays; the Friday stays a business day.
    assert friday.weekday() == 4
    assert is_business_day(friday)


@pytest.mark.parametrize("year", range(2021, 2031))
def test_flag_day_is_a_sunday_and_never_moves(year):
    flag_day = next(d for d, name in public_holidays(year).items() if name == "Flag Day")
    assert flag_day.weekday() == 6
    assert flag_day.month == 6
    assert 8 <= flag_day.day <= 14
    assert "Flag Day (observed)" not in public_holidays(year).values()


def test_flag_day_monday_is_a_business_day():
    # Jun 1 2026 is a Monday: Sundays 7 and 14, so Monday Jun 15 is ordinary.
    assert holiday_name(D(2026, 6, 14)) == "Flag Day"
    assert is_business_day(D(2026, 6, 15))


def test_juneteenth_is_a_holiday_only_from_2021():
    # Added by L.2020 ch. 249 in October 2020, after June 19 of that year.
    assert holiday_name(D(2020, 6, 19)) is None
    assert holiday_name(D(2021, 6, 19)) == "Juneteenth"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 11, 27), True),  # Friday after Thanksgiving: not in GCL §24
        (D(2026, 12, 24), True),  # Christmas Eve: not in GCL §24
        (D(2026, 12, 25), False),  # Christmas, a Friday
        (D(2026, 11, 3), False),  # Election Day, a Tuesday
        (D(2026, 2, 12), False),  # Lincoln's Birthday, a Thursday
        (D(2026, 3, 7), False),  # a Saturday
        (D(2026, 3, 8), False),  # a Sunday
        (D(2026, 3, 9), True),  # an ordinary Monday
    ],
)
def test_business_day(day, expected):
    assert is_business_day(day) is expected


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Receipt Friday Jan 16 2026 before MLK Day (Mon Jan 19): Tue 20 (1),
        # Wed 21 (2), Thu 22 (3), Fri 23 (4), Mon 26 (5).
        (D(2026, 1, 16), 5, D(2026, 1, 26)),
        # Receipt on the weekend or on the holiday itself: the count still
        # starts the day after (GCL §20) and skips to Tue 20, so also Mon 26.
        (D(2026, 1, 17), 5, D(2026, 1, 26)),
        (D(2026, 1, 18), 5, D(2026, 1, 26)),
        (D(2026, 1, 19), 5, D(2026, 1, 26)),
        # Receipt Tue Jan 20: Wed 21, Thu 22, Fri 23, Mon 26, Tue 27.
        (D(2026, 1, 20), 5, D(2026, 1, 27)),
        # Year end: Thu Dec 24 2026 -> Mon 28, Tue 29, Wed 30, Thu 31, (Fri Jan 1
        # holiday, weekend) Mon Jan 4 2027.
        (D(2026, 12, 24), 5, D(2027, 1, 4)),
        # Election Day: Fri Oct 30 2026 -> Mon Nov 2 (1), Tue 3 holiday, Wed 4,
        # Thu 5, Fri 6, Mon 9 (5).
        (D(2026, 10, 30), 5, D(2026, 11, 9)),
        # Thanksgiving: Tue Nov 24 2026 + 10 -> Wed 25 (1), Thu 26 holiday, Fri 27
        # (2), Mon 30 (3), Dec 1-4 (4-7), Mon 7 (8), Tue 8 (9), Wed 9 (10).
        (D(2026, 11, 24), 10, D(2026, 12, 9)),
        # Wed Dec 23 2026 + 20: Thu 24 (1), Dec 28-31 (2-5), Jan 4-8 (6-10),
        # Jan 11-15 (11-15), Mon Jan 18 2027 is MLK Day, Jan 19-22 (16-19),
        # Mon Jan 25 (20).
        (D(2026, 12, 23), 20, D(2027, 1, 25)),
        # Sunday-observed Monday: Fri Dec 23 2022 + 1 -> Mon 26 is Christmas
        # observed -> Tue Dec 27.
        (D(2022, 12, 23), 1, D(2022, 12, 27)),
        (D(2026, 3, 9), 0, D(2026, 3, 9)),
    ],
)
def test_add_business_days(start, days, expected):
    assert add_business_days(start, days) == expected


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Thu Jan 8 2026 + 30 = Sat Feb 7 -> Mon Feb 9 (GCL §25-a).
        (D(2026, 1, 8), 30, D(2026, 2, 9)),
        # Tue Jan 13 2026 + 30 = Thu Feb 12, Lincoln's Birthday -> Fri Feb 13.
        (D(2026, 1, 13), 30, D(2026, 2, 13)),
        # Thu Jan 15 2026 + 30 = Sat Feb 14; Sun 15; Mon 16 Washington's Birthday
        # -> Tue Feb 17.
        (D(2026, 1, 15), 30, D(2026, 2, 17)),
        # Thu Jun 4 2026 + 30 = Sat Jul 4 (not moved to a weekday) -> Mon Jul 6.
        (D(2026, 6, 4), 30, D(2026, 7, 6)),
        # Sat Nov 26 2022 + 30 = Mon Dec 26, Christmas observed -> Tue Dec 27.
        (D(2022, 11, 26), 30, D(2022, 12, 27)),
        # Mon Jan 5 2026 + 30 = Wed Feb 4, a business day: unchanged.
        (D(2026, 1, 5), 30, D(2026, 2, 4)),
        # Year end: Wed Dec 2 2026 + 30 = Fri Jan 1 2027 -> Mon Jan 4.
        (D(2026, 12, 2), 30, D(2027, 1, 4)),
    ],
)
def test_add_calendar_days_rolls_off_weekends_and_holidays(start, days, expected):
    assert add_calendar_days_gcl(start, days) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        # Oct 31 2025 + 4 months -> Feb has no 31st -> Sat Feb 28 2026 (GCL §30)
        # -> Sun Mar 1 -> Mon Mar 2 (GCL §25-a).
        (D(2025, 10, 31), 4, D(2026, 3, 2)),
        # Oct 31 2023 + 4 -> Feb 29 2024 (leap), a Thursday.
        (D(2023, 10, 31), 4, D(2024, 2, 29)),
        # Oct 31 2027 + 4 -> Feb 29 2028 (leap), a Tuesday.
        (D(2027, 10, 31), 4, D(2028, 2, 29)),
        # Oct 29 2026 + 4 -> Feb 28 2027 (clamped), a Sunday -> Mon Mar 1.
        (D(2026, 10, 29), 4, D(2027, 3, 1)),
        # Mon Mar 30 2026 + 4 -> Thu Jul 30 2026.
        (D(2026, 3, 30), 4, D(2026, 7, 30)),
        # Aug 31 2026 + 4 -> Thu Dec 31 2026 (December has 31 days).
        (D(2026, 8, 31), 4, D(2026, 12, 31)),
        # Year crossing: Sep 25 2026 + 4 -> Mon Jan 25 2027.
        (D(2026, 9, 25), 4, D(2027, 1, 25)),
        # Aug 25 2027 + 4 -> Sat Dec 25 2027, Christmas -> Sun -> Mon Dec 27.
        (D(2027, 8, 25), 4, D(2027, 12, 27)),
    ],
)
def test_add_months_clamps_to_month_end_then_rolls(start, months, expected):
    assert add_months_gcl(start, months) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 3, 9), D(2026, 3, 9)),  # already a business day
        (D(2026, 2, 14), D(2026, 2, 17)),  # Sat, Sun, Washington's Birthday Mon
        (D(2027, 12, 25), D(2027, 12, 27)),  # Saturday Christmas, then Sunday
        (D(2028, 1, 1), D(2028, 1, 3)),  # Saturday New Year's Day, then Sunday
    ],
)
def test_next_business_day_on_or_after(day, expected):
    assert next_business_day_on_or_after(day) == expected


def test_negative_periods_are_programming_errors():
    with pytest.raises(ValueError, match="negative"):
        add_business_days(D(2026, 1, 1), -1)
    with pytest.raises(ValueError, match="negative"):
        add_calendar_days_gcl(D(2026, 1, 1), -1)
    with pytest.raises(ValueError, match="negative"):
        add_months_gcl(D(2026, 1, 1), -1)
