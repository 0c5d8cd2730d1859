"""The demo sheet PDF, rasterised at a label printer's 203 dpi and read by zbarimg: every barcode decodes to exactly
its payload. The vector barcode module is checked the same way on symbols chosen to hit Code 128's edge cases."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.cli.main import main
from inspector.demo.demo_dataset import demo_exceptions, demo_operators, demo_returns
from inspector.demo.demo_sheet import MODULE_MM, all_barcodes, build_demo_sheet
from inspector.labels.vector_barcode import (MIN_MODULE_MM, BarcodeDataError, code128, draw_barcode, ean13,
                                             gs1_128)
from inspector.scans import Expect, ScanKind, interpret

pytestmark = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                                reason="needs poppler-utils and zbar-tools (make test installs them)")
GS = "\x1d"
TODAY = dt.date(2026, 12, 31)      # the sheet is built and checked for one fixed day, never the clock's


def decode_pdf(pdf: Path, work: Path) -> list[str]:
    """Every symbol zbarimg finds on every page at 203 dpi, normalised to what the bench's interpreter is sent."""
    subprocess.run(["pdftoppm", "-r", "203", "-gray", str(pdf), str(work / "page")], check=True)
    pages = sorted(work.glob("page*.pgm"))
    assert pages
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "--nodbus", *map(str, pages)], capture_output=True,
                         check=False).stdout.decode("utf-8")
    decoded = []
    for text in out.split("\n"):   # not splitlines(): it would also split at the GS separator
        if not text:
            continue
        # zbar prints GS1-128 either with the "]C1" symbology identifier or with a leading FNC1 as GS, by version.
        for prefix in ("]C1", GS):
            if text.startswith(prefix):
                text = text[len(prefix):]
        decoded.append(text)
    return decoded


def expected_payloads(policy, today: dt.date) -> Counter[str]:
    """Worked out from the demo data and the policy, not from the sheet builder."""
    payloads = [op.badge for op in demo_operators()]
    payloads += ["CMD:COMPLETE", "CMD:CANCEL", "CMD:REPRINT", "CMD:SIGNOUT", "CMD:PARCEL-DONE", "CMD:PHOTO"]
    payloads += [f"CMD:GRADE:{g}" for g in policy.grade_codes]
    payloads += [f"CMD:DISP:{d.code.upper()}" for d in policy.dispositions]
    for rma in demo_returns(today):
        payloads += [*rma.tracking_numbers, rma.rma_number]
        for line in rma.lines:
            if line.serials:
                payloads += [f"01{line.gtin.zfill(14)}21{serial}" for serial in line.serials]
            else:
                payloads.append(line.gtin.zfill(13) if line.gtin else line.sku)
    extra = demo_exceptions()
    payloads += [extra.unexpected_parcel_tracking, extra.wrong_item_gtin,
                 f"01{extra.serial_not_shipped_gtin.zfill(14)}21{extra.serial_not_shipped}"]
    return Counter(payloads)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    from inspector.domain.policy import load_policy
    from inspector.paths import resource
    policy = load_policy(resource("policy.json"))
    work = tmp_path_factory.mktemp("sheet")
    pdf = work / "sheet.pdf"
    sections = build_demo_sheet(pdf, policy, TODAY)
    return policy, pdf, sections, decode_pdf(pdf, work)


def test_every_barcode_on_the_sheet_decodes_to_exactly_its_payload(sheet):
    policy, _, sections, decoded = sheet
    assert Counter(decoded) == expected_payloads(policy, TODAY)
    assert Counter(decoded) == Counter(code.pattern.payload.replace(GS, "") for code in all_barcodes(sections))


