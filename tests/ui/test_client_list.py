"""The client list model reads pages on demand through the worker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casebook.services.demo import fill_demo
from casebook.ui.client_list_model import ClientListModel
from tests.helpers import TODAY


def test_client_list_loads_lazily_and_pages(qtbot, worker, store):
    fill_demo(store, clients=450, today=TODAY)
    worker.open(lambda: (store, None))
    model = ClientListModel(worker, page_size=100)
    with qtbot.waitSignal(model.loaded) as counted:
        model.reload()
    assert counted.args == [450]
    assert model.rowCount() == 450
    assert model.pages_fetched == 1  # the first page comes with the count, nothing more
    assert model.is_loaded(0)
    assert not model.is_loaded(100)
    assert model.data(model.index(100, 0)) == "…"  # an unread page shows a placeholder
    first = model.data(model.index(0, 0))
    assert first not in ("…", "")

    model.data(model.index(449, 2))  # jump to the end: only the last page is read
    qtbot.waitUntil(lambda: model.is_loaded(449))
    qtbot.waitUntil(lambda: model.is_loaded(100))  # the placeholder above asked for page 2
    assert model.pages_fetched == 3
    assert not model.is_loaded(250)
    assert model.data(model.index(449, 2)).startswith("A-")


def test_filter_narrows_the_list_by_name_or_a_number(qtbot, worker, store):
    fill_demo(store, clients=60, today=TODAY)
    worker.open(lambda: (store, None))
    model = ClientListModel(worker, page_size=25)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0))
    target = model.client_at(3)
    assert target is not None

    with qtbot.waitSignal(model.loaded) as counted:
        model.reload(target.a_number)
    assert counted.args == [1]
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0))
    assert model.client_at(0).id == target.id

    family = target.name.split()[-1].upper()  # case does not matter
    with qtbot.waitSignal(model.loaded) as counted:
        model.reload(family)
    assert 1 <= counted.args[0] < 60


def test_clear_forgets_every_row(qtbot, worker, store):
    fill_demo(store, clients=10, today=TODAY)
    worker.open(lambda: (store, None))
    model = ClientListModel(worker)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0))
    model.clear()
    assert model.rowCount() == 0
    assert model.client_at(0) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


class _CountingModel(ClientListModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls = {"data": 0, "multiData": 0}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):
        self.calls["multiData"] += 1
        super().multiData(index, roleDataSpan)


def test_a_scrolling_view_asks_the_model_once_per_cell_and_sees_the_names(qtbot, worker, store):
    """Qt's delegates ask for every role of a cell in one ``multiData`` call.

    Answered there, the GUI thread enters Python once per visible cell at each
    scroll step, not once per role (about nine): each entry may wait for the
    GIL while an import runs on other threads.
    """
    from PySide6.QtWidgets import QTableView

    fill_demo(store, clients=300, today=TODAY)
    worker.open(lambda: (store, None))
    model = _CountingModel(worker, page_size=100)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.calls.update(data=0, multiData=0)
    view.verticalScrollBar().setValue(40)
    assert not view.viewport().grab().isNull()  # paints every visible cell once
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    visible_cells = (last - first + 1) * model.columnCount()
    assert visible_cells > 0
    assert model.calls["data"] <= visible_cells  # not nine calls a cell
    assert model.calls["multiData"] >= visible_cells
    row = view.rowAt(5)
    assert model.data(model.index(row, 0)) == model.client_at(row).name
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) is None
