"""`inspector demo-sheet`: an A4 PDF of every barcode needed to walk the bench with a real scanner.

Badges (PINs printed), the demo parcels (tracking number and RMA label), each expected item (EAN-13, GS1-128 with
the serial where one was shipped, Code 128 of the SKU where there is no GTIN), the command cards, and a few
barcodes that walk the exceptions. All drawn as vectors (`inspector.labels.vector_barcode`), so they scan.

`lang` (a code of `inspector.languages`; None: English) is the language of the sheet's words, marked
`QT_TRANSLATE_NOOP("demo", ...)` for lupdate, of the policy's labels, of prices and dates. The payloads never change.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.demo import sheet_fonts as fonts
from inspector.demo.demo_dataset import demo_exceptions, demo_operators, demo_returns
from inspector.domain.flags import outside_window
from inspector.domain.money import format_money
from inspector.domain.policy import Policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.vector_barcode import BarPattern, code128, draw_barcode, ean13, gs1_128
from inspector.languages import babel_locale, language_code, translator
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


class _Say:
    """The sheet's words in one language: `say("Sign out")`, `say.policy(label)`, `say.price(...)`, `say.day(...)`."""

    def __init__(self, lang: str | None = None) -> None:
        code = language_code(lang)     # an unknown code raises UnknownLanguage, naming the known ones
        self.english = code in (None, "en")
        self.locale = babel_locale(code)
        self._translate = translator(code)

    def __call__(self, text: str, **values: object) -> str:
        translated = self._translate("demo", text)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):   # a translation with broken placeholders: the English
            return text.format(**values)

    def policy(self, label: str) -> str:
        return self._translate("policy", label)

    def price(self, amount: object, currency: str) -> str:
        return format_money(amount, currency, self.locale)  # type: ignore[arg-type]

    def day(self, day: dt.date) -> str:
        return day.isoformat() if self.english else format_date(day, "medium", locale=self.locale)


_ROLES = {"inspector": QT_TRANSLATE_NOOP("demo", "inspector"), "supervisor": QT_TRANSLATE_NOOP("demo", "supervisor"),
          "admin": QT_TRANSLATE_NOOP("demo", "admin")}


def _badges(say: _Say) -> SheetSection:
    codes = tuple(SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "{name} · {role} · PIN {pin}"), name=op.name,
                                   role=say(_ROLES.get(op.role.value, op.role.value)), pin=op.pin),
                               code128(op.badge))
                  for op in demo_operators())
    return SheetSection(say(QT_TRANSLATE_NOOP("demo", "1. Sign in")),
                        (say(QT_TRANSLATE_NOOP("demo", "Scan a badge, then type its PIN on the keyboard.")),), codes)


def _commands(policy: Policy, say: _Say) -> SheetSection:
    codes = [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Complete the item")),
                          code128(command_barcode_text(Command.COMPLETE))),
             SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Cancel the item (or the parcel)")),
                          code128(command_barcode_text(Command.CANCEL)))]
    codes += [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Grade {code}: {label}"), code=g.code,
                               label=say.policy(g.label)),
                           code128(command_barcode_text(Command.GRADE, g.code)))
              for g in policy.grades]
    codes += [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Disposition: {label} (bin {bin})"),
                               label=say.policy(d.label), bin=d.bin),
                           code128(command_barcode_text(Command.DISPOSITION, d.code))) for d in policy.dispositions]
    codes += [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Photo of the item (as F9)")),
                           code128(command_barcode_text(Command.PHOTO))),
              SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Reprint the last label")),
                           code128(command_barcode_text(Command.REPRINT))),
              SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Parcel done")),
                           code128(command_barcode_text(Command.COMPLETE_PARCEL))),
              SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Sign out")), code128(command_barcode_text(Command.SIGN_OUT)))]
    notes = (say(QT_TRANSLATE_NOOP("demo", "Grades can also be keyed 1-{count}. A disposition other than the proposed "
                                           "one asks for a reason."), count=len(policy.grades)),)
    return SheetSection(say(QT_TRANSLATE_NOOP("demo", "2. Command cards")), notes, tuple(codes))


