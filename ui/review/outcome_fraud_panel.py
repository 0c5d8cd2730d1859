"""Outcomes and fraud signals at a glance, the insight view's third tab: the mix of outcomes per currency with their
money, the money held back for review, and the fraud signals by reason, SKU and customer (held or not).

Every figure comes ready in the `DayFigures` the first tab shows (`inspector.reports.figures`, the end-of-day
report's); this only lays them out. Each table sorts by a click on its header, by what the cell means.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.domain.code_words import outcome_words, signal_words
from inspector.reports.figures import NO_CURRENCY, UNKNOWN
from inspector.reports.outcome_sections import TOP_FLAGGED, held_rows, outcome_order, outcome_rows
from ui.common.retranslate import Retranslating
from ui.common.texts import money
from ui.review.figure_tables import FigureTables
from ui.review.figures_model import Cell, FiguresModel, number, words


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _unknown(value: str) -> str:
    return QCoreApplication.translate("report", value) if value == UNKNOWN else value


def _currency(currency: str) -> Cell:
    # sorted after every currency code (the outcome table's own order), whatever the word for "unknown"
    if currency == NO_CURRENCY:
        return QCoreApplication.translate("report", UNKNOWN), "\uffff"
    return currency, currency.casefold()


class OutcomeFraudPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_fraud")
        self.headline = QLabel(self)
        self.headline.setObjectName("outcome_fraud_headline")
        self.headline.setWordWrap(True)
        self._figures: Any = None        # shown again in the new language after a switch (nothing is read again)
        self._problem: Callable[[], str] | None = None
        # the headers' words: retranslate
        self.outcomes = FiguresModel(("",) * 4, self)
        self.held = FiguresModel(("",) * 3, self)
        self.reasons = FiguresModel(("",) * 2, self)
        self.skus = FiguresModel(("",) * 3, self)
        self.customers = FiguresModel(("",) * 2, self)
        tables = (
            ("outcomes", self.outcomes, 0, Qt.SortOrder.AscendingOrder, (0, 0)),
            ("held", self.held, 0, Qt.SortOrder.AscendingOrder, (0, 1)),
            ("reasons", self.reasons, 1, Qt.SortOrder.DescendingOrder, (1, 0)),
            ("customers", self.customers, 1, Qt.SortOrder.DescendingOrder, (1, 1)),
            ("skus", self.skus, 2, Qt.SortOrder.DescendingOrder, (2, 0, 1, 2)),
        )
        laid_out = FigureTables(self, "outcome_fraud", tables)
        grid, self.views, self.boxes = laid_out.grid, laid_out.views, laid_out.boxes
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word in the window's language now; the figures shown last are shown again in it."""
        self.outcomes.set_headers((self.tr("Currency"), self.tr("Outcome"), self.tr("Items"), self.tr("Amount")))
        self.held.set_headers((self.tr("Currency"), self.tr("Items held"), self.tr("Amount held")))
        self.reasons.set_headers((self.tr("Signal"), self.tr("Items")))
        self.skus.set_headers((self.tr("SKU"), self.tr("Description"), self.tr("Items")))
        self.customers.set_headers((self.tr("Customer"), self.tr("Items")))
        titles = {
            "outcomes": self.tr("Outcomes per currency"),
            "held": self.tr("Money held back for review"),
            "reasons": self.tr("Fraud signals by reason"),
            "customers": self.tr("Customers with fraud signals (top {count})").format(count=TOP_FLAGGED),
            "skus": self.tr("SKUs with fraud signals (top {count})").format(count=TOP_FLAGGED),
        }
        for name, box in self.boxes.items():
            box.setTitle(titles[name])
        problem = self._problem     # a failure since the figures shown: it stays said, over them
        if self._figures is not None:
            self.show_figures(self._figures)
        if problem is not None:
            self.show_problem(problem)

    def show_problem(self, said: Callable[[], str]) -> None:
        """Why the figures could not be read, in the headline (said again after a language switch)."""
        self._problem = said
        self.headline.setText(said())

    def show_figures(self, figures: Any) -> None:
        """`figures`: a `DayFigures`."""
        self._figures, self._problem = figures, None
        self.outcomes.set_rows([self._outcome_row(cur, outcome, n, amount)
                                for cur, outcome, n, amount in outcome_rows(figures)])
        self.held.set_rows([(_currency(cur), number(f"{n:,}", n), number(money(amount, cur), float(amount)))
                            for cur, n, amount in held_rows(figures)])
        self.reasons.set_rows([(words(signal_words(s, _translate)), number(f"{n:,}", n))
                               for s, n in figures.fraud_by_reason.most_common()])
        self.skus.set_rows([(words(_unknown(sku)), words(figures.sku_names.get(sku, "")), number(f"{n:,}", n))
                            for sku, n in figures.fraud_by_sku.most_common(TOP_FLAGGED)])
        self.customers.set_rows([(words(_unknown(who)), number(f"{n:,}", n))
                                 for who, n in figures.fraud_by_customer.most_common(TOP_FLAGGED)])
        self.headline.setText(self._headline(figures))

    @staticmethod
    def _outcome_row(currency: str, outcome: str, n: int, amount: Any) -> tuple[Cell, ...]:
        # Sorted by currency then by the outcomes' own order (refund first), not by the words' alphabet.
        rank = outcome_order(outcome)[0]
        return (_currency(currency), (outcome_words(outcome, _translate), f"{rank:03d}"), number(f"{n:,}", n),
                number(money(amount, currency), float(amount)))

    def _headline(self, figures: Any) -> str:
        """Counts after a colon, so no plural has to agree with them in any language."""
        held = sum(n for n, _amount in figures.held.values())
        flagged = sum(figures.fraud_by_sku.values())
        return "{held} · {flagged}".format(
            held=self.tr("Items held for review: {count}").format(count=f"{held:,}"),
            flagged=self.tr("Items with a fraud signal: {count}").format(count=f"{flagged:,}"))
