"""The outcome box under the money: what the customer gets follows every grade and F-key live, a weight typed with
Ctrl+W reaches the risk at once, and the supervisor's review says why an item is held and decides its outcome."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from inspector.domain.money import format_money
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.domain.site_day import LOCAL
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import MUG_GTIN, NOW, PHONE_GTIN
from tests.gui.conftest import Bench, type_text
from tests.gui.test_bench_flow import grade_with_key
from ui.bench.serial_dialog import SerialDialog
from ui.bench.weight_dialog import WeightDialog
from ui.review.outcome_dialog import OutcomeDialog

pytestmark = pytest.mark.gui

RMA = "RMA-13000001"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def eur(amount: str) -> str:
    return format_money(Decimal(amount), "EUR", "en_US")


def add_outcome_return(bench: Bench) -> None:
    """A customer who "changed their mind", asking store credit for a phone and an exchange for a T-shirt."""
    def write() -> None:
        db = Database.open_sqlite(bench.paths.database)
        try:
            upsert_returns(UpsertReturns([Return(
                "", RMA, "ORD-13001", "Changed my mind", NOW.date() - dt.timedelta(days=3), ReturnStatus.OPEN, (), (
                    ReturnLine("", 1, "PHONE-X1", PHONE_GTIN, "Telefon mobil X1", 1, Decimal("149.99"), "EUR",
                               "electronics", requested_outcome="store_credit", unit_weight_g=180),
                    ReturnLine("", 2, "TEE-M-RED", MUG_GTIN, "Áo thun đỏ M", 1, Decimal("25.00"), "EUR", "apparel",
                               requested_outcome="exchange", exchange_sku="TEE-M-BLU", unit_weight_g=200),
                ))], "test", NOW), UnitOfWork(db, load_policy(resource("policy.json"))))
        finally:
            db.dispose()
    bench.runner.run_db(write)
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0)


def box_text(bench: Bench) -> str:
    """The outcome row as read aloud ("Store credit €164.99 (after deductions, +10%)"), then the risk line."""
    panel = bench.window.item_panel
    said = f"{panel.refund_caption.text()} {panel.refund.text()}"
    if panel.outcome_note.isVisibleTo(panel):
        said += f" ({panel.outcome_note.text()})"
    if panel.risk_line.isVisibleTo(panel):
        said += "\n" + panel.risk_line.text()
    return said


def focused(qtbot, dialog, field) -> None:
    """A dialog shown as `ask` shows it, its field holding the keyboard (else the bench's scan capture takes the
    keys, as it should for the bench window)."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def press(bench: Bench, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    bench.key(key, modifier)
    bench.settle()


def test_the_outcome_box_follows_grades_findings_and_a_typed_weight(bench, monkeypatch):
    add_outcome_return(bench)
    bench.sign_in()
    bench.scan(RMA)
    bench.scan(PHONE_GTIN)
    # 149.99 + 10 % (15.00) in store credit, before any deduction.
    assert box_text(bench) == f"Store credit {eur('164.99')} (after deductions, +10%)"
    grade_with_key(bench, Qt.Key.Key_2)
    press(bench, Qt.Key.Key_F1)                   # scratches, 10 %: 134.99 net, + 13.50
    assert box_text(bench) == f"Store credit {eur('148.49')} (after deductions, +10%)"
    press(bench, Qt.Key.Key_F1)                   # ticked off again
    assert box_text(bench).startswith(f"Store credit {eur('164.99')}")

    asked: list[tuple[bool, int | None]] = []
    monkeypatch.setattr(WeightDialog, "ask", classmethod(
        lambda cls, parent, weighing_item, current=None: asked.append((weighing_item, current)) or 420))
    press(bench, Qt.Key.Key_W, CTRL)
    bench.qtbot.waitUntil(lambda: bench.state.item is not None and bench.state.item.weight_g == 420)
    bench.settle()
    assert asked == [(True, None)]
    assert bench.state.feedback.message.startswith("The item weighs 420 g: not what it should")
    text = box_text(bench)
    assert "Risk 40 of 80" in text and "Weight off: " in text and "420" in text
    assert "Weight 420 g" in bench.window.item_panel.identity.text()

    press(bench, Qt.Key.Key_F6)                   # signs of use on a phone returned as "changed my mind"
    text = box_text(bench)
    assert "Risk 70 of 80" in text and "Worn, but returned as unused" in text and "Held" not in text
    press(bench, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)   # not the item shipped: swapped (F9 is the photo)
    text = box_text(bench)
    assert text.splitlines()[1].startswith("⚑ Held for review: risk 130 of 80  ·  ")
    assert bench.window.item_panel.risk_line.property("held") is True
    assert "Item swapped" in text