def _carrier(tracking_number: str, say: _Say) -> str:
    try:
        carrier = interpret(tracking_number).carrier
    except ScanError:
        carrier = None
    names = {"ups": "UPS", "usps": "USPS", "fedex": "FedEx", "dhl": "DHL", "amazon": "Amazon",
             "upu_s10": say(QT_TRANSLATE_NOOP("demo", "Post"))}
    return names.get(carrier or "", say(QT_TRANSLATE_NOOP("demo", "Carrier")))


def item_pattern(line: ReturnLine, serial: str | None = None) -> BarPattern:
    """What the product itself would carry: EAN-13 for a GTIN-12/13, GS1-128 with AI 21 for a serial."""
    if line.gtin is None:
        return code128(line.sku)
    if serial is not None or len(line.gtin) in (8, 14):
        elements = [("01", line.gtin.zfill(14))] + ([("21", serial)] if serial else [])
        return gs1_128(elements)
    return ean13(line.gtin)


def _return_notes(rma: Return, policy: Policy, today: dt.date, say: _Say) -> tuple[str, ...]:
    delivered = say.day(rma.delivered_on) if rma.delivered_on else say(QT_TRANSLATE_NOOP("demo", "unknown"))
    notes = [say(QT_TRANSLATE_NOOP("demo", "Order {order} · reason: {reason} · delivered {delivered}"),
                 order=rma.order_number, reason=rma.customer_reason or "-", delivered=delivered)]
    if rma.status is ReturnStatus.CANCELLED:
        notes.append(say(QT_TRANSLATE_NOOP("demo", "Watch: this return was cancelled upstream.")))
    elif rma.status is not ReturnStatus.OPEN:
        notes.append(say(QT_TRANSLATE_NOOP("demo", "Watch: this return was closed upstream.")))
    if outside_window(rma.delivered_on, today, policy.return_window_days):
        notes.append(say(QT_TRANSLATE_NOOP("demo", "Watch: delivered more than {days} days ago (outside the "
                                                   "window)."), days=policy.return_window_days))
    for line in rma.lines:
        if line.category in policy.non_returnable_categories:
            notes.append(say(QT_TRANSLATE_NOOP("demo", "Watch: line {line} is {category}, not returnable."),
                             line=line.line_no, category=line.category))
    return tuple(notes)


def _return_section(index: int, rma: Return, policy: Policy, today: dt.date, say: _Say) -> SheetSection:
    codes = [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "Parcel label ({carrier})"), carrier=_carrier(t, say)),
                          code128(t)) for t in rma.tracking_numbers]
    codes.append(SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "…or the RMA label inside")), code128(rma.rma_number)))
    for line in rma.lines:
        what = say(QT_TRANSLATE_NOOP("demo", "Line {line}: {description} · {price}"), line=line.line_no,
                   description=line.description, price=say.price(line.unit_price, line.currency))
        if line.serials:
            codes += [SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "{what} · serial {serial}"), what=what,
                                       serial=serial), item_pattern(line, serial)) for serial in line.serials]
            unserialised = line.quantity - len(line.serials)
            if unserialised > 0:
                codes.append(SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "{what} · ×{count} without serial"),
                                              what=what, count=unserialised), item_pattern(line)))
        else:
            codes.append(SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "{what} · scan ×{count}"), what=what,
                                          count=line.quantity) if line.quantity > 1 else what,
                                      item_pattern(line)))
    return SheetSection(say(QT_TRANSLATE_NOOP("demo", "3.{index} Parcel {rma}"), index=index, rma=rma.rma_number),
                        _return_notes(rma, policy, today, say), tuple(codes))


