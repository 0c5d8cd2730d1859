"""Property tests: `interpret` raises nothing but ScanError on any text, and reads back what GS1 encodes."""
import datetime
import json
import string
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.scans import Expect, Scan, ScanError, ScanKind, interpret

FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXPECTS = st.sampled_from([None, Expect.PARCEL, Expect.ITEM])


def _interpret_or_scan_error(text: str, expect) -> Scan | None:
    try:
        scan = interpret(text, expect)
    except ScanError as error:
        assert error.reason and error.message and isinstance(error.raw, str)
        return None
    _assert_well_formed(scan)
    return scan


def _assert_well_formed(scan: Scan) -> None:
    json.dumps(scan.to_json())
    # What a scan records (parcel and item rows, the outbox's JSON) must be writable anywhere: every format is ASCII.
    assert scan.raw.isascii() and all(v is None or v.isascii() for v in (scan.value, scan.serial, scan.lot))
    for reading in (scan, *scan.alternatives):
        assert reading.value
        assert reading.gtin is None or (len(reading.gtin) == 14 and reading.gtin.isdigit())
        assert reading.alternatives == () or reading is scan


@FAST
@given(st.text(max_size=80), EXPECTS)
def test_any_text(text, expect):
    _interpret_or_scan_error(text, expect)


@FAST
@given(st.text(alphabet=string.printable, max_size=60), EXPECTS)
def test_any_printable_text(text, expect):
    _interpret_or_scan_error(text, expect)


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 40).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)), EXPECTS)
def test_digits_of_every_length(digits, expect):
    scan = _interpret_or_scan_error(digits, expect)
    if scan is not None:
        assert scan.kind in (ScanKind.ITEM, ScanKind.TRACKING)  # digits alone are never a SKU


_GS1_PIECES = st.sampled_from(["01", "00", "10", "11", "17", "21", "37", "02", "8004", "414", "\x1d", "<GS>", "^]",
                               "(", ")", "]C1", "]d2", "]Q3", "]e0", "]E0", "09501101530003", "251231", "ABC"])
_GS1_LOOKING = st.lists(st.one_of(_GS1_PIECES, st.text("0123456789", max_size=18), st.text(max_size=4)),
                        max_size=10).map("".join)


@FAST
@given(_GS1_LOOKING, EXPECTS)
def test_gs1_looking_text(text, expect):
    _interpret_or_scan_error(text, expect)


_URL_PATH = st.lists(st.one_of(st.sampled_from(["01", "00", "10", "21", "22", "17", "414", "gtin", "%2F", "%"]),
                               st.text(string.ascii_letters + string.digits + "-._~%", max_size=16)), max_size=8)
_URLS = st.builds(
    lambda scheme, host, path, query: f"{scheme}://{host}/{'/'.join(path)}{query}",
    st.sampled_from(["http", "https", "HTTPS", "ftp"]),
    st.sampled_from(["id.gs1.org", "example.com", "[::1", "a:b", "", "x" * 30]),
    _URL_PATH,
    st.one_of(st.just(""), st.text(string.printable.strip(), max_size=20).map(lambda q: "?" + q)),
)


@FAST
@given(_URLS, EXPECTS)
def test_random_urls(url, expect):
    _interpret_or_scan_error(url, expect)


def _gs1_check_digit(payload: str) -> str:
    # Written out here rather than taken from biip, so the test does not grade biip with biip.
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(payload)))
    return str((10 - total % 10) % 10)


_GTINS = st.text("0123456789", min_size=13, max_size=13).map(lambda payload: payload + _gs1_check_digit(payload))
# GS1 character set 82 (AI 10 and 21), without "(" and ")" so the same values also fit the bracketed text form.
_AI_TEXT = st.text(alphabet=string.ascii_letters + string.digits + "!\"%&'*+,-./:;<=>?_", min_size=1, max_size=20
                   ).filter(lambda value: "<GS>" not in value.upper())
