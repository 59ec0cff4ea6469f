"""A line to pick a client by typing part of a name or A-number (suggestions from the worker)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from casebook.services.clients import ClientSummary, list_clients_matching
from casebook.ui.worker import DbWorker

SUGGESTIONS = 12


def describe(client: ClientSummary) -> str:
    """One line telling two people of the same name apart."""
    extra = client.a_number or (client.dob.isoformat() if client.dob else "")
    return f"{client.name} ({extra})" if extra else client.name


class ClientPicker(QLineEdit):
    """Emits ``chosen(client_id or 0, name)``; 0 when the text no longer names a chosen client."""

    chosen = Signal(int, str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._request = 0
        self._ids: dict[str, int] = {}
        self.client_id: int | None = None
        self.setPlaceholderText(self.tr("Type a name or A-number"))
        self.setAccessibleName("Client")
        self.setClearButtonEnabled(True)
        self.setAcceptDrops(False)
        self.suggestions = QStringListModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.activated.connect(self.choose_text)
        self.setCompleter(self.completer_)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._look_up)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(lambda: self.choose_text(self.text()))

    def set_client(self, client_id: int | None, name: str = "") -> None:
        self._request += 1
        self.client_id = client_id
        self.setText(name)
        self.chosen.emit(client_id or 0, name)

    def clear_all(self) -> None:
        self._debounce.stop()
        self._ids.clear()
        self.suggestions.setStringList([])
        self.set_client(None)

    def choose_text(self, text: str) -> None:
        client_id = self._ids.get(text)
        if client_id is None and len(self._ids) == 1:
            text, client_id = next(iter(self._ids.items()))  # Enter with one suggestion left
        if client_id is not None:
            self._debounce.stop()
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()
            self.set_client(client_id, text)

    def _edited(self, _text: str) -> None:
        if self.client_id is not None:
            self.client_id = None
            self.chosen.emit(0, "")
        self._debounce.start()

    def _look_up(self) -> None:
        text = self.text().strip()
        self._request += 1
        request = self._request
        if not text:
            self._ids.clear()
            self.suggestions.setStringList([])
            return
        self._worker.submit(
            lambda s: list_clients_matching(s, text, limit=SUGGESTIONS),
            on_success=lambda rows: self._suggest(request, rows),
        )

    def _suggest(self, request: int, rows: list[ClientSummary]) -> None:
        if request != self._request:
            return
        self._ids = {describe(c): c.id for c in rows}
        self.suggestions.setStringList(list(self._ids))
        if rows and self.hasFocus():
            self.completer_.complete()
