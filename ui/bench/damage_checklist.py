"""Damage found on the unit: one row per damage type with its key and what it keeps back from the refund now."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from inspector.bench.state import FindingView
from ui.common.retranslate import Retranslating
from ui.common.texts import money, policy_label

KEY_NAMES = ("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "Alt+9", "F10")   # F9 takes a photo


class DamageChecklist(Retranslating, QWidget):
    finding_toggled = Signal(str)   # damage type code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damage_checklist")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._codes: tuple[str, ...] = ()
        self._boxes: dict[str, QCheckBox] = {}
        self._amounts: dict[str, QLabel] = {}
        self._shown: tuple[tuple[FindingView, ...], str | None] = ((), None)   # for a language switch

    def retranslate(self) -> None:
        findings, currency = self._shown
        for finding in findings:
            self._boxes[finding.code].setText(policy_label(finding.label))
            self._amounts[finding.code].setText(self._amount_text(finding, currency))

    @property
    def codes(self) -> tuple[str, ...]:
        """Damage type codes in checklist order: F1 is `codes[0]`."""
        return self._codes

    def checkbox(self, code: str) -> QCheckBox:
        return self._boxes[code]

    def amount_label(self, code: str) -> QLabel:
        return self._amounts[code]

    def show_findings(self, findings: tuple[FindingView, ...], currency: str | None) -> None:
        codes = tuple(f.code for f in findings)
        if codes != self._codes:
            self._rebuild(findings)
        self._shown = (findings, currency)
        for finding in findings:
            box = self._boxes[finding.code]
            box.blockSignals(True)
            box.setChecked(finding.checked)
            box.blockSignals(False)
            amount = self._amounts[finding.code]
            amount.setText(self._amount_text(finding, currency))
            amount.setToolTip(finding.basis)
            if amount.property("checked") != finding.checked:
                amount.setProperty("checked", finding.checked)
                amount.style().unpolish(amount)
                amount.style().polish(amount)

    def _amount_text(self, finding: FindingView, currency: str | None) -> str:
        if not finding.checked:
            return ""
        if finding.amount is None:
            return finding.basis or self.tr("held for review")
        if not finding.amount:
            return finding.basis or self.tr("no deduction")
        return "−" + money(finding.amount, currency)

    def _rebuild(self, findings: tuple[FindingView, ...]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._boxes.clear()
        self._amounts.clear()
        for row, finding in enumerate(findings):
            key = QLabel(KEY_NAMES[row] if row < len(KEY_NAMES) else "", self)
            key.setProperty("key_hint", True)
            box = QCheckBox(policy_label(finding.label), self)
            box.setObjectName(f"finding_{finding.code}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # The session decides what is checked; the box only reports the click and waits for the new state.
            box.clicked.connect(lambda _=False, code=finding.code: self._on_clicked(code))
            amount = QLabel(self)
            amount.setObjectName(f"finding_amount_{finding.code}")
            amount.setProperty("amount", True)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(key, row, 0)
            self._grid.addWidget(box, row, 1)
            self._grid.addWidget(amount, row, 2)
            self._boxes[finding.code] = box
            self._amounts[finding.code] = amount
        self._codes = tuple(f.code for f in findings)

    def _on_clicked(self, code: str) -> None:
        box = self._boxes[code]
        box.blockSignals(True)
        box.setChecked(not box.isChecked())    # undo the local flip; the state that comes back sets it
        box.blockSignals(False)
        self.finding_toggled.emit(code)