def test_an_exchange_needs_a_good_enough_grade(bench):
    add_outcome_return(bench)
    bench.sign_in()
    bench.scan(RMA)
    bench.scan(MUG_GTIN)
    assert box_text(bench) == "Exchange → TEE-M-BLU (if the grade allows it)"
    grade_with_key(bench, Qt.Key.Key_1)
    assert box_text(bench) == "Exchange → TEE-M-BLU"
    grade_with_key(bench, Qt.Key.Key_3)           # C: below B, refunded instead
    assert box_text(bench) == f"Refund {eur('25.00')} (exchange asked; it needs grade B or better)"


def test_a_typed_serial_and_a_weight_typed_in_kilograms(bench, qtbot):
    add_outcome_return(bench)
    bench.sign_in()
    bench.scan(RMA)
    # The dialogs themselves: kilograms with a decimal comma, and a serial scanned into its field.
    dialog = WeightDialog(False, None, bench.window)
    focused(qtbot, dialog, dialog.field)
    type_text(dialog.field, "0,45 kg")
    assert dialog.grams() == 450 and dialog.reading.text() == "= 450 g"
    type_text(dialog.field, "x")
    assert dialog.grams() is None and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.close()
    dialog.deleteLater()
    serial = SerialDialog("", bench.window)
    focused(qtbot, serial, serial.field)
    type_text(serial.field, "SN-ÄÖ-1")
    assert serial.serial() == "SN-ÄÖ-1"
    serial.close()
    serial.deleteLater()

    bench.client.typed_weight(450)                # no item in hand: the parcel is weighed
    bench.settle()
    parcel = bench.state.parcel
    assert parcel.weight_g == 450 and parcel.weight_source == "typed"
    assert bench.window.parcel_panel.weight.text().startswith("Weight: 450 g, expected")


def test_the_review_says_why_an_item_is_held_and_decides_its_outcome(bench, qtbot, monkeypatch):
    add_outcome_return(bench)
    bench.sign_in()
    bench.scan(RMA)
    bench.scan(PHONE_GTIN)
    grade_with_key(bench, Qt.Key.Key_2)
    press(bench, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)   # swapped: 60
    bench.client.typed_weight(900)                # far off 180 g: 40
    bench.settle()
    assert bench.state.item.risk.held
    press(bench, Qt.Key.Key_F12)
    press(bench, Qt.Key.Key_L, CTRL)              # the inspector signs out; a supervisor looks at it
    bench.sign_in("OP-2001", "4321")
    press(bench, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    window.day.set_day(LOCAL.day_of(NOW))
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.item(r).rma_number == RMA)
    window.table.selectRow(row)
    why = model.data(model.index(row, model.COLUMNS.index("why_held")))
    assert why.startswith("Held: Item swapped: ") and "Weight off: " in why
    assert model.data(model.index(row, model.COLUMNS.index("state"))) == "open"

    seen = []
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(
        lambda cls, parent, item: seen.append(item.held) or ("store_credit", "Checked with the carrier")))
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        with qtbot.waitSignal(window.decided, timeout=10_000):
            qtbot.keyClick(window.table, Qt.Key.Key_O, CTRL)
    assert seen == [True]
    item = model.item(row)
    assert item.outcome == "store_credit" and not item.held and item.review_state != "open"
    assert model.data(model.index(row, model.COLUMNS.index("outcome"))) == "Store credit 164.99 EUR"
    assert model.data(model.index(row, model.COLUMNS.index("why_held"))).startswith("Item swapped: ")
    # The bench's own view of the item knows the decision from its audit trail, not from the basis's words.
    assert str(_item_note(bench, item.inspection_id)) == "chosen by a supervisor"

    dialog = OutcomeDialog(item, window)          # the dialog itself: exchange is offered only with a SKU asked
    focused(qtbot, dialog, dialog.reason)
    assert [dialog.choice.itemData(n) for n in range(dialog.choice.count())] == ["refund", "store_credit", "none"]
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    type_text(dialog.reason, "Kiểm tra")
    assert dialog.answer() == ("store_credit", "Kiểm tra")
    dialog.close()
    dialog.deleteLater()
    window.close()


