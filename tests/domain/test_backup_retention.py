"""The retention rule on hand-computed calendars (borg prune's --keep-daily/--keep-weekly)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from casebook.domain.backup_retention import retain

pytestmark = pytest.mark.dates


def at(day: str, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute)


def days(first: date, last: date, hour: int = 9) -> list[datetime]:
    count = (last - first).days + 1
    return [
        datetime.combine(first + timedelta(days=i), datetime.min.time()).replace(hour=hour)
        for i in range(count)
    ]


def test_twenty_days_keep_seven_days_and_the_weeks_before_them():
    # Sun 2026-11-01 .. Fri 2026-11-20, one backup a day. ISO weeks: W44 = Oct 26-Nov 1
    # (only Nov 1 here), W45 = Nov 2-8, W46 = Nov 9-15, W47 = Nov 16-22.
    # Daily: Nov 14..20. Weekly, newest first: W47's newest (Nov 20) and W46's newest
    # (Nov 15) are daily ones, so those weeks are used up; W45 -> Nov 8, W44 -> Nov 1.
    # Only 2 weeks are left for the 4 asked; the oldest (Nov 1) is kept already.
    result = retain(days(date(2026, 11, 1), date(2026, 11, 20)), 7, 4)
    daily = [at(f"2026-11-{d:02d}") for d in range(20, 13, -1)]
    assert result.keep == {
        **dict.fromkeys(daily, "daily"),
        at("2026-11-08"): "weekly",
        at("2026-11-01"): "weekly",
    }
    assert len(result.remove) == 20 - 9  # Nov 2-7 and Nov 9-13


def test_sixty_days_keep_exactly_seven_daily_and_four_weekly():
    # Thu 2026-10-01 .. Sun 2026-11-29 (31 + 29 = 60 backups). Daily: Mon Nov 23 .. Sun
    # Nov 29, exactly ISO week 48, which is then used up. Weekly: the Sundays that end
    # W47, W46, W45, W44: Nov 22, 15, 8, 1.
    result = retain(days(date(2026, 10, 1), date(2026, 11, 29)), 7, 4)
    weekly = [at("2026-11-22"), at("2026-11-15"), at("2026-11-08"), at("2026-11-01")]
    assert [t for t, why in result.keep.items() if why == "weekly"] == weekly
    assert [t.day for t, why in result.keep.items() if why == "daily"] == list(range(29, 22, -1))
    assert len(result.keep) == 11
    assert len(result.remove) == 49


def test_several_backups_on_one_day_count_once_and_the_newest_is_kept():
    times = [
        at("2026-11-20", 8),
        at("2026-11-20", 12),
        at("2026-11-20", 17, 30),
        at("2026-11-19", 10),
    ]
    one = retain(times, 1, 0)
    assert one.keep == {at("2026-11-20", 17, 30): "daily"}
    assert set(one.remove) == {at("2026-11-20", 8), at("2026-11-20", 12), at("2026-11-19", 10)}
    two = retain(times, 2, 0)
    assert list(two.keep) == [at("2026-11-20", 17, 30), at("2026-11-19", 10)]
    assert two.remove == (at("2026-11-20", 12), at("2026-11-20", 8))


def test_iso_week_53_spans_the_new_year():
    # 2026 has an ISO week 53: Mon Dec 28 2026 .. Sun Jan 3 2027 (Jan 1 2027 is a
    # Friday, so that week belongs to 2026). Week 1 of 2027 starts Mon Jan 4.
    times = [
        at("2026-12-21"),  # Mon, 2026-W52
        at("2026-12-27"),  # Sun, 2026-W52
        at("2026-12-28"),  # Mon, 2026-W53
        at("2026-12-31"),  # Thu, 2026-W53
        at("2027-01-02"),  # Sat, 2026-W53 (a week number from %Y-%W would split it off)
        at("2027-01-04"),  # Mon, 2027-W01
        at("2027-01-05"),  # Tue, 2027-W01
    ]
    # Daily 2: Jan 5, Jan 4. Weekly 3: 2027-W01 used up by Jan 5; 2026-W53 -> Jan 2;
    # 2026-W52 -> Dec 27; only 2 weeks found, so the oldest (Dec 21) is kept for it.
    result = retain(times, 2, 3)
    assert result.keep == {
        at("2027-01-05"): "daily",
        at("2027-01-04"): "daily",
        at("2027-01-02"): "weekly",
        at("2026-12-27"): "weekly",
        at("2026-12-21"): "weekly[oldest]",
    }
    assert result.remove == (at("2026-12-31"), at("2026-12-28"))


def test_iso_week_53_of_2020_ends_on_sunday_january_third_2021():
    # 2020-W53 = Mon Dec 28 2020 .. Sun Jan 3 2021; keep 0 daily and 2 weekly.
    times = [at("2020-12-27"), at("2020-12-29"), at("2021-01-03"), at("2021-01-04")]
    result = retain(times, 0, 2)
    # Jan 4 (2021-W01) is weekly 1; Jan 3 is W53's newest, weekly 2; Dec 29 shares W53.
    assert result.keep == {at("2021-01-04"): "weekly", at("2021-01-03"): "weekly"}
    assert result.remove == (at("2020-12-29"), at("2020-12-27"))


def test_a_short_history_keeps_its_oldest_backup():
    # Three backups a week apart, keep 1 daily and 1 weekly: daily Dec 15; weekly: Dec 15's
    # week is used up, Dec 8 is weekly 1 (count reached, no oldest kept). Dec 1 goes.
    times = [at("2026-12-01"), at("2026-12-08"), at("2026-12-15")]
    assert retain(times, 1, 1).keep == {at("2026-12-15"): "daily", at("2026-12-08"): "weekly"}
    # Keep 1 daily and 3 weekly: weeks give Dec 8 and Dec 1 only; Dec 1 is the oldest anyway.
    assert list(retain(times, 1, 3).keep) == times[::-1]
    # Keep 2 daily, 0 weekly on a single backup: it is kept, as daily.
    assert retain(times[:1], 2, 0).keep == {at("2026-12-01"): "daily"}
    # Keep 1 daily, 0 weekly but 5 daily asked of 2 days: the older day's is kept as daily too.
    assert retain(times[:2], 5, 0).keep == {at("2026-12-08"): "daily", at("2026-12-01"): "daily"}


def test_the_newest_backup_is_never_removed_even_with_nothing_to_keep():
    times = [at("2026-12-01"), at("2026-12-02")]
    result = retain(times, 0, 0)
    assert result.keep == {at("2026-12-02"): "newest"}
    assert result.remove == (at("2026-12-01"),)
    assert retain([], 7, 4).keep == {}


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        retain([at("2026-12-01")], -1, 4)
