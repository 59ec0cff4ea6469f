"""File > Check the vault…: the app's ``casebook check``, and its ``--repair``.

The check runs beside the worker (``submit_background``), so the window stays
usable; the deep read of every document shows progress and Stop ends it with
what was read so far. Content files no document names are moved, still
encrypted, to the vault's quarantine folder by the check itself; deleting
them is a separate button that asks first, because a database rolled back to
an older copy is exactly when they are someone's newer documents.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import checks
from casebook.services.checks import CheckReport
from casebook.services.matters import Store
from casebook.ui.worker import DbWorker

_REPAIR_COMMAND = "`casebook check --repair`"


class _Progress(QObject):
    """Carries the deep read's progress to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class CheckWords(QObject):
    """The check's sentences: a QObject, as lupdate reads plurals only from tr()."""

    def summary(self, report: CheckReport, deep: bool) -> str:
        """The one sentence at the top of the result: intact, stopped, or how many problems."""
        verified = self.tr("%n document(s)", "", report.blobs_checked - report.versions_checked)
        if report.versions_checked:
            verified = self.tr("{documents} and %n earlier version(s)", "", report.versions_checked)
            verified = verified.format(
                documents=self.tr(
                    "%n document(s)", "", report.blobs_checked - report.versions_checked
                )
            )
        if report.stopped:
            head = self.tr("Stopped after verifying {verified}.").format(verified=verified)
            if report.problems:
                return head + self.tr(" Problems were found so far: see below.")
            return head + self.tr(" No problem was found in what was read.")
        if not report.ok:
            return self.tr(
                "The check found %n problem(s), listed below. Restore the damaged parts from a "
                "backup; keep this vault as it is until you have.",
                "",
                len(report.problems),
            )
        if deep:
            return self.tr("The vault is intact; {verified} decrypted and verified.").format(
                verified=verified
            )
        return self.tr(
            "The vault is intact (the database, its structure and the history of changes)."
        )

    def waiting(self, count: int) -> str:
        return self.tr(
            "%n content file(s) no document names wait in the quarantine folder, still encrypted.",
            "",
            count,
        )

    def delete_button(self, count: int) -> str:
        return self.tr("Delete %n quarantined file(s)…", "", count)

    def delete_question(self, count: int) -> str:
        return self.tr(
            "Delete %n content file(s) no document names?\n\n"
            "They are usually left by an import that was interrupted. If the vault was "
            "restored from an older copy, they may be documents added since: restore a newer "
            "backup first. Deleting them cannot be undone.",
            "",
            count,
        )

    def deleted(self, count: int) -> str:
        return self.tr("Deleted %n quarantined content file(s).", "", count)


_WORDS = CheckWords()


def summary(report: CheckReport, deep: bool) -> str:
    """The one sentence at the top of the result: intact, stopped, or how many problems."""
    return _WORDS.summary(report, deep)


class CheckDialog(QDialog):
    """Emits ``checked(report)`` after each check that ran to its end or was stopped."""

    checked = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.report: CheckReport | None = None
        self._closed = False  # results of a check still running when closed go nowhere
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Check the vault"))
        self.setAccessibleName("Check the vault")
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "casebook reads the vault and says whether every part of it is intact: the "
                "database, its structure and the history of changes. Nothing is deleted: content "
                "files no document names are moved, still encrypted, to a quarantine folder inside "
                "the vault and kept until you delete them here."
            )
        )
        intro.setWordWrap(True)
        self.deep = QCheckBox(self.tr("Also &decrypt and verify every document (slower)"))
        self.deep.setAccessibleName("Verify every document")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Check progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Check result")
        self.details = QListWidget()
        self.details.setAccessibleName("Check details")
        self.details.setWordWrap(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setAccessibleName("Check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAccessibleName("Stop the check")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.delete_button = QPushButton(self.tr("Delete quarantined files…"))
        self.delete_button.setAccessibleName("Delete quarantined files")
        self.delete_button.clicked.connect(self.confirm_delete)
        self.delete_button.hide()
        for b in (self.check_button, self.stop_button, self.delete_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.deep)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    @property
    def is_checking(self) -> bool:
        return self._cancel is not None

    def run_check(self) -> None:
        if self.is_checking:
            return
        cancel = threading.Event()
        self._cancel = cancel
        deep = self.deep.isChecked()
        emit = self._progress.changed.emit

        def run(store: Store) -> CheckReport:
            return checks.check_store(
                store,
                deep=deep,
                progress=lambda d, t: None if cancel.is_set() else emit(d, t),
                cancel=cancel,
            )

        self._set_busy(True)
        self.status.setText(self.tr("Checking the vault…"))
        self.details.clear()
        self.details.hide()
        self._worker.submit_background(
            run,
            cancel,
            on_success=lambda report: self._show_report(report, deep),
            on_failure=self._failed,
            on_done=self._check_done,
        )

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    def _show_progress(self, done: int, total: int) -> None:
        if self._closed or self._cancel is None or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Verified %v of %m documents"))

    def _check_done(self) -> None:
        self._cancel = None
        if not self._closed:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the deep read reports its total
        self.check_button.setEnabled(not busy)
        self.deep.setEnabled(not busy)
        self.stop_button.setVisible(busy)
        self.delete_button.setEnabled(not busy)

    def _show_report(self, report: CheckReport, deep: bool) -> None:
        if self._closed:
            return
        self.report = report
        self.status.setText(summary(report, deep))
        self.details.clear()
        for line in report.problems:
            self.details.addItem(self.tr("Problem: {line}").format(line=line))
        for line in report.repaired:
            done = line.replace(_REPAIR_COMMAND, self.tr("the button below"))
            self.details.addItem(self.tr("Done: {line}").format(line=done))
        if report.quarantined:
            self.details.addItem(_WORDS.waiting(report.quarantined))
        self.details.setVisible(self.details.count() > 0)
        self._show_quarantine(report.quarantined)
        self.checked.emit(report)

    def _show_quarantine(self, count: int) -> None:
        self.delete_button.setVisible(count > 0)
        if count:
            self.delete_button.setText(_WORDS.delete_button(count))

    def _failed(self, exc: CasebookError) -> None:
        if self._closed:
            return
        self.status.setText(exc.message)

    def confirm_delete(self) -> QMessageBox | None:
        """Ask before deleting: the quarantine may hold documents a rolled-back database lost."""
        if self.report is None or not self.report.quarantined:
            return None
        count = self.report.quarantined
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete quarantined files"),
            _WORDS.delete_question(count),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setAccessibleName("Delete quarantined files")
        delete = box.addButton(self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName("Delete them")
        keep = box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName("Keep them")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if self.confirm_box is box:
                self.confirm_box = None
            if box.clickedButton() is delete:
                self.delete_quarantined()
            box.deleteLater()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def delete_quarantined(self) -> None:
        self.delete_button.setEnabled(False)

        def deleted(count: int) -> None:
            if self._closed:
                return
            self.status.setText(_WORDS.deleted(count))
            if self.report is not None:
                self.report = CheckReport(
                    self.report.problems,
                    self.report.repaired,
                    self.report.blobs_checked,
                    0,
                    self.report.stopped,
                    self.report.versions_checked,
                )
            self._show_quarantine(0)

        self._worker.submit(
            checks.delete_quarantined,
            on_success=deleted,
            on_failure=self._failed,
            on_done=lambda: None if self._closed else self.delete_button.setEnabled(True),
        )

    def reject(self) -> None:
        self.stop()  # a running check ends soon after; its result is simply not shown
        self._closed = True
        super().reject()
