"""Settings: auto-lock, backups, the scanner folder, OCR languages, the advocate's profile, office.

Auto-lock minutes are this computer's (``AppSettings``); the rest lives in the
vault, encrypted (``services.preferences``, ``services.profile``), and is read
and written on the worker (the Backups tab is ``backup_settings``). Whether OCR
is installed is asked on the worker too (it runs Tesseract), and said plainly
when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, ValidationError
from casebook.services import ocr
from casebook.services.backup_folder import BackupPlan, BackupStatus, backup_status, set_plan
from casebook.services.matters import Store
from casebook.services.preferences import Preferences, get_preferences, set_preferences
from casebook.services.profile import AdvocateProfile, get_profile, set_profile
from casebook.ui.backup_settings import BackupSettings
from casebook.ui.field_form import edit_signals
from casebook.ui.office_settings import FileChooser, OfficeSettings, ask_file
from casebook.ui.recent_vaults_setting import RecentVaultsSetting
from casebook.ui.settings import AppSettings
from casebook.ui.translation import ENGLISH, QT_TRANSLATE_NOOP, SPANISH, SYSTEM
from casebook.ui.worker import DbWorker

FolderChooser = Callable[[QWidget, str], str]
PROFILE_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SettingsDialog", "&Name:")),
    ("organisation", QT_TRANSLATE_NOOP("SettingsDialog", "&Organisation:")),
    ("address", QT_TRANSLATE_NOOP("SettingsDialog", "A&ddress:")),
    ("phone", QT_TRANSLATE_NOOP("SettingsDialog", "&Phone:")),
    ("email", QT_TRANSLATE_NOOP("SettingsDialog", "&E-mail:")),
    ("eoir_id", QT_TRANSLATE_NOOP("SettingsDialog", "EOIR &ID:")),
)


def _ask_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SettingsDialog", "Scanner folder"), start
    )


def _ask_backup_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SettingsDialog", "Backup folder"), start
    )


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class VaultSettings:
    profile: AdvocateProfile
    preferences: Preferences
    ocr: ocr.OcrStatus
    backup: BackupStatus


def load_vault_settings(store: Store) -> VaultSettings:
    return VaultSettings(
        get_profile(store), get_preferences(store), ocr.ocr_available(), backup_status(store)
    )


def save_vault_settings(
    store: Store, profile: AdvocateProfile, prefs: Preferences, plan: BackupPlan | None = None
) -> tuple[AdvocateProfile, Preferences]:
    clean = profile.validated()  # checked before anything is stored
    if plan is not None:
        set_plan(store, plan)
    saved_prefs = set_preferences(store, prefs)
    return set_profile(store, clean), saved_prefs


class SettingsDialog(QDialog):
    """Emits ``saved(Preferences)`` once everything is stored."""

    saved = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        choose_folder: FolderChooser = _ask_folder,
        choose_backup_folder: FolderChooser = _ask_backup_folder,
        choose_office_file: FileChooser = ask_file,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self._choose_folder = choose_folder
        self._ocr: ocr.OcrStatus | None = None
        self._previous_languages: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName("Settings")
        self.setObjectName("settingsDialog")
        self.resize(560, 440)
        self.tabs = QTabWidget()
        self.errors: dict[str, QLabel] = {}

        # General
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setAccessibleName("Lock after minutes without use")
        self.autolock.setValue(round(settings.autolock_minutes()))
        general = QWidget()
        general_form = QFormLayout(general)
        label = QLabel(self.tr("&Lock after:"))
        label.setBuddy(self.autolock)
        general_form.addRow(label, self.autolock)
        self.backup_days = QSpinBox()
        self.backup_days.setRange(1, 365)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setAccessibleName("Remind to back up after days")
        self.backup_days.setValue(settings.backup_reminder_days())
        backup_label = QLabel(self.tr("Remind to &back up after:"))
        backup_label.setBuddy(self.backup_days)
        general_form.addRow(backup_label, self.backup_days)
        self.language = QComboBox()
        self.language.setAccessibleName("Language")
        # Each language named in itself, so a person who reads only one can find it.
        self.language.addItem(self.tr("System language"), SYSTEM)
        self.language.addItem("English", ENGLISH)
        self.language.addItem("Español", SPANISH)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        general_form.addRow(language_label, self.language)
        language_note = QLabel(self.tr("A new language shows the next time casebook starts."))
        language_note.setWordWrap(True)
        language_note.setObjectName("placeholder")
        general_form.addRow(language_note)
        self.recent_vaults = RecentVaultsSetting(settings)
        general_form.addRow(self.recent_vaults)
        note = QLabel(
            self.tr(
                "casebook also locks when you press Ctrl+L and, where the system tells it, "
                "when the screen locks or the computer goes to sleep."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("placeholder")
        general_form.addRow(note)
        self.tabs.addTab(general, self.tr("&General"))

        # Scanner folder
        self.folder = QLineEdit()
        self.folder.setAccessibleName("Scanner folder")
        self.folder.setPlaceholderText(self.tr("No scanner folder"))
        self.folder.setAcceptDrops(False)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName("Choose the scanner folder")
        browse.clicked.connect(self._browse)
        clear = QPushButton(self.tr("&Stop watching"))
        clear.setAccessibleName("Stop watching a scanner folder")
        clear.clicked.connect(self.folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(clear)
        self.keep_originals = QCheckBox(
            self.tr("&Keep the scanned files in the folder after import")
        )
        keep_note = QLabel(
            self.tr(
                "By default casebook removes each scan from the folder once its encrypted copy "
                "is read back and checked, because a scan left there is not protected. Keep "
                "them only if the folder is itself on an encrypted disk."
            )
        )
        keep_note.setWordWrap(True)
        keep_note.setObjectName("placeholder")
        self.duplex = QCheckBox(self.tr("My scanner scans &both sides of each sheet (duplex)"))
        self.duplex.setAccessibleName("My scanner scans both sides")
        duplex_note = QLabel(
            self.tr(
                "A scanned batch is split into documents at each separator sheet (in the File "
                "menu: Print separator sheet) and at each blank page. When the scanner scans "
                "both sides, the blank backs of one-sided papers are left out instead, and only "
                "a whole blank sheet splits the batch."
            )
        )
        duplex_note.setWordWrap(True)
        duplex_note.setObjectName("placeholder")
        scanner = QWidget()
        scanner_layout = QVBoxLayout(scanner)
        intro = QLabel(
            self.tr("New files in this folder (from a scanner or a phone app) go to the Inbox.")
        )
        intro.setWordWrap(True)
        scanner_layout.addWidget(intro)
        scanner_layout.addLayout(row)
        scanner_layout.addWidget(self._error_label("scanner_folder", self.folder))
        scanner_layout.addWidget(self.keep_originals)
        scanner_layout.addWidget(keep_note)
        scanner_layout.addWidget(self.duplex)
        scanner_layout.addWidget(duplex_note)
        scanner_layout.addStretch(1)
        self.tabs.addTab(scanner, self.tr("&Scanner folder"))

        # OCR
        self.ocr_status = QLabel(self.tr("Looking for OCR…"))
        self.ocr_status.setWordWrap(True)
        self.ocr_status.setAccessibleName("OCR status")
        self.languages = QListWidget()
        self.languages.setAccessibleName("OCR languages")
        ocr_tab = QWidget()
        ocr_layout = QVBoxLayout(ocr_tab)
        ocr_layout.addWidget(self.ocr_status)
        ocr_layout.addWidget(QLabel(self.tr("Read scanned pages in these languages:")))
        ocr_layout.addWidget(self.languages, 1)
        self.tabs.addTab(ocr_tab, self.tr("&OCR"))

        # Profile
        self.profile: dict[str, QLineEdit | QPlainTextEdit] = {}
        profile = QWidget()
        profile_outer = QVBoxLayout(profile)
        profile_form = QFormLayout()
        profile_outer.addLayout(profile_form)
        profile_outer.addStretch(1)
        intro = QLabel(self.tr("Printed on filings and letters. Kept encrypted in this vault."))
        intro.setWordWrap(True)
        profile_form.addRow(intro)
        for name, text in PROFILE_FIELDS:
            field: QLineEdit | QPlainTextEdit
            if name == "address":
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                field.setFixedHeight(64)
            else:
                field = QLineEdit()
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            field.setAcceptDrops(False)
            self.profile[name] = field
            label = QLabel(self.tr(text))
            label.setBuddy(field)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(self._error_label(name, field))
            profile_form.addRow(label, box)
        self.tabs.addTab(profile, self.tr("Advocate &profile"))

        self.backups = BackupSettings(worker, choose_backup_folder, now)
        self.errors["backup_folder"] = self.backups.error
        self.tabs.addTab(self.backups, self.tr("B&ackups"))

        self.office = OfficeSettings(worker, choose_office_file)
        self.tabs.addTab(self.office, self.tr("O&ffice"))

        self.general_error = QLabel()
        self.general_error.setObjectName("error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        self._worker.submit(load_vault_settings, on_success=self._on_loaded)
        self.office.load()

    def set_folder(self, path: str) -> None:
        self.folder.setText(path)

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        profile = AdvocateProfile(
            **{
                name: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
                for name, field in self.profile.items()
            }
        )
        folder_text = self.folder.text().strip()
        languages = tuple(
            str(self.languages.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        )
        prefs = Preferences(
            Path(folder_text).expanduser() if folder_text else None,
            self.keep_originals.isChecked(),
            languages
            or (self._previous_languages if self._ocr and not self._ocr.available else ()),
            self.duplex.isChecked(),
        )
        minutes = self.autolock.value()
        backup_days = self.backup_days.value()
        language = str(self.language.currentData())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)

        def done(result: tuple[AdvocateProfile, Preferences]) -> None:
            self._settings.set_autolock_minutes(minutes)
            self._settings.set_backup_reminder_days(backup_days)
            self._settings.set_language(language)
            self.recent_vaults.apply()
            self.saved.emit(result[1])
            self.accept()

        plan = self.backups.plan()
        self._worker.submit(
            lambda s: save_vault_settings(s, profile, prefs, plan),
            on_success=done,
            on_failure=self._on_failed,
            on_done=lambda: save.setEnabled(True),
        )

    # -- internals ----------------------------------------------------------------------------

    def _error_label(self, field: str, widget: QWidget) -> QLabel:
        """The problem line under ``widget``; it goes as soon as the widget is edited."""
        label = QLabel()
        label.setObjectName("error")
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        for signal in edit_signals(widget):
            signal.connect(lambda *_args: label.hide())
        return label

    def _on_loaded(self, data: VaultSettings) -> None:
        for name, field in self.profile.items():
            value = getattr(data.profile, name)
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            else:
                field.setText(value)
        self.backups.show_status(data.backup)
        prefs = data.preferences
        self.folder.setText(str(prefs.scanner_folder) if prefs.scanner_folder else "")
        self.keep_originals.setChecked(prefs.keep_originals)
        self.duplex.setChecked(prefs.duplex)
        self._ocr = data.ocr
        self._previous_languages = prefs.ocr_languages
        self.ocr_status.setText(data.ocr.message)
        self.ocr_status.setObjectName("" if data.ocr.available else "warning")
        self.ocr_status.style().polish(self.ocr_status)
        self.languages.clear()
        wanted = {x.casefold() for x in prefs.ocr_languages}
        for code, name in zip(data.ocr.codes, data.ocr.languages, strict=True):
            if code == "osd":
                continue  # orientation detection, not a language
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name.casefold() in wanted or code in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.languages.setEnabled(data.ocr.available)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _on_failed(self, exc: CasebookError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        label = self.errors.get(field)
        if label is None:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        label.setText(exc.message)
        label.show()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(label):
                self.tabs.setCurrentIndex(index)
        widget = self.profile.get(field) or {
            "scanner_folder": self.folder,
            "backup_folder": self.backups.folder,
        }.get(field)
        if widget is not None:
            widget.setFocus()

    def _browse(self) -> None:
        chosen = self._choose_folder(self, self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)
