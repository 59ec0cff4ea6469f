"""The client file's Profile tab: the client's name and every fact given about them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casebook.services.clients import ClientDetail
from casebook.ui.client_list_model import DETENTION_LABELS


class ProfileTab(QWidget):
    """Shows the facts that were given; an empty fact takes no line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("clientHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def show_detail(self, d: ClientDetail) -> None:
        draft = d.draft
        self.clear()
        self.heading.setText(f"<h2>{escape(draft.name)}</h2>")
        rows = (
            ("Other names", "; ".join(draft.aliases)),
            ("Date of birth", draft.dob.isoformat() if draft.dob else ""),
            ("Country of birth", draft.country_of_birth),
            (
                "Languages",
                ", ".join(draft.languages)
                + (" (needs an interpreter)" if draft.interpreter_needed else ""),
            ),
            ("A-number", d.a_number_display),
            ("NYSID", draft.nysid),
            ("Phone", draft.phone),
            ("E-mail", draft.email),
            ("Address", draft.address),
            ("Immigration status", draft.immigration_status),
            (
                "Detention",
                DETENTION_LABELS.get(
                    draft.detention_status.value if draft.detention_status else "", ""
                ),
            ),
            ("Facility", draft.detention_facility),
            ("Tags", ", ".join(draft.tags)),
        )
        for label, value in rows:
            if value:
                field = QLabel(value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                field.setAccessibleName(label)
                self.form.addRow(f"{label}:", field)

    def clear(self) -> None:
        self.heading.clear()
        while self.form.rowCount():
            self.form.removeRow(0)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
