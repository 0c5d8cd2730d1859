"""Qt print support for restock labels: a label PDF onto any system printer (CUPS on Linux), and label previews.

Two ways in, both usable as `inspector.printing.delivery.deliver`'s `system_printer`:
- `print_pdf_in_helper` (what the bench uses): the Qt printing runs in a short-lived helper process
  (`python -m ui.printing.label_printing`). PySide keeps the GIL through every Qt call, and QPainter.end() on a CUPS printer
  alone blocks 15-20 ms on cupsd: in process, that would stall the window's event loop past a 16 ms frame. The
  helper costs ~150 ms of start-up on the print lane, which nobody waits for, and a crashing printer driver cannot
  take the bench down with it.
- `print_pdf`: the same in this process (the helper's body; tests; tools).

Qt cannot pass a PDF through to a printer, so the page is rendered by QtPdf at the printer's own resolution (bar
edges then fall on the printer's dots, with aliased paths: no grey fringes for a thermal head to dither) and painted
onto a QPrinter set to the label's exact size with no margins.

Both are for the task runner's background lane, never the GUI thread (Qt supports painting on QPrinter and QImage
in worker threads); neither touches widgets. The page is rendered and drawn in strips, which bounds memory and, in
process, keeps each GIL-holding Qt call short.
"""
from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from inspector.printing import problems

log = logging.getLogger(__name__)

MAX_RENDER_DPI = 600      # 1200 dpi office printers get a 600 dpi image at an exact 2x: crisp, 4x less memory
PREVIEW_DPI = 203
STRIP_PIXELS = 250_000   # per render/draw call: ~10 ms each in process; bounded memory in the helper
HELPER_TIMEOUT_S = 60.0


def _open(pdf: bytes) -> tuple[QPdfDocument, str]:
    """Loading from a file is synchronous (a QIODevice load may finish later); the caller removes the file."""
    handle, path = tempfile.mkstemp(suffix=".pdf", prefix="label-")
    with os.fdopen(handle, "wb") as out:
        out.write(pdf)
    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        os.unlink(path)
        raise ValueError("the label PDF cannot be read")  # our own PDF: a bug, not the environment
    return document, path


def _page_pixels(document: QPdfDocument, dpi: float) -> QSize:
    points = document.pagePointSize(0)
    return QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))