def _item_note(bench: Bench, inspection_id: str):
    from inspector.bench.views import load_views
    db = Database.open_sqlite(bench.paths.database)
    try:
        return load_views(UnitOfWork(db, load_policy(resource("policy.json"))), None, inspection_id)[1].outcome_note
    finally:
        db.dispose()


def test_the_store_credit_note_comes_from_the_stored_amounts():
    from types import SimpleNamespace

    from inspector.bench.views import outcome_note
    from inspector.domain.outcomes import Outcome
    policy = load_policy(resource("policy.json"))

    def note(amount: str, refund: str, price: str = "149.99") -> str:
        row = SimpleNamespace(refund=Decimal(refund), unit_price=Decimal(price), grade="B",
                              requested_outcome="store_credit", exchange_sku=None)
        said = outcome_note(policy, row, Outcome.STORE_CREDIT, Decimal(amount))
        return "" if said is None else str(said)
    assert note("164.99", "134.99") == "deductions waived, +10%"          # the whole price plus 15.00
    assert note("149.99", "134.99") == "deductions waived"
    assert note("148.49", "134.99") == "after deductions, +10%"           # 13.50 on 134.99
    assert note("13760", "12800", "12800") == "after deductions, +7.5%"
    assert note("134.99", "134.99") == ""
    assert str(outcome_note(policy, SimpleNamespace(), Outcome.REFUND, Decimal(1), chosen=True)) == \
        "chosen by a supervisor"


@pytest.mark.monotonic_waits          # the scale's thread reads a real pty with a timeout
def test_the_scale_on_a_pty_weighs_the_item_in_hand_and_an_unplug_is_said(bench, qtbot):
    import os
    import pty
    import threading

    from ui.bench.scale_bridge import attach_scale

    add_outcome_return(bench)
    bench.sign_in()
    bench.scan(RMA)
    bench.scan(PHONE_GTIN)
    master, slave = pty.openpty()
    halt = threading.Event()

    def play() -> None:               # a continuous scale: moving, then settled at 181 g
        while not halt.is_set():
            for line in (b"US,GS,+  0.150 kg\r\n", b"ST,GS,+  0.181 kg\r\n"):
                try:
                    os.write(master, line)
                except OSError:
                    return
                halt.wait(0.02)
    player = threading.Thread(target=play, daemon=True)
    player.start()
    plugged = [True]
    bridge = attach_scale(bench.client, os.ttyname(slave), 9600, bench.window)
    weighed: list[int] = []
    bridge.weighed.connect(weighed.append)
    try:
        qtbot.waitUntil(lambda: bench.state.item is not None and bench.state.item.weight_g == 181, timeout=10_000)
        bench.settle()
        assert weighed == [181]           # ten lines a second, one weighing
        assert "Weight 181 g" in bench.window.item_panel.identity.text()
        assert "Risk" not in box_text(bench)     # 181 g where 180 g ± 20 g is expected
        halt.set()
        player.join(5)
        os.close(master)              # the cable pulled
        plugged[0] = False
        qtbot.waitUntil(lambda: bench.state.feedback is not None
                        and "cannot be read" in bench.state.feedback.message, timeout=10_000)
    finally:
        halt.set()
        bridge.stop()
        os.close(slave)
        if plugged[0]:
            os.close(master)
