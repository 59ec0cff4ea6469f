"""The status-bar notice a finished import leaves: what happened, and where to look.

It replaces a modal box that stopped the person's work after every drop. The
headline stays until dismissed or the next import ends; "Show in Inbox" (or
"Show in client file") goes to the imported documents; "Details" lists, in a
window that does not block, the files that were not imported and why.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.import_queue import ImportSummary


class ImportNotice(QWidget):
    """Emits ``show_requested(summary)`` when the person asks to see the documents."""

    show_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Import result")
        self.summary: ImportSummary | None = None
        self.details_window: QDialog | None = None
        self.text = QLabel()
        self.text.setAccessibleName("Import result text")
        self.show_button = QPushButton(self.tr("Show in Inbox"))
        self.show_button.setAccessibleName("Show in Inbox")
        self.show_button.clicked.connect(self._show_documents)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setAccessibleName("Import details")
        self.details_button.clicked.connect(self.open_details)
        self.dismiss = QToolButton()
        self.dismiss.setText("\N{MULTIPLICATION SIGN}")
        self.dismiss.setAccessibleName("Dismiss the import result")
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.show_button)
        layout.addWidget(self.details_button)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_summary(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.text.setText(summary.headline)
        self.text.setObjectName("warning" if summary.rejected else "")
        self.text.style().polish(self.text)
        to_client = summary.client_id is not None
        self.show_button.setText(
            self.tr("Show in client file") if to_client else self.tr("Show in Inbox")
        )
        self.show_button.setAccessibleName(self.show_button.text())
        self.show_button.setVisible(bool(summary.document_ids))
        self.details_button.setVisible(bool(summary.details))
        self.show()

    def clear(self) -> None:
        """Locking: nothing about the files may stay on screen."""
        self.summary = None
        self.text.clear()
        if self.details_window is not None:
            self.details_window.close()
        self.hide()

    def open_details(self) -> QDialog | None:
        if self.summary is None or not self.summary.details:
            return None
        if self.details_window is not None:
            self.details_window.close()
        window = QDialog(self.window())
        window.setWindowTitle(self.tr("Import details"))
        window.setAccessibleName("Import details")
        text = QPlainTextEdit(self.summary.details)
        text.setReadOnly(True)
        text.setAccessibleName("Files and reasons")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(window.close)
        layout = QVBoxLayout(window)
        layout.addWidget(QLabel(self.summary.headline))
        layout.addWidget(text)
        layout.addWidget(buttons)
        window.resize(520, 300)
        window.finished.connect(lambda _r: self._forget(window))
        self.details_window = window
        window.show()  # not modal: the person can go on working
        return window

    def _forget(self, window: QDialog) -> None:
        if self.details_window is window:
            self.details_window = None
        window.deleteLater()

    def _show_documents(self) -> None:
        if self.summary is not None:
            self.show_requested.emit(self.summary)
            self.hide()
