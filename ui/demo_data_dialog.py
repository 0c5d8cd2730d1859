"""Offered once on an empty database: load demo returns and operators so the bench can be tried at once."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class DemoDataDialog(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_data_dialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Empty database"))
        self.setText(self.tr("This bench has no returns and no operators yet."))
        self.setInformativeText(self.tr("Load demo data (operators, returns, parcels) to try the bench? "
                                        "Print the demo barcodes with: inspector demo-sheet -o sheet.pdf"))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.Yes)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        dialog = cls(parent)
        try:
            return dialog.exec() == QMessageBox.StandardButton.Yes
        finally:
            dialog.deleteLater()
