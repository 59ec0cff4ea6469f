"""Export filing packet: pick and order exhibits, prefilled cover and service, then a preview.

The dialog reads what it offers in one worker call (``packet_options.packet_choices``):
the client's documents, the open matters with the caption each would print and
the advocate profile. Ticking and ordering exhibits (drag, or Move up / Move
down with Ctrl+Up / Ctrl+Down) asks the worker for a fresh page and size
estimate (``packet.estimate_packet``: stored counts only, nothing decrypted).

Writing runs as a background job with a ``threading.Event`` for Cancel; the
service checks every exhibit before writing anything and writes atomically, so
a cancelled or refused export leaves no file. A single-file packet is then
shown in the document viewer from the bytes read back; a split packet lists
its parts instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.services import packet, packet_options
from casebook.services.documents import DocumentSummary
from casebook.services.filetypes import FileType
from casebook.services.matters import Store
from casebook.services.packet import PacketEstimate, PacketRequest
from casebook.services.packet_options import MatterCaption, PacketChoices, PacketExport, tab_letter
from casebook.ui.date_fields import OptionalDateEdit, first_problem
from casebook.ui.document_viewer import DocumentViewer, Opened
from casebook.ui.field_form import FieldForm, error_label
from casebook.ui.labels import file_size, kind_label
from casebook.ui.packet_exhibit_details import (
    DATED,
    DOC_ID,
    DOCUMENT,
    ORIGINAL,
    SOURCE,
    TRANSLATION,
    ExhibitDetails,
    description,
    prefill,
)
from casebook.ui.save_dialog import PDF_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

LIMIT_MB = packet_options.UPLOAD_LIMIT // 1_000_000
_DOT = " \N{MIDDLE DOT} "
NO_EXHIBIT_TEXT = QT_TRANSLATE_NOOP(
    "PacketDialog", "Tick at least one document to file as an exhibit."
)


def _hearing_words(caption: MatterCaption) -> str:
    """The next hearing as the (English) cover prints it, or that there is none."""
    if caption.next_hearing is None:
        return QCoreApplication.translate("PacketDialog", "No hearing scheduled")
    when = caption.next_hearing
    hour = when.strftime("%I:%M %p").lstrip("0")
    before = f", before {caption.hearing_judge}" if caption.hearing_judge else ""
    return (
        f"{caption.hearing_kind or 'Hearing'} {when:%B} {when.day}, {when.year} at {hour}{before}"
    )


class ExhibitList(QListWidget):
    """The exhibits; emits ``reordered`` after a drag has moved one."""

    reordered = Signal()

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.reordered.emit()


class _Progress(QObject):
    """Carries the background job's progress to the GUI thread (queued signal)."""

    changed = Signal(int, int, str)


