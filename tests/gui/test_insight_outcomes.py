"""The insight view's third tab (issue 13) with pytest-qt: outcomes per currency, the money held for review and the
fraud signals by reason, SKU and customer, read on the database lane from a real SQLite file (the site day of
`site_insight_day`, with outcomes, risks and holds stored on its items) and shown from the same `DayFigures` as the
first tab. Every model passes the model tester; the tables sort by what a cell means."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from inspector.domain.code_words import OUTCOME_TEXTS
from inspector.reports.figures import DayFigures
from inspector.usecases.unit_of_work import UnitOfWork
from tests.integration.outcome_day import give_outcomes, truth
from tests.integration.site_insight_day import CLOCK, DAY, make_day, site_policy
from ui.review.figures_model import SORT_ROLE
from ui.review.insight_view import InsightView
from ui.review.outcome_fraud_panel import OutcomeFraudPanel

pytestmark = pytest.mark.gui


def _models(panel: OutcomeFraudPanel):
    return (panel.outcomes, panel.held, panel.reasons, panel.skus, panel.customers)


def _hand_made() -> DayFigures:
    figures = DayFigures(dt.date(2026, 11, 20), dt.date(2026, 11, 20))
    figures.by_outcome = {("refund", "EUR"): (3, Decimal("301.47")), ("store_credit", "EUR"): (1, Decimal("164.99")),
                          ("exchange", "JPY"): (2, Decimal("0")), ("refund", "JPY"): (1, Decimal("12800")),
                          ("none", ""): (2, Decimal("0"))}       # items off the return: no currency
    figures.held = {"EUR": (1, Decimal("164.99")), "": (1, Decimal("0")), "JPY": (1, Decimal("12800"))}
    figures.fraud_by_reason = Counter({"weight_off": 3, "item_swapped": 1, "repeat_returner": 2})
    figures.fraud_by_sku = Counter({"TEE-M-BLU": 2, "(unknown)": 1})
    figures.fraud_by_customer = Counter({"C-0001": 2, "质量-客户": 1})
    figures.sku_names = {"TEE-M-BLU": "T-shirt M blue"}
    return figures


def test_each_model_passes_the_model_tester_empty_and_filled(qtbot, qtmodeltester):
    panel = OutcomeFraudPanel()
    qtbot.addWidget(panel)
    for model in _models(panel):
        qtmodeltester.check(model)
    panel.show_figures(_hand_made())
    for model in _models(panel):
        qtmodeltester.check(model)
    for view in panel.views.values():
        qtmodeltester.check(view.model())        # the sorting proxies
    outcomes = panel.views["outcomes"].model()
    # By currency, then in the outcomes' own order (refund first), not by the words' alphabet.
    assert [(outcomes.index(r, 0).data(), outcomes.index(r, 1).data()) for r in range(outcomes.rowCount())] == [
        ("EUR", "Refund"), ("EUR", "Store credit"), ("JPY", "Refund"), ("JPY", "Exchange"), ("(unknown)", "Nothing")]
    held = panel.views["held"].model()
    assert [held.index(r, 0).data() for r in range(held.rowCount())] == ["EUR", "JPY", "(unknown)"]
    assert held.index(2, 1).data() == "1" and held.index(2, 2).data() == "—"
    assert panel.outcomes.index(1, 3).data(SORT_ROLE) == 164.99
    assert "164.99" in panel.outcomes.index(1, 3).data()
    reasons = panel.views["reasons"].model()
    assert [reasons.index(r, 0).data() for r in range(3)] == ["Weight off", "Repeat returner", "Item swapped"]
    assert panel.headline.text() == "Items held for review: 3 · Items with a fraud signal: 3"
    customers = panel.views["customers"].model()
    assert {customers.index(r, 0).data() for r in range(2)} == {"C-0001", "质量-客户"}


def test_the_third_tab_shows_the_days_outcomes_holds_and_signals(database, policy, runner, qtbot, qtmodeltester):
    day = make_day(database, site_policy(policy))
    done = give_outcomes(database, UnitOfWork(database, day.policy), DAY, day.supervisor, "B1", CLOCK)
    expected = truth(database, DAY)
    assert expected["by_outcome"] and expected["held"] and done["held"]
    view = InsightView(runner, lambda: UnitOfWork(database, day.policy), day.supervisor, DAY, DAY,
                       clock=lambda: CLOCK)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    refused: list[str] = []
    view.refused.connect(refused.append)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert not refused
    for _ in range(2):
        qtbot.keyClick(view.first, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    panel = view.outcome_fraud
    assert view.tabs.currentWidget() is panel
    assert view.tabs.tabText(2) == "Outcomes and fraud signals"
    for model in _models(panel):
        qtmodeltester.check(model)
    model = panel.outcomes
    shown = {(model.index(r, 1).data(), model.index(r, 0).data()):
             (int(model.index(r, 2).data(SORT_ROLE)), model.index(r, 3).data(SORT_ROLE))
             for r in range(model.rowCount())}
    assert shown == {(OUTCOME_TEXTS[o], c or "(unknown)"): (n, float(amount))
                     for (o, c), (n, amount) in expected["by_outcome"].items()}
    held = {panel.held.index(r, 0).data(): (int(panel.held.index(r, 1).data(SORT_ROLE)),
                                            panel.held.index(r, 2).data(SORT_ROLE))
            for r in range(panel.held.rowCount())}
    assert held == {c or "(unknown)": (n, float(amount)) for c, (n, amount) in expected["held"].items()}
    signals = {panel.reasons.index(r, 0).data(): int(panel.reasons.index(r, 1).data(SORT_ROLE))
               for r in range(panel.reasons.rowCount())}
    assert signals == {"Weight off": expected["signals"]["weight_off"],
                       **({"Item swapped": expected["signals"]["item_swapped"]}
                          if expected["signals"]["item_swapped"] else {}),
                       **({"Repeat returner": expected["signals"]["repeat_returner"]}
                          if expected["signals"]["repeat_returner"] else {})}
    # A language switch shows the same figures again, nothing read anew.
    rows = panel.outcomes.rowCount()
    view.retranslate()
    assert panel.outcomes.rowCount() == rows and panel.headline.text().startswith("Items held for review: ")
    view.close()
