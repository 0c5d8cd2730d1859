"""`inspector demo-sheet`: an A4 PDF of every barcode needed to walk the bench with a real scanner.

Badges (PINs printed), the demo parcels (tracking number and RMA label), each expected item (EAN-13, GS1-128 with
the serial where one was shipped, Code 128 of the SKU where there is no GTIN), the command cards, and a few
barcodes that walk the exceptions. All drawn as vectors (`inspector.labels.vector_barcode`), so they scan.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.demo import sheet_fonts as fonts
from inspector.demo.demo_dataset import demo_exceptions, demo_operators, demo_returns
from inspector.domain.flags import outside_window
from inspector.domain.money import format_money
from inspector.domain.policy import Policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.labels.vector_barcode import BarPattern, code128, draw_barcode, ean13, gs1_128
from inspector.scans import Command, ScanError, command_barcode_text, interpret

MODULE_MM = 0.33          # the EAN-13 nominal module; well above the 0.25 mm floor for 203 dpi
BAR_HEIGHT_MM = 12.0
MARGIN = 15 * mm
COLUMN_GAP = 8 * mm
MIN_CELL_WIDTH = 55 * mm
CAPTION_SIZE, CAPTION_LINES = 7.5, 2
HEADING_SIZE, NOTE_SIZE = 12.0, 8.0
CELL_HEIGHT = CAPTION_LINES * CAPTION_SIZE * 1.25 + BAR_HEIGHT_MM * mm + 8 * 1.3 + 5 * mm


@dataclass(frozen=True)
class SheetBarcode:
    caption: str
    pattern: BarPattern


@dataclass(frozen=True)
class SheetSection:
    heading: str
    notes: tuple[str, ...]
    barcodes: tuple[SheetBarcode, ...]


def _badges() -> SheetSection:
    codes = tuple(SheetBarcode(f"{op.name} · {op.role.value} · PIN {op.pin}", code128(op.badge))
                  for op in demo_operators())
    return SheetSection("1. Sign in", ("Scan a badge, then type its PIN on the keyboard.",), codes)


def _commands(policy: Policy) -> SheetSection:
    codes = [SheetBarcode("Complete the item", code128(command_barcode_text(Command.COMPLETE))),
             SheetBarcode("Cancel the item (or the parcel)", code128(command_barcode_text(Command.CANCEL)))]
    codes += [SheetBarcode(f"Grade {g.code}: {g.label}", code128(command_barcode_text(Command.GRADE, g.code)))
              for g in policy.grades]
    codes += [SheetBarcode(f"Disposition: {d.label} (bin {d.bin})",
                           code128(command_barcode_text(Command.DISPOSITION, d.code))) for d in policy.dispositions]
    codes += [SheetBarcode("Reprint the last label", code128(command_barcode_text(Command.REPRINT))),
              SheetBarcode("Parcel done", code128(command_barcode_text(Command.COMPLETE_PARCEL))),
              SheetBarcode("Sign out", code128(command_barcode_text(Command.SIGN_OUT)))]
    notes = (f"Grades can also be keyed 1-{len(policy.grades)}. A disposition other than the proposed one asks "
             "for a reason.",)
    return SheetSection("2. Command cards", notes, tuple(codes))


def _carrier(tracking_number: str) -> str:
    try:
        carrier = interpret(tracking_number).carrier
    except ScanError:
        carrier = None
    names = {"ups": "UPS", "usps": "USPS", "fedex": "FedEx", "dhl": "DHL", "amazon": "Amazon", "upu_s10": "Post"}
    return names.get(carrier or "", "Carrier")


def item_pattern(line: ReturnLine, serial: str | None = None) -> BarPattern:
    """What the product itself would carry: EAN-13 for a GTIN-12/13, GS1-128 with AI 21 for a serial."""
    if line.gtin is None:
        return code128(line.sku)
    if serial is not None or len(line.gtin) in (8, 14):
        elements = [("01", line.gtin.zfill(14))] + ([("21", serial)] if serial else [])
        return gs1_128(elements)
    return ean13(line.gtin)


def _return_notes(rma: Return, policy: Policy, today: dt.date) -> tuple[str, ...]:
    notes = [f"Order {rma.order_number} · reason: {rma.customer_reason or '-'} · delivered "
             f"{rma.delivered_on.isoformat() if rma.delivered_on else 'unknown'}"]
    if rma.status is not ReturnStatus.OPEN:
        notes.append(f"Watch: this return was {rma.status.value} upstream.")
    if outside_window(rma.delivered_on, today, policy.return_window_days):
        notes.append(f"Watch: delivered more than {policy.return_window_days} days ago (outside the window).")
    for line in rma.lines:
        if line.category in policy.non_returnable_categories:
            notes.append(f"Watch: line {line.line_no} is {line.category}, not returnable.")
    return tuple(notes)


def _return_section(index: int, rma: Return, policy: Policy, today: dt.date) -> SheetSection:
    codes = [SheetBarcode(f"Parcel label ({_carrier(t)})", code128(t)) for t in rma.tracking_numbers]
    codes.append(SheetBarcode("…or the RMA label inside", code128(rma.rma_number)))
    for line in rma.lines:
        price = format_money(line.unit_price, line.currency)
        what = f"Line {line.line_no}: {line.description} · {price}"
        if line.serials:
            codes += [SheetBarcode(f"{what} · serial {serial}", item_pattern(line, serial)) for serial in line.serials]
            unserialised = line.quantity - len(line.serials)
            if unserialised > 0:
                codes.append(SheetBarcode(f"{what} · ×{unserialised} without serial", item_pattern(line)))
        else:
            codes.append(SheetBarcode(f"{what} · scan ×{line.quantity}" if line.quantity > 1 else what,
                                      item_pattern(line)))
    return SheetSection(f"3.{index} Parcel {rma.rma_number}", _return_notes(rma, policy, today), tuple(codes))


def _exception_section(returns: tuple[Return, ...]) -> SheetSection:
    extra = demo_exceptions()
    serialised = next(r for r in returns for ln in r.lines if ln.gtin == extra.serial_not_shipped_gtin)
    codes = (SheetBarcode("A parcel with no return (unexpected)", code128(extra.unexpected_parcel_tracking)),
             SheetBarcode("An item on no demo return (wrong item)", ean13(extra.wrong_item_gtin)),
             SheetBarcode(f"In parcel {serialised.rma_number}: a serial that was not shipped",
                          gs1_128([("01", extra.serial_not_shipped_gtin.zfill(14)), ("21", extra.serial_not_shipped)])))
    return SheetSection("4. Exceptions to try", ("Each of these goes to the supervisor's review.",), codes)


def demo_sheet_sections(policy: Policy, today: dt.date) -> list[SheetSection]:
    returns = demo_returns(today)
    return [_badges(), _commands(policy),
            *(_return_section(i, rma, policy, today) for i, rma in enumerate(returns, start=1)),
            _exception_section(returns)]


class _Layout:
    """Flows cells left to right, rows top to bottom, new page when the next row does not fit."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.width, self.height = A4
        self.font, self.bold = fonts.latin_fonts()
        self.page = 1
        self.y = self.height - MARGIN
        self.x = MARGIN
        self.row_open = False

    def _new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y, self.x, self.row_open = self.height - MARGIN, MARGIN, False

    def _footer(self) -> None:
        self.canvas.setFont(self.font, 7)
        self.canvas.drawRightString(self.width - MARGIN, MARGIN / 2, f"Demo barcodes · page {self.page}")

    def _ensure(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self._new_page()

    def title(self, text: str, lines: list[str]) -> None:
        fonts.draw_text(self.canvas, MARGIN, self.y - 16, text, self.bold, 16)
        self.y -= 24
        for line in lines:
            fonts.draw_text(self.canvas, MARGIN, self.y - NOTE_SIZE, line, self.font, NOTE_SIZE)
            self.y -= NOTE_SIZE * 1.4
        self.y -= 4 * mm

    def section(self, section: SheetSection) -> None:
        self._end_row()
        note_lines = [ln for note in section.notes
                      for ln in fonts.wrap(note, self.font, NOTE_SIZE, self.width - 2 * MARGIN, 2)]
        header = HEADING_SIZE * 1.6 + len(note_lines) * NOTE_SIZE * 1.35 + 2 * mm
        self._ensure(header + CELL_HEIGHT)  # never a heading alone at the foot of a page
        fonts.draw_text(self.canvas, MARGIN, self.y - HEADING_SIZE, section.heading, self.bold, HEADING_SIZE)
        self.y -= HEADING_SIZE * 1.6
        for line in note_lines:
            fonts.draw_text(self.canvas, MARGIN, self.y - NOTE_SIZE, line, self.font, NOTE_SIZE)
            self.y -= NOTE_SIZE * 1.35
        self.y -= 2 * mm
        for code in section.barcodes:
            self.cell(code)
        self._end_row()
        self.y -= 3 * mm

    def _end_row(self) -> None:
        if self.row_open:
            self.y -= CELL_HEIGHT
            self.x, self.row_open = MARGIN, False

    def cell(self, code: SheetBarcode) -> None:
        bars_width = code.pattern.total_modules * MODULE_MM * mm
        width = max(bars_width, MIN_CELL_WIDTH)
        if self.row_open and self.x + width > self.width - MARGIN:
            self._end_row()
        if not self.row_open:
            self._ensure(CELL_HEIGHT)
            self.row_open = True
        top = self.y
        for i, line in enumerate(fonts.wrap(code.caption, self.font, CAPTION_SIZE, width, CAPTION_LINES)):
            fonts.draw_text(self.canvas, self.x, top - CAPTION_SIZE * (1 + 1.25 * i), line, self.font, CAPTION_SIZE)
        bottom = top - CELL_HEIGHT + 3 * mm
        draw_barcode(self.canvas, code.pattern, self.x, bottom, module_mm=MODULE_MM, bar_height_mm=BAR_HEIGHT_MM,
                     font_name="Helvetica", font_size=8)
        self.x += width + COLUMN_GAP

    def finish(self) -> None:
        self._end_row()
        self._footer()
        self.canvas.showPage()


def render_sheet(sections: list[SheetSection], output: Path) -> None:
    """Writes the PDF next to `output` and renames it into place, so a failure never leaves half a file."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        canvas = Canvas(tmp_name, pagesize=A4, pageCompression=1)
        canvas.setTitle("Return inspection bench: demo barcodes")
        canvas.setAuthor("return-inspector")
        layout = _Layout(canvas)
        layout.title("Return inspection bench: demo barcodes", [
            "Walk the whole flow with a scanner: sign in (badge + PIN), scan a parcel, scan each item, grade it, "
            "tick damage,",
            "complete; at the end of the parcel scan \"Parcel done\". Items show what the product itself carries.",
        ])
        for section in sections:
            layout.section(section)
        layout.finish()
        canvas.save()
        os.replace(tmp_name, output)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def build_demo_sheet(output: Path, policy: Policy, today: dt.date | None = None) -> list[SheetSection]:
    # UTC days, as load_demo_data dates the returns: the sheet's notes match what the bench shows.
    sections = demo_sheet_sections(policy, today or dt.datetime.now(dt.timezone.utc).date())
    render_sheet(sections, output)
    return sections


def all_barcodes(sections: list[SheetSection]) -> Iterator[SheetBarcode]:
    for section in sections:
        yield from section.barcodes
