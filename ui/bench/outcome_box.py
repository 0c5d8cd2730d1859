"""What the customer gets for the unit in hand, and what about it looks wrong, in the window's language.

The money box's big row names the outcome and its amount ("Store credit  €164.99", "Exchange  → TEE-M-BLU"), a
small line under it says why ("after deductions, +10%"), and the risk line runs the panel's full width under the
flags: "Held for review: risk 130 of 80 · Item swapped: … · Weight off: 420 g, expected 700 g ± 70 g". All of it
follows every grade, F-key and weight, because each intent returns a fresh `ItemView`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from inspector.bench.state import ItemView
from inspector.domain.fraud import Risk
from ui.common.texts import money, outcome_text, reason_line, translated_message


def outcome_row(item: ItemView) -> tuple[str, str] | None:
    """The big row's caption and value: the outcome and what it pays (an exchange names the SKU sent instead);
    None before any outcome is known, when the row shows the refund."""
    if item.outcome is None or item.outcome == "refund" and item.outcome_amount is None:
        return None
    words = outcome_text(item.outcome)
    if item.outcome == "exchange":
        return words, QCoreApplication.translate("OutcomeBox", "→ {sku}").format(sku=item.exchange_sku) if item.exchange_sku else "—"
    if item.outcome_amount is None:
        return words, "—"
    return words, money(item.outcome_amount, item.currency)


def outcome_note(item: ItemView) -> str:
    if item.outcome_note is None:
        return ""
    return translated_message(str(item.outcome_note), item.outcome_note)


def _set_property(label: QLabel, name: str, value: object) -> None:
    if label.property(name) != value:
        label.setProperty(name, value)
        label.style().unpolish(label)
        label.style().polish(label)


class OutcomeNote(QLabel):
    """The small line under the outcome: why it is what it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_note")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_item(self, item: ItemView | None) -> None:
        text = "" if item is None else outcome_note(item)
        self.setText(text)
        self.setVisible(bool(text))
        _set_property(self, "outcome", None if item is None else item.outcome)


class RiskLine(QLabel):
    """The fraud signals of the unit in hand, each with its reason; red when they hold its money for review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_line")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_risk(self, risk: Risk) -> None:
        if not risk.reasons:
            self.clear()
            self.setVisible(False)
            return
        if risk.held:
            heading = QCoreApplication.translate("OutcomeBox", "Held for review: risk {score} of {threshold}").format(
                score=risk.score, threshold=risk.threshold)
        elif risk.threshold is not None:
            heading = QCoreApplication.translate("OutcomeBox", "Risk {score} of {threshold}").format(
                score=risk.score, threshold=risk.threshold)
        else:
            heading = QCoreApplication.translate("OutcomeBox", "Risk {score}").format(score=risk.score)
        self.setText("  ·  ".join([f"⚑ {heading}", *(reason_line(r) for r in risk.reasons)]))
        _set_property(self, "held", risk.held)
        self.setVisible(True)
