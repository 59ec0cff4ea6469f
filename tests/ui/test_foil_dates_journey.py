"""A date certain in the future and a second extension, recorded through the real window
(issue 13, FOIL): the agency's written date governs, so nothing says "constructive
denial"; the second extension is flagged as no provision permits repeated delays (COOG
FOIL-AO-19644).

On Sun 2026-11-29 (the app's injected today). Received Thu 2026-10-01, acknowledged Tue
10-06: the 20 business days ended Thu 11-05 (Oct 7-9, [Columbus Day 10-12], Oct 13-16,
19-23, 26-30, Nov 2, [Election Day 11-03], Nov 4, 5). Without the date certain the app
would call the request constructively denied since Nov 6.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)

from casebook.ui.main_window import MainWindow
from tests.ui.journey import dialog_named
from tests.ui.test_matter_journey import back_to, click, dialog, find, type_into
from tests.ui.test_record_undo_journey import go_to

pytestmark = pytest.mark.dates
SHOTS = Path("/tmp/shots")


def choose(qtbot, combo: QComboBox, steps: int) -> None:
    """Open the list and go ``steps`` entries down from the first, as with the keyboard."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def record(qtbot, window: MainWindow, steps: int, fields: dict[str, str], shot: str = "") -> None:
    click(qtbot, find(window, QAbstractButton, "Record what happened…"))
    form = dialog_named(qtbot, "Record what happened")
    choose(qtbot, find(form, QComboBox, "What happened"), steps)
    for name, text in fields.items():
        field = find(form, QLineEdit, name)
        field.clear()
        type_into(qtbot, field, text)
    if shot:
        SHOTS.mkdir(exist_ok=True)
        form.grab().save(str(SHOTS / shot))
    click(qtbot, find(form, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: window.requests.dialog is None)  # saved and closed
    back_to(qtbot, window)


def test_a_future_date_certain_and_a_second_extension(qtbot, casebook_app, vault_path, unlock):
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    go_to(qtbot, window, "Record requests")
    click(qtbot, find(window, QAbstractButton, "New request…"))
    form = dialog(qtbot, window, "New record request")
    records = find(form, QPlainTextEdit, "Records asked for")
    click(qtbot, records)
    qtbot.keyClicks(records, "Arrest report and body-worn camera footage")
    type_into(qtbot, find(form, QLineEdit, "Received by the agency"), "10/01/2026")
    click(qtbot, find(form, QAbstractButton, "Save"))
    table = find(window, QTableView, "Record requests")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    back_to(qtbot, window)
    clock = find(window, QLabel, "Clock")
    law = find(window, QLabel, "What the law says now")
    stage = find(window, QLabel, "Stage")

    # Acknowledged Oct 6 with a date certain of Fri 2027-01-29, two months ahead.
    record(qtbot, window, 1, {"On": "10/06/2026", "Promised date": "01/29/2027"})
    qtbot.waitUntil(lambda: "2027-01-29" in clock.text())
    assert "NYPD owes a determination by Fri 2027-01-29" in clock.text()
    for label in (clock, law, stage):
        assert "onstructive" not in label.text() and "appeal now" not in label.text()
    assert stage.text() == "Stage: Awaiting a decision"

    # Two extensions, each with its letter and reason.
    record(
        qtbot,
        window,
        2,
        {"Letter dated": "11/20/2026", "New date given": "02/26/2027", "Reason given": "Volume"},
    )
    qtbot.waitUntil(lambda: "2027-02-26" in clock.text())
    assert "repeated" not in stage.text()
    record(
        qtbot,
        window,
        2,
        {
            "Letter dated": "11/27/2026",
            "New date given": "03/31/2027",
            "Reason given": "Review for redactions",
        },
        shot="foil-extension-dialog.png",
    )
    qtbot.waitUntil(lambda: "2027-03-31" in clock.text())
    assert stage.text() == (
        "Stage: Awaiting a decision (extended 2 times: no provision permits repeated delays)"
    )
    assert "extended 2 times: no provision permits repeated delays" in clock.text()
    assert "there is no provision that permits repeated delays (COOG FOIL-AO-19644)" in law.text()
    for label in (clock, law, stage):
        assert "onstructive" not in label.text()
    listed = table.model().index(0, 3).data()
    assert "extended 2 times" in listed and "onstructive" not in listed
    timeline = window.requests.timeline
    lines = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert any(
        line.startswith("NYPD extended its time to Wed 2027-03-31: Review for redactions")
        and "repeated" in line
        for line in lines
    )
    assert not any("repeated" in line for line in lines if "Volume" in line)
    window.requests.grab().save(str(SHOTS / "foil-requests-page.png"))


def test_an_appeal_87_days_after_a_denial_is_flagged_before_it_is_written(
    qtbot, casebook_app, vault_path, unlock
):
    # Denied Thu 2026-09-03, 87 days before Sun 11-29 (27 days to Sep 30, 31 in October,
    # 29 in November). Appeal by Sep 3 + 30 = Sat Oct 3 -> Mon Oct 5 (GCL §25-a).
    unlock(qtbot, casebook_app, vault_path)
    window = casebook_app.main_window
    go_to(qtbot, window, "Record requests")
    click(qtbot, find(window, QAbstractButton, "New request…"))
    form = dialog(qtbot, window, "New record request")
    records = find(form, QPlainTextEdit, "Records asked for")
    click(qtbot, records)
    qtbot.keyClicks(records, "Arrest report")
    type_into(qtbot, find(form, QLineEdit, "Received by the agency"), "09/01/2026")
    click(qtbot, find(form, QAbstractButton, "Save"))
    table = find(window, QTableView, "Record requests")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    back_to(qtbot, window)
    click(qtbot, find(window, QAbstractButton, "Record what happened…"))
    event = dialog_named(qtbot, "Record what happened")
    choose(qtbot, find(event, QComboBox, "What happened"), 3)
    choose(qtbot, find(event, QComboBox, "Outcome"), 2)
    type_into(qtbot, find(event, QLineEdit, "On"), "09/03/2026")
    click(qtbot, find(event, QAbstractButton, "Save"))
    qtbot.waitUntil(lambda: window.requests.dialog is None)
    back_to(qtbot, window)
    clock = find(window, QLabel, "Clock")
    qtbot.waitUntil(lambda: "Closed: the time to appeal ended on Mon 2026-10-05" in clock.text())

    click(qtbot, find(window, QAbstractButton, "Appeal letter…"))
    letter = dialog_named(qtbot, "Appeal letter")
    text = find(letter, QPlainTextEdit, "Letter text")
    qtbot.waitUntil(lambda: "I appeal the denial" in text.toPlainText())
    warning = find(letter, QLabel, "Before you send")
    assert "The 30 days to appeal ended on October 5, 2026" in warning.text()
    assert "within thirty days" not in text.toPlainText()
    assert "more than thirty days have passed since that denial" in " ".join(
        text.toPlainText().split()
    )
    reasons = find(letter, QLineEdit, "Reasons for the appeal")
    type_into(qtbot, reasons, "The records are sealed and concern my client.")
    qtbot.waitUntil(lambda: "sealed and concern my client" in text.toPlainText())
    qtbot.waitUntil(lambda: "square brackets" not in warning.text())
    letter.grab().save(str(SHOTS / "foil-letter-dialog-late-appeal.png"))
