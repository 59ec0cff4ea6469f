"""The iCalendar layout: plain events in, a file icalendar reads back, atomically written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from casebook.export.calendar import CalendarEvent, calendar_bytes, write_calendar

STAMP = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


def test_timed_event_carries_new_york_tzid_and_its_vtimezone() -> None:
    # Sun 2027-03-14 is the spring change (second Sunday of March): 09:30 is then EDT, UTC-4.
    event = CalendarEvent("a-event@casebook", "J.L. — Bond hearing", datetime(2027, 3, 15, 9, 30))
    data = calendar_bytes([event], stamp=STAMP)
    assert b"DTSTART;TZID=America/New_York:20270315T093000" in data
    cal = Calendar.from_ical(data)
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "America/New_York"
    [v] = cal.walk("VEVENT")
    assert v.decoded("DTSTART").astimezone(UTC) == datetime(2027, 3, 15, 13, 30, tzinfo=UTC)
    assert v.decoded("DTEND") - v.decoded("DTSTART") == timedelta(hours=1)


def test_all_day_event_is_a_date_with_no_timezone_and_transparent() -> None:
    event = CalendarEvent(
        "b@casebook", "Filings due", date(2027, 1, 11), alarms=(timedelta(hours=9),)
    )
    data = calendar_bytes([event], stamp=STAMP)
    assert b"DTSTART;VALUE=DATE:20270111" in data and b"VTIMEZONE" not in data
    [v] = Calendar.from_ical(data).walk("VEVENT")
    assert v.decoded("DTEND") == date(2027, 1, 12)
    assert str(v["TRANSP"]) == "TRANSPARENT"
    [alarm] = v.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(hours=9)


def test_cancelled_event_has_its_status_and_no_alarms() -> None:
    event = CalendarEvent(
        "c@casebook", "Cancelled", date(2027, 1, 11), sequence=2, cancelled=True,
        alarms=(timedelta(hours=9),),
    )  # fmt: skip
    [v] = Calendar.from_ical(calendar_bytes([event], stamp=STAMP)).walk("VEVENT")
    assert (str(v["STATUS"]), v["SEQUENCE"], list(v.walk("VALARM"))) == ("CANCELLED", 2, [])


def test_text_is_escaped_and_long_lines_folded() -> None:
    summary = "A.B. — Hearing; room 12, floor 3 " + "x" * 100
    data = calendar_bytes([CalendarEvent("d@casebook", summary, date(2027, 1, 1))], stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    [v] = Calendar.from_ical(data).walk("VEVENT")
    assert str(v["SUMMARY"]) == summary


def test_write_calendar_replaces_the_file_whole_and_private(tmp_path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(b"old")
    write_calendar(path, [CalendarEvent("e@casebook", "X", date(2027, 1, 1))], stamp=STAMP)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]


def test_the_timezone_holds_the_transitions_around_the_events_only() -> None:
    events = [
        CalendarEvent("f@casebook", "A", datetime(2027, 1, 26, 9, 30)),
        CalendarEvent("g@casebook", "B", datetime(2027, 7, 6, 9, 30)),
    ]
    data = calendar_bytes(events, stamp=STAMP)
    assert len(data) < 3000 and b"1970" not in data
    [v1, v2] = Calendar.from_ical(data).walk("VEVENT")
    # January: EST (UTC-5); July: EDT (UTC-4).
    assert v1.decoded("DTSTART").utcoffset() == timedelta(hours=-5)
    assert v2.decoded("DTSTART").utcoffset() == timedelta(hours=-4)
