"""The document viewer: pages drawn from decrypted memory, never from a file on disk.

The worker reads the document (``documents.read_content``: bytes in memory)
and its text; pages are drawn by ``services.rendering`` on the worker at the
chosen zoom and turn and arrive as PNG bytes. Find looks through the
document's text page by page, jumps to the next page that has the words and
marks them there. Opened from a search hit (``show_matches``), the viewer starts
at the first page with the search's words and marks them, accent-folded as the
index matched them: boxes on a PDF page with its own text, and always in the
page's text shown under the page (a scan's OCR text keeps no places on the
image, so that is where its words are seen). "Export a copy…" asks where, then
warns that the copy is not encrypted before writing it. ``clear()`` (closing,
locking) drops the bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QImage,
    QKeySequence,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.domain.text_matches import match_spans
from casebook.services import documents, page_edits, rendering
from casebook.services.documents import DocumentSummary
from casebook.services.matters import Store
from casebook.ui.actions import local_action
from casebook.ui.page_tools import PageTools
from casebook.ui.worker import DbWorker

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PAGE_BREAK = "\n\f\n"  # how the import joins the text of pages
MATCH_COLOUR = QColor(255, 200, 0, 150)  # as ``rendering.HIGHLIGHT`` marks the page

ExportChooser = Callable[[QWidget, str, Callable[[str], None]], None]


def _ask_export_path(parent: QWidget, suggested: str, chosen: Callable[[str], None]) -> None:
    title = QCoreApplication.translate("DocumentViewer", "Export a copy")
    dialog = QFileDialog(parent, title, str(Path.home() / suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()


@dataclass(frozen=True)
class Opened:
    summary: DocumentSummary
    content: bytes
    text: str


def open_document(store: Store, doc_id: int) -> Opened:
    summary = documents.show_document(store, doc_id)
    text = documents.document_text(store, doc_id)
    return Opened(summary, documents.read_content(store, doc_id), text)


def open_version(store: Store, doc_id: int, number: int) -> Opened:
    """An earlier version of a document (kept by a page edit), to look at, never to edit.

    Its text is not kept (only the current content is searchable), so Find has none."""
    current = documents.show_document(store, doc_id)
    version, content = page_edits.read_version(store, doc_id, number)
    summary = replace(
        current,
        title=f"{current.title} \N{EM DASH} earlier version {number} (read-only)",
        original_name=version.original_name,
        media_type=version.media_type,
        size=version.size,
        page_count=version.page_count,
        sha256=version.sha256,
    )
    return Opened(summary, content, "")


class DocumentViewer(QWidget):
    """Emits ``message(text)`` for a status line and ``loaded(title)``."""

    message = Signal(str)
    loaded = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        choose_export_path: ExportChooser = _ask_export_path,
        fit_on_open: bool = False,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.fit_on_open = fit_on_open  # a narrow preview shows the whole width at first
        self._fit_pending = False
        self.choose_export_path = choose_export_path
        self.doc_id: int | None = None
        self.version: int | None = None  # an earlier version shown read-only, or None
        self._start_page = 0
        self.summary: DocumentSummary | None = None
        self._content = b""
        self._pages_text: list[str] = []
        self.page = 0
        self.page_count = 0
        self.zoom = 1.0
        self.rotation = 0
        self.find_text = ""
        self._last_needle = ""
        self.hit_terms: tuple[str, ...] = ()  # a search's words, marked until a find
        self.marked_on_page = 0  # places marked on the page drawn (a PDF's own text only)
        self._request = 0
        self._render_request = 0
        self.export_warning: QMessageBox | None = None
        self.setAccessibleName("Document viewer")

        self.toolbar = QToolBar(self.tr("Document"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName("Page number")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.page_total = QLabel()
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName("Find in document")
        self.find_box.setPlaceholderText(self.tr("Find in document"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(220)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_status = QLabel()
        self.find_status.setAccessibleName("Find result")

        def action(
            text: str,
            slot: Callable[[], object],
            *keys: QKeySequence.StandardKey | str,
            tip: str = "",
        ) -> QAction:
            return local_action(self, text, slot, *keys, tip=tip)

        # A short word on the toolbar ("toolbar"), named in full in the tooltip: the
        # Spanish of the full names leaves no room for the find box on one row.
        self.previous_action = action(
            self.tr("Previous page", "toolbar"),
            self.previous_page,
            "PgUp",
            tip=self.tr("Previous page"),
        )
        self.next_action = action(
            self.tr("Next page", "toolbar"), self.next_page, "PgDown", tip=self.tr("Next page")
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_action = action(
            self.tr("Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.fit_action = action(
            self.tr("Fit width", "toolbar"), self.fit_width, "Ctrl+0", tip=self.tr("Fit width")
        )
        # Turns the view only; "Rotate left/right" of the page tools fix the page itself.
        self.rotate_action = action(self.tr("Turn view"), self.rotate, "Ctrl+R")
        self.find_action = action(self.tr("Find"), self.focus_find, QKeySequence.StandardKey.Find)
        self.find_next_action = action(
            self.tr("Find next", "toolbar"),
            self.find_next,
            QKeySequence.StandardKey.FindNext,
            tip=self.tr("Find next"),
        )
        self.export_action = action(
            self.tr("Export a copy…", "toolbar"),
            self.export_copy,
            QKeySequence.StandardKey.SaveAs,
            tip=self.tr("Export a copy…"),
        )
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_total)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        for a in (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.rotate_action):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.find_box)
        self.toolbar.addAction(self.find_next_action)
        self.toolbar.addWidget(self.find_status)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName("Page")
        self.page_view = QScrollArea()
        self.page_view.setAccessibleName("Page view")
        self.page_view.setWidget(self.image)
        self.page_view.setWidgetResizable(True)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setObjectName("pageView")
        self.page_text = QPlainTextEdit()
        self.page_text.setReadOnly(True)
        self.page_text.setAccessibleName("Text of this page")
        self.page_text_label = QLabel(self.tr("Text of this page, with the searched words marked"))
        self.page_text_label.setObjectName("placeholder")
        self.page_text_box = QWidget()
        box_layout = QVBoxLayout(self.page_text_box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        box_layout.addWidget(self.page_text_label)
        box_layout.addWidget(self.page_text, 1)
        self.page_text_box.hide()
        self.page_split = QSplitter(Qt.Orientation.Vertical)
        self.page_split.addWidget(self.page_view)
        self.page_split.addWidget(self.page_text_box)
        self.page_split.setStretchFactor(0, 3)
        self.page_split.setStretchFactor(1, 1)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName("Document text")
        self.notice = QLabel()
        self.notice.setObjectName("placeholder")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.stack = QStackedWidget()
        for w in (self.notice, self.page_split, self.text_view):
            self.stack.addWidget(w)
        self.version_banner = QLabel()
        self.version_banner.setAccessibleName("Earlier version notice")
        self.version_banner.setWordWrap(True)
        self.version_banner.setObjectName("warning")
        self.version_banner.setContentsMargins(8, 4, 8, 4)
        self.version_banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.version_banner)
        layout.addWidget(self.stack, 1)
        self.clear()

    # -- what others ask ----------------------------------------------------------------------

    @property
    def renderable(self) -> bool:
        return self.summary is not None and rendering.can_render(self.summary.media_type)

    def show_document(self, doc_id: int, *, page: int = 0) -> None:
        self.clear()
        self.doc_id = doc_id
        self._start_page = page
        self._request += 1
        self.notice.setText(self.tr("Opening…"))
        self._worker.submit(
            lambda s: open_document(s, doc_id),
            on_success=partial(self._on_opened, self._request),
            on_failure=partial(self._on_failed, self._request),
        )

    def show_version(self, doc_id: int, number: int) -> None:
        """Show earlier version ``number`` of a document, read-only."""
        self.clear()
        self.doc_id, self.version = doc_id, number
        self._request += 1
        self.notice.setText(self.tr("Opening…"))
        self._worker.submit(
            lambda s: open_version(s, doc_id, number),
            on_success=partial(self._on_opened, self._request),
            on_failure=partial(self._on_failed, self._request),
        )

    def reload(self, page: int | None = None) -> None:
        """Open the document again (its content changed), at ``page``, at the same zoom."""
        if self.doc_id is None or self.version is not None:
            return
        zoom = self.zoom
        self.show_document(self.doc_id, page=self.page if page is None else page)
        self.zoom = zoom

    def add_toolbar(self, toolbar: QToolBar) -> None:
        """A second row of actions (the page tools) under the viewer's own."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, toolbar)

    def show_matches(self, terms: tuple[str, ...]) -> None:
        """Start at the first page with a search's words and mark them (before or after the
        document has arrived)."""
        self.hit_terms = tuple(terms)
        if self.summary is not None:
            self._go_to_first_match()
            self._render()
            self._mark_text()

    def matches_on(self, page: int) -> list[tuple[int, int]]:
        """Where the search's words are in the text of ``page``."""
        if not self.hit_terms or not 0 <= page < len(self._pages_text):
            return []
        return match_spans(self._pages_text[page], self.hit_terms)

    def clear(self) -> None:
        """Forget the document: its bytes, its text and every drawn page."""
        self._request += 1
        self._render_request += 1
        self.doc_id = None
        self.version = None
        self._start_page = 0
        self.version_banner.hide()
        self.summary = None
        self._content = b""
        self._pages_text = []
        self.page = self.page_count = 0
        self.rotation = 0
        self.zoom = 1.0
        self.find_text = ""
        self._last_needle = ""
        self.hit_terms = ()
        self.image.clear()
        self.text_view.clear()
        self.page_text.clear()
        self.page_text_box.hide()
        self.find_box.clear()
        self.find_status.clear()
        self.page_total.clear()
        self.notice.setText(self.tr("No document is open."))
        self.stack.setCurrentWidget(self.notice)
        if self.export_warning is not None:
            self.export_warning.close()
            self.export_warning = None
        self._update_actions()

    def go_to(self, page: int) -> None:
        page = min(max(page, 0), max(self.page_count - 1, 0))
        if page != self.page:
            self.page = page
            self._render()

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(
            next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 0.01), ZOOM_STEPS[0])
        )

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, rendering.MIN_ZOOM), rendering.MAX_ZOOM)
        if abs(zoom - self.zoom) > 0.001:
            self.zoom = zoom
            self._render()

    def fit_width(self) -> None:
        """Zoom so the page fills the view's width (from the page drawn now)."""
        pixmap = self.image.pixmap()
        if pixmap.isNull() or pixmap.width() == 0:
            return
        available = self.page_view.viewport().width() - 24
        self.set_zoom(self.zoom * available / (pixmap.width() / pixmap.devicePixelRatio()))

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._render()

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self) -> None:
        """Go to the next page (after this one, wrapping) with the words, and mark them."""
        needle = " ".join(self.find_box.text().split()).casefold()
        if needle and self.hit_terms:  # the person now looks for words of their own
            self.hit_terms = ()
            self._mark_text()
        if not needle or not self._pages_text:
            self.find_text = ""
            self.find_status.clear()
            self._render()
            return
        hits = [
            i
            for i, text in enumerate(self._pages_text)
            if needle in " ".join(text.split()).casefold()
        ]
        self.find_text = needle
        if not hits:
            self.find_status.setText(self.tr("Not found"))
            self._render()
            return
        same = needle == self._last_needle
        self._last_needle = needle
        after = [i for i in hits if i > self.page] if same else [i for i in hits if i >= self.page]
        target = after[0] if after else hits[0]
        listed = ", ".join(str(i + 1) for i in hits[:8]) + ("…" if len(hits) > 8 else "")
        self.find_status.setText(self.tr("On page(s) {pages}", "", len(hits)).format(pages=listed))
        if self.stack.currentWidget() is self.text_view:
            self.text_view.find(self.find_box.text().strip())
        if target != self.page:
            self.page = target
        self._render()

    def export_copy(self) -> None:
        """Ask where, warn that the copy is not encrypted, then write it."""
        summary, doc_id = self.summary, self.doc_id
        if summary is None or doc_id is None:
            return
        self.choose_export_path(
            self, summary.original_name, partial(self._confirm_export, doc_id, self.version)
        )

    # -- internals ----------------------------------------------------------------------------

    def _confirm_export(self, doc_id: int, version: int | None, path_text: str) -> None:
        if not path_text or doc_id != self.doc_id or version != self.version:
            return
        path = Path(path_text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export an unencrypted copy"),
            self.tr("The copy saved as “{name}” will NOT be encrypted.").format(name=path.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Anyone who can open that folder can read it, and it stays there after casebook "
                "locks. Delete it when you no longer need it."
            )
        )
        box.setAccessibleName("Export an unencrypted copy")
        self.export_button = box.addButton(
            self.tr("Export unencrypted copy"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.export_warning = box

        def answered(_result: int) -> None:
            if box.clickedButton() is self.export_button and self.doc_id == doc_id:
                self._worker.submit(
                    lambda s: (
                        documents.export_copy(s, doc_id, path)
                        if version is None
                        else page_edits.export_version(s, doc_id, version, path)
                    ),
                    on_success=lambda _r: self.message.emit(
                        self.tr("Saved an unencrypted copy as {path}.").format(path=path)
                    ),
                    on_failure=lambda exc: self.message.emit(exc.message),
                )
            if self.export_warning is box:
                self.export_warning = None
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _on_opened(self, request: int, opened: Opened) -> None:
        if request != self._request:
            return
        self.summary = opened.summary
        self._content = opened.content
        if self.version is not None:
            self.version_banner.setText(
                self.tr(
                    "Earlier version {number}, read-only: the content as it was before a "
                    "page edit, kept unchanged for chain of custody (SHA-256 {sha256})."
                ).format(number=self.version, sha256=opened.summary.sha256)
            )
            self.version_banner.show()
        self._pages_text = opened.text.split(PAGE_BREAK) if opened.text else []
        self.page_count = opened.summary.page_count or 1
        self.page = min(self._start_page, self.page_count - 1)
        self._go_to_first_match()
        self._fit_pending = self.fit_on_open
        self.loaded.emit(opened.summary.title)
        if self.renderable:
            self.notice.setText(self.tr("Drawing the page…"))
            self._render()
        elif opened.text:
            self.text_view.setPlainText(opened.text)
            self.stack.setCurrentWidget(self.text_view)
            self._mark_text()
        else:
            self.notice.setText(
                self.tr(
                    "casebook cannot show this kind of file. Use “Export a copy…” to open it "
                    "in another program."
                )
            )
        self._update_actions()

    def _on_failed(self, request: int, exc: CasebookError) -> None:
        if request == self._request:
            self.notice.setText(exc.message)
            self.stack.setCurrentWidget(self.notice)

    def _render(self) -> None:
        self._update_actions()
        if not self.renderable or self.summary is None:
            return
        self._render_request += 1
        request = self._render_request
        content, media = self._content, self.summary.media_type
        page, zoom, rotation, find = self.page, self.zoom, self.rotation, self.find_text
        terms = self.hit_terms
        ratio = self.devicePixelRatioF()
        self._worker.call(
            lambda: rendering.render_page(
                content, media, page, zoom=zoom * ratio, rotation=rotation, find=find, terms=terms
            ),
            on_success=partial(self._on_rendered, request, ratio),
            on_failure=partial(self._on_failed, self._request),
        )

    def _on_rendered(self, request: int, ratio: float, page: rendering.RenderedPage) -> None:
        if request != self._render_request:
            return
        image = QImage.fromData(page.png)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.page_count = page.page_count
        self.page = page.page
        self.marked_on_page = page.matches
        self.stack.setCurrentWidget(self.page_split)
        self._mark_text()
        self._update_actions()
        if self._fit_pending:
            self._fit_pending = False
            self.fit_width()
        elif page.first_mark is not None and self.hit_terms:
            self._scroll_to(page.first_mark, ratio)

    def _scroll_to(self, mark: tuple[int, int, int, int], ratio: float) -> None:
        """Bring the first mark into view (the image is centred in the label)."""
        self.image.adjustSize()
        pixmap = self.image.pixmap()
        x0 = max(0, (self.image.width() - round(pixmap.width() / ratio)) // 2)
        y0 = max(0, (self.image.height() - round(pixmap.height() / ratio)) // 2)
        left, top, right, bottom = (round(v / ratio) for v in mark)
        self.page_view.ensureVisible(
            x0 + (left + right) // 2,
            y0 + (top + bottom) // 2,
            (right - left) // 2 + 40,
            (bottom - top) // 2 + 80,
        )

    def _go_to_first_match(self) -> None:
        found = next(
            (i for i in range(len(self._pages_text)) if self.matches_on(i)),
            None,
        )
        if found is not None:
            self.page = min(found, max(self.page_count - 1, 0))

    def _mark_text(self) -> None:
        """Mark the search's words in the text shown: the page's text under a drawn page
        (shown only while there are words to see), or the whole text of a text document."""
        if self.stack.currentWidget() is self.text_view:
            spans = match_spans(self.text_view.toPlainText(), self.hit_terms)
            _mark(self.text_view, spans)
            return
        spans = self.matches_on(self.page)
        if not spans:
            self.page_text_box.hide()
            self.page_text.clear()
            return
        if self.page_text_box.isHidden():  # sized first, so the first mark can be centred
            self.page_text_box.show()
            total = max(sum(self.page_split.sizes()), self.page_split.height())
            self.page_split.setSizes([total - total // 4, total // 4])
        if self.page_text.toPlainText() != self._pages_text[self.page]:
            self.page_text.setPlainText(self._pages_text[self.page])
        _mark(self.page_text, match_spans(self.page_text.toPlainText(), self.hit_terms))

    def _update_actions(self) -> None:
        has = self.summary is not None
        pages = self.renderable and self.page_count > 1
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(self.page_count, 1))
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(pages)
        total = self.tr(" of {count} ").format(count=self.page_count)
        self.page_total.setText(total if has else "")
        self.previous_action.setEnabled(pages and self.page > 0)
        self.next_action.setEnabled(pages and self.page < self.page_count - 1)
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.rotate_action):
            a.setEnabled(self.renderable)
        self.find_box.setEnabled(has)
        self.find_next_action.setEnabled(has)
        self.export_action.setEnabled(has)


def _mark(view: QPlainTextEdit, spans: list[tuple[int, int]]) -> None:
    """Give each span a highlight (extra selections leave the text itself untouched) and
    scroll to the first."""
    fmt = QTextCharFormat()
    fmt.setBackground(MATCH_COLOUR)
    selections = []
    text = view.toPlainText()
    if not text.isascii():  # Qt counts UTF-16 units: a character past U+FFFF is two
        spans = [(_utf16(text, a), _utf16(text, b)) for a, b in spans]
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    view.setExtraSelections(selections)
    if spans:
        cursor = QTextCursor(view.document())
        cursor.setPosition(spans[0][0])
        view.setTextCursor(cursor)
        view.centerCursor()


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class ViewerWindow(QMainWindow):
    """A document in a window of its own; closing it forgets the document.

    A document's window has the page tools (``page_tools``: rotate, delete,
    move, split, earlier versions); a window showing an earlier version
    (``show_version``) has none: earlier versions are never edited.
    ``open_version(doc_id, number)`` asks the main window for such a window.
    """

    closed = Signal(object)
    open_version = Signal(int, int)

    def __init__(
        self,
        worker: DbWorker,
        *,
        choose_export_path: ExportChooser | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("viewerWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = (
            DocumentViewer(worker, choose_export_path=choose_export_path)
            if choose_export_path
            else DocumentViewer(worker)
        )
        self.page_tools: PageTools | None = None
        if editable:
            self.page_tools = PageTools(self.viewer, worker)
            self.page_tools.message.connect(lambda text: self.statusBar().showMessage(text, 12000))
            self.page_tools.open_version.connect(self.open_version)
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(self.viewer)
            split.addWidget(self.page_tools.panel)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 1)
            split.setChildrenCollapsible(False)
            self.setCentralWidget(split)
        else:
            self.setCentralWidget(self.viewer)
        self.viewer.loaded.connect(
            lambda title: self.setWindowTitle(f"{title} \N{EN DASH} casebook")
        )
        self.viewer.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(1100 if editable else 900, 980)

    def show_document(self, doc_id: int) -> None:
        self.setWindowTitle("casebook")
        self.viewer.show_document(doc_id)

    def show_version(self, doc_id: int, number: int) -> None:
        self.setWindowTitle("casebook")
        self.viewer.show_version(doc_id, number)

    def show_matches(self, terms: tuple[str, ...]) -> None:
        self.viewer.show_matches(terms)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.viewer.clear()
        self.closed.emit(self)
        super().closeEvent(event)
