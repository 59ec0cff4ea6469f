"""The client file's Documents tab: what was filed with the client; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from casebook.services.documents import DocumentSummary
from casebook.ui.labels import file_size, kind_label
from casebook.ui.record_table import fill, id_at, record_table


class DocumentsTab(QWidget):
    """Emits ``open_document(doc_id)`` when a document is opened (Enter, double-click)."""

    open_document = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = record_table(
            (
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Received"),
                self.tr("Pages"),
                self.tr("Size"),
            ),
            "Documents",
        )
        self.table.activated.connect(self._open_at)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr("Drop files here to add them to this client's file. Enter opens a document.")
        )
        hint.setObjectName("placeholder")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def show_documents(self, docs: tuple[DocumentSummary, ...]) -> None:
        fill(
            self.table,
            [
                (
                    doc.title,
                    kind_label(doc.kind),
                    doc.received_on.isoformat() if doc.received_on else "",
                    str(doc.page_count or ""),
                    file_size(doc.size),
                )
                for doc in docs
            ],
            [doc.id for doc in docs],
        )

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _open_at(self, index: QModelIndex) -> None:
        doc_id = id_at(self.table, index.row())
        if doc_id is not None:
            self.open_document.emit(doc_id)
