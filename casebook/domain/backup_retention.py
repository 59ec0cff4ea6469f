"""Which backups in a folder to keep: the newest N daily and M weekly, as ``borg prune`` does.

The rule is borg's (``borg prune --keep-daily N --keep-weekly M``, documented
as "keep 7 end of day and 4 additional end of week archives"; the algorithm is
``prune_split`` in borg 1.2+), applied to backup times in UTC:

1. Daily: walk the backups newest first. The first (newest) backup of each
   calendar day (UTC, ``YYYY-MM-DD``) is kept, until N days have one kept.
   Several backups on one day: only that day's newest counts.
2. Weekly: walk all the backups newest first again, by ISO week (``%G-%V``:
   weeks start on Monday; the days of late December may belong to week 1 of
   the next ISO year, early January to week 52 or 53 of the last). The newest
   backup of each week is kept unless the daily rule already kept it — and
   then that week is used up without counting (borg's "backups selected by
   previous rules do not count towards those of later rules"). So weekly
   backups come from weeks whose newest backup is not a daily one, until M
   are kept.
3. Oldest: when a rule finds fewer than its count, the oldest backup of all is
   kept for it, if nothing else keeps it (borg 1.2's ``[oldest]``): while the
   history is short, the first backup is not thrown away.
4. Always the newest backup is kept, even with N = M = 0 (casebook never
   removes the backup it has just written).

Everything else is to be removed. Times are UTC (as the file names carry
them) so a change of time zone or summer time never renames a day.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime

DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4


@dataclass(frozen=True)
class Retention:
    """What the rule keeps, and why: each kept time with ``daily``, ``weekly`` or ``…[oldest]``."""

    keep: dict[datetime, str]
    remove: tuple[datetime, ...]


def _day(at: datetime) -> Hashable:
    return at.date()


def _iso_week(at: datetime) -> Hashable:
    year, week, _ = at.isocalendar()
    return (year, week)


def _split(
    times: list[datetime],
    rule: str,
    count: int,
    period: Callable[[datetime], Hashable],
    kept: dict[datetime, str],
) -> None:
    """borg's ``prune_split``: ``times`` are newest first; adds what ``rule`` keeps to ``kept``."""
    if count <= 0 or not times:
        return
    found = 0
    last: Hashable = None
    for at in times:
        here = period(at)
        if here != last:
            last = here
            if at not in kept:
                kept[at] = rule
                found += 1
                if found == count:
                    return
    oldest = times[-1]
    if oldest not in kept:
        kept[oldest] = f"{rule}[oldest]"


def retain(
    times: Iterable[datetime],
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
) -> Retention:
    """Split backup times (UTC) into those to keep and those to remove (see the module)."""
    if keep_daily < 0 or keep_weekly < 0:
        raise ValueError("keep counts must not be negative")
    ordered = sorted(set(times), reverse=True)
    kept: dict[datetime, str] = {}
    _split(ordered, "daily", keep_daily, _day, kept)
    _split(ordered, "weekly", keep_weekly, _iso_week, kept)
    if ordered and ordered[0] not in kept:
        kept[ordered[0]] = "newest"
    remove = tuple(at for at in ordered if at not in kept)
    return Retention(dict(sorted(kept.items(), reverse=True)), remove)
