"""The first window: pick a recent vault, open another folder, or create one.

Its pages (choose, unlock, create, recovery key shown once, and a new
passphrase set with the recovery key) share one small window so the
person never hunts for a dialog behind another. The window reports outcomes
by signal and leaves what happens next to the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.ui.clipboard import ClipboardGuard
from casebook.ui.unlock_page import UnlockPage
from casebook.ui.worker import DbWorker

if TYPE_CHECKING:
    # Built on first use: the unlock prompt paints without them (issue 14).
    from casebook.ui.create_page import CreatePage, FileChooser, FolderChooser, RecoveryKeyPage
    from casebook.ui.recover_page import RecoverPage


def _ask_vault(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ChoosePage", "Open a vault folder"), start
    )


class ChoosePage(QWidget):
    open_requested = Signal(Path)
    create_requested = Signal()

    def __init__(self, choose_folder: FolderChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose_folder = choose_folder
        self.setAccessibleName("Choose a vault")
        title = QLabel(self.tr("casebook"))
        title.setObjectName("pageTitle")
        tagline = QLabel(self.tr("Encrypted case files, kept on this computer only."))
        tagline.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent vaults")
        self.recent.setSpacing(3)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.currentItemChanged.connect(lambda *_: self._update())
        self.empty_label = QLabel(
            self.tr("No vaults opened yet. Create one, or open a vault folder.")
        )
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open_current)
        self.other_button = QPushButton(self.tr("Open &another folder…"))
        self.other_button.clicked.connect(self._open_other)
        create = QPushButton(self.tr("&New vault…"))
        create.setAccessibleName("Create a new vault")
        create.clicked.connect(self.create_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Recent vaults:")))
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty_label)
        # Takes the room the list leaves when there is none, so the words stay together.
        layout.addStretch(0)
        layout.addLayout(buttons)

    def set_recent(self, folders: list[Path]) -> None:
        self.recent.clear()
        for folder in folders:
            item = QListWidgetItem(f"{folder.name}\n{folder.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(str(folder))
            self.recent.addItem(item)
        if folders:
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(folders))
        self.empty_label.setVisible(not folders)
        self._update()

    def focus(self) -> None:
        (self.recent if self.recent.count() else self.open_button).setFocus()

    def _update(self) -> None:
        self.open_button.setEnabled(self.recent.currentItem() is not None)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _open_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_other(self) -> None:
        chosen = self._choose_folder(self, str(Path.home()))
        if chosen:
            self.open_requested.emit(Path(chosen))


class StartWindow(QWidget):
    """Emits ``unlocked(folder)`` once a vault is open on the worker (new or existing)."""

    unlocked = Signal(Path)
    unlocking = Signal()  # a vault's key is being derived on the worker
    recovered = Signal(Path)  # after ``unlocked``: the vault opened with a new passphrase

    def __init__(
        self,
        worker: DbWorker,
        clipboard: ClipboardGuard,
        *,
        choose_vault: FolderChooser = _ask_vault,
        choose_parent: FolderChooser | None = None,
        choose_kit_path: FileChooser | None = None,
        recent: Callable[[], list[Path]] = list,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("casebook"))
        self.setObjectName("startWindow")
        self._recent = recent
        self._created_folder: Path | None = None
        self._unlock_hint = ""
        self._worker, self._clipboard = worker, clipboard
        self._choose_parent, self._choose_kit_path = choose_parent, choose_kit_path
        self._create_page: CreatePage | None = None
        self._recovery_page: RecoveryKeyPage | None = None
        self._recover_page: RecoverPage | None = None
        self.pages = QStackedWidget()
        self.choose_page = ChoosePage(choose_vault)
        self.unlock_page = UnlockPage(worker)
        for page in (self.choose_page, self.unlock_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self.resize(560, 420)

        self.choose_page.open_requested.connect(self.show_unlock)
        self.choose_page.create_requested.connect(self.show_create)
        self.unlock_page.back_requested.connect(self.show_choose)
        self.unlock_page.unlocked.connect(self.unlocked)
        self.unlock_page.unlocking.connect(self.unlocking)
        self.unlock_page.recovery_requested.connect(self.show_recover)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)

    # -- pages built when first shown -----------------------------------------------------

    @property
    def create_page(self) -> CreatePage:
        if self._create_page is None:
            from casebook.ui.create_page import CreatePage

            worker, parent = self._worker, self._choose_parent
            page = CreatePage(worker, choose_folder=parent) if parent else CreatePage(worker)
            page.back_requested.connect(self.show_choose)
            page.created.connect(self._show_recovery)
            self.pages.addWidget(page)
            self._create_page = page
        return self._create_page

    @property
    def recovery_page(self) -> RecoveryKeyPage:
        if self._recovery_page is None:
            from casebook.ui.create_page import RecoveryKeyPage

            clipboard, worker, kit = self._clipboard, self._worker, self._choose_kit_path
            page = (
                RecoveryKeyPage(clipboard, worker, choose_kit_path=kit)
                if kit
                else RecoveryKeyPage(clipboard, worker)
            )
            page.done.connect(self._recovery_done)
            self.pages.addWidget(page)
            self._recovery_page = page
        return self._recovery_page

    @property
    def recover_page(self) -> RecoverPage:
        if self._recover_page is None:
            from casebook.ui.recover_page import RecoverPage

            page = RecoverPage(self._worker)
            page.unlocking.connect(self.unlocking)
            page.back_requested.connect(self._back_to_unlock)
            page.unlocked.connect(self._recovered)
            self.pages.addWidget(page)
            self._recover_page = page
        return self._recover_page

    def show_choose(self) -> None:
        self.choose_page.set_recent(self._recent())
        self.pages.setCurrentWidget(self.choose_page)
        self.choose_page.focus()

    def show_unlock(self, folder: Path, hint: str = "") -> None:
        self._unlock_hint = hint
        if self._recover_page is not None:
            self._recover_page.wipe()
        self.unlock_page.set_vault(folder, hint=hint)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus()

    def show_recover(self, folder: Path) -> None:
        """The recovery-key page for ``folder`` (from the unlock page's link)."""
        self.recover_page.set_vault(folder)
        self.pages.setCurrentWidget(self.recover_page)
        self.recover_page.focus()

    def _back_to_unlock(self) -> None:
        if self.recover_page.folder is not None:
            self.show_unlock(self.recover_page.folder, self._unlock_hint)

    def _recovered(self, folder: Path) -> None:
        self.unlocked.emit(folder)
        self.recovered.emit(folder)

    def show_create(self) -> None:
        self.create_page.reset()
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.focus()

    def _show_recovery(self, folder: Path, recovery_key: str) -> None:
        self._created_folder = folder
        self.recovery_page.show_key(recovery_key, folder)
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_page.confirm.setFocus()

    def _recovery_done(self) -> None:
        if self._created_folder is not None:
            self.unlocked.emit(self._created_folder)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.unlock_page.passphrase.wipe()
        if self._recover_page is not None:
            self._recover_page.wipe()
        if self._create_page is not None:
            self._create_page.reset()
        super().closeEvent(event)
