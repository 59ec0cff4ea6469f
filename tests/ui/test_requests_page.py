"""The Record requests page: the list with its clock, the request form, what happened, letters."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from casebook.domain.vocabulary import Agency
from casebook.ui.record_labels import warning_colour
from casebook.ui.request_timeline import LATE, request_timeline
from tests.helpers import TODAY


@pytest.fixture
def page(qtbot, unlocked_app):
    window = unlocked_app.main_window
    window.sidebar.setCurrentRow(2)
    requests = window.requests
    qtbot.waitUntil(lambda: requests.model.rowCount() > 0)
    return requests


def _new_request(qtbot, page, *, received, records="Arrest report and body-worn camera footage"):
    page.new_request()
    dialog = page.dialog
    dialog.records.setPlainText(records)
    dialog.received.set_value(received)
    dialog.sent_on.set_value(received)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    request_id = saved.args[0]
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == request_id)
    return request_id


def test_list_says_each_clock_in_one_sentence_and_a_late_agency_in_amber(page):
    model = page.model
    late = [r for r in range(model.rowCount()) if model.rows[r].clock.constructive_denial]
    assert late, "the demo vault has requests the agency is late on"
    index = model.index(late[0], 3)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == warning_colour()
    assert "late: you may appeal by" in model.data(index)
    texts = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert all(texts) and not any("_" in t for t in texts)
    assert all(t == model.rows[r].what for r, t in enumerate(texts)), "the words of the command"


def test_status_and_client_filters(qtbot, page):
    page.status_filter.setCurrentText("Constructive denial")
    assert all(info.clock.constructive_denial for info in page.model.rows)
    page.status_filter.setCurrentText("All requests")
    with_client = next(info for info in page.model.rows if info.client_id)
    page.client_filter.set_client(with_client.client_id, with_client.client_name)
    qtbot.waitUntil(
        lambda: (
            page.model.rows and all(i.client_id == with_client.client_id for i in page.model.rows)
        )
    )


def test_form_shows_problems_beside_their_fields(qtbot, page):
    page.new_request()
    dialog = page.dialog
    dialog.agency.setCurrentIndex(dialog.agency.findData(Agency.NYPD.value))
    dialog.number.setText("FOIL-2025-072-01234")  # a DOC number on an NYPD request
    assert not dialog.check_number()
    assert "another agency" in dialog.form.errors["request_number"].text()
    dialog.number.setText("foil-2025-056-01234")
    assert dialog.check_number()
    assert dialog.number.text() == "FOIL-2025-056-01234"
    assert dialog.form.errors["request_number"].isHidden()

    dialog.save()  # no records described
    qtbot.waitUntil(lambda: dialog.form.errors["records"].isVisible())
    assert "Describe the records" in dialog.form.errors["records"].text()
    dialog.records.setPlainText("Arrest report")
    dialog.precinct.setText("999")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors["precinct"].isVisible())
    assert dialog.form.errors["records"].isHidden()
    assert "precinct" in dialog.form.errors["precinct"].text()
    dialog.precinct.setText("75th")
    dialog.nysid.setText("12345678K")
    dialog.body_camera.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: page.current is not None and page.current.number.endswith("01234"))
    assert page.current.fields.precinct == "75" and page.current.fields.body_camera
    assert page.dialog is None


def test_silence_past_the_deadline_says_appeal_now(qtbot, page):
    _new_request(qtbot, page, received=TODAY - timedelta(days=20))
    assert page.current.clock.constructive_denial
    # received Mon 11-09, 20 days before Sun 11-29: 5 business days (Veterans Day 11-11
    # off) -> Tue 11-17, missed 12 days ago; 30 days from it -> Thu 12-17, 18 days on
    assert page.clock.text() == (
        "<b>NYPD is 12 days late: you may appeal by Thu 2026-12-17 \N{EM DASH} 18 days</b>"
    )
    lines = request_timeline(page.current, TODAY)
    assert any(line.state == LATE for line in lines)
    texts = [
        page.timeline.topLevelItem(i).text(1) for i in range(page.timeline.topLevelItemCount())
    ]
    assert any("missed" in t for t in texts) and "Today" in texts


def test_recording_what_happened_moves_the_clock(qtbot, page):
    request_id = _new_request(qtbot, page, received=TODAY - timedelta(days=3))
    page.record_event()
    dialog = page.dialog
    dialog.choose("acknowledged")
    assert dialog.form.isRowVisible(dialog.form.rows["promised"])
    assert not dialog.form.isRowVisible(dialog.form.rows["outcome"])
    dialog.day.set_value(TODAY + timedelta(days=1))
    dialog.save()  # a date in the future is refused beside the date
    qtbot.waitUntil(lambda: dialog.form.errors["day"].isVisible())
    dialog.day.set_value(TODAY - timedelta(days=1))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(
        lambda: page.current.id == request_id and page.current.dates.acknowledged is not None
    )
    texts = [
        page.timeline.topLevelItem(i).text(1) for i in range(page.timeline.topLevelItemCount())
    ]
    assert any("acknowledged it" in t for t in texts)
    assert any("grant or denial" in t for t in texts)


def test_letter_preview_copies_through_the_guard_and_exports_a_pdf(
    qtbot, unlocked_app, page, tmp_path: Path
):
    _new_request(qtbot, page, received=TODAY - timedelta(days=20))
    chosen: list[str] = []

    def choose(_parent, suggested, _filter, done):
        chosen.append(suggested)
        done(str(tmp_path / "appeal"))

    page._choose_pdf_path = choose
    dialog = page.show_letter("appeal")
    qtbot.waitUntil(lambda: dialog.text.toPlainText() != "")
    assert "Records Access Appeals Officer" in dialog.text.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    unlocked_app.clipboard.clear()  # what locking does
    assert QGuiApplication.clipboard().text() == ""

    with qtbot.waitSignal(dialog.message) as message:
        dialog.export_button.click()
    assert chosen and chosen[0].endswith(".pdf")
    written = tmp_path / "appeal.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in message.args[0]
    dialog.reject()


def test_letter_for_a_request_with_nothing_to_appeal_says_why(qtbot, page):
    _new_request(qtbot, page, received=TODAY - timedelta(days=1))
    dialog = page.show_letter("appeal")
    qtbot.waitUntil(dialog.error.isVisible)
    assert "nothing to appeal" in dialog.error.text()
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_lock_clears_the_page(qtbot, unlocked_app, page):
    unlocked_app.lock()
    assert page.model.rowCount() == 0 and page.current is None
