"""What an inbox document says about itself, as suggestions a person accepts one by one or all.

Each row is one suggestion and its reason ("Client: Maria Lopez — because
A-123-456-789 is Maria Lopez's A-number: page 1 says 'File No: A 123 456
789'"). Enter or a double-click accepts the current row; "Accept" the
current row, "Accept all" every row. Nothing is applied otherwise. When the
name matches several clients equally, each is a row that puts that client
in the filing form below instead (the person still files).

The panel holds only the plain ``Suggestions`` the worker computed; the
page asks for them and applies them (``services.suggestions``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.deadline_phrases import format_date
from casebook.services.suggestions import Suggestions
from casebook.ui.labels import kind_label

PICK = "pick:"  # a row that puts a candidate client in the filing form


def rows_of(s: Suggestions) -> list[tuple[str, str, str]]:
    """(part, what, because) for each suggestion, in the order they are best accepted."""
    rows: list[tuple[str, str, str]] = []

    if s.kind:
        said = QCoreApplication.translate("SuggestionsPanel", "Kind: {kind}")
        rows.append(("kind", said.format(kind=kind_label(s.kind)), s.reason("kind")))
    if s.title:
        said = QCoreApplication.translate("SuggestionsPanel", "Title: {title}")
        rows.append(("title", said.format(title=s.title), s.reason("title")))
    if s.date:
        said = QCoreApplication.translate("SuggestionsPanel", "Date: {day}")
        rows.append(("date", said.format(day=format_date(s.date)), s.reason("date")))
    if s.request is not None:
        said = QCoreApplication.translate("SuggestionsPanel", "Request: {request}")
        rows.append(("request", said.format(request=s.request.text()), s.reason("request")))
    if s.hearing is not None:
        because = s.reason("hearing")
        if s.hearing.client_id is None:
            because += QCoreApplication.translate(
                "SuggestionsPanel", " (file it with a client first)"
            )
        said = QCoreApplication.translate("SuggestionsPanel", "Hearing: {hearing}")
        rows.append(("hearing", said.format(hearing=s.hearing.text()), because))
    chosen = s.client
    if chosen is not None:
        said = QCoreApplication.translate("SuggestionsPanel", "File with {name}")
        rows.append(("client", said.format(name=chosen.name), chosen.because))
    else:
        said = QCoreApplication.translate("SuggestionsPanel", "Perhaps {name}: put in the form")
        for c in s.clients:
            rows.append((f"{PICK}{c.id}:{c.name}", said.format(name=c.name), c.because))
    return rows


class SuggestionsPanel(QWidget):
    """Emits ``accept(parts)`` (a list of parts, or None for all) and ``pick(client_id, name)``."""

    accept = Signal(object)
    pick = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Suggestions panel")
        self.heading = QLabel(self.tr("<b>Suggestions</b>"))
        self.status = QLabel()
        self.status.setObjectName("placeholder")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Suggestions status")
        self.list = QListWidget()
        self.list.setAccessibleName("Suggestions")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        # Room for the usual five suggestions, two lines each, without scrolling.
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 13)
        self.list.itemActivated.connect(self._activated)
        self.accept_one = QPushButton(self.tr("Acc&ept"))
        self.accept_one.setAccessibleName("Accept suggestion")
        self.accept_one.setToolTip(self.tr("Accept the chosen suggestion (Enter)"))
        self.accept_one.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.accept_all = QPushButton(self.tr("Accept a&ll"))
        self.accept_all.setAccessibleName("Accept all suggestions")
        self.accept_all.setToolTip(self.tr("Accept every suggestion shown"))
        self.accept_all.clicked.connect(lambda: self.accept.emit(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.accept_one)
        buttons.addWidget(self.accept_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.show_nothing("")

    def show_reading(self) -> None:
        self.list.clear()
        self.status.setText(self.tr("Reading the document…"))
        self._enable(False)

    def show_nothing(self, why: str) -> None:
        self.list.clear()
        self.status.setText(why)
        self._enable(False)
        self.list.setVisible(False)

    def show_suggestions(self, s: Suggestions) -> None:
        self.list.clear()
        rows = rows_of(s)
        if not rows:
            self.show_nothing(self.tr("Nothing this document says matches a known form or client."))
            return
        self.list.setVisible(True)
        for part, what, because in rows:
            said = self.tr("{what}\n    because {because}").format(what=what, because=because)
            item = QListWidgetItem(said if because else what)
            item.setData(Qt.ItemDataRole.UserRole, part)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{what}, because {because}").format(what=what, because=because),
            )
            item.setToolTip(because)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        picks = all(str(r[0]).startswith(PICK) for r in rows)
        self.status.setText(
            self.tr("Several clients have this name: pick one.")
            if picks
            else self.tr("Enter accepts the chosen one. Nothing is applied until you accept.")
        )
        self._enable(True)
        self.accept_all.setEnabled(not picks)

    def parts(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [str(self.list.item(r).data(role)) for r in range(self.list.count())]

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        part = str(item.data(Qt.ItemDataRole.UserRole))
        if part.startswith(PICK):
            client_id, _, name = part.removeprefix(PICK).partition(":")
            self.pick.emit(int(client_id), name)
            return
        self.accept.emit([part])

    def _enable(self, on: bool) -> None:
        self.accept_one.setEnabled(on)
        self.accept_all.setEnabled(on)