def test_what_is_decoded_is_what_the_bench_expects(sheet):
    _, _, _, decoded = sheet
    kinds = Counter()
    for text in decoded:
        scan = interpret(text, Expect.PARCEL if text.startswith(("1Z", "RMA")) else None)
        assert scan.check_digit_valid is not False, text
        kinds[scan.kind] += 1
    assert kinds[ScanKind.BADGE] == 4 and kinds[ScanKind.RMA] == 10 and kinds[ScanKind.COMMAND] >= 18
    assert kinds[ScanKind.TRACKING] == 11 and kinds[ScanKind.ITEM] >= 20 and kinds[ScanKind.SKU] == 1


def test_the_sheet_is_vector_a4_with_readable_text(sheet):
    _, pdf, _, _ = sheet
    reader = PdfReader(str(pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        assert not page.images                    # bars are rectangles, never raster images
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    for words in ("Ana Popescu", "PIN 1234", "Nguyễn Thị Lan", "PIN 4321", "PIN 9999", "Sign in", "Command cards",
                  "Parcel RMA-100101", "Exceptions to try", "Çantë shpine", "outside the window",
                  "cancelled upstream", "personalised, not returnable"):
        assert words in text, words
    assert MODULE_MM >= MIN_MODULE_MM


def test_demo_sheet_command(tmp_path, capsys):
    out = tmp_path / "sub" / "sheet.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "demo-sheet", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "demo barcodes" in capsys.readouterr().out
    assert [p.name for p in out.parent.iterdir()] == ["sheet.pdf"]   # no temporary file left


# -------------------------------------------------------------- the vector barcode module on its own
EDGE_CASES = [
    code128("A"), code128("12345"), code128("123456"), code128("ABC12345DEF"), code128("1Z999AA10123456784"),
    code128("lower-case_and {braces}"), code128("9400110200882173065412"),
    gs1_128([("01", "04006381333931")]),
    gs1_128([("01", "04006381333931"), ("21", "A1")]),
    gs1_128([("01", "04006381333931"), ("10", "LOT7"), ("17", "271231"), ("21", "12345")]),   # FNC1 after 10
    gs1_128([("00", "340123450000000016")]),
    ean13("4006381333931"), ean13("036000291452"), ean13("5901234123457"),
]


def test_vector_barcodes_decode_at_203_dpi_including_gs1_separators(tmp_path):
    pdf = tmp_path / "edge.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    y = A4[1] - 30 * mm
    for pattern in EDGE_CASES:
        draw_barcode(canvas, pattern, 15 * mm, y, module_mm=0.25, bar_height_mm=10)   # the smallest allowed
        y -= 18 * mm
    canvas.save()
    decoded = decode_pdf(pdf, tmp_path)
    expected = [p.payload for p in EDGE_CASES]
    # UPC-A is carried as EAN-13 with a leading zero; zbar reports the 13 digits.
    assert Counter(decoded) == Counter(expected)
    assert "010400638133393110LOT7" + GS + "1727123121" + "12345" in decoded


def test_one_rectangle_per_bar_and_the_quiet_zones():
    pattern = code128("RMA-100101")
    bars = pattern.bars()
    assert sum(width for _, width in bars) == pattern.modules.count("1")
    assert all(pattern.modules[start - 1:start] != "1" for start, _ in bars)       # maximal runs, no splits
    assert pattern.quiet_left == pattern.quiet_right == 10
    assert (ean13("4006381333931").quiet_left, ean13("4006381333931").quiet_right) == (11, 7)


@pytest.mark.parametrize("make", [lambda: code128("Ünïcode"), lambda: code128(""), lambda: ean13("4006381333932"),
                                  lambda: ean13("12345670"), lambda: gs1_128([("01", "123")]),
                                  lambda: gs1_128([("99999", "x")]), lambda: gs1_128([])])
def test_data_a_symbol_cannot_carry_is_refused(make):
    with pytest.raises(BarcodeDataError):
        make()


def test_modules_below_a_quarter_millimetre_are_refused(tmp_path):
    canvas = Canvas(str(tmp_path / "x.pdf"))
    with pytest.raises(ValueError):
        draw_barcode(canvas, code128("A"), 0, 0, module_mm=0.2)
