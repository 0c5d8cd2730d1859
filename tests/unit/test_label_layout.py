"""Label templates and layout: every size places every field, barcodes keep their quiet zones and minimum module,
bars sit on the 203 dpi dot grid, long text is shortened sensibly, and every script has a bundled glyph."""
from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader

from inspector.labels import fonts
from inspector.labels.content import LabelData
from inspector.labels.layout import LabelLayoutError, PlacedBarcode, PlacedRule, PlacedText, lay_out
from inspector.labels.pdf_label import render_pdf
from inspector.labels.samples import ALL, CHINESE, ROMANIAN, VIETNAMESE
from inspector.labels.template import DOT_MM, SIZES, TemplateError, load_template
from inspector.labels.vector_barcode import MIN_MODULE_MM
from inspector.paths import resource

LONG = replace(ROMANIAN, serial="S" * 20, lot="L" * 20, sku="SKU-" + "9" * 40,
               description="Aspirator vertical fără fir cu acumulator detașabil și perie motorizată " * 4)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("data", ALL + (LONG,), ids=["ro", "vi", "zh", "long"])
def test_barcodes_fit_with_quiet_zones_on_the_dot_grid(size, data):
    template = load_template(size)
    layout = lay_out(template, data)
    assert layout.barcodes, "every label carries at least the license plate"
    assert layout.payloads()[0] == data.license_plate
    for code in layout.barcodes:
        assert code.module_mm >= MIN_MODULE_MM
        assert code.module_mm == pytest.approx(code.module_dots * DOT_MM)
        # The quiet zones are inside the symbol's width, and the whole symbol on the label.
        assert code.pattern.quiet_left >= 10 and code.pattern.quiet_right >= 10
        assert code.x >= 0 and code.x + code.width <= template.width_mm + 1e-6
        assert code.y + code.height <= template.height_mm + 1e-6
        assert abs(code.x / DOT_MM - round(code.x / DOT_MM)) < 1e-6, "bar edges must fall on printer dots"
        assert code.bar_height >= 5.0


def test_gs1_carries_gtin_serial_and_lot_when_known():
    four_by_six = lay_out(load_template("4x6"), ROMANIAN)
    assert four_by_six.payloads()[1] == "0104006381333931" "21SN-AAA1\x1d" "10L2611-07"
    # 62 mm is too narrow for one symbol: GS1 splits the element string over several, each one FNC1-led.
    narrow = lay_out(load_template("62mm"), ROMANIAN)
    assert narrow.payloads()[1:] == ["0104006381333931", "21SN-AAA1", "10L2611-07"]
    # 2x1 is set to carry the GTIN only.
    assert lay_out(load_template("2x1"), ROMANIAN).payloads()[1:] == ["0104006381333931"]
    # No serial or lot known: just the GTIN; no GTIN: no GS1 symbol at all.
    assert lay_out(load_template("4x6"), VIETNAMESE).payloads()[1:] == ["0109501101530003"]
    assert lay_out(load_template("4x6"), replace(VIETNAMESE, gtin=None)).payloads() == [VIETNAMESE.license_plate]


def test_a_serial_gs1_cannot_carry_is_left_out_of_the_barcode():
    odd = replace(ROMANIAN, serial="SN#1 ä")  # '#', space and 'ä' are outside GS1's character set 82
    assert lay_out(load_template("4x6"), odd).payloads()[1] == "0104006381333931" "10L2611-07"


def test_elements_that_fit_nowhere_are_reported_not_dropped_silently():
    layout = lay_out(load_template("62mm"), LONG)
    assert layout.omitted == ("21", "10")  # 20-character values need more than 56 mm each at 0.25 mm modules
    assert lay_out(load_template("4x6"), LONG).omitted == ()  # 4x6 stacks them in three symbols
    assert lay_out(load_template("4x6"), LONG).payloads()[1:] == ["0104006381333931", "21" + "S" * 20, "10" + "L" * 20]


def _texts(layout):
    return [item for item in layout.items if isinstance(item, PlacedText)]


def test_long_text_wraps_then_ends_with_an_ellipsis_within_its_box():
    for size in SIZES:
        layout = lay_out(load_template(size), LONG)
        wanted = "SKU-999" if size == "2x1" else "Aspirator"  # 2x1 prints "{sku} · {description}" on one line
        for text in _texts(layout):
            family = fonts.family(text.bold)
            for line in text.lines:
                assert fonts.width(line, family, text.size) <= text.box.w / (25.4 / 72) + 0.01, (size, line)
            assert len(text.lines) * text.line_height_mm <= text.box.h + text.line_height_mm * 0.3
        description = [t for t in _texts(layout) if wanted in " ".join(t.lines)]
        assert description and description[0].lines[-1].endswith(fonts.ELLIPSIS)


