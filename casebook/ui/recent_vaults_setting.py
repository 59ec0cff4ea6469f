"""Settings > General: whether this computer keeps a list of recent vault folders.

The list is the only trace of casebook outside a vault (QSettings, in the
user's profile), and a folder's name can say who it is about ("Pérez asylum").
So it can be switched off, and forgotten at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from casebook.ui.settings import AppSettings


class RecentVaultsSetting(QWidget):
    """ "Remember recent vaults" (applied on Save) and "Forget them" (at once)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.remember = QCheckBox(self.tr("&Remember recent vaults on this computer"))
        self.remember.setAccessibleName("Remember recent vaults")
        self.remember.setToolTip(
            self.tr(
                "The start window lists the vault folders opened lately. The list is kept "
                "outside any vault, unencrypted, so a folder's name can be read by anyone "
                "using this computer account."
            )
        )
        self.remember.setChecked(settings.remember_recent())
        self.forget = QPushButton(self.tr("&Forget them"))
        self.forget.setAccessibleName("Forget recent vaults")
        self.forget.clicked.connect(self.forget_now)
        self._update_forget()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.remember)
        row.addStretch(1)
        row.addWidget(self.forget)

    def forget_now(self) -> None:
        self._settings.forget_all_vaults()
        self._update_forget()

    def apply(self) -> None:
        self._settings.set_remember_recent(self.remember.isChecked())
        self._update_forget()

    def _update_forget(self) -> None:
        listed = len(self._settings.recent_vaults())
        self.forget.setEnabled(listed > 0)
        self.forget.setText(
            self.tr("&Forget them (%n)", "", listed) if listed else self.tr("&Forget them")
        )
