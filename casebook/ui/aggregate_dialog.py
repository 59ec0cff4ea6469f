"""The anonymised aggregate report: threshold, where to write the PDF (and a CSV), then write.

``aggregate.write_aggregate`` does the counting and suppression (never below
3, default 5); it runs on the worker, off the GUI thread. Nothing is opened
afterwards: the report goes where the person said, and the dialog says where.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError
from casebook.services import aggregate
from casebook.services.aggregate import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from casebook.services.matters import Store
from casebook.ui.field_form import FieldForm
from casebook.ui.save_dialog import CSV_FILTER, PDF_FILTER, SaveChooser, ask_save_path, with_suffix
from casebook.ui.worker import DbWorker


class AggregateDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        ask_path: SaveChooser = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._ask_path = ask_path
        self.setWindowTitle(self.tr("Aggregate report"))
        self.setAccessibleName("Aggregate report")
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Counts of incidents by month, kind, borough, precinct and law, for the City "
                "Council, DOI or a coalition. No names, numbers, exact dates or narratives are "
                "written. A count below the threshold is shown as “"
                "fewer than N”."
            )
        )
        intro.setWordWrap(True)
        f = self.form = FieldForm()
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setToolTip(
            self.tr("Never below {minimum}: smaller counts identify people.").format(
                minimum=MIN_THRESHOLD
            )
        )
        self.pdf = QLineEdit()
        self.pdf.setPlaceholderText(self.tr("Where to save the PDF"))
        self.csv_wanted = QCheckBox(self.tr("Also write the counts as CSV"))
        self.csv = QLineEdit()
        self.csv.setPlaceholderText(self.tr("Where to save the CSV"))
        self.csv.setEnabled(False)
        self.csv_wanted.toggled.connect(self.csv.setEnabled)
        pdf_row, self.pdf_browse = self._with_browse(self.pdf, "report.pdf", PDF_FILTER)
        csv_row, self.csv_browse = self._with_browse(self.csv, "report.csv", CSV_FILTER)
        self.csv_browse.setEnabled(False)
        self.csv_wanted.toggled.connect(self.csv_browse.setEnabled)
        f.add_field("threshold", "&Threshold", self.threshold, caption=self.tr("&Threshold"))
        f.add_field("pdf", "&PDF file", pdf_row, caption=self.tr("&PDF file"))
        f.add_field("csv_wanted", "C&SV", self.csv_wanted, caption=self.tr("C&SV"))
        f.add_field("csv", "CSV &file", csv_row, caption=self.tr("CSV &file"))
        self.office = QCheckBox(self.tr("Every incident the office shares, not only this vault's"))
        self.office.setToolTip(
            self.tr(
                "Counts the incidents your office's members share through its hub, as synced "
                "to this laptop; clients kept private to one advocate are left out."
            )
        )
        self.office.setEnabled(False)  # until the vault is known to be in an office
        f.add_field("office", "&Office", self.office, caption=self.tr("&Office"))
        self._worker.submit(_in_office, on_success=self.office.setEnabled)
        self.status = QLabel()
        self.status.setAccessibleName("Report status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Write report"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(f.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _with_browse(
        self, edit: QLineEdit, suggested: str, name_filter: str
    ) -> tuple[QWidget, QPushButton]:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"))
        button.setAccessibleName(f"Choose where to save the {suggested.split('.')[-1].upper()}")
        row.setAccessibleName(edit.placeholderText())

        def browse() -> None:
            self._ask_path(self, suggested, name_filter, lambda path: edit.setText(path))

        button.clicked.connect(browse)
        box.addWidget(button)
        return row, button

    def write(self) -> None:
        self.form.clear_errors()
        if not self.pdf.text().strip():
            self.form.errors["pdf"].setText(self.tr("Choose where to save the PDF."))
            self.form.errors["pdf"].show()
            self.pdf.setFocus()
            return
        pdf = with_suffix(self.pdf.text().strip(), ".pdf")
        csv_path: Path | None = None
        if self.csv_wanted.isChecked():
            if not self.csv.text().strip():
                self.form.errors["csv"].setText(
                    self.tr("Choose where to save the CSV, or untick CSV.")
                )
                self.form.errors["csv"].show()
                self.csv.setFocus()
                return
            csv_path = with_suffix(self.csv.text().strip(), ".csv")
        threshold, today = self.threshold.value(), self._today()
        office = self.office.isChecked()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Writing the report…"))
        self._worker.submit(
            lambda s: aggregate.write_aggregate(
                s, pdf, today=today, csv_path=csv_path, threshold=threshold, office=office
            ),
            on_success=lambda _r: self._written(pdf, csv_path),
            on_failure=self._failed,
            on_done=lambda: self.buttons.setEnabled(True),
        )

    def _written(self, pdf: Path, csv_path: Path | None) -> None:
        if csv_path:
            said = self.tr("Report written to {pdf} and {csv}.").format(pdf=pdf, csv=csv_path)
        else:
            said = self.tr("Report written to {pdf}.").format(pdf=pdf)
        self.status.setText(said)

    def _failed(self, exc: CasebookError) -> None:
        self.status.clear()
        self.form.show_error(exc)


def _in_office(store: Store) -> bool:
    from casebook.services.office_membership import office_summary

    return office_summary(store) is not None
