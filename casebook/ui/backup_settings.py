"""Settings > Backups: the folder backups go to, when they are made, how many are kept.

The plan is the vault's (``services.backup_folder``), saved with the other
settings; "Back up now" runs on the worker at once, to the folder and counts
shown (saved or not), with its progress, and says when and where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services.backup_folder import (
    MAX_KEEP,
    BackupPlan,
    BackupStatus,
    FolderBackupResult,
    Schedule,
    backup_status,
    backup_to_folder,
)
from casebook.services.matters import Store
from casebook.ui.backup_status import last_backup_words, when_words
from casebook.ui.translation import QT_TRANSLATE_NOOP
from casebook.ui.worker import DbWorker

FolderChooser = Callable[[QWidget, str], str]
SCHEDULE_LABELS = {
    Schedule.DAILY: QT_TRANSLATE_NOOP("BackupSettings", "On lock and on quit, at most once a day"),
    Schedule.EVERY_LOCK: QT_TRANSLATE_NOOP("BackupSettings", "On every lock and quit"),
    Schedule.OFF: QT_TRANSLATE_NOOP("BackupSettings", "Off: only when I ask"),
}


class _Progress(QObject):
    """Carries the backup's progress from the worker to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class BackupSettings(QWidget):
    """The Backups tab; emits ``backed_up(FolderBackupResult)`` after "Back up now"."""

    backed_up = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        choose_folder: FolderChooser,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choose_folder = choose_folder
        self._now = now
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        intro = QLabel(
            self.tr(
                "casebook backs the vault up by itself into this folder, best a removable "
                "drive kept apart from the computer. Each backup is read back and checked; "
                "older ones are removed only after a newer one checked."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName("Backup folder")
        self.folder.setPlaceholderText(
            self.tr("No backup folder: backups only from File > Back up…")
        )
        self.folder.setAcceptDrops(False)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName("Choose the backup folder")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Backup folder problem")
        self.error.hide()
        self.folder.textEdited.connect(lambda _t: self.error.hide())
        self.schedule = QComboBox()
        self.schedule.setAccessibleName("Back up automatically")
        for schedule, label in SCHEDULE_LABELS.items():
            self.schedule.addItem(self.tr(label), schedule.value)
        self.keep_daily = self._count("Keep daily backups", self.tr(" days"))
        self.keep_weekly = self._count("Keep weekly backups", self.tr(" weeks"))
        form = QFormLayout()
        for words, widget in (
            (self.tr("Automaticall&y:"), self.schedule),
            (self.tr("Keep &daily backups for the last:"), self.keep_daily),
            (self.tr("and &weekly ones for the weeks before:"), self.keep_weekly),
        ):
            buddy = QLabel(words)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        self.back_up_button = QPushButton(self.tr("Back &up now"))
        self.back_up_button.setAccessibleName("Back up now")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Backup progress")
        self.progress.hide()
        self.last = QLabel(self.tr("Last verified backup: …"))
        self.last.setWordWrap(True)
        self.last.setAccessibleName("Last verified backup")
        now_row = QHBoxLayout()
        now_row.addWidget(self.back_up_button)
        now_row.addWidget(self.progress, 2)
        now_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        folder_label = QLabel(self.tr("Back up to &folder:"))
        folder_label.setBuddy(self.folder)
        layout.addWidget(folder_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(now_row)
        layout.addWidget(self.last)
        layout.addStretch(1)

    def _count(self, name: str, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_KEEP)
        box.setSuffix(suffix)
        box.setAccessibleName(name)
        return box

    def show_status(self, status: BackupStatus) -> None:
        plan = status.plan
        self.folder.setText(str(plan.folder) if plan.folder else "")
        self.schedule.setCurrentIndex(self.schedule.findData(plan.schedule.value))
        self.keep_daily.setValue(plan.keep_daily)
        self.keep_weekly.setValue(plan.keep_weekly)
        self._show_last(status)

    def _show_last(self, status: BackupStatus) -> None:
        text = last_backup_words(status, self._now())
        if status.problem:
            text += f" {status.problem}"
        self.last.setText(text)
        self.last.setObjectName("warning" if status.problem else "")
        self.last.style().polish(self.last)

    def plan(self) -> BackupPlan:
        text = self.folder.text().strip()
        return BackupPlan(
            Path(text).expanduser() if text else None,
            Schedule(self.schedule.currentData()),
            self.keep_daily.value(),
            self.keep_weekly.value(),
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.folder.setFocus()

    def back_up_now(self) -> None:
        self.error.hide()
        plan, now = self.plan(), self._now()
        folder = plan.folder
        if folder is None:
            self.show_error(self.tr("Choose a folder to back up to."))
            return
        self.back_up_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Writing…"))
        self.progress.show()
        self.last.setText(self.tr("Writing the backup, then reading it back to check it…"))
        emit = self._progress.changed.emit

        def run(store: Store) -> tuple[FolderBackupResult, BackupStatus]:
            result = backup_to_folder(
                store,
                folder,
                now=now,
                keep_daily=plan.keep_daily,
                keep_weekly=plan.keep_weekly,
                progress=emit,
            )
            return result, backup_status(store)

        self._worker.submit(
            run, on_success=self._written, on_failure=self._failed, on_done=self._finished
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Written %v of %m parts"))

    def _finished(self) -> None:
        self.back_up_button.setEnabled(True)
        self.progress.hide()

    def _written(self, outcome: tuple[FolderBackupResult, BackupStatus]) -> None:
        result, status = outcome
        self._show_last(status)
        kept = len(result.kept)
        removed = self.tr("; %n older removed", "", len(result.removed)) if result.removed else ""
        self.last.setText(
            self.tr(
                "Backed up and verified {when} to {folder} (%n backup(s) kept{removed}).", "", kept
            ).format(
                when=when_words(result.created_at, self._now()),
                folder=result.written.parent,
                removed=removed,
            )
        )
        self.backed_up.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.last.setText("")
        self.show_error(exc.message)

    def _browse(self) -> None:
        chosen = self._choose_folder(self, self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)
            self.error.hide()