def test_short_text_is_left_whole_and_absent_fields_print_nothing():
    layout = lay_out(load_template("4x6"), replace(VIETNAMESE, sku=None))
    lines = [line for text in _texts(layout) for line in text.lines]
    assert "Đèn bàn LED chống cận, điều chỉnh độ" in lines[lines.index("ITEM") + 1]
    assert not any(line.startswith("SKU") for line in lines)  # "SKU {sku}" with no SKU: no dangling caption
    assert "LP7X2M9Q4K0J" not in lines  # the plate is under its barcode, not repeated as text


def test_a_long_sku_shrinks_before_it_is_cut():
    layout = lay_out(load_template("4x6"), replace(ROMANIAN, sku="PHONE-X1-BLACK-128GB-EU-PLUG"))
    sku = next(t for t in _texts(layout) if t.lines[0].startswith("SKU"))
    assert sku.lines == ("SKU PHONE-X1-BLACK-128GB-EU-PLUG",) and sku.size <= 15


@pytest.mark.parametrize("text", ["Romanian ș ț ă Ș Ț Ă î â", "Albanian ë ç Ë Ç", "Vietnamese ễ ự ạ ố Đ đ ư ơ",
                                  "Chinese 陶瓷马克杯定制印字毫升", "Japanese カタカナ", "€ £ ¥ – … ·"])
def test_every_script_we_claim_has_a_bundled_glyph(text):
    assert fonts.family(False).missing(text) == ""
    assert fonts.family(True).missing(text) == ""


def test_text_runs_switch_fonts_only_where_the_script_changes():
    runs = fonts.runs("Cană 陶瓷 ëç", fonts.family(False))
    assert [name for _, name in runs] == ["LabelSans", "LabelCJK", "LabelSans"]


def test_fonts_are_bundled_with_their_licences():
    folder = resource("fonts")
    for name in ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DroidSansFallbackFull.ttf",
                 "LICENSE-DejaVu.txt", "LICENSE-Apache-2.0.txt", "README"):
        assert (folder / name).is_file(), name
    assert sum(p.stat().st_size for p in folder.glob("*.ttf")) < 6_000_000


def test_one_filled_rectangle_per_bar_and_nothing_raster():
    layout = lay_out(load_template("4x6"), ROMANIAN)
    pdf = render_pdf(ROMANIAN, "4x6")
    assert b"/Subtype /Image" not in pdf and b"/XObject" not in pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    bars = sum(len(code.pattern.bars()) for code in layout.barcodes)
    boxes = sum(1 for i in layout.items if isinstance(i, PlacedRule) or (isinstance(i, PlacedText) and i.inverse))
    assert page.count(b" re") == bars + boxes


def test_pdf_is_deterministic_and_small():
    first, second = render_pdf(CHINESE, "4x6"), render_pdf(CHINESE, "4x6")
    assert first == second
    assert len(first) < 80_000  # font subsets, not the 4 MB CJK font


def _write_template(tmp_path, **changes):
    data = json.loads(resource("labels", "2x1.json").read_text(encoding="utf-8"))
    data["elements"].append(changes)
    folder = tmp_path / "labels"
    folder.mkdir(exist_ok=True)
    (folder / "custom.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize("element, message", [
    ({"type": "code128", "x": 1, "y": 1, "w": 40, "h": 9, "module_dots": [1]}, "at least 0.25 mm"),
    ({"type": "text", "format": "{price}", "x": 1, "y": 1, "w": 10, "h": 3}, "unknown field"),
    ({"type": "text", "field": "bin", "x": 45, "y": 1, "w": 10, "h": 3}, "outside"),
    ({"type": "gs1_128", "ais": ["21"], "x": 1, "y": 1, "w": 40, "h": 9}, "start with 01"),
    ({"type": "circle", "x": 1, "y": 1, "w": 4, "h": 4}, "unknown element type"),
])
def test_bad_templates_say_which_file_and_what(tmp_path, element, message):
    with pytest.raises(TemplateError, match=message) as caught:
        load_template("custom", _write_template(tmp_path, **element))
    assert "custom.json" in str(caught.value)


def test_a_template_too_small_for_the_plate_is_a_layout_error(tmp_path):
    folder = _write_template(tmp_path, type="code128", x=1, y=1, w=30, h=9, module_dots=[2])
    with pytest.raises(LabelLayoutError, match="license_plate needs"):
        lay_out(load_template("custom", folder), ROMANIAN)


def test_unknown_size_is_refused():
    with pytest.raises(TemplateError, match="unknown label size"):
        load_template("A4")


def test_label_fields_never_show_none():
    bare = LabelData("LP0000000000", "", None, "", "", "", "", "")
    assert "None" not in " ".join(bare.fields().values())
    assert lay_out(load_template("4x6"), bare).payloads() == ["LP0000000000"]
    assert isinstance(lay_out(load_template("2x1"), bare).items[0], PlacedBarcode)