def _flatten(image: QImage) -> QImage:
    """White behind transparency, one byte per pixel: all a label printer can show, a quarter of the memory."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat.convertToFormat(QImage.Format.Format_Grayscale8)


def _strips(document: QPdfDocument, dpi: float) -> Iterator[tuple[int, QImage]]:
    """The page as horizontal strips (top offset in pixels, image): a whole 4x6 label at 600 dpi is 8.6 megapixels,
    and one render or drawImage of it holds the GIL for ~100 ms."""
    full = _page_pixels(document, dpi)
    rows = max(16, STRIP_PIXELS // max(1, full.width()))
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased
                           | QPdfDocumentRenderOptions.RenderFlag.ImageAliased)
    options.setScaledSize(full)
    for top in range(0, full.height(), rows):
        height = min(rows, full.height() - top)
        options.setScaledClipRect(QRect(0, top, full.width(), height))
        yield top, _flatten(document.render(0, QSize(full.width(), height), options))


def _render(document: QPdfDocument, dpi: float) -> QImage:
    full = _page_pixels(document, dpi)
    image = QImage(full, QImage.Format.Format_Grayscale8)
    painter = QPainter(image)
    for top, strip in _strips(document, dpi):
        painter.drawImage(0, top, strip)
    painter.end()
    return image


def render_image(pdf: bytes, dpi: float = PREVIEW_DPI) -> QImage:
    """The label as the printer will see it: for the preview dialog (scale it for the screen, keep it pixel-true)."""
    document, path = _open(pdf)
    try:
        return _render(document, dpi)
    finally:
        document.close()
        os.unlink(path)


def _printer_info(printer_name: str) -> QPrinterInfo:
    if printer_name:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            raise problems.system_printer_missing(printer_name)
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise problems.no_printer()
    if info.state() == QPrinter.PrinterState.Error:  # a CUPS queue stopped after a fault
        raise problems.system_printer_failed(info.printerName())
    return info


def print_pdf(pdf: bytes, printer_name: str, document_name: str) -> str:
    """Prints page 1 of `pdf` at its own size; returns the printer's name. Raises EnvironmentProblem on trouble."""
    info = _printer_info(printer_name)
    document, path = _open(pdf)
    try:
        points = document.pagePointSize(0)
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document_name)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "Label",
                                      QPageSize.SizeMatchPolicy.ExactMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        device_dpi = printer.resolution()
        dpi = device_dpi / math.ceil(device_dpi / MAX_RENDER_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise problems.system_printer_failed(info.printerName())
        try:
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            full = _page_pixels(document, dpi)
            sx, sy = paper.width() / full.width(), paper.height() / full.height()
            for top, strip in _strips(document, dpi):
                painter.drawImage(QRectF(0, top * sy, strip.width() * sx, strip.height() * sy), strip)
        finally:
            painter.end()  # sends the job to CUPS
        if printer.printerState() in (QPrinter.PrinterState.Aborted, QPrinter.PrinterState.Error):
            raise problems.system_printer_failed(info.printerName())
        return info.printerName()
    finally:
        document.close()
        os.unlink(path)


def print_pdf_in_helper(pdf: bytes, printer_name: str, document_name: str,
                        timeout_s: float = HELPER_TIMEOUT_S) -> str:
    """`print_pdf` in a helper process; same result, same PrinterProblems. Blocks only the calling (print) thread."""
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"  # CUPS printing needs no display; the helper must not open a window
    root = str(Path(__file__).resolve().parents[2])    # the folder that holds `ui`
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    try:
        run = subprocess.run([sys.executable, "-m", "ui.printing.label_printing", printer_name, document_name],
                             input=pdf, capture_output=True, timeout=timeout_s, env=env, cwd=root)
    except subprocess.TimeoutExpired as exc:
        raise problems.system_printer_failed(printer_name or "default") from exc
    lines = run.stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        answer = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        log.error("label print helper failed (exit %s): %s", run.returncode,
                  run.stderr.decode("utf-8", "replace")[-2000:])
        raise problems.system_printer_failed(printer_name or "default") from None
    if answer.get("ok"):
        return str(answer["printer"])
    raise _PROBLEMS.get(answer.get("reason", ""), problems.system_printer_failed)(answer.get("printer", ""))


# The helper reports a problem by reason code; the parent rebuilds it, so the translatable text survives.
_PROBLEMS = {"missing": problems.system_printer_missing, "failed": problems.system_printer_failed,
             "no_printer": lambda _name: problems.no_printer()}


def _helper_main(argv: list[str]) -> int:
    """`python -m ui.printing.label_printing PRINTER DOCUMENT_NAME < label.pdf`: prints, answers one JSON line."""
    from PySide6.QtGui import QGuiApplication
    printer_name, document_name = argv[0], argv[1]
    app = QGuiApplication([sys.argv[0]])  # QPrinter needs an application object
    pdf = sys.stdin.buffer.read()
    try:
        answer = {"ok": True, "printer": print_pdf(pdf, printer_name, document_name)}
    except problems.PrinterProblem as problem:
        answer = {"ok": False, "reason": problem.reason, "printer": printer_name, "message": str(problem)}
    print(json.dumps(answer), flush=True)
    del app  # before interpreter shutdown, so Qt is torn down in order
    return 0


def installed_printers() -> list[str]:
    """For the station settings' printer list."""
    return list(QPrinterInfo.availablePrinterNames())


if __name__ == "__main__":
    sys.exit(_helper_main(sys.argv[1:]))
