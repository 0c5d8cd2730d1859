"""Every template, rasterised at 203 and 300 dpi by poppler, decodes with independent readers (ZBar, and zxing-cpp
when installed) back to exactly the payloads, GS1 AIs and FNC1 included; text is real embedded glyphs."""
from __future__ import annotations

import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.domain.site_day import LOCAL
from inspector.labels.layout import lay_out
from inspector.labels.pdf_label import layout_pdf
from inspector.labels.readback import decode_images, rasterise, tools_missing
from inspector.labels.samples import CHINESE, ROMANIAN, VIETNAMESE
from inspector.labels.template import SIZES, load_template

pytestmark = pytest.mark.skipif(bool(tools_missing()), reason=f"needs poppler-utils and zbar-tools: "
                                                               f"{', '.join(tools_missing())} missing")

DPIS = (203, 300)
# The extremes too: no GS1 at all, and 20-character serial and lot (the most GS1 allows), split over symbols.
CASES = {"ro": ROMANIAN, "vi": VIETNAMESE, "zh": CHINESE,
         "no-gtin": replace(VIETNAMESE, gtin=None, license_plate="LPZZZZZZZZZZ"),
         "longest": replace(ROMANIAN, serial="ABCDEFGHJK0123456789", lot="Z9-Y8.X7/W6_V5+U4%T3")}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Every case x size x dpi rendered once; ZBar run once over all images (it is slow to start)."""
    folder = tmp_path_factory.mktemp("labels")
    expected, images = {}, []
    for case, data in CASES.items():
        for size in SIZES:
            layout = lay_out(load_template(size), data)
            pdf = folder / f"{case}-{size}.pdf"
            pdf.write_bytes(layout_pdf(layout, data.license_plate))
            for dpi in DPIS:
                image = rasterise(pdf, dpi, folder / f"{case}-{size}-{dpi}")
                expected[image] = layout
                images.append(image)
    return expected, decode_images(images)


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("case", CASES)
def test_zbar_reads_back_exactly_the_payloads(rendered, case, size, dpi):
    expected, decoded = rendered
    image = next(i for i in expected if i.name == f"{case}-{size}-{dpi}.png")
    layout = expected[image]
    found = decoded[image]
    assert Counter(d.data for d in found) == Counter(layout.payloads())
    assert all(d.symbology == "CODE-128" for d in found)
    gs1 = {code.pattern.payload for code in layout.barcodes if code.pattern.symbology == "gs1_128"}
    for symbol in found:
        assert symbol.gs1 == (symbol.data in gs1), f"FNC1-first (GS1) flag wrong for {symbol.data!r}"


def test_zxing_cpp_reads_them_too(rendered):
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp not installed (pip install zxing-cpp)")
    image_module = pytest.importorskip("PIL.Image")
    expected, _ = rendered
    for image, layout in expected.items():
        results = zxingcpp.read_barcodes(image_module.open(image), text_mode=zxingcpp.TextMode.Plain)
        assert Counter(r.text for r in results) == Counter(layout.payloads()), image.name
        for r in results:
            is_gs1 = any(r.text == c.pattern.payload for c in layout.barcodes if c.pattern.symbology == "gs1_128")
            assert r.symbology_identifier == ("]C1" if is_gs1 else "]C0"), (image.name, r.text)


def _pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=30).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("size", SIZES)
def test_every_font_is_embedded_truetype_with_a_unicode_map(rendered, size):
    expected, _ = rendered
    for case in ("ro", "vi", "zh"):
        pdf = next(iter(expected)).parent / f"{case}-{size}.pdf"
        rows = _pdffonts(pdf)
        assert rows, "text must be in the PDF as fonts"
        for row in rows:
            # name type encoding emb sub uni object ID: all embedded subsets, all mappable back to Unicode
            name, kind, emb, sub, uni = row[0], row[1], row[-5], row[-4], row[-3]
            assert kind == "TrueType" and (emb, sub, uni) == ("yes", "yes", "yes"), row
            assert "Helvetica" not in name


def _pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=30)
    return out.stdout.decode("utf-8")


def test_text_comes_back_from_the_pdf_in_every_script(rendered):
    expected, _ = rendered
    folder = next(iter(expected)).parent
    ro, vi, zh = (" ".join(_pdftotext(folder / f"{c}-4x6.pdf").split()) for c in ("ro", "vi", "zh"))
    assert "Telefon mobil X1 (negru), 128 GB, cu husă și încărcător rapid; ambalaj ștampilat, țiplă lipsă" in ro
    assert "Đèn bàn LED chống cận, điều chỉnh độ sáng – hàng trưng bày" in vi
    assert "Nguyễn Thị Lan" in vi
    assert "陶瓷马克杯 定制印字 350毫升 (Cană personalizată, Filxhan i personalizuar me ëmër, çaj)" in zh
    assert "Arbër Çela" in zh
    for text in (ro, vi, zh):
        assert "\ufffd" not in text and "□" not in text
    # The label shows the bench's own clock: the day of completion there, which in UTC-12 is the UTC day before.
    local_day = LOCAL.day_of(ROMANIAN.completed_at).isoformat()
    assert "OPEN BOX" in ro and "OPENBOX-A12" in ro and "bench-03" in ro and local_day in ro
