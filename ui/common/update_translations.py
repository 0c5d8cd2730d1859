"""Refreshes the translation sources and compiles them (run: `python -m ui.common.update_translations`).

`pyside6-lupdate` collects every `tr(...)`, `QCoreApplication.translate(...)` and `QT_TRANSLATE_NOOP(...)` from
`ui/` and `inspector/` into `resources/translations/inspector_<lang>.ts` (translations already made are kept), then
`pyside6-lrelease` compiles each into the `.qm` the app loads. Translators edit the `.ts` with `pyside6-linguist`.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from inspector.paths import resource
from ui.common.catalogues import compile_catalogues, sources as catalogue_sources

ROOT = Path(__file__).resolve().parents[2]     # the checkout: ui/common/ is two floors down
LANGUAGES = ("ro", "sq", "vi", "zh_CN")   # Romanian, Albanian, Vietnamese, Simplified Chinese
MARKERS = ("tr(", "translate(", "QT_TRANSLATE_NOOP(")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6)")
    return found


def sources() -> list[str]:
    files = sorted(p for folder in ("ui", "inspector") for p in (ROOT / folder).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if any(m in p.read_text(encoding="utf-8") for m in MARKERS)]


def main() -> int:
    target = resource("translations")
    target.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = target / f"inspector_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete", "-target-language", lang,
                        *sources(), "-ts", str(ts)], check=True, cwd=ROOT)
    compile_catalogues(catalogue_sources(), target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
