"""Which language the window speaks: English (the source) or Spanish, from a setting or the system.

Every string a person sees goes through Qt's ``tr()``; the Spanish catalogue is
``resources/translations/casebook_es.qm`` (compiled from ``casebook_es.ts``,
and committed with it: a test checks the two agree). Qt's own ``qtbase_es``
from PySide6's folder words the standard buttons (Aceptar, Cancelar) and the
file dialogs. English is what the code says, but for plurals: ``tr("%n
clients", "", n)`` needs ``casebook_en.qm`` (plural messages only, lupdate's
``-pluralonly``) to say "1 client", so English installs that one catalogue.

The choice is this computer's (``AppSettings.language``): it is needed before
a vault is unlocked, so it cannot live in the vault. Court filings, FOIL
letters and the Council report never pass through here: they are written by
``casebook.export`` and ``casebook.services`` in English whatever the window
speaks.
"""

from __future__ import annotations

import importlib.resources
import sysconfig
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SYSTEM = "system"
ENGLISH = "en"
SPANISH = "es"
CHOICES = (SYSTEM, ENGLISH, SPANISH)  # what the Settings combo offers, in that order
SHIPPED = (ENGLISH, SPANISH)  # languages with a casebook catalogue
CATALOGUE = "casebook_{lang}.qm"


def translations_dir() -> Path | None:
    """The folder of compiled catalogues: a checkout, an installed wheel or a frozen app.

    The same three places as ``casebook.export.fonts.font_dir``.
    """
    candidates: tuple[Callable[[], Path], ...] = (
        lambda: Path(__file__).resolve().parents[2] / "resources" / "translations",
        lambda: Path(sysconfig.get_path("data")) / "share" / "casebook" / "translations",
        lambda: Path(str(importlib.resources.files("casebook"))) / "resources" / "translations",
    )
    for candidate in candidates:
        folder = candidate()
        if (folder / CATALOGUE.format(lang=SPANISH)).is_file():
            return folder
    return None


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to speak for a setting: ``system`` follows the system's UI languages."""
    if choice in SHIPPED:
        return choice
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():  # e.g. ["es-US", "es", "en-US"]: the first one we ship
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in SHIPPED:
            return lang
    return ENGLISH


class Translation:
    """The translators installed on the application; ``apply`` swaps them for another language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._locale: QLocale | None = None  # the default locale before ours, to put back
        self.language = ENGLISH

    def apply(self, choice: str, system: QLocale | None = None) -> str:
        """Install the catalogues for ``choice``; returns the language now spoken.

        A missing catalogue (a broken install) leaves the window in English
        rather than half-translated.
        """
        self.remove()
        lang = resolve(choice, system)
        folder = translations_dir()
        ours = QTranslator()
        if folder is None or not ours.load(str(folder / CATALOGUE.format(lang=lang))):
            return self.language
        if lang != ENGLISH:
            qt = QTranslator()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_folder):
                QCoreApplication.installTranslator(qt)
                self._installed.append(qt)
        QCoreApplication.installTranslator(ours)
        self._installed.append(ours)
        if lang != ENGLISH:
            # Qt's own words drawn, not translated: the calendar's month and weekday names.
            self._locale = QLocale()
            QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
        self.language = lang
        return lang

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        if self._locale is not None:
            QLocale.setDefault(self._locale)
            self._locale = None
        self.language = ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; translated where it is shown.

    PySide6's own is typed as returning ``object``; this one keeps the ``str``.
    """
    return text
