"""Offered once on an empty database: load demo returns and operators so the bench can be tried at once."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating


class DemoDataDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_data_dialog")
        self.headline = QLabel(self)
        self.headline.setProperty("heading", True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.buttons = ButtonBox.answering(self, QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
        self.buttons.button(QDialogButtonBox.StandardButton.Yes).setDefault(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.setMinimumSize(520, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Empty database"))
        self.headline.setText(self.tr("This bench has no returns and no operators yet."))
        self.details.setText(self.tr("Load demo data (operators, returns, parcels) to try the bench? "
                                     "Print the demo barcodes with: inspector demo-sheet -o sheet.pdf"))

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        dialog = cls(parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
