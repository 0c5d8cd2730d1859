"""Demo-like label data for previews, the docs images and the tests: the languages our benches really print.

`python -m inspector.labels.samples docs/` renders docs/label-4x6.png, label-2x1.png and label-62mm.png
(needs poppler's pdftoppm; 300 dpi unless a second argument says otherwise).
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from inspector.labels.content import LabelData
from inspector.labels.pdf_label import render_pdf
from inspector.labels.template import SIZES

_AT = dt.datetime(2026, 11, 20, 9, 42, tzinfo=dt.timezone.utc)

ROMANIAN = LabelData(
    license_plate="LP0J4K8M2Q7X", gtin="04006381333931", serial="SN-AAA1", lot="L2611-07", sku="PHONE-X1",
    description="Telefon mobil X1 (negru), 128 GB, cu husă și încărcător rapid; ambalaj ștampilat, țiplă lipsă",
    grade="B", grade_label="Open box / like new", disposition="Open box", bin="OPENBOX-A12", operator="Ana Popescu",
    station="bench-03", completed_at=_AT)

VIETNAMESE = LabelData(
    license_plate="LP7X2M9Q4K0J", gtin="09501101530003", serial=None, lot=None, sku="LAMP-2",
    description="Đèn bàn LED chống cận, điều chỉnh độ sáng – hàng trưng bày", grade="C", grade_label="Used",
    disposition="Refurbish", bin="REFURB-03", operator="Nguyễn Thị Lan", station="bench-03", completed_at=_AT)

CHINESE = LabelData(
    license_plate="LPQ4K8M2Z7X1", gtin="05901234123457", serial="A1B2C3D4", lot="20261120", sku="MUG-NAME",
    description="陶瓷马克杯 定制印字 350毫升 (Cană personalizată, Filxhan i personalizuar me ëmër, çaj)",
    grade="A", grade_label="As new", disposition="Back to stock", bin="STOCK-07", operator="Arbër Çela",
    station="bench-07", completed_at=_AT)

ALL = (ROMANIAN, VIETNAMESE, CHINESE)


def write_docs_images(folder: Path, data: LabelData = ROMANIAN, dpi: int = 300) -> list[Path]:
    """One PNG per size; bars and rules without anti-aliasing, as a print head makes them, text smoothed for the
    screen; a hairline frame shows the label's edge on a white page."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            pdf = Path(tmp) / f"{size}.pdf"
            pdf.write_bytes(render_pdf(data, size))
            target = folder / f"label-{size}"
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "-aaVector", "no", str(pdf),
                            str(target)], check=True, timeout=60)
            _frame(target.with_suffix(".png"))
            written.append(target.with_suffix(".png"))
    return written


def _frame(png: Path) -> None:
    from PIL import Image, ImageOps  # Pillow comes with ReportLab
    with Image.open(png) as image:
        framed = ImageOps.expand(image.convert("L"), border=2, fill=190)
    framed.save(png, optimize=True)


if __name__ == "__main__":
    for path in write_docs_images(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"),
                                  dpi=int(sys.argv[2]) if len(sys.argv) > 2 else 300):
        print(path)
