"""The report's type and tables: the bundled fonts and paragraph styles, cells drawn in font runs where the first
(Latin) font lacks a character, the table look (one shared cell style per column) and long tables in chunks.

Long tables are split into chunks of `CHUNK_ROWS`: platypus lays out (and splits across pages) one table in time
that grows with the square of its rows, so a 50,000-item day as one table would not finish.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from inspector.labels.fonts import family, runs, width as text_width
from inspector.reports.fitting import RunLines, lines as fitted_lines

CHUNK_ROWS = 250


class Fonts:
    """The bundled fonts (`inspector.labels.fonts`) and the report's paragraph styles; text as cells and paragraphs."""

    def __init__(self) -> None:
        self.regular, self.bold = family(False), family(True)
        self.sans, self.sans_bold = self.regular.names[0], self.bold.names[0]
        self.body = ParagraphStyle("body", fontName=self.sans, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.title = ParagraphStyle("title", parent=self.body, fontName=self.sans_bold, fontSize=20, leading=24,
                                    spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=self.sans_bold, fontSize=12.5, leading=16,
                                 spaceBefore=8, spaceAfter=4)

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup drawing each character in a bundled font that has it."""
        fonts = self.bold if bold else self.regular
        return "".join(f'<font name="{name}">{escape(piece)}</font>' for piece, name in runs(text, fonts))

    def plain(self, text: str) -> bool:
        """True when the first (Latin) font draws every character: one font, no runs needed."""
        return self.regular.cmaps[0].issuperset(map(ord, text))

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Any:
        """A plain string when the first font draws all of it (fast: most cells), else a Paragraph in runs."""
        if self.plain(text):
            return text
        return Paragraph(self.markup(text), style or self.small)

    def wrapped(self, texts: Sequence[str], width: float, size: float) -> Any:
        """A table cell of a column `width` wide at `size`: each text from a new line, broken to fit. A plain string
        with line breaks when the first font draws it all (fast: most cells), else the lines in runs."""
        room = width - PADDING["leftPadding"] - PADDING["rightPadding"]
        broken = [line for text in texts for line in fitted_lines(text, self.regular, size, room)]
        if all(self.plain(line) for line in broken):
            return "\n".join(broken)
        return RunLines(broken, self.regular, size, size * 1.2)

    def para(self, text: str, style: ParagraphStyle | None = None, bold: bool = False) -> Paragraph:
        return Paragraph(self.markup(text, bold), style or self.body)

    def heading(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.para(text, style or self.h2, bold=True)


PADDING = {"topPadding": 1.2, "bottomPadding": 1.2, "leftPadding": 2.5, "rightPadding": 2.5}
RULES = TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")])])


@dataclass(frozen=True)
class Look:
    """The report's table look (bold header, small padding, numbers to the right), given to a Table as one shared
    cell style per column (header and body).

    Style commands make platypus build a `CellStyle` for every cell and then set each command's attributes cell by
    cell: for the exceptions of a busy day that is a quarter of a million attribute writes, a tenth of the whole
    build. Every body cell of a column looks the same, so they share one style object. Only line and background
    commands remain (`RULES`); no cell-style command may be added to these tables, as platypus would change the
    shared object in place.
    """
    header: tuple[CellStyle, ...]
    body: tuple[CellStyle, ...]
    fonts: Fonts | None = None
    size: float = 8.5

    @classmethod
    def of(cls, fonts: Fonts, size: float, columns: int, numeric_from: int | None = None) -> Look:
        def style(bold: bool, column: int) -> CellStyle:
            cell = CellStyle("report")
            cell.fontname, cell.fontsize, cell.leading = (fonts.sans_bold if bold else fonts.sans), size, size * 1.2
            cell.valign = "TOP"
            cell.alignment = "RIGHT" if numeric_from is not None and column >= numeric_from else "LEFT"
            for name, value in PADDING.items():
                setattr(cell, name, value)
            return cell
        return cls(tuple(style(True, c) for c in range(columns)), tuple(style(False, c) for c in range(columns)),
                   fonts, size)

    def header_cells(self, header: Sequence[Any], widths: Sequence[float] | None = None) -> list[Any]:
        """The header as given, but a word the first font cannot draw (Chinese) as a bold Paragraph in runs, and a
        word longer than its column (Albanian "Kategoria" over an 8 mm grade column) in a smaller size that fits,
        both aligned as their column."""
        if self.fonts is None:
            return list(header)
        fonts = self.fonts
        room = [w - PADDING["leftPadding"] - PADDING["rightPadding"] for w in widths] if widths else []
        cells: list[Any] = []
        for n, (text, look) in enumerate(zip(header, self.header)):
            if not isinstance(text, str):
                cells.append(text)
                continue
            size = self.size
            if n < len(room):
                needed = max(text_width(line, fonts.bold, self.size) for line in text.split("\n"))
                # 0.9: a Paragraph filled to the last point wraps its last letter (ReportLab rounds the width)
                if needed:
                    size = max(self.size * 0.6, min(self.size, 0.9 * self.size * room[n] / needed))
            if fonts.plain(text) and size == self.size:
                cells.append(text)
                continue
            style = ParagraphStyle("header", fontName=fonts.sans_bold, fontSize=size, leading=self.size * 1.2,
                                   alignment=TA_RIGHT if look.alignment == "RIGHT" else TA_LEFT)
            cells.append(Paragraph(fonts.markup(text, bold=True), style))
        return cells

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None,
              repeat_header: bool = True) -> Table:
        styles = [list(self.header), *(list(self.body) for _ in range(len(rows) - 1))]
        cells = [self.header_cells(rows[0], widths), *(list(row) for row in rows[1:])] if rows else []
        return Table(cells, colWidths=list(widths) if widths else None,
                     repeatRows=1 if repeat_header else 0, style=RULES, cellStyles=styles)


def chunked_tables(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float],
                   look: Look, chunk: int = CHUNK_ROWS) -> list[Table]:
    """One table per `chunk` rows, each repeating the header: linear time however many rows there are."""
    header = look.header_cells(header, widths)      # once, not once per chunk
    plain = replace(look, fonts=None)
    return [plain.table([header, *rows[start:start + chunk]], widths)
            for start in range(0, len(rows), chunk)] or [plain.table([header], widths)]
