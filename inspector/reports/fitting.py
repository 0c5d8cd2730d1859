"""Words fitted into the report's narrow columns and chart names: broken into lines by their drawn width, and, where
the first (Latin) font lacks a character, drawn in runs of the bundled fonts by a flowable lighter than a Paragraph.

A busy day's exceptions table has thousands of such cells (an exception's sentence, a disposition's label); a
Paragraph parses its markup and breaks its lines again for every cell it is laid out in, `RunLines` does neither.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.platypus import Flowable

from inspector.labels.fonts import FontFamily, draw, width

ELLIPSIS = "…"


def lines(text: str, fonts: FontFamily, size: float, room: float, most: int | None = None) -> list[str]:
    """`text` broken at spaces into lines at most `room` points wide at `size`; a word wider than the room (Chinese
    writes no spaces) is broken between characters. With `most` (a chart's name), what does not fit in that many
    lines, or a word wider than the room, is cut short with "…" instead."""
    def fits(line: str) -> bool:
        return width(line, fonts, size) <= room

    def pieces(word: str) -> Iterator[str]:
        piece = ""
        for char in word:
            if piece and not fits(piece + char):
                yield piece
                piece = ""
            piece += char
        yield piece

    found: list[str] = []
    for word in text.split():
        if found and fits(joined := f"{found[-1]} {word}"):
            found[-1] = joined
        elif most is None and not fits(word):
            found.extend(pieces(word))
        else:
            found.append(word)
    if most is None:
        return found or [""]
    kept = found[:most] or [""]
    for n, line in enumerate(kept):
        if not fits(line) or (n == most - 1 and len(found) > most):
            while line and not fits(line.rstrip() + ELLIPSIS):
                line = line[:-1]
            kept[n] = line.rstrip() + ELLIPSIS
    return kept


class RunLines(Flowable):
    """Lines already broken, each drawn in runs of `fonts` (`inspector.labels.fonts.draw`), placed as a table places
    a plain string's lines (the first baseline `size` below the top, then one `leading` apart)."""

    def __init__(self, text_lines: Sequence[str], fonts: FontFamily, size: float, leading: float) -> None:
        super().__init__()
        self.text_lines, self.fonts, self.size, self.leading = tuple(text_lines), fonts, size, leading
        self.width = max((width(line, fonts, size) for line in self.text_lines), default=0.0)
        self.height = leading * len(self.text_lines)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        for n, line in enumerate(self.text_lines):
            draw(self.canv, 0, self.height - self.size - n * self.leading, line, self.fonts, self.size)
