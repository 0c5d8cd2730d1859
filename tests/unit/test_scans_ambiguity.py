"""One text, several valid readings: the `expect` hint picks the primary, the rest are alternatives."""
import pytest

from inspector.scans import Expect, ScanError, ScanKind, interpret

UPC_AND_FEDEX = "592563416850"  # valid UPC-A and valid FedEx Express (both check digits hold)
UPC_ONLY = "036000291452"       # Wikipedia's UPC-A example; its FedEx check digit fails
FEDEX_ONLY = "986578788855"     # published FedEx sample; its UPC-A check digit fails
SSCC_AND_USPS = "00106141411234567897"  # (00) + GS1's example SSCC; leading zeros also make it a valid USPS 20


def _summary(scan):
    return (scan.kind, scan.carrier, scan.value)


def test_without_hint_an_item_wins_when_both_check_digits_hold():
    scan = interpret(UPC_AND_FEDEX)
    assert _summary(scan) == (ScanKind.ITEM, None, "00" + UPC_AND_FEDEX)
    assert [_summary(alt) for alt in scan.alternatives] == [(ScanKind.TRACKING, "fedex", UPC_AND_FEDEX)]


def test_expect_parcel_prefers_the_tracking_number():
    scan = interpret(UPC_AND_FEDEX, Expect.PARCEL)
    assert _summary(scan) == (ScanKind.TRACKING, "fedex", UPC_AND_FEDEX)
    assert [_summary(alt) for alt in scan.alternatives] == [(ScanKind.ITEM, None, "00" + UPC_AND_FEDEX)]


def test_expect_item_prefers_the_item():
    scan = interpret(UPC_AND_FEDEX, Expect.ITEM)
    assert scan.kind is ScanKind.ITEM
    assert len(scan.alternatives) == 1


def test_expect_accepts_the_plain_string_value():
    assert interpret(UPC_AND_FEDEX, "parcel").kind is ScanKind.TRACKING


@pytest.mark.parametrize("expect", [None, Expect.PARCEL, Expect.ITEM])
def test_an_invalid_reading_is_never_offered_whatever_the_hint(expect):
    item = interpret(UPC_ONLY, expect)
    assert (item.kind, item.alternatives) == (ScanKind.ITEM, ())
    parcel = interpret(FEDEX_ONLY, expect)
    assert (parcel.kind, parcel.carrier, parcel.alternatives) == (ScanKind.TRACKING, "fedex", ())


def test_alternatives_carry_no_alternatives_of_their_own():
    scan = interpret(UPC_AND_FEDEX)
    assert all(alt.alternatives == () for alt in scan.alternatives)
    assert all(alt.raw == UPC_AND_FEDEX for alt in scan.alternatives)


def test_sscc_comes_before_the_usps_reading_of_the_same_digits():
    scan = interpret(SSCC_AND_USPS, Expect.PARCEL)
    assert _summary(scan) == (ScanKind.TRACKING, "sscc", "106141411234567897")
    assert [_summary(alt) for alt in scan.alternatives] == [(ScanKind.TRACKING, "usps", SSCC_AND_USPS)]


def test_gs1_item_in_digits_competes_with_a_usps_number():
    # (01) GTIN (10) lot "13": 20 digits whose GS1 mod 10 over all 20 also holds, so also a USPS 20.
    text = "01095011015300031013"
    item = (ScanKind.ITEM, None, "09501101530003")
    usps = (ScanKind.TRACKING, "usps", text)
    by_default = interpret(text)
    assert [_summary(by_default), *map(_summary, by_default.alternatives)] == [item, usps]
    assert by_default.lot == "13"
    for_parcel = interpret(text, Expect.PARCEL)
    assert [_summary(for_parcel), *map(_summary, for_parcel.alternatives)] == [usps, item]


def test_when_every_reading_fails_the_message_names_every_format():
    with pytest.raises(ScanError) as caught:
        interpret("996578788855")
    assert caught.value.reason == "bad_check_digit"
    assert "UPC-A or FedEx tracking number" in caught.value.message


def test_a_bad_carrier_check_digit_is_not_taken_for_a_sku():
    with pytest.raises(ScanError) as caught:
        interpret("1Z999AA10123456785")
    assert caught.value.reason == "bad_check_digit"
