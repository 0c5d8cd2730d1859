"""The supervisor's decision of what the customer gets for one item: a refund, store credit, the exchange asked for,
or nothing, at the rule's amount (`inspector.usecases.outcome_override`), with a mandatory reason kept in the
audit trail. It is how a held item is released with a different outcome than proposed, and how an item the policy
left to a supervisor gets money."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from inspector.usecases import outcome_override, review
from inspector.usecases.unit_of_work import UnitOfWork
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating
from ui.common.texts import outcome_text, reason_line
from ui.review.review_model import outcome_cell

CHOICES = tuple(o.value for o in outcome_override.CHOOSABLE)


class OutcomeDialog(Retranslating, QDialog):
    def __init__(self, item: review.ReviewItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_dialog")
        self._item = item
        # An exchange needs the item the customer named; the use case refuses it otherwise, so it is not offered.
        self._codes = tuple(c for c in CHOICES if c != "exchange" or item.exchange_sku)
        self.choice = QComboBox(self)
        self.choice.setObjectName("outcome_choice")
        for code in self._codes:
            self.choice.addItem("", code)
        if item.outcome in self._codes:
            self.choice.setCurrentIndex(self._codes.index(item.outcome))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("outcome_reason")
        self.reason.setMaxLength(255)
        self.item_label, self.now_label, self.held_label = QLabel(self), QLabel(self), QLabel(self)
        self.held_label.setObjectName("outcome_why_held")
        self.held_label.setWordWrap(True)
        self.choice_label, self.reason_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.item_label)
        form.addRow(self.now_label)
        form.addRow(self.held_label)
        form.addRow(self.choice_label, self.choice)
        form.addRow(self.reason_label, self.reason)
        self.choice_label.setBuddy(self.choice)
        self.reason_label.setBuddy(self.reason)
        self.buttons = ButtonBox.answering(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.choice.setFocus()
        self._update()
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        item = self._item
        self.setWindowTitle(self.tr("Decide the outcome"))
        self.item_label.setText(self.tr("Item {plate}").format(plate=item.license_plate))
        self.now_label.setText(self.tr("Now: {outcome}").format(outcome=outcome_cell(item)))
        reasons = "\n".join(f"⚑ {reason_line(r)}" for r in item.risk_reasons)
        self.held_label.setText((self.tr("Held for review:") + "\n" + reasons) if item.held and reasons
                                else reasons)
        self.held_label.setVisible(bool(reasons) or item.held)
        for row, code in enumerate(self._codes):
            words = outcome_text(code)
            self.choice.setItemText(row, self.tr("{outcome} → {sku}").format(outcome=words, sku=item.exchange_sku)
                                    if code == "exchange" else words)
        self.choice_label.setText(self.tr("Customer gets"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why? (kept in the audit trail)"))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def answer(self) -> tuple[str, str]:
        """(outcome code, reason)."""
        return self.choice.currentData(), self.reason.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, item: review.ReviewItem) -> tuple[str, str] | None:
        dialog = cls(item, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def decide_outcome(parent: QWidget, item: review.ReviewItem | None, decision: dict[str, object],
                   decide: Callable[[Callable[[UnitOfWork], str]], None]) -> None:
    """Asks, then hands `override_outcome` to `decide` (the review window's database lane). `decision` holds the
    supervisor, station and time every decision carries."""
    if item is None:
        return
    answer = OutcomeDialog.ask(parent, item)
    if answer is None:
        return
    outcome, reason = answer
    cmd = outcome_override.OverrideOutcome(inspection_id=item.inspection_id, outcome=outcome, reason=reason,
                                           **decision)  # type: ignore[arg-type]
    decide(lambda uow: outcome_override.override_outcome(cmd, uow))