def _exception_section(returns: tuple[Return, ...], say: _Say) -> SheetSection:
    extra = demo_exceptions()
    serialised = next(r for r in returns for ln in r.lines if ln.gtin == extra.serial_not_shipped_gtin)
    codes = (SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "A parcel with no return (unexpected)")),
                          code128(extra.unexpected_parcel_tracking)),
             SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "An item on no demo return (wrong item)")),
                          ean13(extra.wrong_item_gtin)),
             SheetBarcode(say(QT_TRANSLATE_NOOP("demo", "In parcel {rma}: a serial that was not shipped"),
                              rma=serialised.rma_number),
                          gs1_128([("01", extra.serial_not_shipped_gtin.zfill(14)), ("21", extra.serial_not_shipped)])))
    return SheetSection(say(QT_TRANSLATE_NOOP("demo", "4. Exceptions to try")),
                        (say(QT_TRANSLATE_NOOP("demo", "Each of these goes to the supervisor's review.")),), codes)


def demo_sheet_sections(policy: Policy, today: dt.date, lang: str | None = None) -> list[SheetSection]:
    say = _Say(lang)
    returns = demo_returns(today)
    return [_badges(say), _commands(policy, say),
            *(_return_section(i, rma, policy, today, say) for i, rma in enumerate(returns, start=1)),
            _exception_section(returns, say)]


class _Layout:
    """Flows cells left to right, rows top to bottom, new page when the next row does not fit."""

    def __init__(self, canvas: Canvas, say: _Say | None = None) -> None:
        self.canvas = canvas
        self.say = say or _Say()
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
        text = self.say(QT_TRANSLATE_NOOP("demo", "Demo barcodes · page {page}"), page=self.page)
        fonts.draw_text(self.canvas, self.width - MARGIN - fonts.text_width(text, self.font, 7), MARGIN / 2, text,
                        self.font, 7)

    def _ensure(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self._new_page()

    def title(self, text: str, intro: str) -> None:
        fonts.draw_text(self.canvas, MARGIN, self.y - 16, text, self.bold, 16)
        self.y -= 24
        for line in fonts.wrap(intro, self.font, NOTE_SIZE, self.width - 2 * MARGIN, 4):
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


def render_sheet(sections: list[SheetSection], output: Path, lang: str | None = None) -> None:
    """Writes the PDF next to `output` and renames it into place, so a failure never leaves half a file.

    `lang`: the language of the title, introduction and page footer (the sections carry their own words)."""
    say = _Say(lang)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        canvas = Canvas(tmp_name, pagesize=A4, pageCompression=1)
        title = say(QT_TRANSLATE_NOOP("demo", "Return inspection bench: demo barcodes"))
        canvas.setTitle(title)
        canvas.setAuthor("return-inspector")
        layout = _Layout(canvas, say)
        layout.title(title, say(QT_TRANSLATE_NOOP("demo", "Walk the whole flow with a scanner: sign in (badge + PIN), "
                                                          "scan a parcel, scan each item, grade it, tick damage, "
                                                          "complete; at the end of the parcel scan \"Parcel done\". "
                                                          "Items show what the product itself carries.")))
        for section in sections:
            layout.section(section)
        layout.finish()
        canvas.save()
        os.replace(tmp_name, output)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def build_demo_sheet(output: Path, policy: Policy, today: dt.date | None = None,
                     lang: str | None = None) -> list[SheetSection]:
    """`lang`: a code of `inspector.languages` (None: English); an unknown one raises `UnknownLanguage`."""
    # UTC days, as load_demo_data dates the returns: the sheet's notes match what the bench shows.
    sections = demo_sheet_sections(policy, today or dt.datetime.now(dt.timezone.utc).date(), lang)
    render_sheet(sections, output, lang)
    return sections


def all_barcodes(sections: list[SheetSection]) -> Iterator[SheetBarcode]:
    for section in sections:
        yield from section.barcodes
