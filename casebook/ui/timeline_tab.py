"""The client file's Timeline tab: the drawn case (``CaseTimelineView``) and its legend."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casebook.ui.case_timeline import CaseTimelineView


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = CaseTimelineView()
        legend = QLabel(
            self.tr(
                "Arrests, sentences and the day a conviction is expected to seal (Clean Slate, "
                "if no new conviction) ◆, hearings ●, record requests as bars from "
                "receipt to the next due date, incidents ▲, documents "
                "as ticks. Red: late or a sealed record shared. Ctrl+wheel zooms; "
                "hover for details."
            )
        )
        legend.setObjectName("placeholder")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
