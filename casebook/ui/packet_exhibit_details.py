"""What the exhibit list says about the chosen exhibit, and whether it is a translation of another.

The Export packet dialog keeps each exhibit's description, date and source on
its list item (prefilled from the document's title and date); this group
edits the current one. Marking an exhibit as a translation asks for the
foreign-language original it renders: the two share one tab, in the order
translation, certificate of translation, original (8 CFR 1003.33; ICPM
3.3(a)). A translation with no original is refused when exporting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QListWidgetItem, QWidget

from casebook.services.documents import DocumentSummary
from casebook.services.packet import document_date
from casebook.ui.date_fields import OptionalDateEdit
from casebook.ui.field_form import FieldForm
from casebook.ui.translation import QT_TRANSLATE_NOOP

DOC_ID = Qt.ItemDataRole.UserRole
TRANSLATION = Qt.ItemDataRole.UserRole + 1
DOCUMENT = Qt.ItemDataRole.UserRole + 2
DESCRIPTION = Qt.ItemDataRole.UserRole + 3
DATED = Qt.ItemDataRole.UserRole + 4
SOURCE = Qt.ItemDataRole.UserRole + 5
ORIGINAL = Qt.ItemDataRole.UserRole + 6  # the original's document id, or None
NO_ORIGINAL = QT_TRANSLATE_NOOP("ExhibitDetails", "Choose the foreign-language original…")


def prefill(item: QListWidgetItem, document: DocumentSummary) -> None:
    """The exhibit's words as the document has them: its title, its recorded date (not the
    day it was imported), no source."""
    item.setData(DESCRIPTION, document.title)
    item.setData(DATED, document_date(document))
    item.setData(SOURCE, "")
    item.setData(ORIGINAL, None)


def description(item: QListWidgetItem) -> str:
    text = str(item.data(DESCRIPTION) or "").strip()
    document: DocumentSummary = item.data(DOCUMENT)
    return text or document.title


class ExhibitDetails(QGroupBox):
    """Edits the current exhibit's item; emits ``edited`` after any change."""

    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExhibitDetails", "The chosen exhibit"), parent)
        self.setAccessibleName("Exhibit details")
        self._item: QListWidgetItem | None = None
        self._filling = False
        form = self.form = FieldForm()
        self.description = QLineEdit()
        self.description.setAccessibleName("Exhibit description")
        self.description.setToolTip(self.tr("What the table of contents and the tab page call it"))
        self.dated = OptionalDateEdit(today=today, empty=self.tr("No date"))
        self.dated.setAccessibleName("Exhibit date")
        self.source = QLineEdit()
        self.source.setAccessibleName("Exhibit source")
        self.source.setPlaceholderText(self.tr("Who issued it, e.g. Registro Civil, NYPD"))
        self.translation = QCheckBox(self.tr("This document is an English trans&lation"))
        self.translation.setAccessibleName("Is a translation")
        self.translation.setToolTip(
            self.tr(
                "Files it in one tab with its original: translation, certificate of translation, "
                "original (8 CFR 1003.33)"
            )
        )
        self.original = QComboBox()
        self.original.setAccessibleName("Original of this translation")
        form.add_field(
            "description", "Descr&iption", self.description, caption=self.tr("Descr&iption")
        )
        form.add_field("dated", "D&ate", self.dated, caption=self.tr("D&ate"))
        form.add_field("source", "Sour&ce", self.source, caption=self.tr("Sour&ce"))
        form.addRow("", self.translation)
        form.add_field("original", "Ori&ginal", self.original, caption=self.tr("Ori&ginal"))
        self.setLayout(form)
        self.description.textEdited.connect(lambda text: self._store(DESCRIPTION, text))
        self.source.textEdited.connect(lambda text: self._store(SOURCE, text.strip()))
        self.dated.changed.connect(lambda value: self._store(DATED, value))
        self.translation.toggled.connect(self._translation_toggled)
        self.original.currentIndexChanged.connect(
            lambda _i: self._store(ORIGINAL, self.original.currentData())
        )
        self.show_item(None, [])

    def show_item(self, item: QListWidgetItem | None, others: list[DocumentSummary]) -> None:
        """Show ``item``'s words; ``others`` are the documents its original may be.

        The item being edited is not shown again: what is typed stays as typed.
        """
        if item is not None and item is self._item:
            return
        self._item = item
        self._filling = True
        try:
            self.setEnabled(item is not None)
            self.description.setText(description(item) if item is not None else "")
            self.dated.set_value(item.data(DATED) if item is not None else None)
            self.source.setText(str(item.data(SOURCE) or "") if item is not None else "")
            is_translation = bool(item is not None and item.data(TRANSLATION))
            self.translation.setChecked(is_translation)
            self.original.clear()
            self.original.addItem(self.tr(NO_ORIGINAL), None)
            for document in others:
                self.original.addItem(document.title, document.id)
            chosen = item.data(ORIGINAL) if item is not None else None
            self.original.setCurrentIndex(max(0, self.original.findData(chosen)))
            self.original.setEnabled(is_translation)
        finally:
            self._filling = False

    def _store(self, role: int, value: object) -> None:
        if self._filling or self._item is None:
            return
        self._item.setData(role, value)
        self.edited.emit()

    def _translation_toggled(self, on: bool) -> None:
        self.original.setEnabled(on)
        if self._filling or self._item is None:
            return
        self._item.setData(TRANSLATION, on)
        if on and self._item.checkState() != Qt.CheckState.Checked:
            self._item.setCheckState(Qt.CheckState.Checked)  # marking it implies filing it
        if on and self.original.currentData() is None:
            self.original.setFocus()
        self.edited.emit()
