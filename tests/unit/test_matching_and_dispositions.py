import datetime as dt
from decimal import Decimal

from inspector.domain.assessment import assess_unit, unit_flags
from inspector.domain.flags import Flag, outside_window
from inspector.domain.matching import MatchKind, match_unit
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.paths import resource

POLICY = load_policy(resource("policy.json"))
PHONE = ReturnLine("l1", 1, "PHONE-1", "04006381333931", "Phone", 1, Decimal("300.00"), "EUR", "electronics",
                   ("SN1",))
MUG = ReturnLine("l2", 2, "MUG-NAME", "05901234123457", "Named mug", 2, Decimal("12.00"), "EUR", "personalised")
RMA = Return("r", "RMA-00000001", "ORD-1", "Changed mind", dt.date(2026, 11, 1), ReturnStatus.OPEN, ("1Z",),
             (PHONE, MUG))


def test_matches_by_gtin_or_sku():
    assert match_unit(RMA.lines, {}, "4006381333931", None, "SN1").line == PHONE
    assert match_unit(RMA.lines, {}, None, "mug-name", None).line == MUG


def test_wrong_item_extra_quantity_serial_mismatch_and_no_return():
    assert match_unit(RMA.lines, {}, "09501101530003", None, None).kind is MatchKind.WRONG_ITEM
    assert match_unit(RMA.lines, {"l2": 2}, None, "MUG-NAME", None).kind is MatchKind.EXTRA_QUANTITY
    assert match_unit(RMA.lines, {}, "04006381333931", None, "SN9").kind is MatchKind.SERIAL_MISMATCH
    assert match_unit(None, {}, "04006381333931", None, None).kind is MatchKind.NO_RETURN


def test_window_is_fourteen_days_after_delivery():
    assert not outside_window(dt.date(2026, 11, 1), dt.date(2026, 11, 15), 14)
    assert outside_window(dt.date(2026, 11, 1), dt.date(2026, 11, 16), 14)
    assert not outside_window(None, dt.date(2030, 1, 1), 14)


def test_grade_drives_disposition_and_flags_send_to_quarantine():
    match = match_unit(RMA.lines, {}, "04006381333931", None, "SN1")
    flags = unit_flags(POLICY, match, RMA, dt.date(2026, 11, 5))
    assert flags == frozenset()
    assert assess_unit(POLICY, match, flags, "A", ()).proposed_disposition == "restock"
    assert assess_unit(POLICY, match, flags, "C", ()).proposed_disposition == "refurbish"
    assert assess_unit(POLICY, match, flags, "B", ("defective",)).proposed_disposition == "return_to_vendor"
    mug = match_unit(RMA.lines, {}, None, "MUG-NAME", None)
    mug_flags = unit_flags(POLICY, mug, RMA, dt.date(2026, 11, 30))
    assert mug_flags == {Flag.NON_RETURNABLE, Flag.OUTSIDE_WINDOW}
    result = assess_unit(POLICY, mug, mug_flags, "A", ())
    assert result.proposed_disposition == "quarantine" and result.refund == Decimal("0.00")


def test_heavy_deduction_and_override_are_flagged_for_review():
    match = match_unit(RMA.lines, {}, "04006381333931", None, "SN1")
    heavy = assess_unit(POLICY, match, frozenset(), "D", ("dents", "stains"))
    assert Flag.OVER_DEDUCTION_THRESHOLD in heavy.flags and heavy.refund == Decimal("165.00")  # 25% + 20% of 300, under the 50% cap
    overridden = assess_unit(POLICY, match, frozenset(), "A", (), chosen_disposition="liquidate")
    assert Flag.DISPOSITION_OVERRIDDEN in overridden.flags
