"""A client's case drawn on a time axis: arrests (with sentences and the day each
conviction is expected to seal), hearings, requests and their clocks, incidents and
documents received, one lane each.

``timeline_marks`` turns the frozen records into marks (pure, tested without
drawing); ``CaseTimelineView`` draws them in a ``QGraphicsScene``: points for
events, a bar for each request from its receipt to its next due date (red
when late), a line for today, month ticks along the bottom. Hover a mark for
its details; Ctrl+wheel or Ctrl+plus/minus zooms the time axis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from casebook.domain.deadline_phrases import format_date
from casebook.domain.sealing import IMMIGRATION_NOTE, LEVEL_LABELS
from casebook.domain.vocabulary import EventKind
from casebook.services.arrests import ArrestInfo
from casebook.services.clients import EventSummary
from casebook.services.convictions import ConvictionSealing
from casebook.services.documents import DocumentSummary
from casebook.services.incidents import IncidentInfo
from casebook.services.requests import RequestInfo
from casebook.ui.court_labels import event_label
from casebook.ui.record_labels import (
    clock_text,
    error_colour,
    incident_kind_label,
    is_late,
    request_title,
    sealed_label,
)
from casebook.ui.translation import QT_TRANSLATE_NOOP

ARRESTS, HEARINGS, REQUESTS, INCIDENTS, DOCUMENTS = (  # English: the lanes' keys
    QT_TRANSLATE_NOOP("CaseTimelineView", "Arrests"),
    QT_TRANSLATE_NOOP("CaseTimelineView", "Hearings"),
    QT_TRANSLATE_NOOP("CaseTimelineView", "Record requests"),
    QT_TRANSLATE_NOOP("CaseTimelineView", "Incidents"),
    QT_TRANSLATE_NOOP("CaseTimelineView", "Documents"),
)
LANES = (ARRESTS, HEARINGS, REQUESTS, INCIDENTS, DOCUMENTS)
LANE_COLOURS = {
    ARRESTS: "#6d4c9f",
    HEARINGS: "#1f6fb2",
    REQUESTS: "#2e7d32",
    INCIDENTS: "#c25e00",
    DOCUMENTS: "#607080",
}
LANE_HEIGHT = 64
LABEL_WIDTH = 130
LABEL_ROOM = 40  # labels that would run off the right end go left of their mark
DAY_WIDTH = 2.0  # pixels per day at zoom 1


@dataclass(frozen=True)
class Mark:
    lane: str
    start: date
    end: date | None  # a bar when set (a request's clock)
    label: str
    detail: str
    late: bool = False


EVENT_VALUES = frozenset(k.value for k in EventKind)


def timeline_marks(
    *,
    arrests: Sequence[ArrestInfo],
    events: Sequence[EventSummary],
    requests: Sequence[RequestInfo],
    incidents: Sequence[IncidentInfo],
    documents: Sequence[DocumentSummary],
    today: date,
    convictions: Sequence[ConvictionSealing] = (),
) -> list[Mark]:
    marks: list[Mark] = []
    for c in convictions:
        conviction = c.info.conviction
        level = QCoreApplication.translate(
            "ConvictionsPanel", LEVEL_LABELS[conviction.level]
        ).lower()
        expected = c.picture.clean_slate.expected_on
        marks.append(
            Mark(
                ARRESTS,
                conviction.sentenced_on,
                None,
                QCoreApplication.translate("CaseTimelineView", "Sentenced"),
                QCoreApplication.translate("CaseTimelineView", "Sentenced on {day}").format(
                    day=conviction.sentenced_on
                )
                + f" ({level}"
                + (f", {conviction.offense}" if conviction.offense else "")
                + "). "
                + " ".join(c.words),
            )
        )
        if expected is not None:
            marks.append(
                Mark(
                    ARRESTS,
                    expected,
                    None,
                    QCoreApplication.translate("CaseTimelineView", "Expected to seal"),
                    QCoreApplication.translate(
                        "CaseTimelineView",
                        "Expected to seal on {day}, if no new conviction (CPL 160.57).",
                    ).format(day=format_date(expected))
                    + " "
                    + QCoreApplication.translate("ConvictionsPanel", IMMIGRATION_NOTE),
                )
            )
    for a in arrests:
        d = a.draft
        sealed = (
            sealed_label(d.sealed_under)
            if d.sealed_under
            else QCoreApplication.translate("CaseTimelineView", "not sealed")
        )
        pct = (
            QCoreApplication.translate("CaseTimelineView", ", {precinct} Pct").format(
                precinct=d.precinct
            )
            if d.precinct
            else ""
        )
        no_charges = QCoreApplication.translate("CaseTimelineView", "charges not entered")
        no_disposition = QCoreApplication.translate("CaseTimelineView", "no disposition")
        marks.append(
            Mark(
                ARRESTS,
                d.arrested_on,
                None,
                QCoreApplication.translate("CaseTimelineView", "Arrest") + pct,
                QCoreApplication.translate(
                    "CaseTimelineView", "Arrest {number}{pct} on {day}"
                ).format(number=d.arrest_number, pct=pct, day=d.arrested_on)
                + f": {d.charges or no_charges}; {d.disposition or no_disposition}; {sealed}",
            )
        )
    for e in events:
        day = e.starts_at.date()
        kind = event_label(EventKind(e.kind)) if e.kind in EVENT_VALUES else e.kind
        label = e.title or kind
        late = not e.done and day < today and e.kind == "filing-deadline"
        before = (
            QCoreApplication.translate("CaseTimelineView", ", before {judge}").format(judge=e.judge)
            if e.judge
            else ""
        )
        marks.append(
            Mark(
                HEARINGS,
                day,
                None,
                label,
                QCoreApplication.translate("CaseTimelineView", "{label} on {when} {where}")
                .format(label=label, when=f"{e.starts_at:%Y-%m-%d %H:%M}", where=e.location)
                .strip()
                + before,
                late,
            )
        )
        if e.filing_due is not None and not e.done:
            marks.append(
                Mark(
                    HEARINGS,
                    e.filing_due,
                    None,
                    QCoreApplication.translate("CaseTimelineView", "Filings due"),
                    QCoreApplication.translate(
                        "CaseTimelineView", "Filings due {due} for the {kind} on {day}"
                    ).format(
                        due=f"{e.filing_due:%Y-%m-%d}", kind=kind.lower(), day=f"{day:%Y-%m-%d}"
                    ),
                    e.filing_due < today <= day,
                )
            )
    for r in requests:
        start = r.dates.received or r.sent_on
        if start is None:
            continue
        step = r.next_step
        end = step.day if step else None
        late = is_late(r, today)
        text = clock_text(r)
        marks.append(
            Mark(
                REQUESTS,
                start,
                end if end and end > start else None,
                f"{request_title(r)}: {text}",
                f"{request_title(r)}\n{r.clock.message}",
                late,
            )
        )
    for i in incidents:
        n = i.draft
        kind = incident_kind_label(n.kind)
        flag = (
            QCoreApplication.translate("CaseTimelineView", "; a sealed record was shared")
            if i.sealed_record_flag
            else ""
        )
        said = (
            QCoreApplication.translate("CaseTimelineView", "{kind} on {day}").format(
                kind=kind, day=n.occurred_on
            )
            + flag
        )
        marks.append(Mark(INCIDENTS, n.occurred_on, None, kind, said, bool(flag)))
    for doc in documents:
        day = doc.received_on or doc.created_at.date()
        said = QCoreApplication.translate("CaseTimelineView", "{title}, received {day}").format(
            title=doc.title, day=day
        )
        marks.append(Mark(DOCUMENTS, day, None, doc.title, said))
    return sorted(marks, key=lambda m: (LANES.index(m.lane), m.start))


def span(marks: Sequence[Mark], today: date) -> tuple[date, date]:
    """First and last day drawn: every mark and today, with a month either side."""
    days = [today, *(m.start for m in marks), *(m.end for m in marks if m.end)]
    first, last = min(days), max(days)
    return date(first.year, first.month, 1) - timedelta(days=1), last + timedelta(days=31)


class CaseTimelineView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName("Case timeline")
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.marks: list[Mark] = []
        self.today = date.today()
        self.zoom = 1.0
        self._axis_end: float | None = None

    def show_marks(self, marks: list[Mark], today: date) -> None:
        self.marks, self.today = marks, today
        counts = {lane: sum(1 for m in marks if m.lane == lane) for lane in LANES}
        self.setAccessibleDescription(
            "; ".join(f"{lane}: {n}" for lane, n in counts.items())
            + ". Hover a mark for its details."
        )
        self._draw()

    def clear_marks(self) -> None:
        self.marks = []
        self.scene().clear()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(8.0, max(0.25, zoom))
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw()  # the axis fits the width shown

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.set_zoom(self.zoom * 1.25)
                return
            if event.key() == Qt.Key.Key_Minus:
                self.set_zoom(self.zoom * 0.8)
                return
        super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------------

    def _lane_name(self, lane: str) -> str:
        """A lane's label: "lane" words, short where the Spanish of the full name is wider
        than the label column."""
        names = {
            ARRESTS: self.tr("Arrests", "lane"),
            HEARINGS: self.tr("Hearings", "lane"),
            REQUESTS: self.tr("Record requests", "lane"),
            INCIDENTS: self.tr("Incidents", "lane"),
            DOCUMENTS: self.tr("Documents", "lane"),
        }
        return names.get(lane, lane)

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.Text)
        grid = QColor(text_colour)
        grid.setAlpha(40)
        first, last = span(self.marks, self.today)
        # fit the whole case in the width shown, unless zoomed in
        available = max(300, self.viewport().width() - LABEL_WIDTH - LABEL_ROOM)
        days = max(1, (last - first).days)
        base = available / (days * DAY_WIDTH)
        scale = self.zoom * max(base, 0.05)
        width = LABEL_WIDTH + days * DAY_WIDTH * scale + 20
        self._axis_end = width
        lane_height = max(LANE_HEIGHT, (self.viewport().height() - 44) // len(LANES))
        height = len(LANES) * lane_height + 40

        def x(day: date) -> float:
            return LABEL_WIDTH + (day - first).days * DAY_WIDTH * scale

        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for row, lane in enumerate(LANES):
            top = row * lane_height
            if row % 2 == 0:
                band = QColor(text_colour)
                band.setAlpha(12)
                scene.addRect(QRectF(0, top, width, lane_height), QPen(Qt.PenStyle.NoPen), band)
            label = scene.addSimpleText(self._lane_name(lane), bold)
            label.setBrush(text_colour)
            label.setPos(6, top + lane_height / 2 - label.boundingRect().height() / 2)
        axis_y = len(LANES) * lane_height
        scene.addLine(LABEL_WIDTH, axis_y, width, axis_y, QPen(text_colour))
        # month ticks; label every month, or every quarter/year when crowded
        month_px = 30 * DAY_WIDTH * scale
        step = 1 if month_px > 60 else 3 if month_px > 20 else 12
        tick = date(first.year, first.month, 1)
        while tick <= last:
            if tick >= first and (tick.month - 1) % step == 0:
                tx = x(tick)
                scene.addLine(tx, 0, tx, axis_y, QPen(grid))
                month = QLocale().toString(QDate(tick.year, tick.month, 1), "MMM yyyy")
                text = scene.addSimpleText(month if step < 12 else f"{tick:%Y}", small)
                text.setBrush(text_colour)
                text.setPos(tx + 2, axis_y + 4)
            tick = date(tick.year + tick.month // 12, tick.month % 12 + 1, 1)
        red = error_colour()
        today_x = x(self.today)
        scene.addLine(today_x, 0, today_x, axis_y, QPen(red, 1.5, Qt.PenStyle.DashLine))
        today_text = scene.addSimpleText(self.tr("Today"), small)
        today_text.setBrush(red)
        today_text.setPos(today_x + 3, axis_y + 18)

        lane_counts: dict[str, int] = {}
        for mark in self.marks:
            row = LANES.index(mark.lane)
            slot = lane_counts.get(mark.lane, 0)
            lane_counts[mark.lane] = slot + 1
            rows = max(3, (lane_height - 24) // 16)
            y = row * lane_height + 16 + (slot % rows) * 16  # staggered so labels do not collide
            colour = red if mark.late else QColor(LANE_COLOURS[mark.lane])
            self._mark(scene, mark, x, y, colour, small)
        scene.setSceneRect(scene.itemsBoundingRect().united(QRectF(0, 0, width, height)))

    def _mark(
        self,
        scene: QGraphicsScene,
        mark: Mark,
        x: Callable[[date], float],
        y: float,
        colour: QColor,
        font: QFont,
    ) -> None:
        start_x = x(mark.start)
        label_x = start_x + 9
        pen = QPen(colour, 1.5)
        item: QGraphicsItem
        brush = QBrush(colour)
        if mark.end is not None:
            end_x = max(start_x + 4, x(mark.end))
            label_x = end_x + 7
            item = scene.addRect(
                QRectF(start_x, y - 4, end_x - start_x, 8), pen, QBrush(colour.lighter(160))
            )
            cap = scene.addEllipse(QRectF(end_x - 4, y - 4, 8, 8), pen, brush)
            cap.setToolTip(mark.detail)
        elif mark.lane == ARRESTS:
            shape = QPolygonF(
                [
                    QPointF(start_x, y - 6),
                    QPointF(start_x + 6, y),
                    QPointF(start_x, y + 6),
                    QPointF(start_x - 6, y),
                ]
            )
            item = scene.addPolygon(shape, pen, brush)
        elif mark.lane == INCIDENTS:
            shape = QPolygonF(
                [QPointF(start_x, y - 6), QPointF(start_x + 6, y + 5), QPointF(start_x - 6, y + 5)]
            )
            item = scene.addPolygon(shape, pen, brush)
        elif mark.lane == DOCUMENTS:
            item = scene.addRect(QRectF(start_x - 2, y - 6, 4, 12), pen, brush)
        else:
            item = scene.addEllipse(QRectF(start_x - 5, y - 5, 10, 10), pen, brush)
        item.setToolTip(mark.detail)
        if mark.lane != DOCUMENTS:
            label = QGraphicsSimpleTextItem(_elide(mark.label, 46))
            label.setFont(font)
            label.setBrush(
                colour if mark.late else self.palette().color(self.palette().ColorRole.Text)
            )
            box = label.boundingRect()
            right_end = (
                self.scene().sceneRect().right() if self._axis_end is None else self._axis_end
            )
            if label_x + box.width() > right_end and start_x - 9 - box.width() > LABEL_WIDTH:
                label_x = start_x - 9 - box.width()
            label.setPos(label_x, y - box.height() / 2)
            label.setToolTip(mark.detail)
            scene.addItem(label)


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
