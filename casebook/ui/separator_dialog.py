"""File > Print separator sheet…: print the sheet that splits a scanned batch, or save it.

The sheet is the same for every vault (no client, no date on it), so it
needs no database: the dialog draws its preview and prints or saves it on the
GUI thread. Printing goes through Qt's own print dialog (QtPrintSupport, in
PySide6-Essentials); the page is drawn as an image at the printer's
resolution (300 dpi at most), actual size, centred. Tests answer both the
printer and the save dialog with plain functions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services.separator_sheets import (
    PAGE_INCHES,
    save_separator_sheet,
    separator_sheet_image,
)
from casebook.ui.save_dialog import PDF_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.translation import QT_TRANSLATE_NOOP

Printer = Callable[[QWidget, Callable[[str], None]], None]  # (parent, say) -> prints, or not
PREVIEW_DPI = 30
PRINT_DPI_MAX = 300

EXPLANATION = QT_TRANSLATE_NOOP(
    "SeparatorSheetDialog",
    "Put one printed sheet between documents in the scanner's tray and scan the whole "
    "stack as one file. casebook starts a new document after each sheet and leaves the "
    "sheet out; each document gets its own suggestions in the Inbox. A blank page splits "
    "a batch too, unless Settings says your scanner scans both sides. Print it on one "
    "side of the paper, at actual size; photocopies work as well.",
)


def qimage(image: Image.Image) -> QImage:
    """A greyscale Pillow image as a QImage that owns its pixels."""
    grey = image.convert("L")
    data = grey.tobytes()
    return QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()


def print_with_dialog(parent: QWidget, say: Callable[[str], None]) -> None:
    """Qt's print dialog (not blocking); on OK the sheet is printed at actual size."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # a Qt build without printing: saving the PDF still works
        say(
            QCoreApplication.translate(
                "SeparatorSheetDialog",
                "Printing is not available here: save the sheet as a PDF and print that.",
            )
        )
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("SeparatorSheetDialog", "Print separator sheet")
    )

    def accepted() -> None:
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        sheet = qimage(separator_sheet_image(dpi))
        painter = QPainter()
        if not painter.begin(printer):
            say(
                QCoreApplication.translate(
                    "SeparatorSheetDialog",
                    "The printer could not be started; save the sheet as a PDF and print that.",
                )
            )
            return
        try:
            page = printer.paperRect(QPrinter.Unit.DevicePixel)
            res = printer.resolution()
            width, height = PAGE_INCHES[0] * res, PAGE_INCHES[1] * res
            target = QRectF(
                page.x() + (page.width() - width) / 2,
                page.y() + (page.height() - height) / 2,
                width,
                height,
            )
            painter.drawImage(target, sheet)
        finally:
            painter.end()
        say(
            QCoreApplication.translate(
                "SeparatorSheetDialog", "The separator sheet was sent to the printer."
            )
        )

    dialog.accepted.connect(accepted)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()  # not exec(): no nested event loop


class SeparatorSheetDialog(QDialog):
    """A preview of the sheet, what it is for, and Print… / Save as PDF… / Close."""

    message = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose_path: SaveChooser = ask_save_path,
        print_sheet: Printer = print_with_dialog,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print separator sheet"))
        self.setAccessibleName("Print separator sheet")
        self._choose_path = choose_path
        self._print = print_sheet

        self.explanation = QLabel(self.tr(EXPLANATION))
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName("What the separator sheet does")
        self.preview = QLabel()
        self.preview.setPixmap(QPixmap.fromImage(qimage(separator_sheet_image(PREVIEW_DPI))))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #8a8a8a; background: white;")
        self.preview.setAccessibleName("Separator sheet preview")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Separator sheet status")

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName("Print the separator sheet")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName("Save the separator sheet as a PDF")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def print_sheet(self) -> None:
        self._print(self, self._say)

    def save_sheet(self) -> None:
        self._choose_path(self, "separator-sheet.pdf", PDF_FILTER, self._save_to)

    def _save_to(self, chosen: str) -> None:
        if not chosen:
            return
        try:
            written = save_separator_sheet(with_suffix(chosen, ".pdf"))
        except CasebookError as exc:
            self._say(exc.message)
            return
        self._say(
            self.tr("Saved the separator sheet to {name}; print it on one side.").format(
                name=Path(written).name
            )
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)
