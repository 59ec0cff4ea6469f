"""A new passphrase typed twice, judged as it is typed: the rows vault creation shows.

The recovery page and the change-passphrase dialog both ask for a new
passphrase; they use these rows so the meter, its words and the rule (a
weak passphrase cannot be submitted, ``services.passphrases``) are the same
everywhere a passphrase is chosen. The service refuses a weak one again in
any case.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget

from casebook.ui.passphrase_field import PassphraseField
from casebook.ui.translation import QT_TRANSLATE_NOOP

DIFFER_TEXT = QT_TRANSLATE_NOOP("NewPassphraseRows", "The two passphrases differ.")


class NewPassphraseRows(QObject):
    """Owns the fields; ``add_to(form)`` lays them out in the caller's form.

    ``ready_changed(bool)`` says whether the passphrase is strong enough and
    typed the same twice; only then may the caller submit ``text()``.
    """

    ready_changed = Signal(bool)
    submitted = Signal()  # Return in the repeat field

    def __init__(self, parent: QWidget, *, name: str = "New passphrase") -> None:
        super().__init__(parent)
        self._strong = False
        self._ready = False
        self.passphrase = PassphraseField(name)
        self.repeat = PassphraseField(f"Repeat the {name[0].lower()}{name[1:]}")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.feedback = QLabel(" ")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("Passphrase strength feedback")
        self.mismatch = QLabel(self.tr(DIFFER_TEXT))
        self.mismatch.setObjectName("error")
        self.mismatch.setAccessibleName("Passphrases differ")
        self.mismatch.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._judge)
        self.passphrase.textChanged.connect(lambda _t: self._on_typed())
        self.repeat.textChanged.connect(lambda _t: self._update())
        self.repeat.returnPressed.connect(self._on_return)

    def add_to(self, form: QFormLayout, label: str = "") -> None:
        form.addRow(label or self.tr("&New passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.feedback)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.mismatch)

    @property
    def ready(self) -> bool:
        return self._ready

    def text(self) -> str:
        return self.passphrase.text()

    def set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.repeat.setEnabled(enabled)

    def wipe(self) -> None:
        """Forget both fields and the verdict (on success, cancel, lock or close)."""
        self._debounce.stop()
        self.passphrase.wipe()
        self.repeat.wipe()
        self.meter.setValue(0)
        self.feedback.setText(" ")
        self._strong = False
        self._update()

    def _on_typed(self) -> None:
        self._debounce.start()
        self._update()

    def _on_return(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._judge()
        if self._ready:
            self.submitted.emit()

    def _judge(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.meter.setValue(0)
            self.feedback.setText(" ")
            self._strong = False
        else:
            from casebook.services import passphrases  # zxcvbn loads on first use

            s = passphrases.strength(text)
            self.meter.setValue(max(1, s.score))
            weak = self.tr("Too weak. {feedback}").format(feedback=s.feedback)
            self.feedback.setText(s.feedback if s.acceptable else weak)
            self._strong = s.acceptable
        self._update()

    def _update(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        # Say they differ only once the second is as long as the first: not while typing it.
        self.mismatch.setVisible(bool(second) and len(second) >= len(first) and second != first)
        ready = self._strong and not self._debounce.isActive() and bool(second) and second == first
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)
