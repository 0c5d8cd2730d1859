"""What keyboard-wedge scanners really send: line endings, padding, GS spellings, junk."""
import copy
import pickle

import pytest

from inspector.scans import ScanError, ScanKind, interpret
from inspector.scans.errors import printable_excerpt


@pytest.mark.parametrize("ending", ["\r", "\n", "\r\n"])
def test_one_trailing_line_ending_is_stripped_and_not_part_of_raw(ending):
    scan = interpret("1Z999AA10123456784" + ending)
    assert (scan.value, scan.raw) == ("1Z999AA10123456784", "1Z999AA10123456784")


def test_surrounding_spaces_are_stripped_but_kept_in_raw():
    scan = interpret("  OP-1001  \r\n")
    assert (scan.kind, scan.value, scan.raw) == (ScanKind.BADGE, "OP-1001", "  OP-1001  ")


@pytest.mark.parametrize("text", ["", "\r\n", "   ", "  \n"])
def test_empty(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "empty"


def test_a_second_line_ending_is_a_control_character():
    with pytest.raises(ScanError) as caught:
        interpret("OP-1001\n\n")
    assert caught.value.reason == "control_characters"


@pytest.mark.parametrize("text", ["OP-1001\tX", "AB\x00C", "\x1bOP-1001", "12\r34", "ABC\x7f", "ABC\x85D",
                                  "[)>\x1e06\x1d01" + "09501101530003\x1e\x04"])
def test_control_characters_other_than_gs(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "control_characters"
    assert caught.value.raw == text
    assert "\\x" in caught.value.message  # shown, not sent raw to the screen
    assert not any(ord(char) < 0x20 for char in caught.value.message)


def test_exactly_512_characters_is_read_and_513_is_too_long():
    sku_like = "A" * 512
    with pytest.raises(ScanError) as caught:
        interpret(sku_like)
    assert caught.value.reason == "unrecognised"  # read, just not a SKU (over 40)
    with pytest.raises(ScanError) as caught:
        interpret(sku_like + "A")
    assert caught.value.reason == "too_long"


def test_unrecognised_message_quotes_a_short_printable_form():
    with pytest.raises(ScanError) as caught:
        interpret("hello world " * 20)
    message = caught.value.message
    assert message.startswith('"hello world hello world')
    assert "…" in message
    assert len(message) < 160


def test_text_with_a_gs_can_only_be_gs1():
    with pytest.raises(ScanError) as caught:
        interpret("]C0AB\x1dCD")
    assert caught.value.reason == "bad_gs1"


def test_excerpts_spell_out_invisible_characters():
    assert printable_excerpt("AB\x1dCD\tE") == "AB<GS>CD\\x09E"


@pytest.mark.parametrize("text", ["ÄBC-123", "１２３４５６７８", "٠١٢٣٤٥٦٧"])
def test_non_ascii_is_unrecognised(text):
    # Unicode digits must not pass for barcode digits.
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "unrecognised"


def test_scan_errors_survive_copy_and_pickle():
    for text in ("", "0950110153001", "hello world"):
        with pytest.raises(ScanError) as caught:
            interpret(text)
        for clone in (copy.copy(caught.value), pickle.loads(pickle.dumps(caught.value))):
            assert (clone.reason, clone.message, clone.raw) == (
                caught.value.reason, caught.value.message, caught.value.raw)


# Issue 15: text Qt can hand over that no barcode holds.
GTIN_13 = "4006381333931"


@pytest.mark.parametrize("text", ["RMA-\udcff100101", "\udcff", "OP-1001\ud83d", "CMD:GRADE:\udcff",
                                  f"]E\udcff{GTIN_13}", f"]C101{'0' + GTIN_13}21\udcff"])
def test_a_lone_surrogate_is_an_unreadable_scan_quoted_escaped(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "unreadable"
    assert "could not be read" in caught.value.message and "\\ud" in caught.value.message
    caught.value.message.encode("utf-8")


@pytest.mark.parametrize("text", [f"]E\u0661{GTIN_13}", f"]E0{GTIN_13}\u200f", f"]Q3https://id.gs1.org\u0661/01/0{GTIN_13}",
                                  f"]C1\u202e010{GTIN_13}", f"]Q3https://\u00e9.example/01/0{GTIN_13}"])
def test_non_ascii_after_a_symbology_identifier_is_refused_too(text):
    # Every format the bench reads is ASCII: an identifier in front must not let other characters through.
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason in ("unrecognised", "bad_gs1")
