"""Import files are UTF-8 (a byte-order mark, as spreadsheets write one, is allowed)."""
from __future__ import annotations

from inspector.importing.problems import ImportFileError


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at position "
                              f"{exc.start}); save it as UTF-8", line=line) from None
