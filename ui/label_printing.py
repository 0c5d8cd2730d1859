"""Qt print support for restock labels: a label PDF onto any system printer (CUPS on Linux), and label previews.

Qt cannot pass a PDF through to a printer, so the page is rendered by QtPdf at the printer's own resolution (bar
edges then fall on the printer's dots, with aliased paths: no grey fringes for a thermal head to dither) and painted
onto a QPrinter set to the label's exact size with no margins.

Everything here is safe off the GUI thread (Qt supports painting on QPrinter and QImage in worker threads), and
`print_pdf` is meant to run on the task runner's background lane, as `inspector.printing.delivery.deliver`'s
`system_printer`. It never touches widgets.
"""
from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Iterator

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from inspector.printing import problems

MAX_RENDER_DPI = 600      # 1200 dpi office printers get a 600 dpi image at an exact 2x: crisp and 4x less memory
PREVIEW_DPI = 203
STRIP_PIXELS = 200_000   # per render/draw call: a few ms each, so the GUI thread is never kept off the GIL long


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
    """The page as horizontal strips (top offset in pixels, image).

    PySide keeps the GIL through each Qt call, so one 600 dpi render or drawImage of a whole 4x6 label (~100 ms)
    would freeze the window's event loop that long; strips of ~STRIP_PIXELS keep every call under a few
    milliseconds, and the GUI thread gets the GIL back between them.
    """
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


def installed_printers() -> list[str]:
    """For the station settings' printer list."""
    return list(QPrinterInfo.availablePrinterNames())
