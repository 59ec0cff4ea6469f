"""Per-vault preferences of the desktop app: the scanner folder, OCR languages, and how
scanned batches split.

They live in the vault (key ``preferences``), not in the machine's settings:
which folder feeds which vault is part of that vault's practice, and a folder
path can itself say something (``Scans/Detained clients``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casebook.domain.errors import ValidationError
from casebook.services.importer import Options
from casebook.services.vault_settings import read_json, write_json
from casebook.store.session import Store

KEY = "preferences"
DEFAULT_LANGUAGES = ("English", "Spanish")


@dataclass(frozen=True)
class Preferences:
    scanner_folder: Path | None = None
    keep_originals: bool = False  # default: a verified scan's plaintext original is removed
    ocr_languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # The scanner scans both sides: a lone blank page is a blank back (left out, no
    # split); only a blank sheet splits. Default: one side, every blank page splits.
    duplex: bool = False

    def import_options(self, *, source: str = "import", split: bool = True) -> Options:
        return Options(
            languages=self.ocr_languages or DEFAULT_LANGUAGES,
            source=source,
            split=split,
            duplex=self.duplex,
        )


def get_preferences(store: Store) -> Preferences:
    data = read_json(store, KEY)
    folder = data.get("scanner_folder")
    languages = data.get("ocr_languages")
    return Preferences(
        scanner_folder=Path(folder) if isinstance(folder, str) and folder else None,
        keep_originals=data.get("keep_originals") is True,
        ocr_languages=tuple(x for x in languages if isinstance(x, str) and x)
        if isinstance(languages, list)
        else DEFAULT_LANGUAGES,
        duplex=data.get("duplex") is True,
    )


def set_preferences(store: Store, prefs: Preferences) -> Preferences:
    """Store the preferences; a scanner folder must be an existing folder outside the vault."""
    folder = prefs.scanner_folder
    if folder is not None:
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise ValidationError("scanner_folder", f"There is no folder {folder}.")
        vault = store.vault.folder.absolute()
        if folder == vault or vault in folder.parents or folder in vault.parents:
            raise ValidationError(
                "scanner_folder",
                "Choose a folder outside the vault (and not one that contains it).",
            )
    clean = Preferences(
        folder, prefs.keep_originals, tuple(dict.fromkeys(prefs.ocr_languages)), prefs.duplex
    )
    write_json(
        store,
        KEY,
        {
            "scanner_folder": str(folder) if folder else None,
            "keep_originals": clean.keep_originals,
            "ocr_languages": list(clean.ocr_languages),
            "duplex": clean.duplex,
        },
    )
    return clean
