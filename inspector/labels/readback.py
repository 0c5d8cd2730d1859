"""Reading a label back as a scanner would: rasterise with poppler (`pdftoppm`), decode with ZBar (`zbarimg`).

Independent of everything that drew the label, so a pass means the bars really carry the data. Used by the tests,
the benchmark and support ("does this label scan?"). Needs poppler-utils and zbar-tools (Debian package names).
"""
from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_NS = {"z": "http://zbar.sourceforge.net/2008/barcode"}


@dataclass(frozen=True)
class Decoded:
    symbology: str      # ZBar's name: CODE-128, EAN-13...
    data: str           # as the scanner reports it; GS1 separators as "\x1d"
    gs1: bool           # FNC1 in first position: the reader knows it is a GS1 element string


def tools_missing() -> list[str]:
    return [tool for tool in ("pdftoppm", "zbarimg") if shutil.which(tool) is None]


def rasterise(pdf: Path, dpi: int, target_stem: Path, antialias: bool = False) -> Path:
    """PNG of page 1. Without anti-aliasing the bars come out as a thermal head prints them: whole dots."""
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "-aaVector", "yes" if antialias else "no",
                    str(pdf), str(target_stem)], check=True, timeout=60, capture_output=True)
    return target_stem.with_suffix(".png")


def decode_images(images: list[Path]) -> dict[Path, list[Decoded]]:
    """One zbarimg run for many images (it starts slowly); results per image, top of the label first."""
    found: dict[Path, list[Decoded]] = {image: [] for image in images}
    if not images:
        return found
    run = subprocess.run(["zbarimg", "--quiet", "--xml", *map(str, images)], capture_output=True, timeout=120)
    if run.returncode not in (0, 4):  # 4: some image had no barcode at all, which the caller will see as missing
        raise RuntimeError(f"zbarimg failed ({run.returncode}): {run.stderr.decode(errors='replace')[-500:]}")
    root = ET.fromstring(run.stdout.decode("utf-8"))
    by_name = {str(image): image for image in images}
    for source in root.findall("z:source", _NS):
        image = by_name[source.get("href", "")]
        for symbol in source.iter(f"{{{_NS['z']}}}symbol"):
            data_node = symbol.find("z:data", _NS)
            raw = (data_node.text or "") if data_node is not None else ""
            data = base64.b64decode(raw.strip()).decode("latin-1") if data_node is not None and \
                data_node.get("format") == "base64" else raw
            found[image].append(Decoded(symbol.get("type", ""), data, "GS1" in symbol.get("modifiers", "")))
    return found


def decode_pdf(pdf: bytes, dpi: int = 203) -> list[Decoded]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "label.pdf"
        path.write_bytes(pdf)
        image = rasterise(path, dpi, Path(tmp) / "label")
        return decode_images([image])[image]
