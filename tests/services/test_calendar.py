"""``export calendar``: the file read back by icalendar, names kept out, re-exports that update."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from casebook.domain.clients import ClientDraft
from casebook.domain.vocabulary import EventKind, MatterType
from casebook.services import requests as rq
from casebook.services.calendar import export_calendar
from casebook.services.clients import add_client, trash_client
from casebook.services.matters import (
    EventDraft,
    MatterDraft,
    add_event,
    add_matter,
    delete_event,
    get_event,
    update_event,
)

pytestmark = pytest.mark.dates

# Tue 2026-12-01 14:00 UTC is 09:00 in New York (EST, UTC-5).
NOW = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)
FEDERAL_PLAZA = "New York - Federal Plaza Immigration Court"


def _vault(store):
    """Juana López: an individual hearing at Federal Plaza and a master hearing; a FOIL request."""
    juana = add_client(store, ClientDraft(name="Juana López"), today=TODAY)
    matter = add_matter(
        store, juana, MatterDraft(MatterType.ASYLUM, court=FEDERAL_PLAZA, docket_number="A123")
    ).value
    individual = add_event(
        store,
        juana,
        EventDraft(
            EventKind.INDIVIDUAL_HEARING,
            datetime(2027, 1, 26, 9, 30),
            matter_id=matter,
            title="Juana's merits hearing",
            location="26 Federal Plaza, 12th floor",
            judge="Judge Park",
            notes="Brings her brother Pedro López",
        ),
    ).value
    master = add_event(
        store,
        juana,
        EventDraft(EventKind.MASTER_HEARING, datetime(2026, 12, 15, 13, 0), matter_id=matter),
    ).value
    past = add_event(
        store, juana, EventDraft(EventKind.MASTER_HEARING, datetime(2026, 11, 2, 9, 0))
    ).value
    request = rq.add_request(
        store,
        rq.RequestDraft("Arrest report", received=date(2026, 11, 30), client_id=juana),
        today=TODAY,
    )
    return juana, individual, master, past, request


def _read(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_the_file_reads_back_with_events_alarms_and_new_york_times(store, tmp_path):
    _vault(store)
    out = tmp_path / "hearings.ics"
    result = export_calendar(store, out, now=NOW)
    cal = Calendar.from_ical(out.read_bytes())
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    events = _read(out)
    hearing = next(e for e in events.values() if "Individual hearing" in str(e["SUMMARY"]))
    # By default: initials, the kind and the court's street.
    assert str(hearing["SUMMARY"]) == "J.L. — Individual hearing, 26 Federal Plaza"
    assert str(hearing["LOCATION"]) == "26 Federal Plaza, 12th floor"
    start = hearing.decoded("DTSTART")
    assert start == datetime(2027, 1, 26, 9, 30, tzinfo=start.tzinfo)
    assert str(start.tzinfo) == "America/New_York"
    assert start.astimezone(UTC) == datetime(2027, 1, 26, 14, 30, tzinfo=UTC)  # EST
    assert str(hearing["STATUS"]) == "CONFIRMED" and hearing["SEQUENCE"] == 0
    assert hearing.decoded("DTSTAMP") == NOW
    triggers = sorted(a.decoded("TRIGGER") for a in hearing.walk("VALARM"))
    assert triggers == [timedelta(days=-1), timedelta(hours=-2)]
    description = str(hearing["DESCRIPTION"])
    assert "Matter: Asylum" in description and FEDERAL_PLAZA in description
    # The derived filing deadline: Tue 2027-01-26 - 15 = Mon 2027-01-11, a business day.
    filing = next(e for e in events.values() if str(e["UID"]).endswith("-filing@casebook"))
    assert filing.decoded("DTSTART") == date(2027, 1, 11)
    assert filing["DTSTART"].params.get("VALUE") == "DATE"
    morning = sorted(a.decoded("TRIGGER") for a in filing.walk("VALARM"))
    assert morning == [timedelta(days=-3, hours=9), timedelta(hours=9)]
    # FOIL: received Mon 2026-11-30; 5 business days -> Mon 2026-12-07 (no holiday between).
    ack = next(e for e in events.values() if str(e["UID"]).endswith("-acknowledgement@casebook"))
    assert ack.decoded("DTSTART") == date(2026, 12, 7)
    assert str(ack["SUMMARY"]) == "J.L. — NYPD FOIL: acknowledgement due"
    # The hearing of 2026-11-02 lies before today (the default --from): not written.
    assert len(events) == 4 and result.new == 4 and result.cancelled == 0


def test_no_client_name_notes_title_or_docket_by_default(store, tmp_path):
    _vault(store)
    out = tmp_path / "c.ics"
    export_calendar(store, out, now=NOW)
    data = out.read_bytes()
    for canary in (b"Juana", "López".encode(), b"Pedro", b"merits", b"A123", b"Arrest report"):
        assert canary not in data
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_full_names_put_the_client_and_the_title_in(store, tmp_path):
    _vault(store)
    out = tmp_path / "c.ics"
    result = export_calendar(store, out, now=NOW, full_names=True)
    summaries = {str(e["SUMMARY"]) for e in _read(out).values()}
    assert "Juana López — Juana's merits hearing, 26 Federal Plaza" in summaries
    assert result.full_names and result.to_json()["full_names"] is True
    assert b"Pedro" not in out.read_bytes()  # notes never go


def test_re_export_after_moving_a_hearing_changes_that_event_only(store, tmp_path):
    _, _, master, _, _ = _vault(store)
    export_calendar(store, tmp_path / "a.ics", now=NOW)
    first = _read(tmp_path / "a.ics")
    draft = get_event(store, master).draft
    update_event(store, master, dataclasses.replace(draft, starts_at=datetime(2026, 12, 17, 10)))
    later = NOW + timedelta(hours=1)
    result = export_calendar(store, tmp_path / "b.ics", now=later)
    second = _read(tmp_path / "b.ics")
    assert set(second) == set(first)  # the same UIDs: updated, not duplicated
    moved = [uid for uid in first if second[uid].to_ical() != first[uid].to_ical()]
    assert len(moved) == len(first)  # every DTSTAMP is the new clock's...
    changed = {
        uid
        for uid in first
        if (second[uid]["SEQUENCE"], second[uid].decoded("DTSTART"))
        != (first[uid]["SEQUENCE"], first[uid].decoded("DTSTART"))
    }
    # ...but only the moved hearing has a new SEQUENCE and start.
    [uid] = changed
    assert second[uid]["SEQUENCE"] == 1
    assert second[uid].decoded("DTSTART").replace(tzinfo=None) == datetime(2026, 12, 17, 10)
    assert (result.changed, result.unchanged, result.new) == (1, 3, 0)
    # A third export with nothing changed keeps every SEQUENCE.
    export_calendar(store, tmp_path / "c.ics", now=later)
    third = _read(tmp_path / "c.ics")
    assert {u: e["SEQUENCE"] for u, e in third.items()} == {
        u: e["SEQUENCE"] for u, e in second.items()
    }


def test_a_removed_hearing_comes_back_cancelled_once(store, tmp_path):
    _, _, master, _, _ = _vault(store)
    export_calendar(store, tmp_path / "a.ics", now=NOW)
    before = _read(tmp_path / "a.ics")
    [uid] = [u for u, e in before.items() if "Master" in str(e["SUMMARY"])]
    delete_event(store, master)
    result = export_calendar(store, tmp_path / "b.ics", now=NOW)
    after = _read(tmp_path / "b.ics")
    assert set(after) == set(before)
    assert str(after[uid]["STATUS"]) == "CANCELLED" and after[uid]["SEQUENCE"] == 1
    assert after[uid].decoded("DTSTART") == before[uid].decoded("DTSTART")
    assert list(after[uid].walk("VALARM")) == []
    assert result.cancelled == 1 and result.unchanged == 3
    # Exported again: still one cancelled event, its SEQUENCE not bumped again.
    export_calendar(store, tmp_path / "c.ics", now=NOW)
    again = Calendar.from_ical((tmp_path / "c.ics").read_bytes()).walk("VEVENT")
    same = [e for e in again if str(e["UID"]) == uid]
    assert len(same) == 1 and same[0]["SEQUENCE"] == 1


def test_a_trashed_client_cancels_every_event_of_theirs(store, tmp_path):
    juana, *_ = _vault(store)
    export_calendar(store, tmp_path / "a.ics", now=NOW)
    trash_client(store, juana)
    result = export_calendar(store, tmp_path / "b.ics", now=NOW)
    events = _read(tmp_path / "b.ics").values()
    # Its hearings and their filing deadline go; the FOIL request is still in the vault
    # (the Deadlines view lists it too), so its date stays.
    status = {str(e["SUMMARY"]): str(e["STATUS"]) for e in events}
    assert status == {
        "Cancelled (removed from casebook)": "CANCELLED",
        "J.L. — NYPD FOIL: acknowledgement due": "CONFIRMED",
    }
    assert (result.cancelled, result.events) == (3, 1)


def test_from_date_includes_earlier_hearings_and_never_cancels_what_lies_before_it(store, tmp_path):
    _vault(store)
    result = export_calendar(store, tmp_path / "a.ics", now=NOW, since=date(2026, 11, 1))
    summaries = [str(e["SUMMARY"]) for e in _read(tmp_path / "a.ics").values()]
    assert "J.L. — Master calendar hearing" in summaries  # the 2026-11-02 one, no court
    assert result.since == date(2026, 11, 1) and result.new == 5
    later = export_calendar(store, tmp_path / "b.ics", now=NOW)  # from today again
    assert later.cancelled == 0 and later.unchanged == 4


def test_a_done_hearing_stays_without_reminders(store, tmp_path):
    _, _, master, _, _ = _vault(store)
    draft = get_event(store, master).draft
    update_event(store, master, dataclasses.replace(draft, done=True))
    export_calendar(store, tmp_path / "a.ics", now=NOW)
    event = next(e for e in _read(tmp_path / "a.ics").values() if "Master" in str(e["SUMMARY"]))
    assert str(event["STATUS"]) == "CONFIRMED" and list(event.walk("VALARM")) == []


def test_a_foil_step_once_done_is_cancelled_and_the_next_date_appears(store, tmp_path):
    *_, request = _vault(store)
    export_calendar(store, tmp_path / "a.ics", now=NOW)
    rq.update_request(store, request, rq.RequestChanges(acknowledged=TODAY), today=TODAY)
    result = export_calendar(store, tmp_path / "b.ics", now=NOW)
    foil = {uid.split("-", 1)[1]: e for uid, e in _read(tmp_path / "b.ics").items()}
    assert str(foil["acknowledgement@casebook"]["STATUS"]) == "CANCELLED"
    # 20 business days after the acknowledgement of Tue 2026-12-01 (POL §89(3)(a)), skipping
    # weekends and Christmas (Fri 12-25): Dec 2-4 (3), 7-11 (8), 14-18 (13), 21-24 (17),
    # 28-30 (20) -> Wed 2026-12-30.
    determination = foil["determination@casebook"]
    assert determination.decoded("DTSTART") == date(2026, 12, 30)
    assert str(determination["SUMMARY"]) == "J.L. — NYPD FOIL: determination due"
    assert (result.new, result.cancelled) == (1, 1)
