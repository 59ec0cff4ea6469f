"""The client file's Profile tab: the client's name and every fact given about them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casebook.services.clients import ClientDetail
from casebook.ui.client_list_model import detention_label
from casebook.ui.translation import QT_TRANSLATE_NOOP


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
        tr = self.tr
        rows = (
            (QT_TRANSLATE_NOOP("ProfileTab", "Other names"), "; ".join(draft.aliases)),
            (
                QT_TRANSLATE_NOOP("ProfileTab", "Date of birth"),
                draft.dob.isoformat() if draft.dob else "",
            ),
            (QT_TRANSLATE_NOOP("ProfileTab", "Country of birth"), draft.country_of_birth),
            (
                QT_TRANSLATE_NOOP("ProfileTab", "Languages"),
                ", ".join(draft.languages)
                + (tr(" (needs an interpreter)") if draft.interpreter_needed else ""),
            ),
            (QT_TRANSLATE_NOOP("ProfileTab", "A-number"), d.a_number_display),
            (QT_TRANSLATE_NOOP("ProfileTab", "NYSID"), draft.nysid),
            (QT_TRANSLATE_NOOP("ProfileTab", "Phone"), draft.phone),
            (QT_TRANSLATE_NOOP("ProfileTab", "E-mail"), draft.email),
            (QT_TRANSLATE_NOOP("ProfileTab", "Address"), draft.address),
            (QT_TRANSLATE_NOOP("ProfileTab", "Immigration status"), draft.immigration_status),
            (
                QT_TRANSLATE_NOOP("ProfileTab", "Detention"),
                detention_label(draft.detention_status.value if draft.detention_status else None),
            ),
            (QT_TRANSLATE_NOOP("ProfileTab", "Facility"), draft.detention_facility),
            (QT_TRANSLATE_NOOP("ProfileTab", "Tags"), ", ".join(draft.tags)),
        )
        for label, value in rows:
            if value:  # the accessible name stays English (tests find the field by it)
                field = QLabel(value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                field.setAccessibleName(label)
                self.form.addRow(tr(label) + ":", field)

    def clear(self) -> None:
        self.heading.clear()
        while self.form.rowCount():
            self.form.removeRow(0)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
