"""Where to save an export: a non-blocking save dialog (no nested event loop).

``SaveChooser`` is what pages and dialogs take, so tests answer it with a
plain function: ``chooser(parent, suggested_name, name_filter, chosen)`` calls
``chosen(path)`` once the person has picked a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

SaveChooser = Callable[[QWidget, str, str, Callable[[str], None]], None]
PDF_FILTER = "PDF files (*.pdf)"
CSV_FILTER = "CSV files (*.csv)"
ICS_FILTER = "Calendar files (*.ics)"


def ask_save_path(
    parent: QWidget, suggested: str, name_filter: str, chosen: Callable[[str], None]
) -> None:
    start = suggested if Path(suggested).is_absolute() else str(Path.home() / suggested)
    dialog = QFileDialog(parent, "Save as", start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    suffix = Path(suggested).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()


def with_suffix(path: str, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".pdf"), added when the person left it off."""
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
