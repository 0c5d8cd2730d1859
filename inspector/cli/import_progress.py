"""Progress of a long import on stderr: one line redrawn in place on a terminal, a line per update elsewhere (a log
keeps them all). stdout stays for the outcome (and `--json`)."""
from __future__ import annotations

import sys
from typing import TextIO

_MB = 1024 * 1024


class ProgressLine:
    def __init__(self, name: str, stream: TextIO, in_place: bool) -> None:
        self.name = name
        self._stream = stream
        self._in_place = in_place
        self._width = 0   # of the line drawn last, to blank out what a shorter one leaves

    @classmethod
    def for_stderr(cls, name: str, wanted: bool | None) -> "ProgressLine | None":
        """`wanted` None: shown when stderr is a terminal."""
        terminal = sys.stderr.isatty()
        if wanted is False or (wanted is None and not terminal):
            return None
        return cls(name, sys.stderr, terminal)

    def checking(self, done_bytes: int, total_bytes: int, records: int) -> None:
        size = f"{done_bytes / _MB:,.1f} of {total_bytes / _MB:,.1f} MB" if total_bytes else \
            f"{done_bytes / _MB:,.1f} MB"
        share = f"{min(100, done_bytes * 100 // total_bytes)}% " if total_bytes else ""
        self._show(f"Checking {self.name}: {share}({size}), {records:,} records")

    def writing(self, written: int, total: int) -> None:
        self._show(f"Writing {self.name}: {written:,} of {total:,} returns")

    def done(self) -> None:
        if self._in_place and self._width:
            self._stream.write("\n")
            self._stream.flush()
        self._width = 0

    def _show(self, text: str) -> None:
        try:
            if self._in_place:
                self._stream.write("\r" + text.ljust(self._width))
                self._width = max(self._width, len(text))
            else:
                self._stream.write(text + "\n")
            self._stream.flush()
        except (OSError, UnicodeEncodeError):
            pass   # a closed or narrow stderr must not stop the import