# Two-digit years are read within 50 years of today (GS1 General Specifications 7.12); stay well inside that.
_DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2060, 12, 31))


@settings(max_examples=300, deadline=None)
@given(gtin=_GTINS, serial=_AI_TEXT, lot=_AI_TEXT, expiry=_DATES, order=st.permutations(["01", "17", "10", "21"]),
       separator=st.sampled_from(["\x1d", "<GS>", "^]"]), prefix=st.sampled_from(["", "]C1", "]d2", "]Q3", "\x1d"]))
def test_gs1_element_string_round_trip(gtin, serial, lot, expiry, order, separator, prefix):
    values = {"01": gtin, "17": expiry.strftime("%y%m%d"), "10": lot, "21": serial}
    variable = {"10", "21"}
    parts = [f"{ai}{values[ai]}" + (separator if ai in variable and index < 3 else "")
             for index, ai in enumerate(order)]
    scan = interpret(prefix + "".join(parts))
    assert (scan.kind, scan.gtin, scan.value) == (ScanKind.ITEM, gtin, gtin)
    assert (scan.serial, scan.lot, scan.expiry) == (serial, lot, expiry)


@settings(max_examples=150, deadline=None)
@given(gtin=_GTINS, serial=_AI_TEXT, lot=_AI_TEXT, expiry=_DATES)
def test_gs1_bracketed_text_and_digital_link_round_trip(gtin, serial, lot, expiry):
    yymmdd = expiry.strftime("%y%m%d")
    bracketed = interpret(f"(01){gtin}(17){yymmdd}(10){lot}(21){serial}")
    link = interpret(f"https://id.gs1.org/01/{gtin}/10/{quote(lot, safe='')}/21/{quote(serial, safe='')}"
                     f"?17={yymmdd}")
    for scan in (bracketed, link):
        assert (scan.gtin, scan.serial, scan.lot, scan.expiry) == (gtin, serial, lot, expiry)


@settings(max_examples=200, deadline=None)
@given(payload=st.text("0123456789", min_size=12, max_size=12), position=st.integers(0, 12), delta=st.integers(1, 9))
def test_one_changed_digit_in_an_ean_13_is_always_caught(payload, position, delta):
    ean_13 = payload + _gs1_check_digit(payload)
    changed = ean_13[:position] + str((int(ean_13[position]) + delta) % 10) + ean_13[position + 1:]
    try:
        scan = interpret(changed)
    except ScanError as error:
        assert error.reason == "bad_check_digit"
    else:
        raise AssertionError(f"{changed} read as {scan}")


# Valid scans with odd characters slipped in anywhere: half UTF-16 pairs, bidi marks, NUL, foreign digits, GS.
_VALID_SCANS = st.sampled_from(["1Z999AA10123456784", "RMA-10000001", "OP-1001", "CMD:GRADE:A", "LP0J4K8M2Q7X",
                                "]C10104006381333931" + "21SN-1", "]E04006381333931", "]Q3https://id.gs1.org/01/"
                                "04006381333931", "(01)04006381333931(21)X", "0104006381333931\x1d10L"])
_ODD = st.one_of(st.sampled_from(["\udcff", "\ud83d", "\x00", "\u202e", "\u200f", "\x1d", "\u0661", "\ufeff",
                                  "\u00a0", "\x7f", "<GS>", "%ED%B3%BF"]),
                 st.characters(categories=["Cs", "Cc", "Cf", "Zs", "Nd"]))


@settings(max_examples=600, deadline=None)
@given(_VALID_SCANS, st.lists(st.tuples(st.one_of(st.integers(0, 3), st.integers(0, 40)), _ODD), min_size=1, max_size=3),
       EXPECTS)
def test_odd_characters_slipped_into_valid_scans(scan, insertions, expect):
    for position, odd in insertions:
        scan = scan[:position] + odd + scan[position:]
    _interpret_or_scan_error(scan, expect)
