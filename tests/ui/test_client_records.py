"""A client's Record requests and Arrests tabs, and the drawn Timeline of the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGraphicsSimpleTextItem

from casebook.domain.vocabulary import SealedUnder
from casebook.ui.case_timeline import ARRESTS, INCIDENTS, LANES, REQUESTS
from tests.helpers import TODAY


def _open_first_client(qtbot, app):
    window = app.main_window
    clients = window.clients
    clients.table.selectRow(0)
    detail = clients.detail
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == detail.client_id)
    return window, detail


def test_arrests_tab_shows_sealing_and_adds_an_arrest(qtbot, records_app):
    _window, detail = _open_first_client(qtbot, records_app)
    assert detail.arrests.rowCount() == 2
    assert detail.arrests.item(0, 5).text() == "Sealed (CPL 160.50)"
    assert detail.arrests.item(1, 5).text() == "Not sealed"
    assert "(2)" in detail.tabs.tabText(detail.tabs.indexOf(detail.arrests_tab))

    dialog = detail.add_arrest()
    dialog.precinct.setText("500")
    dialog.arrested_on.set_value(date(2025, 1, 5))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors["precinct"].isVisible())
    dialog.precinct.setText("114")
    dialog.sealed.setCurrentIndex(dialog.sealed.findData(SealedUnder.CPL_160_55.value))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: detail.arrests.rowCount() == 3)
    texts = {detail.arrests.item(r, 5).text() for r in range(3)}
    assert "Sealed (CPL 160.55); court file open" in texts

    detail.arrests.selectRow(1)
    edit = detail.edit_arrest()
    assert edit is not None and edit.arrested_on.value() is not None
    edit.reject()


def test_timeline_draws_every_kind_of_record_on_a_time_axis(qtbot, records_app):
    _window, detail = _open_first_client(qtbot, records_app)
    detail.tabs.setCurrentWidget(detail.timeline_tab)
    lanes = {m.lane for m in detail.timeline.marks}
    assert {ARRESTS, INCIDENTS} <= lanes
    incident = next(m for m in detail.timeline.marks if m.lane == INCIDENTS)
    assert incident.late, "the incident that shared a sealed record is drawn in red"
    scene = detail.timeline.scene()
    labels = {i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
    assert set(LANES) <= labels and "Today" in labels
    width = scene.sceneRect().width()
    detail.timeline.set_zoom(2.0)
    assert scene.sceneRect().width() > width
    assert "Arrests: 2" in detail.timeline.accessibleDescription()
    assert not detail.timeline.grab().isNull()


def test_requests_tab_lists_the_clients_requests_and_opens_one(qtbot, records_app):
    window = records_app.main_window
    clients = window.clients
    detail = clients.detail
    for row in range(clients.model.rowCount()):
        clients.table.selectRow(row)
        qtbot.waitUntil(
            lambda: detail.file is not None and detail.file.detail.id == detail.client_id
        )
        if detail.file.requests:
            break
    assert detail.requests.rowCount() == len(detail.file.requests) > 0
    assert any(m.lane == REQUESTS for m in detail.timeline.marks)
    wanted = detail.file.requests[0].id
    detail.tabs.setCurrentWidget(detail.requests_tab)
    with qtbot.waitSignal(detail.open_request):
        detail._open_request_at(detail.requests.model().index(0, 0))
    assert window.pages.currentWidget() is window.requests
    qtbot.waitUntil(
        lambda: window.requests.current is not None and window.requests.current.id == wanted
    )


def test_new_request_from_a_client_file_is_about_that_client(qtbot, records_app):
    window, detail = _open_first_client(qtbot, records_app)
    before = detail.requests.rowCount()
    detail.new_request.emit(detail.client_id, detail.client_name)
    dialog = window.requests.dialog
    assert dialog.client.client_id == detail.client_id
    dialog.records.setPlainText("Complaint report")
    dialog.received.set_value(TODAY)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: detail.requests.rowCount() == before + 1)
