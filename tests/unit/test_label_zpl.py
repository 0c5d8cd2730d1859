"""ZPL for Zebra printers: UTF-8 text, Code 128 with explicit subsets and real FNC1, escapes where ZPL needs them."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.labels.layout import lay_out
from inspector.labels.samples import ALL, CHINESE, ROMANIAN
from inspector.labels.template import SIZES, load_template
from inspector.labels.zpl_label import FNC1, encode_code128, field_data, layout_zpl, render_zpl

_SUBSET_CODES = {">5": "C", ">6": "B", ">7": "A"}


def decode_bc(field: str) -> str:
    """What a scanner reports for ^BC mode N field data: an independent reading of Zebra's invocation codes.

    Checks on the way that subset C only ever holds digit pairs. FNC1 first means GS1 (not reported, as scanners
    do); a later FNC1 is the GS separator.
    """
    assert field[:2] in (">;", ">:"), f"explicit start code expected: {field!r}"
    subset, i, out, tokens = ("C" if field[:2] == ">;" else "B"), 2, [], []
    while i < len(field):
        if field[i] == ">":
            code = field[i:i + 2]
            i += 2
            if code == ">8":
                tokens.append(FNC1)
            elif code == "><":
                assert subset == "B"
                tokens.append(">")
            elif code in _SUBSET_CODES:
                subset = _SUBSET_CODES[code]
            else:
                raise AssertionError(f"unexpected invocation {code!r}")
            continue
        if subset == "C":
            pair = field[i:i + 2]
            assert re.fullmatch(r"\d\d", pair), f"subset C holds digit pairs only: {field!r}"
            tokens.extend(pair)
            i += 2
        else:
            tokens.append(field[i])
            i += 1
    for index, token in enumerate(tokens):
        if token is FNC1:
            if index:
                out.append("\x1d")
        else:
            out.append(token)
    return "".join(out)


def barcode_fields(zpl: str) -> list[str]:
    return re.findall(r"\^BCN,\d+,N,N,N,N\^FD(.*?)\^FS", zpl)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("data", ALL, ids=["ro", "vi", "zh"])
def test_zpl_barcodes_carry_exactly_the_payloads(size, data):
    layout = lay_out(load_template(size), data)
    zpl = layout_zpl(layout)
    fields = barcode_fields(zpl)
    assert [decode_bc(f) for f in fields] == layout.payloads()
    for field, code in zip(fields, layout.barcodes):
        if code.pattern.symbology == "gs1_128":
            assert field.startswith(">;>8") or field.startswith(">:>8"), "GS1-128 starts with a real FNC1"


def test_zpl_sets_utf8_label_size_and_sends_text_as_utf8():
    zpl = render_zpl(ROMANIAN, "4x6").decode("utf-8")
    assert zpl.startswith("^XA\n^CI28\n^PW812\n^LL1218\n")
    assert zpl.rstrip().endswith("^XZ")
    assert "^FDTelefon mobil X1 (negru), 128 GB, cu husă și^FS" in zpl
    assert "^FD>;>8010400638133393121>6SN-AAA1>810L2611-07^FS" in zpl
    assert "^FR^FDB^FS" in zpl  # the grade, reversed out of its black box
    assert "^FDOPEN BOX^FS" in zpl and "^FDOPENBOX-A12^FS" in zpl and "^FDAna Popescu^FS" in zpl


def test_zpl_at_300_dpi_scales_positions_and_keeps_modules_at_least_a_quarter_millimetre():
    zpl = render_zpl(ROMANIAN, "2x1", dpi=300).decode("utf-8")
    assert "^PW600" in zpl and "^LL300" in zpl
    modules = [int(m) for m in re.findall(r"\^BY(\d+),", zpl)]
    assert modules and all(m / (300 / 25.4) >= 0.25 for m in modules)


def test_a_stored_truetype_font_is_named_for_chinese():
    zpl = render_zpl(CHINESE, "4x6", font="E:ANMDJ.TTF").decode("utf-8")
    assert re.search(r"\^A@N,\d+,\d+,E:ANMDJ.TTF\^FB\d+,1,0,L,0\^FD陶瓷马克杯", zpl)


def test_caret_and_tilde_in_text_are_hex_escaped_under_fh():
    assert field_data("plain_text") == "^FDplain_text"
    assert field_data("50% ^off~ a_b") == "^FH^FD50% _5Eoff_7E a_5Fb"
    zpl = render_zpl(replace(ROMANIAN, description="Cablu ^XA~JR"), "4x6").decode("utf-8")
    assert "^XA~JR" not in zpl.replace("^XA\n", "", 1)  # never a command smuggled in by data


def test_gs1_serial_with_a_greater_than_sign_is_escaped_in_the_barcode():
    layout = lay_out(load_template("4x6"), replace(ROMANIAN, serial="A>B", lot=None))
    field = barcode_fields(layout_zpl(layout))[1]
    assert "><" in field and decode_bc(field) == "0104006381333931" "21A>B"


@given(st.lists(st.one_of(st.just(FNC1), st.sampled_from("0123456789"),
                          st.characters(min_codepoint=32, max_codepoint=126)), min_size=1, max_size=40))
def test_any_code128_data_round_trips_through_the_invocation_codes(tokens):
    field = encode_code128(tokens)
    expected = "".join("\x1d" if t is FNC1 else t for i, t in enumerate(tokens) if not (t is FNC1 and i == 0))
    assert decode_bc(field) == expected


def test_digit_runs_use_subset_c():
    assert encode_code128(list("1234567890")) == ">;1234567890"
    assert encode_code128(list("AB123456")) == ">:AB>5123456"
    assert encode_code128(list("AB12345")) == ">:AB1>52345"
    assert encode_code128(list("LP0J4K8M2Q7X")) == ">:LP0J4K8M2Q7X"
