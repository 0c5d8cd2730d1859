"""GS1 in every form a bench meets it: element strings, separators, symbology identifiers, printed text in
parentheses, Digital Link URIs, plain EAN/UPC, SSCC. Sample numbers are GS1's own examples (GS1 General
Specifications, GS1 Digital Link standard) and the Wikipedia UPC-A example."""
import datetime

import pytest

from inspector.scans import ScanError, ScanKind, interpret

GTIN = "09501101530003"  # GS1's example GTIN-14 (EAN-13 9501101530003)


@pytest.mark.parametrize("separator", ["\x1d", "<GS>", "<gs>", "^]"])
@pytest.mark.parametrize("prefix", ["", "]C1", "]e0", "]d2", "]Q3", "\x1d", "]C1\x1d"])
def test_element_string_with_every_separator_and_symbology(prefix, separator):
    text = f"{prefix}01{GTIN}17251231{separator}10LOT-7{separator}21SN0042"
    scan = interpret(text)
    assert scan.kind is ScanKind.ITEM
    assert (scan.value, scan.gtin, scan.lot, scan.serial) == (GTIN, GTIN, "LOT-7", "SN0042")
    assert scan.expiry == datetime.date(2025, 12, 31)
    assert scan.check_digit_valid is True
    assert scan.symbology == (prefix.strip("\x1d") or None)
    assert scan.raw == text


def test_element_string_without_separator_after_the_last_field():
    scan = interpret(f"01{GTIN}10ABC123")
    assert (scan.kind, scan.gtin, scan.lot) == (ScanKind.ITEM, GTIN, "ABC123")


def test_expiry_day_zero_means_the_last_day_of_the_month():
    assert interpret(f"01{GTIN}17260200").expiry == datetime.date(2026, 2, 28)


def test_human_readable_parentheses_form():
    scan = interpret("(01)09501101530003(21)ABC")
    assert (scan.kind, scan.gtin, scan.serial, scan.lot, scan.expiry) == (ScanKind.ITEM, GTIN, "ABC", None, None)


def test_human_readable_with_spaces_and_expiry():
    scan = interpret("(01) 09501101530003 (17) 250101 (10) B1")
    assert (scan.gtin, scan.expiry, scan.lot) == (GTIN, datetime.date(2025, 1, 1), "B1")


@pytest.mark.parametrize("uri", [
    "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426",
    "https://example.com/shop/01/09520123456788/10/ABC1/21/12345?17=180426&utm_source=x",
    "HTTP://example.com/01/09520123456788/10/ABC1/21/12345?17=180426",
])
def test_digital_link(uri):
    scan = interpret(uri)
    assert scan.kind is ScanKind.ITEM
    assert (scan.gtin, scan.lot, scan.serial, scan.expiry) == ("09520123456788", "ABC1", "12345",
                                                                datetime.date(2018, 4, 26))


def test_digital_link_in_a_gs1_qr_code_keeps_the_symbology():
    scan = interpret("]Q3https://id.gs1.org/01/09501101530003/21/X%2F1")
    assert (scan.gtin, scan.serial, scan.symbology) == (GTIN, "X/1", "]Q3")


def test_digital_link_with_a_short_gtin_is_padded_to_14_digits():
    assert interpret("https://id.gs1.org/01/9501101530003").gtin == GTIN


@pytest.mark.parametrize(("text", "gtin_14"), [
    ("96385074", "00000096385074"),          # EAN-8
    ("036000291452", "00036000291452"),      # UPC-A
    ("9501101530003", GTIN),                 # EAN-13
    ("15012345678907", "15012345678907"),    # GTIN-14 (ITF-14)
    ("]E09501101530003", GTIN),
    ("]E00036000291452", "00036000291452"),  # UPC-A sent as EAN-13
    ("]E496385074", "00000096385074"),
    ("]I115012345678907", "15012345678907"),
    ("]E3950110153000312", GTIN),            # EAN-13 with a 2-digit add-on
    ("]E3950110153000312345", GTIN),         # EAN-13 with a 5-digit add-on
    ("0109501101530003", GTIN),              # GS1-128 (01) sent without symbology identifier
])
def test_plain_gtins_become_gtin_14(text, gtin_14):
    scan = interpret(text)
    assert (scan.kind, scan.value, scan.gtin, scan.check_digit_valid) == (ScanKind.ITEM, gtin_14, gtin_14, True)


@pytest.mark.parametrize(("text", "format_name"), [
    ("0950110153001", "EAN-13"),
    ("96385075", "EAN-8"),
    ("15012345678908", "GTIN-14"),
    ("]E09501101530004", "EAN-13"),
])
def test_bad_gtin_check_digit_names_ean_upc(text, format_name):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "bad_check_digit"
    assert f"is not a valid {format_name}" in caught.value.message


def test_bad_check_digit_message_matches_the_worker_wording():
    with pytest.raises(ScanError) as caught:
        interpret("0950110153001")
    assert caught.value.message == ("Check digit does not match: 0950110153001 is not a valid EAN-13. "
                                    "Rescan the barcode.")


@pytest.mark.parametrize("text", ["]C10109501101530004", "(01)09501101530004", "010950110153000410A",
                                  "https://id.gs1.org/01/09501101530004"])
def test_bad_gtin_inside_gs1_is_a_bad_check_digit(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "bad_check_digit"
    assert "GTIN" in caught.value.message


@pytest.mark.parametrize("text", [
    "]C1",                                   # nothing after the identifier
    "]C110ABC",                              # lot without a product number
    "]C10109501101530003\x1d17251340",       # month 13
    "]C1019501101530003",                    # GTIN one digit short
    "01" + GTIN + "\x1d99",                  # AI 99 without data
    "(01)09501101530003(99",                 # broken parentheses
    "(01)09501101530003(21)AB(C",            # would otherwise cut the serial short
    "(01)09501101530003(21)A(21)B",          # two different serials for one unit
    "https://id.gs1.org/01/09501101530003/10",  # qualifier without value
])
def test_malformed_gs1_is_bad_gs1(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "bad_gs1"
    assert caught.value.message.startswith("This GS1 barcode cannot be read")


def test_web_link_that_is_not_gs1_is_unrecognised():
    with pytest.raises(ScanError) as caught:
        interpret("https://example.com/returns?id=42")
    assert caught.value.reason == "unrecognised"


@pytest.mark.parametrize("text", ["00106141411234567897", "]C100106141411234567897", "(00)106141411234567897",
                                  "106141411234567897"])
def test_sscc_is_a_parcel(text):
    scan = interpret(text)
    assert (scan.kind, scan.carrier, scan.value, scan.check_digit_valid) == (
        ScanKind.TRACKING, "sscc", "106141411234567897", True)


def test_bad_sscc_check_digit():
    with pytest.raises(ScanError) as caught:
        interpret("]C100106141411234567898")
    assert caught.value.reason == "bad_check_digit"
    assert "SSCC" in caught.value.message


def test_symbology_identifier_is_kept_for_non_gs1_codes():
    scan = interpret("]C01Z999AA10123456784")
    assert (scan.carrier, scan.symbology) == ("ups", "]C0")


def test_ean_symbology_with_letters_is_unrecognised():
    with pytest.raises(ScanError) as caught:
        interpret("]E0ABC")
    assert caught.value.reason == "unrecognised"
