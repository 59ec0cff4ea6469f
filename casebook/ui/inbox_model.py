"""The inbox as a Qt list model that a reload updates in place.

A reload hands over the whole inbox, but the model only removes the rows
that are gone and inserts the ones that arrived (``beginRemoveRows`` /
``beginInsertRows``), so a view keeps its selection and current item and the
GUI thread's work grows with what changed, not with the inbox. Thumbnails
arrive as the small PNGs the importer made (read on the worker, only for
documents the model does not hold yet) and are decoded when the view first
paints their row: a screenful is a few milliseconds, and a bounded cache
keeps the recently painted ones. Decoding them all on the worker instead
stalled the GUI thread: ``QImage.fromData`` on a Python thread held it up
for the whole batch (420 ms for 500 thumbnails, measured).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from casebook.services import documents
from casebook.services.documents import DocumentSummary
from casebook.services.matters import Store

THUMB = QSize(120, 150)
MAX_ICONS = 400  # a few screens of thumbnails; the rest stay as images until painted
TITLE_LIMIT = 40

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class InboxItem:
    summary: DocumentSummary
    thumbnail: bytes | None  # the PNG, decoded when its row is first painted


def load_inbox(store: Store, known: Collection[int] = ()) -> list[InboxItem]:
    """Runs on the worker; thumbnails only for documents not in ``known``.

    The model keeps the thumbnails it already holds, so a reload after an
    import hands over the new files' thumbnails, not the whole inbox's again.
    """
    return [
        InboxItem(d, None if d.id in known else (png or None))
        for d, png in documents.inbox_with_thumbnails(store)
    ]


class InboxModel(QAbstractListModel):
    """One row per document waiting in the inbox, oldest first (the service's order)."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[InboxItem] = []
        self._rows: dict[int, int] = {}  # document id -> row
        self._icons: OrderedDict[int, QIcon] = OrderedDict()  # document id -> painted icon
        self._blank: QIcon | None = None

    # -- what the page asks -------------------------------------------------------------------

    def ids(self) -> set[int]:
        return set(self._rows)

    def item(self, doc_id: int) -> InboxItem | None:
        row = self._rows.get(doc_id)
        return None if row is None else self._items[row]

    def row_of(self, doc_id: int) -> int | None:
        return self._rows.get(doc_id)

    def item_at(self, row: int) -> InboxItem:
        return self._items[row]

    def doc_id(self, row: int) -> int:
        return self._items[row].summary.id

    def cached_icons(self) -> int:
        return len(self._icons)

    def thumbnails_held(self) -> int:
        """Thumbnails in memory (PNGs and painted icons): zero after ``clear()``."""
        return sum(1 for i in self._items if i.thumbnail is not None) + len(self._icons)

    def set_items(self, items: list[InboxItem]) -> None:
        """Make the rows ``items``: remove what is gone, insert what is new, update the rest.

        For a document the model already holds, the new item's thumbnail is
        ignored (``load_inbox`` does not read it) and the one held is kept.
        """
        wanted = {i.summary.id for i in items}
        self._remove_missing(wanted)
        held = {i.summary.id: i for i in self._items}
        if [i.summary.id for i in items if i.summary.id in held] != list(held):
            self._reset(items, held)  # the order changed: no in-place update keeps it
            return
        row = 0
        n = 0
        changed: list[int] = []
        while n < len(items):
            old = held.get(items[n].summary.id)
            if old is not None:
                if old.summary != items[n].summary:
                    self._items[row] = InboxItem(items[n].summary, old.thumbnail)
                    changed.append(row)
                row += 1
                n += 1
                continue
            end = n
            while end < len(items) and items[end].summary.id not in held:
                end += 1
            self.beginInsertRows(QModelIndex(), row, row + end - n - 1)
            self._items[row:row] = items[n:end]
            self._reindex(row)
            self.endInsertRows()
            row += end - n
            n = end
        for row in changed:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def clear(self) -> None:
        """Forget every document and thumbnail (locking): nothing read stays in memory here."""
        self.beginResetModel()
        self._items = []
        self._rows = {}
        self._icons.clear()
        self._blank = None
        self.endResetModel()

    # -- the Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        d = item.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return _elide(d.title)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return d.title
        if role == Qt.ItemDataRole.ToolTipRole:
            received = self.tr("Received {day}").format(day=d.received_on or "")
            return f"{d.title}\n{d.original_name}\n{received}"
        return None

    # -- internals ----------------------------------------------------------------------------

    def _icon(self, item: InboxItem) -> QIcon:
        """Decoded here, on the first paint of the row, and cached (LRU)."""
        doc_id = item.summary.id
        icon = self._icons.get(doc_id)
        if icon is None:
            image = _scaled(item.thumbnail)
            if image is None:
                return self._blank_icon()
            icon = QIcon(QPixmap.fromImage(image))
            self._icons[doc_id] = icon
            while len(self._icons) > MAX_ICONS:
                self._icons.popitem(last=False)
        else:
            self._icons.move_to_end(doc_id)
        return icon

    def _blank_icon(self) -> QIcon:
        """For a document without a thumbnail (or an unreadable one): an empty page."""
        if self._blank is None:
            pixmap = QPixmap(THUMB)
            pixmap.fill(Qt.GlobalColor.white)
            self._blank = QIcon(pixmap)
        return self._blank

    def _remove_missing(self, wanted: set[int]) -> None:
        """Remove rows not in ``wanted``, in runs from the bottom so row numbers stay true."""
        row = len(self._items) - 1
        while row >= 0:
            if self._items[row].summary.id in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and self._items[row].summary.id not in wanted:
                row -= 1
            first = row + 1
            self.beginRemoveRows(QModelIndex(), first, last)
            for gone in self._items[first : last + 1]:
                self._icons.pop(gone.summary.id, None)
                del self._rows[gone.summary.id]
            del self._items[first : last + 1]
            self._reindex(first)
            self.endRemoveRows()

    def _reset(self, items: list[InboxItem], held: dict[int, InboxItem]) -> None:
        self.beginResetModel()
        self._rows = {}
        self._items = [
            InboxItem(i.summary, held[i.summary.id].thumbnail) if i.summary.id in held else i
            for i in items
        ]
        self._reindex(0)
        self.endResetModel()

    def _reindex(self, first: int) -> None:
        for row in range(first, len(self._items)):
            self._rows[self._items[row].summary.id] = row


def _scaled(png: bytes | None) -> QImage | None:
    if not png:
        return None
    image = QImage.fromData(png)
    if image.isNull():
        return None
    return image.scaled(
        THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _elide(title: str, limit: int = TITLE_LIMIT) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
