"""Global search (Ctrl+K, Ctrl+F): results across clients, documents, notes… as you type.

Typing waits a moment (debounce), then asks the worker; an answer to an
older query is ignored. Up/Down move through the results without leaving
the text box, Enter opens the record, Esc closes. Snippets come with ``**``
around each hit; they are shown in bold, with everything else escaped.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import document_index
from casebook.services.search import MARK, RANKED_AT_MOST, SearchHit, SearchResults, find
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

DEBOUNCE_MS = 180
LIMIT = 40
KIND_LABELS = {
    "client": QT_TRANSLATE_NOOP("SearchPopup", "Client"),
    "document": QT_TRANSLATE_NOOP("SearchPopup", "Document"),
    "matter": QT_TRANSLATE_NOOP("SearchPopup", "Matter"),
    "note": QT_TRANSLATE_NOOP("SearchPopup", "Note"),
    "request": QT_TRANSLATE_NOOP("SearchPopup", "Record request"),
    "incident": QT_TRANSLATE_NOOP("SearchPopup", "Incident"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the result drawn as rich text


def snippet_html(snippet: str) -> str:
    """``**hit**`` marks as bold; everything else escaped (snippets are the person's data)."""
    parts = snippet.split(MARK)
    return "".join(
        f"<b>{html.escape(p)}</b>" if i % 2 else html.escape(p) for i, p in enumerate(parts)
    )


INBOX = QT_TRANSLATE_NOOP("SearchPopup", "Inbox (unassigned)")


def hit_owner(hit: SearchHit) -> str:
    """Whose record a hit is: its client's name, the inbox for an unfiled document, and
    nothing for a client (its title is the name)."""
    if hit.kind == "client":
        return ""
    if hit.client_name:
        return hit.client_name
    return QCoreApplication.translate("SearchPopup", INBOX) if hit.kind == "document" else ""


def hit_html(hit: SearchHit) -> str:
    kind = QCoreApplication.translate(
        "SearchPopup", KIND_LABELS.get(hit.kind, hit.kind.capitalize())
    )
    day = f" · {hit.day.isoformat()}" if hit.day else ""
    owner = hit_owner(hit)
    whose = f" \N{EM DASH} {html.escape(owner)}" if owner else ""
    return (
        f"<div><b>{html.escape(hit.title)}</b>{whose}&nbsp;&nbsp;"
        f"<small>{kind}{day}</small></div>"
        f"<div><small>{snippet_html(hit.snippet)}</small></div>"
    )


def hit_text(hit: SearchHit) -> str:
    """The same, as plain text for screen readers."""
    kind = KIND_LABELS.get(hit.kind, hit.kind)
    owner = hit_owner(hit)
    whose = f" \N{EM DASH} {owner}" if owner else ""
    return f"{kind}: {hit.title}{whose}. {hit.snippet.replace(MARK, '')}"


class _HitDelegate(QStyledItemDelegate):
    """Draws a result's title, kind and snippet as rich text."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HIT_ROLE) or ""))
        doc.setTextWidth(max(option.rect.width() - 12, 200))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 6, option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchPopup(QDialog):
    """Emits ``open_hit(SearchHit)`` when a result is chosen (and closes)."""

    open_hit = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._request = 0
        self._open_when_ready = False
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("searchPopup")
        self.setAccessibleName("Search everything")
        self.resize(680, 460)

        self.query = QLineEdit()
        self.query.setAccessibleName("Search")
        self.query.setPlaceholderText(
            self.tr("Search clients, documents, notes, matters… (A-numbers too)")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAcceptDrops(False)
        self.query.installEventFilter(self)
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the text box
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.itemClicked.connect(lambda _item: self.open_current())
        self.status = QLabel(self.tr("Type to search."))
        self.status.setObjectName("placeholder")
        self.status.setAccessibleName("Search status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self.open_current)

    def popup(self) -> None:
        """Show over the parent window with the text selected, ready to type."""
        parent = self.parentWidget()
        if parent is not None:
            geometry = parent.geometry()
            self.move(geometry.center().x() - self.width() // 2, geometry.top() + 80)
        self._worker.submit(document_index.prepare)  # ranking every document match
        self.show()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        """Forget the query and every result (locking)."""
        self._request += 1
        self._debounce.stop()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.hits = []
        self.results.clear()
        self.status.setText(self.tr("Type to search."))
        self.hide()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.query.text().strip()
        self._request += 1
        request = self._request
        if not text:
            self._show(request, SearchResults((), newest_only=False))
            return
        self.status.setText(self.tr("Searching…"))
        self._worker.submit(
            lambda s: find(s, text, limit=LIMIT, interactive=True),
            on_success=partial(self._show, request),
            on_failure=partial(self._failed, request),
        )

    def open_current(self) -> None:
        if self._debounce.isActive():  # Enter typed before the results caught up
            self.run_search()
            self._open_when_ready = True
            return
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.hide()
            self.open_hit.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _show(self, request: int, results: SearchResults) -> None:
        if request != self._request:
            return
        hits = list(results.hits)
        self.hits = hits
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit_html(hit))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit_text(hit))
            owner = hit_owner(hit)
            item.setToolTip(f"{hit.title} \N{EM DASH} {owner}" if owner else hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(self._summary(len(hits), results.newest_only))
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_current()

    def _summary(self, count: int, newest_only: bool) -> str:
        if not self.query.text().strip():
            return self.tr("Type to search.")
        if not count:
            return self.tr("Nothing found.")
        found = self.tr("%n result(s)", "", count)
        if newest_only:
            found += self.tr(
                " from the newest {count} matching documents"
                " (every match in a moment: the search index is being prepared)"
            ).format(count=f"{RANKED_AT_MOST:,}")
        return found + self.tr(". ↑↓ to choose, Enter to open.")

    def _failed(self, request: int, exc: CasebookError) -> None:
        if request == self._request:
            self.status.setText(exc.message)
