"""The client list as a Qt table model that reads pages on demand.

``rowCount`` is the real count, so the scroll bar is true from the start;
rows arrive a page at a time from the worker when the view first asks for
them, and only recently used pages are kept. A ``reload`` (filter changed,
a client added or trashed, the vault locked) bumps a generation number so
pages still in flight for the old list are ignored when they land.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casebook.domain.vocabulary import DetentionStatus
from casebook.services import clients, matters
from casebook.services.clients import ClientSummary, count_clients, list_clients
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

PAGE_SIZE = 200
MAX_PAGES = 40
HEADERS = (
    QT_TRANSLATE_NOOP("ClientListModel", "Name"),
    QT_TRANSLATE_NOOP("ClientListModel", "Date of birth"),
    QT_TRANSLATE_NOOP("ClientListModel", "A-number"),
    QT_TRANSLATE_NOOP("ClientListModel", "Detention"),
)
DETENTION_LABELS = {
    DetentionStatus.NOT_DETAINED.value: QT_TRANSLATE_NOOP("ClientListModel", "Not detained"),
    DetentionStatus.DETAINED.value: QT_TRANSLATE_NOOP("ClientListModel", "Detained"),
    DetentionStatus.RELEASED_ON_BOND.value: QT_TRANSLATE_NOOP(
        "ClientListModel", "Released on bond"
    ),
    DetentionStatus.ATD.value: QT_TRANSLATE_NOOP("ClientListModel", "Alternatives to detention"),
}

AnyIndex = QModelIndex | QPersistentModelIndex
Cells = tuple[str, str, str, str]

# A view asks for about nine roles of every visible cell at each scroll step.
# ``multiData`` answers them all in one call per cell (Qt 6's delegates use it),
# so the GUI thread enters Python ~80 times a step instead of ~600 — each entry
# may wait for the GIL while an import runs on other threads. Each row's four
# strings are made once when its page lands, so a cell is two lookups.
_SHOWN_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.AccessibleTextRole.value)}
)


def _cells(c: ClientSummary) -> Cells:
    return (
        c.name,
        c.dob.isoformat() if c.dob else "",
        c.a_number,
        detention_label(c.detention_status),
    )


def detention_label(status: str | None) -> str:
    """The detention status in the window's language ("" when none was given)."""
    label = DETENTION_LABELS.get(status or "")
    return QCoreApplication.translate("ClientListModel", label) if label else ""


class ClientListModel(QAbstractTableModel):
    """Emits ``loaded(count)`` whenever a (re)count lands."""

    loaded = Signal(int)

    def __init__(self, worker: DbWorker, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._worker = worker
        self.page_size = page_size
        self.filter_text = ""
        self._count = 0
        self._pages: OrderedDict[int, list[ClientSummary]] = OrderedDict()
        self._shown: dict[int, list[Cells]] = {}  # the same pages, as the cells show them
        self._touched = -1
        self._requested: set[int] = set()
        self._generation = 0
        self._counted = 0  # the generation whose count last landed
        self.pages_fetched = 0

    # -- loading ------------------------------------------------------------------------------

    def reload(self, filter_text: str | None = None) -> None:
        """Count again and drop every cached page; the first page comes with the count.

        One job for both, so the rows a person sees first never wait in the worker's
        queue behind whatever else was asked for at the same time (unlocking).
        """
        if filter_text is not None:
            self.filter_text = filter_text
        self._generation += 1
        generation, text, size = self._generation, self.filter_text, self.page_size

        def op(store: matters.Store) -> tuple[int, list[ClientSummary]]:
            if text:
                return (
                    clients.count_clients_matching(store, text),
                    clients.list_clients_matching(store, text, limit=size),
                )
            return count_clients(store), list_clients(store, limit=size)

        self._worker.submit(op, on_success=partial(self._on_count, generation))

    @property
    def reloading(self) -> bool:
        """A count is on its way: the worker runs it after everything asked before it."""
        return self._counted != self._generation

    def clear(self) -> None:
        """Forget every row (locking): nothing read from the vault stays in memory here."""
        self.beginResetModel()
        self._generation += 1
        self._count = 0
        self._pages.clear()
        self._shown.clear()
        self._requested.clear()
        self.filter_text = ""
        self.endResetModel()

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._pages

    def client_at(self, row: int) -> ClientSummary | None:
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def _on_count(self, generation: int, result: tuple[int, list[ClientSummary]]) -> None:
        if generation != self._generation:
            return
        self._counted = generation
        count, first_page = result
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._shown.clear()
        self._requested.clear()
        if first_page:
            self._keep(0, first_page)
            self.pages_fetched += 1
        self.endResetModel()
        self.loaded.emit(count)

    def _fetch(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, text = self._generation, self.filter_text
        limit, offset = self.page_size, page * self.page_size

        def op(store: matters.Store) -> list[ClientSummary]:
            if text:
                return clients.list_clients_matching(store, text, limit=limit, offset=offset)
            return list_clients(store, limit=limit, offset=offset)

        self._worker.submit(op, on_success=partial(self._on_page, generation, page))

    def _on_page(self, generation: int, page: int, rows: list[ClientSummary]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self._keep(page, rows)
        self.pages_fetched += 1
        first = page * self.page_size
        last = min(self._count, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def _keep(self, page: int, rows: list[ClientSummary]) -> None:
        self._pages[page] = rows
        self._shown[page] = [_cells(c) for c in rows]
        while len(self._pages) > MAX_PAGES:
            old, _rows = self._pages.popitem(last=False)
            del self._shown[old]

    # -- the Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        shown = self._cell(index)
        span = roleDataSpan
        entries = (
            [span] if isinstance(span, QModelRoleData) else [span[i] for i in range(span.size())]  # type: ignore[index]  # not in the stubs
        )
        for role_data in entries:
            if role_data.role() in _SHOWN_ROLES:
                role_data.setData(shown)
            else:
                role_data.clearData()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return self._cell(index) if role in _SHOWN_ROLES else None

    def _cell(self, index: AnyIndex) -> str | None:
        row = index.row()
        if row < 0:
            return None
        page_number, offset = divmod(row, self.page_size)
        page = self._shown.get(page_number)
        if page is None:
            self._fetch(page_number)
            return "…" if index.column() == 0 else ""
        if page_number != self._touched:  # least recently shown pages are dropped first
            self._pages.move_to_end(page_number)
            self._touched = page_number
        if offset >= len(page):
            return ""
        return page[offset][index.column()]