class PacketPreview(DocumentViewer):
    """The document viewer, showing a PDF held in memory (the packet just written)."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent, fit_on_open=True)
        self.setAccessibleName("Packet preview")
        for a in self.toolbar.actions():
            if self.toolbar.widgetForAction(a) in (self.find_box, self.find_status):
                a.setVisible(False)
        for a in (self.find_next_action, self.export_action, self.find_action):
            a.setVisible(False)
            a.setEnabled(False)

    def show_pdf(self, data: bytes, name: str, pages: int) -> None:
        self.clear()
        summary = DocumentSummary(
            id=0,
            title=name,
            kind="packet",
            original_name=name,
            media_type=FileType.PDF.value,
            size=len(data),
            page_count=pages,
            sha256="",
            received_on=None,
            created_at=datetime.now(UTC),
            in_inbox=False,
            text_status="",
        )
        self._request += 1
        self._on_opened(self._request, Opened(summary, data, ""))

    def _update_actions(self) -> None:
        super()._update_actions()
        self.export_action.setEnabled(False)  # the packet is already a file of its own
        self.find_next_action.setEnabled(False)


class PacketDialog(QDialog):
    """Emits ``exported(result)`` after a packet is written, ``message(text)`` for the status
    bar."""

    exported = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._choose_path = choose_path
        self.client_id = client_id
        self.choices: PacketChoices | None = None
        self.estimate: PacketEstimate | None = None
        self.cancel_event: threading.Event | None = None
        self.last_export: PacketExport | None = None
        self._estimate_request = 0
        self._filling = False
        self._close_when_done = False
        self.setWindowTitle(self.tr("Export filing packet"))
        self.setAccessibleName("Export filing packet")
        self.resize(1040, 760)  # room for the Spanish captions beside the cover notes

        self.intro = QLabel(self.tr("Reading the client's file…"))
        self.intro.setWordWrap(True)

        # -- exhibits ---------------------------------------------------------------------
        self.exhibits = ExhibitList()
        self.exhibits.setAccessibleName("Exhibits")
        self.exhibits.setAccessibleDescription(
            "Space ticks a document to include it. Ctrl+Up and Ctrl+Down move it."
        )
        self.exhibits.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exhibits.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exhibits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exhibits.setAlternatingRowColors(True)
        self.exhibits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exhibits.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.exhibits.setSpacing(2)
        self.exhibits.itemChanged.connect(self._item_changed)
        self.exhibits.currentRowChanged.connect(lambda _r: self._current_changed())
        self.exhibits.reordered.connect(self._order_changed)
        exhibits_label = QLabel(self.tr("E&xhibits, in filing order:"))
        exhibits_label.setBuddy(self.exhibits)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the chosen document up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the chosen document down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        QShortcut(QKeySequence("Ctrl+Up"), self.exhibits, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.exhibits, lambda: self.move_current(1))
        self.details = ExhibitDetails(today())
        self.details.edited.connect(self._refresh)
        self.translation_box = self.details.translation
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName("Estimate")
        self.estimate_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(exhibits_label)
        left.addWidget(self.exhibits, 1)
        left.addLayout(move_row)
        left.addWidget(self.details)
        left.addWidget(self.estimate_label)

        # -- cover page -------------------------------------------------------------------
        cover = QGroupBox(self.tr("Cover page"))
        f = self.form = FieldForm()
        self.matter = QComboBox()
        self.matter.currentIndexChanged.connect(self._matter_changed)
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setFixedHeight(56)
        self.court = QLineEdit()
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        self.caption_label.setAccessibleName("From the matter")
        self.caption_notes = QLabel()
        self.caption_notes.setObjectName("warning")
        self.caption_notes.setWordWrap(True)
        self.caption_notes.setAccessibleName("Left off the cover")
        self.brief = QComboBox()
        self.brief.setAccessibleName("Brief")
        self.brief.setToolTip(
            self.tr(
                "A brief is saved as a file of its own beside the evidence (ECAS: never combined), "
                "with its own cover page and certificate of service"
            )
        )
        self.brief.currentIndexChanged.connect(lambda _i: self._refresh())
        self.filer_label = QLabel()
        self.filer_label.setWordWrap(True)
        self.filer_label.setAccessibleName("Filed by")
        f.add_field("matter", "&Matter", self.matter, caption=self.tr("&Matter"))
        f.add_field("title", "&Title", self.title_edit, caption=self.tr("&Title"))
        f.add_field("court", "&Court", self.court, caption=self.tr("&Court"))
        f.add_field(
            "caption", "From the matter", self.caption_label, caption=self.tr("From the matter")
        )
        f.addRow("", self.caption_notes)
        f.add_field("brief", "&Brief", self.brief, caption=self.tr("&Brief"))
        f.add_field("filer", "Filed by", self.filer_label, caption=self.tr("Filed by"))
        cover.setLayout(f)

        # -- certificate of translation ---------------------------------------------------
        self.translator_group = QGroupBox(self.tr("Certificate of translation"))
        t = FieldForm()
        self.translator = QLineEdit()
        self.translator_address = QLineEdit()
        self.translator_phone = QLineEdit()
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("e.g. Haitian Creole"))
        t.add_field("translator", "Tra&nslator", self.translator, caption=self.tr("Tra&nslator"))
        t.add_field(
            "translator_address",
            "Translator's add&ress",
            self.translator_address,
            caption=self.tr("Translator's add&ress"),
        )
        t.add_field(
            "translator_phone",
            "Translator's &phone",
            self.translator_phone,
            caption=self.tr("Translator's &phone"),
        )
        t.add_field(
            "language", "Translated &from", self.language, caption=self.tr("Translated &from")
        )
        self.translator_form = t
        self.translator_group.setLayout(t)

        # -- certificate of service -------------------------------------------------------
        service = QGroupBox(self.tr("Certificate of service"))
        s = self.service_form = FieldForm()
        self.method = QComboBox()
        for key, words in packet_options.SERVICE_METHODS.items():
            self.method.addItem(words[0].upper() + words[1:], key)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.served_on = OptionalDateEdit(today=today(), empty=self.tr("Choose the date"))
        self.service_address = QLineEdit()
        self.service_address.setPlaceholderText(
            self.tr("The OPLA office's address, for mail or hand")
        )
        s.add_field("service", "Met&hod", self.method, caption=self.tr("Met&hod"))
        s.add_field("served_on", "&Served on", self.served_on, caption=self.tr("&Served on"))
        s.add_field(
            "service_address",
            "&OPLA address",
            self.service_address,
            caption=self.tr("&OPLA address"),
        )
        service.setLayout(s)

        right = QVBoxLayout()
        right.addWidget(cover)
        right.addWidget(self.translator_group)
        right.addWidget(service)
        right.addStretch(1)
        setup = self.setup_page = QWidget()
        columns = QHBoxLayout(setup)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)

        # -- result -----------------------------------------------------------------------
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName("Export result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warning")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName("Warnings")
        self.preview = PacketPreview(worker)
        self.back_button = QPushButton(self.tr("&Back to the exhibits"))
        self.back_button.clicked.connect(self.show_setup)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(self.warnings_label)
        result_layout.addWidget(self.preview, 1)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        result_layout.addLayout(back_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(result)

        # -- progress and buttons ---------------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Export progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Export status")
        self.error = error_label("Export problem")
        self.export_button = QPushButton(self.tr("&Export packet…"))
        self.export_button.setToolTip(
            self.tr(
                "Saves the evidence under the name ECAS asks for "
                "(Lastname_A123456789_Evidence.pdf); "
                "a brief goes beside it as a file of its own (…_Brief.pdf), and a filing over "
                "{limit} MB in parts (…_Part1.pdf, …_Part2.pdf)"
            ).format(limit=LIMIT_MB)
        )
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel e&xport"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()  # after addButton, which shows it
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.served_on.set_value(today())
        self._method_changed()
        self._current_changed()

    # -- what the window asks ---------------------------------------------------------------

    def load(self) -> None:
        client_id, today = self.client_id, self._today()
        self._worker.submit(
            lambda s: packet_options.packet_choices(s, client_id, today=today),
            on_success=self._loaded,
            on_failure=self._show_failure,
        )

    @property
    def running(self) -> bool:
        return self.cancel_event is not None

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(int(item.data(DOC_ID)) for item in self._items() if self._checked(item))

    def request(self) -> PacketRequest:
        """The packet as chosen in the dialog now."""
        items = [i for i in self._items() if self._checked(i)]
        choices = self.choices.exhibits if self.choices is not None else ()
        marked = {c.document.id for c in choices if c.is_translation}
        ids = [int(i.data(DOC_ID)) for i in items]
        translations = tuple(int(i.data(DOC_ID)) for i in items if i.data(TRANSLATION))
        return PacketRequest(
            client_id=self.client_id,
            exhibit_ids=tuple(ids),
            matter_id=self.matter.currentData(),
            title=" ".join(self.title_edit.toPlainText().split()),
            brief_id=self.brief.currentData(),
            translations=translations,
            originals=tuple(
                (int(i.data(DOC_ID)), int(i.data(ORIGINAL)))
                for i in items
                if i.data(TRANSLATION) and i.data(ORIGINAL) is not None
            ),
            not_translations=tuple(d for d in ids if d in marked and d not in translations),
            descriptions=tuple((int(i.data(DOC_ID)), description(i)) for i in items),
            dates=tuple((int(i.data(DOC_ID)), i.data(DATED)) for i in items),
            sources=tuple((int(i.data(DOC_ID)), str(i.data(SOURCE) or "")) for i in items),
            translator=packet_options.translation(
                self.translator.text(),
                self.translator_address.text(),
                self.translator_phone.text(),
                self.language.text(),
            ),
            service_method=str(self.method.currentData()),
            service_address=self.service_address.text().strip(),
            served_on=self.served_on.value(),
            court=self.court.text().strip(),
        )

    def move_current(self, step: int) -> None:
        row = self.exhibits.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.exhibits.count() or self.running:
            return
        item = self.exhibits.takeItem(row)
        self.exhibits.insertItem(target, item)
        self.exhibits.setCurrentRow(target)
        self._order_changed()

    def export(self) -> None:
        """Ask where, then write the packet in the background."""
        if self.running or self.choices is None:
            return
        self.error.hide()
        self.form.clear_errors()
        if not self.chosen_ids():
            self.error.setText(self.tr(NO_EXHIBIT_TEXT))
            self.error.show()
            self.exhibits.setFocus()
            return
        if first_problem(self.served_on) is not None:
            return  # the date's problem shows under it; what was typed stays
        if self.served_on.value() is None:
            self.service_form.show_error(
                ValidationError("served_on", self.tr("Enter the date the filing is served."))
            )
            return
        chosen = self.request()
        problem = packet.translation_problem(chosen, set(chosen.translations), self._titles())
        if problem:  # a certificate needs the original it translates: refused before asking
            self.error.setText(problem)
            self.error.setProperty("translation_problem", True)
            self.error.show()
            self.details.original.setFocus()
            return
        missing = self._missing_translator()
        if missing:
            self.translator_form.errors["translator"].setText(missing)
            self.translator_form.errors["translator"].show()
            self.translator.setFocus()
            return
        # ECAS's name; a brief is written beside it as ..._Brief.pdf (see the "Brief" tip).
        self._choose_path(self, self.choices.file_name, PDF_FILTER, self._write)

    def cancel_export(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… nothing is written."))

    def show_setup(self) -> None:
        self.preview.clear()
        self.pages.setCurrentIndex(0)
        self.export_button.show()
        self.intro.show()
        self.result_label.clear()
        self.warnings_label.clear()
        self.exhibits.setFocus()

    def discard(self) -> None:
        """Close at once (locking): stop an export and drop the preview's bytes."""
        self.cancel_export()
        self.preview.clear()
        self.last_export = None
        super().reject()

    def reject(self) -> None:
        if self.running:  # Escape or Close while writing: cancel first, close when it ends
            self._close_when_done = True
            self.cancel_export()
            return
        self.preview.clear()
        self.last_export = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # -- internals --------------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.exhibits.item(r) for r in range(self.exhibits.count())]

    @staticmethod
    def _checked(item: QListWidgetItem) -> bool:
        return item.checkState() == Qt.CheckState.Checked

    def _loaded(self, choices: PacketChoices) -> None:
        self.choices = choices
        count = len(choices.exhibits)
        name = _escape(choices.client_name)
        self.intro.setText(
            self.tr(
                "Filing packet for <b>{client}</b>. Tick the documents to "
                "file as exhibits and put them in order: drag them, or use Move up and Move down "
                "(Ctrl+Up, Ctrl+Down)."
            ).format(client=name)
            if count
            else self.tr(
                "{client} has no documents yet. Add documents to the "
                "client's file first (drop them on the client, or import them)."
            ).format(client=name)
        )
        self._filling = True
        self.exhibits.clear()
        for choice in choices.exhibits:
            item = QListWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(DOC_ID, choice.document.id)
            item.setData(TRANSLATION, choice.is_translation)
            item.setData(DOCUMENT, choice.document)
            prefill(item, choice.document)
            self.exhibits.addItem(item)
        self.brief.blockSignals(True)
        self.brief.clear()
        self.brief.addItem(self.tr("No brief"), None)
        for choice in choices.exhibits:
            self.brief.addItem(choice.document.title, choice.document.id)
        self.brief.blockSignals(False)
        self._filling = False
        self.matter.blockSignals(True)
        self.matter.clear()
        for caption in choices.matters:
            self.matter.addItem(caption.label, caption.matter_id)
        self.matter.blockSignals(False)
        self.matter.setEnabled(len(choices.matters) > 1)
        self._matter_changed(0)
        p = choices.profile
        filer = ", ".join(x for x in (p.name, p.organisation) if x)
        if p.eoir_id:
            filer += f" (EOIR ID {p.eoir_id})"
        if p.name:
            self.filer_label.setObjectName("")
            self.filer_label.setText(filer)
        else:
            self.filer_label.setObjectName("warning")
            self.filer_label.setText(
                self.tr(
                    "Your name is not set: add it under Settings > Profile so the cover and the "
                    "certificate of service carry it."
                )
            )
        self.filer_label.style().polish(self.filer_label)
        if count:
            self.exhibits.setCurrentRow(0)
        self._refresh()

    def _matter_changed(self, index: int) -> None:
        if self.choices is None or not 0 <= index < len(self.choices.matters):
            return
        caption = self.choices.matters[index]
        self.title_edit.setPlainText(caption.title)
        self.court.setText(caption.court)
        parts = [
            self.tr("Judge: {judge}").format(judge=caption.judge)
            if caption.judge
            else self.tr("Judge: not recorded"),
            _hearing_words(caption),
            "DETAINED"
            if caption.detained
            else "NON\N{NON-BREAKING HYPHEN}DETAINED"
            if caption.detention_known
            else self.tr("Detention: not recorded"),
        ]
        self.caption_label.setText("\n".join(parts))
        self.caption_notes.setText("\n".join(caption.notes))
        self.caption_notes.setVisible(bool(caption.notes))

    def _method_changed(self) -> None:
        needs_address = self.method.currentData() != packet_options.DEFAULT_SERVICE_METHOD
        self.service_address.setEnabled(needs_address)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._refresh()
        if self.error.text() == self.tr(NO_EXHIBIT_TEXT) and self.chosen_ids():
            self.error.hide()  # ticked one: the message no longer applies (issue 11)

    def _order_changed(self) -> None:
        self._refresh()

    def _current_changed(self) -> None:
        item = self.exhibits.currentItem()
        row = self.exhibits.currentRow()
        others = [i.data(DOCUMENT) for i in self._items() if item is not None and i is not item]
        self.details.show_item(item, others)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.exhibits.count() - 1)

    def _titles(self) -> dict[int, str]:
        return {int(i.data(DOC_ID)): i.data(DOCUMENT).title for i in self._items()}

    def _refresh(self) -> None:
        """Relabel the items with their tab letters and ask for a new estimate."""
        self._filling = True
        request = self.request()
        letters = {doc: tab_letter(n) for n, doc in enumerate(packet.tab_order(request))}
        original_of = {o: t for t, o in request.originals}
        titles = self._titles()
        for item in self._items():
            doc: DocumentSummary = item.data(DOCUMENT)
            pages = doc.page_count or 1
            details = [kind_label(doc.kind), f"{pages} page" + ("s" * (pages != 1))]
            details.append(file_size(doc.size))
            doc_id = int(item.data(DOC_ID))
            if item.data(TRANSLATION):
                details.append(
                    "translation: certificate and original follow"
                    if item.data(ORIGINAL) is not None
                    else "translation: choose its original"
                )
            if doc_id in original_of and original_of[doc_id] in letters:
                translation = original_of[doc_id]
                head = (
                    f"Tab {letters[translation]}, original of \u201c{titles[translation]}\u201d: "
                )
            elif doc_id == request.brief_id:
                head = "Brief (its own file): "
            elif self._checked(item) and doc_id in letters:
                head = f"Tab {letters[doc_id]}: "
            else:
                head = "Not filed: "
            words = description(item) if self._checked(item) else doc.title
            item.setText(f"{head}{words}\n{_DOT.join(details)}")
            item.setToolTip(f"{doc.title} ({', '.join(details)})")
        self._filling = False
        self._current_changed()
        if self.error.property("translation_problem") and not packet.translation_problem(
            request, set(request.translations), titles
        ):
            self.error.setProperty("translation_problem", False)
            self.error.hide()  # paired now: the refusal no longer applies
        any_translation = any(self._checked(i) and i.data(TRANSLATION) for i in self._items())
        self.translator_group.setEnabled(any_translation)
        self.translator_group.setToolTip(
            "" if any_translation else self.tr("Mark an exhibit as a translation to fill this in")
        )
        self._ask_estimate()

    def _ask_estimate(self) -> None:
        self._estimate_request += 1
        request = self._estimate_request
        if self.choices is None:
            return
        chosen = self.request()
        if not chosen.exhibit_ids:
            self.estimate = None
            self.estimate_label.setText(self.tr("No exhibits ticked yet."))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(not self.running)
        self._worker.submit(
            lambda s: packet.estimate_packet(s, chosen),
            on_success=partial(self._estimated, request),
            on_failure=self._show_failure,
        )

    def _estimated(self, request: int, estimate: PacketEstimate) -> None:
        if request != self._estimate_request:
            return
        self.estimate = estimate
        n = len(self.chosen_ids())
        text = self.tr("%n exhibit(s): about {pages} pages, {size}.", "", n).format(
            pages=estimate.pages, size=file_size(estimate.bytes)
        )
        if estimate.parts > 1:
            text += self.tr(
                " Over the court's {limit} MB upload limit: it will be split into about "
                "{parts} files (Part1, Part2…)."
            ).format(limit=LIMIT_MB, parts=estimate.parts)
        self.estimate_label.setText(text)
        self.estimate_label.setObjectName("warning" if estimate.parts > 1 else "")
        self.estimate_label.style().polish(self.estimate_label)

    def _missing_translator(self) -> str:
        if not any(self._checked(i) and i.data(TRANSLATION) for i in self._items()):
            return ""
        if not self.translator.text().strip():
            return self.tr("Give the translator's name: the certificate of translation needs it.")
        return ""

    def _write(self, path: str) -> None:
        if not path or self.running:
            return
        target = with_suffix(path, ".pdf")
        request, today = self.request(), self._today()
        cancel = threading.Event()
        self.cancel_event = cancel
        emit = self._progress.changed.emit

        def run(store: Store) -> PacketExport:
            return packet_options.export_with_preview(
                store,
                request,
                target,
                today=today,
                progress=lambda done, total, what: (
                    None if cancel.is_set() else emit(done, total, what)
                ),
                cancel=cancel,
            )

        self._set_running(True)
        self.status.setText(self.tr("Checking the exhibits…"))
        self._worker.submit_background(
            run,
            cancel,
            on_success=self._written,
            on_failure=self._failed,
            on_done=self._finished,
        )

    def _set_running(self, running: bool) -> None:
        self.setup_page.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(self.chosen_ids()))
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.cancel_button.setFocus()

    def _show_progress(self, done: int, total: int, what: str) -> None:
        if not self.running:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if what:
            self.status.setText(what + "…" if not what.endswith("…") else what)

    def _finished(self) -> None:
        self.cancel_event = None
        self._set_running(False)
        if self._close_when_done:
            self._close_when_done = False
            self.reject()

    def _written(self, done: PacketExport) -> None:
        self.last_export = done
        result = done.result
        self.status.clear()
        self.exported.emit(result)
        kinds = result.kinds or ("evidence",) * len(result.paths)
        lines = [
            f"{path} \N{EM DASH} {kind}, {file_size(size)}"
            for path, size, kind in zip(result.paths, result.sizes, kinds, strict=True)
        ]
        split = kinds.count("evidence") > 1 or kinds.count("brief") > 1
        folder = result.paths[0].parent
        self.result_label.setText(
            f"Saved {len(result.paths)} file{'s' * (len(result.paths) != 1)} "
            f"({result.page_count} pages of evidence). "
            + (
                f"Over the court's {LIMIT_MB} MB upload limit, a filing is split into parts "
                "numbered consecutively; upload them in order. "
                if split
                else ""
            )
            + "These copies are not encrypted"
            + ("; the preview below is the evidence as written" if done.preview else "")
            + ":\n"
            + "\n".join(f"  \N{BULLET} {line}" for line in lines)
        )
        self.message.emit(
            f"Filing packet saved to {result.paths[-1]}."
            if len(result.paths) == 1
            else f"Filing packet saved as {len(result.paths)} files in {folder}."
        )
        self.warnings_label.setText("\n".join(result.warnings))
        self.warnings_label.setVisible(bool(result.warnings))
        self.preview.setVisible(done.preview is not None)
        self.export_button.hide()
        self.intro.hide()
        self.pages.setCurrentIndex(1)
        if done.preview is not None:
            self.preview.show_pdf(done.preview, result.paths[-1].name, result.page_count)
        self.back_button.setFocus()

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self._show_failure(exc)

    def _show_failure(self, exc: CasebookError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else None
        if field in self.service_form.errors:
            self.service_form.show_error(exc)
            return
        if field in self.translator_form.errors:
            self.translator_form.show_error(exc)
            return
        self.error.setText(exc.message)
        self.error.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
