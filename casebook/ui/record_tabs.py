"""The client file's Record requests and Arrests and convictions tabs.

Requests are worked on their own page, so this tab only lists the client's
and hands on "open this one" and "start one for this client". Arrests are
added and edited here, in ``ArrestDialog``; convictions and when they seal
in ``ConvictionsPanel`` below them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.domain.vocabulary import SealedUnder
from casebook.services.arrests import ArrestInfo
from casebook.services.convictions import ClientSealing
from casebook.services.requests import RequestInfo
from casebook.ui.arrest_dialog import ArrestDialog
from casebook.ui.convictions_panel import ConvictionsPanel
from casebook.ui.record_labels import (
    SEALED_NOTES,
    clock_text,
    error_colour,
    is_late,
    request_title,
    sealed_label,
    stage_label,
    tr_label,
)
from casebook.ui.record_table import fill, id_at, record_table
from casebook.ui.worker import DbWorker


def _sealed_text(a: ArrestInfo) -> str:
    d = a.draft
    if d.sealed_under is not None:
        label = sealed_label(d.sealed_under)
        if d.sealed_under is SealedUnder.CPL_160_55:
            return QCoreApplication.translate("ArrestsTab", "{label}; court file open").format(
                label=label
            )
        return label
    if d.pending:
        return QCoreApplication.translate("ArrestsTab", "Pending")
    return QCoreApplication.translate("ArrestsTab", "Not sealed")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("placeholder")
    label.setWordWrap(True)
    return label


class RequestsTab(QWidget):
    """Emits ``open_request(request_id)`` (Enter on a row) and ``new_request()``."""

    open_request = Signal(int)
    new_request = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = record_table(
            (self.tr("Request"), self.tr("Received"), self.tr("Status"), self.tr("Clock")),
            "Record requests",
        )
        self.table.activated.connect(self.open_request_at)
        new = QPushButton(self.tr("New re&quest for this client…"))
        new.clicked.connect(self.new_request.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(_hint(self.tr("Enter opens a request on the Record requests page.")), 1)
        buttons.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_requests(self, requests: tuple[RequestInfo, ...], today: date) -> None:
        fill(
            self.table,
            [
                (
                    request_title(r),
                    r.dates.received.isoformat() if r.dates.received else self.tr("not yet"),
                    stage_label(r.clock.stage),
                    clock_text(r),
                )
                for r in requests
            ],
            [r.id for r in requests],
        )
        red = error_colour()
        for row, r in enumerate(requests):
            item = self.table.item(row, 3)
            if item is not None:
                item.setToolTip(r.clock.message)
                if is_late(r, today):
                    item.setForeground(red)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def open_request_at(self, index: QModelIndex) -> None:
        request_id = id_at(self.table, index.row())
        if request_id is not None:
            self.open_request.emit(request_id)


class ArrestsTab(QWidget):
    """Emits ``saved()`` after an arrest or a conviction is added or edited."""

    saved = Signal()

    def __init__(
        self, worker: DbWorker, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.client_id: int | None = None
        self.arrests: tuple[ArrestInfo, ...] = ()
        self.dialog: ArrestDialog | None = None
        self.table = record_table(
            (
                self.tr("Date"),
                self.tr("Precinct"),
                self.tr("Arrest no."),
                self.tr("Charges"),
                self.tr("Disposition"),
                self.tr("Sealed"),
            ),
            "Arrests",
        )
        self.table.activated.connect(lambda _i: self.edit_arrest())
        add = QPushButton(self.tr("Add a&rrest…"))
        add.clicked.connect(self.add_arrest)
        edit = QPushButton(self.tr("Edit arrest…"))
        edit.setToolTip(self.tr("Edit the chosen arrest (Enter in the list)"))
        edit.clicked.connect(self.edit_arrest)
        buttons = QHBoxLayout()
        buttons.addWidget(
            _hint(
                self.tr(
                    "A sealed record (CPL 160.50, 160.55, 160.57, 160.58, 160.59) must not be "
                    "shared: casebook flags an incident or a request response that carries it. "
                    "CPL 160.55 leaves the court's own file open."
                )
            ),
            1,
        )
        buttons.addWidget(add)
        buttons.addWidget(edit)
        self.convictions = ConvictionsPanel(worker, today)
        self.convictions.saved.connect(self.saved.emit)
        heading = QLabel(self.tr("Convictions and when they seal"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(heading)
        layout.addWidget(self.convictions, 2)

    def show_arrests(self, client_id: int, arrests: tuple[ArrestInfo, ...]) -> None:
        self.client_id, self.arrests = client_id, arrests
        fill(
            self.table,
            [
                (
                    a.draft.arrested_on.isoformat(),
                    a.draft.precinct,
                    a.draft.arrest_number,
                    a.draft.charges,
                    a.draft.disposition,
                    _sealed_text(a),
                )
                for a in arrests
            ],
            [a.id for a in arrests],
        )
        for row, a in enumerate(arrests):
            item = self.table.item(row, 5)
            note = SEALED_NOTES.get(a.draft.sealed_under) if a.draft.sealed_under else None
            note = tr_label(note) if note else None
            if item is not None and note:
                item.setToolTip(note)

    def show_sealing(self, sealing: ClientSealing) -> None:
        if self.client_id is not None:
            self.convictions.show_sealing(self.client_id, sealing, self.arrests)

    def clear(self) -> None:
        self.client_id, self.arrests = None, ()
        self.table.setRowCount(0)
        self.convictions.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def add_arrest(self) -> ArrestDialog | None:
        return self._open(None)

    def edit_arrest(self) -> ArrestDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.arrests):
            return None
        return self._open(self.arrests[row])

    def _open(self, arrest: ArrestInfo | None) -> ArrestDialog | None:
        client_id = self.client_id
        if client_id is None:
            return None
        if self.dialog is not None:
            self.dialog.reject()
        dialog = ArrestDialog(self._worker, client_id, self, today=self._today, arrest=arrest)
        self.dialog = dialog

        def forget(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.saved.connect(lambda _id: self.saved.emit())
        dialog.open()
        return dialog
