"""File > Back up…: one verified, still-encrypted file of the whole vault, where the person says.

``backups.backup_vault`` writes the file, reads it back to verify it and
remembers when; it runs on the worker. The places offered first are the
removable drives Qt's ``QStorageInfo`` lists (mounted under /media, /run/media
or /Volumes, or a drive other than the system's on Windows), then where the
last backup went, then the home folder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import backups
from casebook.services.backups import BackupResult
from casebook.services.matters import Store
from casebook.ui.field_form import FieldForm
from casebook.ui.labels import file_size
from casebook.ui.worker import DbWorker

FolderAsker = Callable[[QWidget, str, Callable[[str], None]], None]
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/", "/mnt/")


def removable_drives() -> list[tuple[str, Path]]:
    """Mounted, writable volumes that look like removable drives: (label, folder)."""
    found: list[tuple[str, Path]] = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":  # pragma: no cover - Windows only
            removable = root != system
        else:
            removable = root.startswith(_REMOVABLE_ROOTS)
        if removable:
            name = volume.displayName() or Path(root).name or root
            free = file_size(volume.bytesAvailable())
            said = QCoreApplication.translate(
                "BackupDialog", "{name} (removable drive, {free} free)"
            )
            found.append((said.format(name=name, free=free), Path(root)))
    return found


def _ask_folder(parent: QWidget, start: str, chosen: Callable[[str], None]) -> None:
    dialog = QFileDialog(
        parent, QCoreApplication.translate("BackupDialog", "Back up to folder"), start
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()


class BackupDialog(QDialog):
    """Emits ``backed_up(result)`` once a backup is written and verified."""

    backed_up = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        vault_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        drives: Callable[[], list[tuple[str, Path]]] = removable_drives,
        ask_folder: FolderAsker = _ask_folder,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ask_folder = ask_folder
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setAccessibleName("Back up the vault")
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The backup is one file, encrypted under this vault's passphrase and recovery key, "
                "and checked by reading it back. Keep it away from this computer: a removable "
                "drive "
                "kept somewhere else is best."
            )
        )
        intro.setWordWrap(True)
        f = self.form = FieldForm()
        self.place = QComboBox()
        self.place.setEditable(False)
        for label, folder in drives():
            self.place.addItem(label, str(folder))
        self.place.addItem(self.tr("Your home folder"), str(Path.home()))
        self.folder = QLineEdit()
        self.folder.setAccessibleName("Back up to folder")
        self.place.currentIndexChanged.connect(
            lambda _i: self.folder.setText(str(self.place.currentData() or ""))
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName("Choose the backup folder")
        browse.clicked.connect(
            lambda: self._ask_folder(self, self.folder.text(), self.folder.setText)
        )
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.folder, 1)
        box.addWidget(browse)
        self.name = QLineEdit(f"{vault_name} {today().isoformat()}{backups.SUFFIX}")
        f.add_field("place", "&Where", self.place, caption=self.tr("&Where"))
        f.add_field("folder", "&Folder", row, caption=self.tr("&Folder"))
        f.add_field("name", "File &name", self.name, caption=self.tr("File &name"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Backup progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Backup status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Back up"))
        self.buttons.accepted.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.folder.setText(str(self.place.currentData() or ""))

    def load(self) -> None:
        """Offer the last backup's folder when it is still there."""

        def offer(folder: Path | None) -> None:
            if folder is None or not folder.is_dir():
                return
            if self.place.findData(str(folder)) < 0:
                last = self.tr("Last time: {folder}").format(folder=folder)
                self.place.insertItem(self.place.count() - 1, last, str(folder))
            if self.place.currentIndex() == self.place.count() - 1:  # no drive offered
                self.place.setCurrentIndex(self.place.findData(str(folder)))

        self._worker.submit(backups.last_backup_folder, on_success=offer)

    def destination(self) -> Path:
        name = self.name.text().strip()
        if not name.endswith(backups.SUFFIX):
            name += backups.SUFFIX
        return Path(self.folder.text().strip()) / name

    def back_up(self) -> None:
        self.form.clear_errors()
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.form.errors["folder"].setText(self.tr("Choose an existing folder."))
            self.form.errors["folder"].show()
            return
        dest = self.destination()
        if dest.exists():
            self.form.errors["name"].setText(self.tr("A file of that name is there already."))
            self.form.errors["name"].show()
            return
        self.buttons.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Writing and checking the backup…"))

        def run(store: Store) -> BackupResult:
            return backups.backup_vault(store, dest)

        self._worker.submit(
            run, on_success=self._written, on_failure=self._failed, on_done=self._finished
        )

    def _finished(self) -> None:
        self.buttons.setEnabled(True)
        self.progress.hide()

    def _written(self, result: BackupResult) -> None:
        self.status.setText(
            self.tr(
                "Backed up and verified: {path} ({size}, %n document(s)).", "", result.blobs
            ).format(path=result.path, size=file_size(result.size))
        )
        self.backed_up.emit(result)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self.form.show_error(exc)
