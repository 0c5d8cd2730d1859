"""What the window shows for given `BenchState` snapshots (no database: hand-made states)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from inspector.bench.state import Cue, Feedback, Phase
from inspector.i18n import text
from tests.gui import sample_states as states
from ui.bench.bench_client import BenchClient
from ui.main_window import BenchWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, runner):
    window = BenchWindow(BenchClient(runner, "bench-7"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_signed_out_shows_the_badge_prompt(window):
    window.render(states.signed_out())
    assert window.pages.currentWidget() is window.sign_in
    assert "badge" in window.sign_in.prompt.text().lower()
    assert not window.sign_in.pin_field.isVisible()
    assert window.operator_label.text() == "Operator: signed out"


def test_awaiting_pin_shows_the_pin_field(window):
    window.render(replace(states.signed_out(), phase=Phase.AWAITING_PIN, pending_badge="OP-1001"))
    assert window.sign_in.pin_field.isVisible() and "OP-1001" in window.sign_in.prompt.text()


@pytest.mark.parametrize("cue", list(Cue))
def test_banner_colour_follows_the_cue(window, cue):
    window.render(replace(states.inspecting(), feedback=Feedback(cue, f"{cue} message")))
    assert window.banner.property("cue") == cue.value
    assert window.banner.message == f"{cue} message"


def test_banner_without_feedback_says_what_to_do(window):
    window.render(replace(states.inspecting(), phase=Phase.AWAITING_PARCEL, item=None, parcel=None, feedback=None))
    assert window.banner.cue is Cue.INFO and "parcel" in window.banner.message.lower()


def test_banner_uses_the_translatable_template(window):
    said = text("Signed in: {name}.", name="Ana")
    window.render(replace(states.inspecting(), feedback=Feedback(Cue.SUCCESS, "ignored English", said)))
    assert window.banner.message == "Signed in: Ana."


def test_item_panel_shows_grade_findings_money_and_disposition(window):
    window.render(states.inspecting())
    items = window.item_panel
    assert items.inspecting
    assert items.title.text() == "Phone X1 (black)" and items.match.text() == "On the return"
    assert items.grade_picker.tile.text() == "B" and items.grade_picker.tile.property("grade") == "B"
    assert [b.text() for b in items.grade_picker.buttons.values()] == ["1  A", "2  B", "3  C", "4  D", "5  E"]
    assert items.checklist.codes == ("scratches", "dents", "missing_accessory", "defective")
    assert items.checklist.checkbox("scratches").isChecked()
    assert items.checklist.amount_label("scratches").text() == "−€29.99"
    assert items.checklist.amount_label("dents").text() == ""
    assert items.paid.text() == "€299.90" and items.deductions.text() == "−€34.99"
    assert items.refund.text() == "€264.91"
    assert items.proposed.text() == "Open box" and items.chosen.text() == "Open box" and items.bin.text() == "OPENBOX"
    assert not items.reason.isVisible()


def test_money_follows_the_currency_minor_unit(window):
    item = states.item_view(currency="JPY", unit_price=Decimal("1999"), refund=Decimal("1799"),
                            deduction_total=Decimal("200"))
    window.render(replace(states.inspecting(), item=item))
    assert window.item_panel.refund.text() == "¥1,799"


def test_an_unrefundable_item_says_held_for_review(window):
    item = states.item_view(refund=None, deduction_total=None, match_kind="wrong_item", flags=("wrong_item",))
    window.render(replace(states.inspecting(), item=item))
    items = window.item_panel
    assert items.refund.text() == "held for review"
    assert items.match.property("match") == "wrong_item" and "Wrong item" in items.flags.text()


def test_an_overridden_disposition_shows_its_reason(window):
    item = states.item_view(disposition="recycle", disposition_reason="smells of smoke", bin="RECYCLE")
    window.render(replace(states.inspecting(), item=item))
    items = window.item_panel
    assert items.chosen.text() == "Recycling" and items.chosen.property("overridden") is True
    assert items.reason.isVisible() and "smells of smoke" in items.reason.text()


def test_parcel_panel_shows_the_return_and_its_warnings(window):
    parcel = states.parcel_view(flags=("outside_window",), warnings=("Received after the return window closed.",))
    window.render(replace(states.inspecting(), parcel=parcel, item=None, phase=Phase.AWAITING_ITEM))
    panel = window.parcel_panel
    assert panel.rma.text() == "RMA-10000001" and panel.reason.text() == "Does not fit"
    assert panel.delivered.text() == "Nov 15, 2026" and panel.packaging.text() == "Intact"
    assert panel.progress.text() == "1 of 3 units"
    assert panel.warnings.isVisible() and "window closed" in panel.warnings.text()
    assert not window.item_panel.inspecting and "next item" in window.item_panel.waiting.text()


def test_unexpected_parcel_without_words_falls_back_to_flag_texts(window):
    parcel = states.parcel_view(rma_number=None, order_number=None, lines=(), flags=("unexpected_parcel",))
    window.render(replace(states.inspecting(), parcel=parcel, item=None, phase=Phase.AWAITING_ITEM))
    panel = window.parcel_panel
    assert "unexpected" in panel.rma.text() and "No return known" in panel.warnings.text()


def test_status_bar_and_shift_log(window):
    window.render(states.inspecting())
    assert window.operator_label.text() == "Operator: Ana Popescu (inspector)"
    assert window.station_label.text() == "Station: bench-7"
    assert window.database_label.text() == "Database: bench.sqlite3"
    assert window.shift_log_model.rowCount() == 2 and "2 scans" in window.shift_log_count.text()


def test_keys_hint_follows_the_phase(window):
    window.render(states.inspecting())
    assert "F12" in window.scan_bar.prompt.text()
    window.render(replace(states.inspecting(), item=None, phase=Phase.AWAITING_ITEM))
    assert "F11" in window.scan_bar.prompt.text()
