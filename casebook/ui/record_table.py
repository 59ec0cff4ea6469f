"""The read-only tables of a client's file: one look, rows that carry their record's id.

Every tab of the client file lists records the same way (whole rows selected,
no editing in place, Tab leaves the table), so each builds its table here and
fills it with ``fill``; ``id_at`` reads back the id a row was filled with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def record_table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, ...]], ids: list[int] | None = None) -> None:
    """Show ``rows``; the first cell of row ``r`` carries ``ids[r]`` (see ``id_at``)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    if rows and table.horizontalHeader().stretchLastSection():
        # a handful of rows, never a big model; the last column takes what is left
        for column in range(table.columnCount() - 1):
            table.resizeColumnToContents(column)


def id_at(table: QTableWidget, row: int) -> int | None:
    """The record id ``fill`` gave ``row``, or None (no such row, or no ids)."""
    item = table.item(row, 0) if row >= 0 else None
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return int(value) if value is not None else None


def select_id(table: QTableWidget, record_id: int | None) -> bool:
    """Select the row showing ``record_id`` (after a redraw); False if it is not shown."""
    if record_id is None:
        return False
    for row in range(table.rowCount()):
        if id_at(table, row) == record_id:
            table.selectRow(row)
            return True
    return False
