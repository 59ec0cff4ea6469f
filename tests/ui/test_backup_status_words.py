"""The words for the last backup: when (in the computer's zone, from the injected clock), where."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from casebook.services.backup_folder import BackupPlan, BackupStatus
from casebook.ui.backup_status import last_backup_words, status_bar_words, when_words

pytestmark = pytest.mark.dates
NEW_YORK_WINTER = timezone(timedelta(hours=-5))  # EST, UTC-5
NOW = datetime(2026, 12, 4, 3, 15)  # 03:15 UTC = Dec 3, 22:15 in New York


@pytest.mark.parametrize(
    ("at", "zone", "words"),
    [
        (datetime(2026, 12, 4, 1, 0), UTC, "today 01:00"),
        (datetime(2026, 12, 3, 23, 59), UTC, "yesterday 23:59"),
        (datetime(2026, 12, 2, 9, 12), UTC, "2026-12-02 09:12"),
        # 01:00 UTC Dec 4 is 20:00 Dec 3 in New York: the same local day as NOW (22:15).
        (datetime(2026, 12, 4, 1, 0), NEW_YORK_WINTER, "today 20:00"),
        # 04:59 UTC Dec 3 is 23:59 Dec 2 in New York: yesterday there, today in UTC.
        (datetime(2026, 12, 3, 4, 59), NEW_YORK_WINTER, "yesterday 23:59"),
    ],
)
def test_when_is_said_in_the_computers_zone(at, zone, words):
    assert when_words(at, NOW, zone) == words


def test_status_bar_and_settings_say_when_and_where_or_never_or_the_problem():
    drive = Path("/media/usb")
    never = BackupStatus(BackupPlan(), None, None, "")
    assert last_backup_words(never, NOW, UTC) == "Last verified backup: never."
    assert status_bar_words(never, NOW, UTC).text == ""  # the overdue reminder speaks instead
    planned = BackupStatus(BackupPlan(drive), None, None, "")
    assert status_bar_words(planned, NOW, UTC).text == (
        "No backup yet: one is made at the next lock or quit, to /media/usb."
    )
    made = BackupStatus(BackupPlan(drive), datetime(2026, 12, 4, 2, 40), drive, "")
    words = status_bar_words(made, NOW, UTC)
    assert (words.text, words.warning) == ("Last backup: today 02:40 to /media/usb", False)
    assert last_backup_words(made, NOW, UTC) == "Last verified backup: today 02:40 to /media/usb."
    absent = BackupStatus(BackupPlan(drive), datetime(2026, 12, 1, 2, 40), drive, "Not there.")
    assert status_bar_words(absent, NOW, UTC).warning
    assert status_bar_words(absent, NOW, UTC).text == "Not there."
