"""The separator sheet for the window and the command (the UI reaches ``export`` through here).

Printing wants the page as an image at the printer's resolution; saving wants
the PDF. Both come from ``export.separator_sheet``, so what is printed is
what is found in a scan.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from casebook.domain.errors import CasebookError
from casebook.export.separator_sheet import separator_sheet_pdf, write_separator_sheet
from casebook.services.extract import PDFIUM_LOCK

PAGE_INCHES = (8.5, 11.0)  # US letter, as every casebook PDF


def save_separator_sheet(path: Path) -> Path:
    """Write the sheet to ``path`` (0600, atomically); a ``.pdf`` suffix is added if missing.

    A place that cannot be written raises ``CasebookError`` with words for the person.
    """
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not path.parent.is_dir():
        raise CasebookError(f"There is no folder {path.parent}; choose another place.")
    try:
        write_separator_sheet(path)
    except PermissionError:
        raise CasebookError(
            f"casebook may not write to {path.parent}; choose another place."
        ) from None
    except IsADirectoryError:
        raise CasebookError(f"{path} is a folder; choose a file name.") from None
    return path


def separator_sheet_image(dpi: int) -> Image.Image:
    """The sheet drawn at ``dpi`` in black and white shades, for a printer or a preview."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(separator_sheet_pdf())
        try:
            image: Image.Image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            pdf.close()
    return image.convert("L")
