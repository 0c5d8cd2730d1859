"""`read_at_bench`: any return number is read by looking it up, by the policy's shapes, and by the bench's phase."""
from __future__ import annotations

import pytest

from inspector.domain.return_numbers import return_numbers_from
from inspector.scans import Expect, Known, ScanError, ScanKind, interpret, read_at_bench

AMAZON = "DZMb5xQ4RRMA"


class Lookups:
    """A bench's returns as a dict, counting the lookups made."""

    def __init__(self, **known: Known) -> None:
        self.known = known
        self.asked: list[str] = []

    def __call__(self, text: str) -> Known:
        self.asked.append(text)
        return self.known.get(text, Known.NOTHING)


def test_an_amazon_rma_id_is_a_sku_until_its_return_is_known():
    assert read_at_bench(AMAZON, Expect.PARCEL, Lookups()).kind is ScanKind.SKU
    scan = read_at_bench(AMAZON, Expect.PARCEL, Lookups(**{AMAZON: Known(rma_number=AMAZON)}))
    assert (scan.kind, scan.value, scan.why) == (ScanKind.RMA, AMAZON, "known_return")
    assert [alt.kind for alt in scan.alternatives] == [ScanKind.SKU]


@pytest.mark.parametrize("number", ["#1001-R1", "R-2026-000123", "Retur 17/ü", "A7K2P9QX"])
def test_a_known_return_opens_whatever_its_shape(number):
    scan = read_at_bench(f"{number}\r\n", Expect.PARCEL, Lookups(**{number: Known(rma_number=number)}))
    assert (scan.kind, scan.value, scan.why, scan.raw) == (ScanKind.RMA, number, "known_return", number)


def test_an_unknown_shopify_name_is_still_refused_without_a_shape():
    with pytest.raises(ScanError):
        read_at_bench("#1001-R1", Expect.PARCEL, Lookups())


def test_an_order_with_one_open_return_opens_it():
    scan = read_at_bench("#1002", Expect.PARCEL, Lookups(**{"#1002": Known(order_returns=("#1002-R1",))}))
    assert (scan.kind, scan.value, scan.why) == (ScanKind.RMA, "#1002-R1", "known_order")


def test_an_order_with_several_open_returns_offers_them():
    scan = read_at_bench("#1003", Expect.PARCEL,
                         Lookups(**{"#1003": Known(order_returns=("#1003-R1", "#1003-R2"))}))
    assert (scan.kind, scan.value, scan.why, scan.choices) == (ScanKind.ORDER, "#1003", "several_returns",
                                                               ("#1003-R1", "#1003-R2"))
    assert scan.to_json()["choices"] == ["#1003-R1", "#1003-R2"]


def test_a_known_return_that_is_also_a_known_sku_is_read_by_the_phase():
    lookups = Lookups(**{"R-2026-000777": Known(rma_number="R-2026-000777", known_sku=True)})
    between = read_at_bench("R-2026-000777", Expect.PARCEL, lookups)
    assert (between.kind, between.why, [a.kind for a in between.alternatives]) == (
        ScanKind.RMA, "phase_parcel", [ScanKind.SKU])
    in_hand = read_at_bench("R-2026-000777", Expect.ITEM, lookups)
    assert (in_hand.kind, in_hand.value, in_hand.why) == (ScanKind.SKU, "R-2026-000777", "phase_item")
    assert [(a.kind, a.value) for a in in_hand.alternatives] == [(ScanKind.RMA, "R-2026-000777")]


def test_a_known_return_scanned_with_an_item_in_hand_opens_that_parcel():
    scan = read_at_bench(AMAZON, Expect.ITEM, Lookups(**{AMAZON: Known(rma_number=AMAZON)}))
    assert (scan.kind, scan.why) == (ScanKind.RMA, "known_return")


def test_policy_shapes_name_returns_the_bench_does_not_hold_yet():
    numbers = return_numbers_from({"sources": ["amazon", "shopify"],
                                   "shapes": [{"name": "erp", "pattern": "R-[0-9]{4}-[0-9]{6}"}]})
    for text, shape in ((AMAZON, "amazon"), ("#1001-R1", "shopify"), ("1001-R2", "shopify"),
                        ("R-2026-000123", "erp")):
        scan = read_at_bench(text, Expect.PARCEL, Lookups(), numbers)
        assert (scan.kind, scan.value, scan.why) == (ScanKind.RMA, text, f"policy_shape:{shape}")
    # With an item in hand, a SKU-like text the bench holds no return for stays the item.
    assert read_at_bench("R-2026-000123", Expect.ITEM, Lookups(), numbers).kind is ScanKind.SKU


def test_our_own_codes_and_gtins_never_cost_a_lookup():
    lookups = Lookups()
    for text in ("RMA-10000001", "rma1234567", "OP-1001", "CMD:COMPLETE"):
        assert read_at_bench(text, Expect.PARCEL, lookups) == interpret(text, Expect.PARCEL)
    assert read_at_bench("04006381333931", Expect.ITEM, lookups).kind is ScanKind.ITEM
    assert read_at_bench("]C1" + "0104006381333931", Expect.ITEM, lookups).kind is ScanKind.ITEM
    with pytest.raises(ScanError):
        read_at_bench("CMD:NOTHING", Expect.PARCEL, lookups)          # ours, and no command: said so, not looked up
    assert lookups.asked == []


def test_the_same_refusals_as_interpret_come_first():
    for text in ("", "   ", "A\tB", "x" * 600):
        with pytest.raises(ScanError):
            read_at_bench(text, Expect.PARCEL, Lookups())


def test_the_lookup_gets_the_scanned_text_as_printed():
    lookups = Lookups()
    read_at_bench("  DZMb5xQ4RRMA \n", Expect.PARCEL, lookups)
    assert lookups.asked == [AMAZON]


def test_a_plate_shaped_return_number_opens_its_return_and_any_other_plate_stays_a_plate():
    lookups = Lookups(**{"LP3X7K9QRRMA": Known(rma_number="LP3X7K9QRRMA")})
    scan = read_at_bench("LP3X7K9QRRMA", Expect.ITEM, lookups)
    assert (scan.kind, scan.value, scan.why) == (ScanKind.RMA, "LP3X7K9QRRMA", "known_return")
    assert [alt.kind for alt in scan.alternatives] == [ScanKind.LICENSE_PLATE]
    assert read_at_bench("LP0123456789", Expect.PARCEL, lookups) == interpret("LP0123456789", Expect.PARCEL)
    assert lookups.asked == ["LP3X7K9QRRMA", "LP0123456789"]
