"""The Deadlines page: one list of what is due (overdue first) and a month calendar.

Hearings, filing deadlines, FOIL dates and the days convictions are expected
to seal (Clean Slate, CPL 160.57) come from ``services.deadlines``
(``upcoming`` for the list, ``month`` for the calendar) as frozen ``Deadline``
rows, each with its sentence (``Deadline.what``: what to do, by when, how
many days remain) — the words ``casebook deadlines`` prints. The count line
is counted from the rows shown, with ``deadline_phrases.summary``, so it
cannot disagree with them. Each calendar day shows how many things fall due
and the first few titles, red when one is overdue. Enter or a double-click on
a line opens its client's file, or the request on the Record requests page
(``open_item``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.services import deadlines
from casebook.services.changes import Change, Changes
from casebook.services.deadlines import Deadline
from casebook.ui.deadline_words import days_left, due_on, summary, what
from casebook.ui.record_labels import error_colour
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

KIND_LABELS = {
    deadlines.HEARING: QT_TRANSLATE_NOOP("DeadlinesPage", "Hearing"),
    deadlines.FILING: QT_TRANSLATE_NOOP("DeadlinesPage", "Filing"),
    deadlines.FOIL: QT_TRANSLATE_NOOP("DeadlinesPage", "FOIL"),
    deadlines.SEALING: QT_TRANSLATE_NOOP("DeadlinesPage", "Sealing"),
}
HORIZONS = (7, 30, 90, 365)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DeadlineCalendar(QCalendarWidget):
    """A month grid whose days show what falls due on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_day: dict[date, list[Deadline]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName("Calendar of deadlines")
        self.setMinimumSize(490, 420)

    def set_items(self, items: list[Deadline]) -> None:
        by_day: dict[date, list[Deadline]] = defaultdict(list)
        for item in items:
            by_day[item.day].append(item)
        self.by_day = dict(by_day)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        """The day's number at the top, what falls due under it (Qt centres the number)."""
        palette = self.palette()
        selected = qdate == self.selectedDate()
        in_month = qdate.month() == self.monthShown()
        painter.save()
        painter.fillRect(
            rect.adjusted(1, 1, 0, 0),
            palette.color(palette.ColorRole.Highlight if selected else palette.ColorRole.Base),
        )
        if qdate == QDate.currentDate() and not selected:
            painter.setPen(palette.color(palette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        number_colour = palette.color(
            palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        )
        if not in_month:
            number_colour = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text)
        painter.setPen(number_colour)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        head = painter.fontMetrics().height()
        painter.drawText(
            rect.adjusted(4, 2, -4, 0),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight),
            str(qdate.day()),
        )
        painter.restore()
        items = self.by_day.get(date(qdate.year(), qdate.month(), qdate.day()), [])
        if not items:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        late = any(i.overdue for i in items)
        colour = error_colour() if late else palette.color(palette.ColorRole.Link)
        if selected:
            colour = palette.color(palette.ColorRole.HighlightedText)
        box = rect.adjusted(4, head + 2, -3, -2)
        painter.setPen(colour)
        rows = max(1, box.height() // line)
        shown = items if len(items) <= rows else items[: rows - 1]
        y = box.top()
        for item in shown:
            text = metrics.elidedText(
                f"{_tr(KIND_LABELS[item.kind])}: {item.client_name or item.title}",
                Qt.TextElideMode.ElideRight,
                box.width(),
            )
            painter.drawText(QRect(box.left(), y, box.width(), line), 0, text)
            y += line
        if len(shown) < len(items):
            painter.drawText(
                QRect(box.left(), y, box.width(), line),
                0,
                self.tr("+%n more", "", len(items) - len(shown)),
            )
        painter.restore()


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeadlinesPage", text)


def _item(d: Deadline, today: date, *, urgency: bool = True) -> QTreeWidgetItem:
    """Client and sentence; with ``urgency``, the days left first (the list's urgency column).

    The sentence may be cut at the right edge; the "Due" column keeps its days in view
    and the tooltip has it whole.
    """
    said = what(d, today)
    values = [days_left(d.day, today)] if urgency else []
    values += [
        d.client_name or QCoreApplication.translate("DeadlinesPage", "(no client)"),
        said or d.title,
    ]
    item = QTreeWidgetItem(values)
    item.setData(0, Qt.ItemDataRole.UserRole, d)
    tip = "\n".join(t for t in (said, d.title, d.note) if t)
    for column in range(len(values)):
        item.setToolTip(column, tip)
        if d.overdue:
            item.setForeground(column, error_colour())
    return item


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAccessibleName(name)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


def _fit_columns(tree: QTreeWidget, samples: tuple[str, ...]) -> None:
    """Widths from the font (a typical value per column), so they hold at any DPI or text size."""
    metrics = tree.fontMetrics()
    header = tree.headerItem()
    for column, sample in enumerate(samples):
        text = max(sample, header.text(column), key=metrics.horizontalAdvance)
        padding = 2 * metrics.averageCharWidth()
        tree.setColumnWidth(column, metrics.horizontalAdvance(text) + padding)


class DeadlinesPage(QWidget):
    """Emits ``open_item(deadline)`` to open what a line names, ``count_changed(overdue)``."""

    open_item = Signal(object)
    count_changed = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        worker.changed.connect(self._on_changed)
        self._today = today
        self._request = 0
        self._month_request = 0
        self.setAccessibleName("Deadlines")

        title = QLabel(self.tr("Deadlines"))
        title.setObjectName("pageTitle")
        self.horizon = QComboBox()
        self.horizon.setAccessibleName("How far ahead")
        for days in HORIZONS:
            self.horizon.addItem(self.tr("Next %n days", "", days), days)
        self.horizon.setCurrentIndex(1)
        self.horizon.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel()
        self.summary.setAccessibleName("Deadline summary")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.horizon)

        self.list = _tree(
            [self.tr("Due"), self.tr("Client"), self.tr("What")], "Deadlines, overdue first"
        )
        typical = ("Jean-Baptiste Pierre",)
        _fit_columns(self.list, (days_left(date(2000, 1, 1), date(2000, 2, 28)), *typical))
        self.list.itemActivated.connect(self._activated)
        self.calendar = DeadlineCalendar()
        self.calendar.currentPageChanged.connect(lambda y, m: self.load_month(y, m))
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.activated.connect(lambda _d: self._open_first_of_day())
        self.day_label = QLabel()
        self.day_list = _tree([self.tr("Client"), self.tr("What")], "Due on the chosen day")
        _fit_columns(self.day_list, typical)
        self.day_list.itemActivated.connect(self._activated)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.calendar, 3)
        right_layout.addWidget(self.day_label)
        right_layout.addWidget(self.day_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 480])
        self.splitter.setStretchFactor(0, 1)  # extra width goes to the sentences
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.horizon, self.list)
        self.setTabOrder(self.list, self.calendar)
        self.setTabOrder(self.calendar, self.day_list)

    # -- what the window asks -----------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        """Hearings, matters, requests, convictions or clients changed: what is due may too."""
        if changes.touches(
            Change.EVENTS, Change.MATTERS, Change.REQUESTS, Change.CLIENTS, Change.ARRESTS
        ):
            self.load()

    def load(self) -> None:
        """Reload the list and the month shown."""
        self._request += 1
        request, today = self._request, self._today()
        within = int(self.horizon.currentData())
        self._worker.submit(
            lambda s: deadlines.upcoming(s, today=today, within_days=within),
            on_success=partial(self._on_loaded, request),
        )
        self.load_month(self.calendar.yearShown(), self.calendar.monthShown())

    def load_month(self, year: int, month: int) -> None:
        self._month_request += 1
        request, today = self._month_request, self._today()
        self._worker.submit(
            lambda s: deadlines.month(s, year, month, today=today),
            on_success=partial(self._on_month, request),
        )

    def go_to_today(self) -> None:
        today = _qdate(self._today())
        self.calendar.setSelectedDate(today)
        self.calendar.setCurrentPage(today.year(), today.month())

    def clear(self) -> None:
        self._request += 1
        self._month_request += 1
        self.list.clear()
        self.day_list.clear()
        self.calendar.set_items([])
        self.summary.clear()
        self.day_label.clear()
        self.count_changed.emit(0)

    # -- internals ----------------------------------------------------------------------------

    def _on_loaded(self, request: int, items: list[Deadline]) -> None:
        if request != self._request:
            return
        self.list.clear()
        today = self._today()
        self.list.addTopLevelItems([_item(d, today) for d in items])
        overdue = sum(1 for d in items if d.overdue)
        days = int(self.horizon.currentData())
        self.summary.setText(summary(overdue, len(items) - overdue, days))
        self.summary.setObjectName("error" if overdue else "")
        self.summary.style().polish(self.summary)
        self.count_changed.emit(overdue)

    def _on_month(self, request: int, items: list[Deadline]) -> None:
        if request != self._month_request:
            return
        self.calendar.set_items(items)
        self._show_day()

    def _selected_day(self) -> date:
        d = self.calendar.selectedDate()
        return date(d.year(), d.month(), d.day())

    def _show_day(self) -> None:
        day = self._selected_day()
        items = self.calendar.by_day.get(day, [])
        self.day_label.setText(due_on(day, len(items)))
        self.day_list.clear()
        today = self._today()
        self.day_list.addTopLevelItems([_item(d, today, urgency=False) for d in items])

    def _open_first_of_day(self) -> None:
        items = self.calendar.by_day.get(self._selected_day(), [])
        if items:
            self.open_item.emit(items[0])

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        deadline = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(deadline, Deadline):
            self.open_item.emit(deadline)
