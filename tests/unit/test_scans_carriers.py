"""Carrier tracking numbers: published sample numbers, and the same numbers with one digit changed.

Valid samples come from the carriers' documentation as collected in jkeen/tracking_number_data (couriers/*.json),
plus the UPS developer-guide test number 1Z999AA10123456784.
"""
import pytest

from inspector.scans import ScanError, ScanKind, interpret
from inspector.scans import check_digits

# (scanned text, carrier, normalised tracking number)
PUBLISHED_VALID = [
    ("1Z999AA10123456784", "ups", "1Z999AA10123456784"),
    ("1Z5R89390357567127", "ups", "1Z5R89390357567127"),
    ("1Z879E930346834440", "ups", "1Z879E930346834440"),
    ("1Z410E7W0392751591", "ups", "1Z410E7W0392751591"),
    ("1Z8V92A70367203024", "ups", "1Z8V92A70367203024"),
    ("986578788855", "fedex", "986578788855"),
    ("477179081230", "fedex", "477179081230"),
    ("799531274483", "fedex", "799531274483"),
    ("790535312317", "fedex", "790535312317"),
    ("041441760228964", "fedex", "041441760228964"),
    ("568283610012734", "fedex", "568283610012734"),
    ("9611020987654312345672", "fedex", "987654312345672"),
    ("1001921334250001000300779017972697", "fedex", "779017972697"),
    ("1002297871540001000300790695517286", "fedex", "790695517286"),
    ("9622001560001234567100794808390594", "fedex", "794808390594"),
    ("03071790000523483741", "usps", "03071790000523483741"),
    ("71123456789123456787", "usps", "71123456789123456787"),
    ("9400111201080805483016", "usps", "9400111201080805483016"),
    ("9261292700768711948021", "usps", "9261292700768711948021"),
    ("9505511069605048600624", "usps", "9505511069605048600624"),
    ("92748931507708513018050063", "usps", "92748931507708513018050063"),
    ("420221539101026837331000039521", "usps", "9101026837331000039521"),
    ("4201002334249200190132607600833457", "usps", "9200190132607600833457"),
    ("4201028200009261290113185417468510", "usps", "9261290113185417468510"),
    ("3318810025", "dhl", "3318810025"),
    ("8487135506", "dhl", "8487135506"),
    ("1099255990", "dhl", "1099255990"),
    ("RB123456785GB", "upu_s10", "RB123456785GB"),
    ("RB123456785US", "upu_s10", "RB123456785US"),
]

# One character changed from a published valid number; the message must name the carrier.
ONE_DIGIT_MUTATED = [
    ("1Z999AA10123456785", "UPS"),
    ("1Z5R89390357567128", "UPS"),
    ("986578788856", "FedEx"),
    ("568283610012732", "FedEx"),
    ("9611020987654312345673", "FedEx"),
    ("1001901781990001000300617767839438", "FedEx"),
    ("9622001560001234567100794808390595", "FedEx"),
    ("03071790000523483742", "USPS"),
    ("9400111201080805483017", "USPS"),
    ("4201028200009261290113185417468511", "USPS"),
    ("3318810010", "DHL"),
    ("3318810034", "DHL"),
    ("RB123456786US", "UPU S10"),
]


@pytest.mark.parametrize(("text", "carrier", "value"), PUBLISHED_VALID)
def test_published_tracking_numbers_are_read_with_a_valid_check_digit(text, carrier, value):
    scan = interpret(text)
    assert (scan.kind, scan.carrier, scan.value, scan.check_digit_valid) == (ScanKind.TRACKING, carrier, value, True)


@pytest.mark.parametrize(("text", "carrier_name"), ONE_DIGIT_MUTATED)
def test_one_changed_digit_is_a_bad_check_digit_naming_the_carrier(text, carrier_name):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "bad_check_digit"
    assert carrier_name in caught.value.message
    assert text in caught.value.message
    assert caught.value.raw == text


@pytest.mark.parametrize(("text", "carrier"), [
    ("TBA502887274000", "amazon"),
    ("GM2951173225174494", "dhl"),
    ("GM295117494011169042", "dhl"),
    ("JJD0099999999", "dhl"),
    ("JJD000390007791431526", "dhl"),
])
def test_formats_without_check_digit_report_none(text, carrier):
    scan = interpret(text)
    assert (scan.kind, scan.carrier, scan.value, scan.check_digit_valid) == (ScanKind.TRACKING, carrier, text, None)


def test_tracking_numbers_are_upper_cased_and_typed_spaces_removed():
    assert interpret("1z999aa10123456784").value == "1Z999AA10123456784"
    assert interpret("tba502887274000").carrier == "amazon"
    assert interpret("0414 4176 0228 964").value == "041441760228964"
    assert interpret(" 9400 1112 0108 0805 4830 16 ").value == "9400111201080805483016"


def test_ups_with_a_letter_in_the_check_position_is_a_bad_check_digit():
    with pytest.raises(ScanError) as caught:
        interpret("1Z999AA1012345678X")
    assert caught.value.reason == "bad_check_digit"


def test_fedex_34_digit_barcode_with_non_zero_padding_keeps_fourteen_digits():
    # Same mod-11 rule over the 13+1 tail; built here because no published sample has non-zero padding.
    serial = "1234567890123"
    text = "10019213342500010003" + serial + str(_fedex_check(serial))
    assert len(text) == 34
    scan = interpret(text)
    assert (scan.carrier, scan.value, scan.check_digit_valid) == ("fedex", text[-14:], True)


def _fedex_check(payload: str) -> int:
    weights = [1, 3, 7] * 5
    return sum(int(d) * w for d, w in zip(reversed(payload), weights)) % 11 % 10


@pytest.mark.parametrize(("item_id", "valid"), [
    ("RB123456785GB", True),   # remainder 6 -> 5
    ("EE000000005US", True),   # sum 0 -> remainder 0 -> 11 -> 5
    ("EE000040000US", True),   # 4 x weight 3 = 12 -> remainder 1 -> 10 -> 0
    ("EE000040001US", False),
])
def test_s10_maps_ten_and_eleven(item_id, valid):
    assert check_digits.s10_ok(item_id) is valid


def test_ups_letters_count_as_ord_minus_63_mod_10():
    # A=2, I=0, J=1, Z=7: swapping the digit for its letter value keeps the check digit valid.
    assert check_digits.ups_ok("1Z999AA10123456784")
    assert check_digits.ups_ok("1Z9992210123456784")


def test_dhl_express_check_is_number_mod_7():
    assert check_digits.dhl_mod7_ok("3318810025")
    assert not check_digits.dhl_mod7_ok("3318810026")
