"""Import files are UTF-8 (a byte-order mark, as spreadsheets write one, is allowed) unless the person names
another encoding (an Amazon report from a European marketplace may be cp1252); read a piece at a time.

A file is decoded as it is read, so a 50 MB file never sits in memory whole (nor twice, as bytes and as text).
A byte that is not in the encoding is reported with its position and line; a UTF-16 or UTF-32 file read as UTF-8 is
named as such, since "not UTF-8" alone leaves the person guessing which setting of their program to change.
"""
from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from inspector.importing.problems import ImportFileError

CHUNK = 1 << 20
_BOM = codecs.BOM_UTF8
_UTF16_OR_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SAVE_AS = "save it as UTF-8 (in a spreadsheet: CSV UTF-8)"
_NAME_IT = "or name its encoding with --encoding (e.g. cp1252)"
# One line with its end kept, as csv wants it (`newline=""`): \r\n, \r or \n; nothing else ends a line.
_LINE_END = re.compile(r"\r\n?|\n")


def as_stream(source: bytes | BinaryIO) -> BinaryIO:
    return io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source


def _refuse_other_encodings(head: bytes) -> None:
    if head.startswith(_UTF16_OR_32_BOMS):
        raise ImportFileError(f"the file is not UTF-8 but UTF-16 or UTF-32 text (it starts with that "
                              f"byte-order mark); {_SAVE_AS}",
                              line=1)
    # UTF-16 without a byte-order mark: plain letters come with a NUL byte beside each. A NUL in one field of a
    # UTF-8 file is left to the field rules, which refuse control characters where they are.
    sample = head[:200]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        raise ImportFileError(f"the file is not UTF-8: it looks like UTF-16 text (every other byte is NUL); "
                              f"{_SAVE_AS}", line=1)


def codec_name(encoding: str | None) -> str:
    """The codec's own name ("cp1252" for "windows-1252"); ImportFileError for a name Python does not know."""
    try:
        return codecs.lookup(encoding or "utf-8").name
    except LookupError:
        raise ImportFileError(f"unknown encoding {encoding!r}; name one such as utf-8, cp1252 or latin-1") from None


def _first_chunk(stream: BinaryIO, chunk_size: int, name: str) -> tuple[bytes, int]:
    """The first piece, checked against the encoding's usual mix-ups; without a UTF-8 byte-order mark."""
    chunk = stream.read(chunk_size)
    while len(chunk) < 4 and chunk:   # a pipe may hand over a few bytes at a time
        more = stream.read(chunk_size)
        if not more:
            break
        chunk += more
    if name == "utf-8":
        _refuse_other_encodings(chunk)
        if chunk.startswith(_BOM):
            return chunk[len(_BOM):], len(_BOM)
    elif chunk.startswith(_BOM) and not name.startswith("utf"):
        raise ImportFileError(f"the file starts with a UTF-8 byte-order mark, so it is UTF-8 text, not {name}; "
                              "leave out --encoding", line=1)
    return chunk, 0


def text_chunks(source: bytes | BinaryIO, chunk_size: int = CHUNK, encoding: str | None = None) -> Iterator[str]:
    """The file's text, piece by piece, without the byte-order mark. Raises ImportFileError at the first byte that
    is not in the encoding (UTF-8 unless another is named), naming its position in the file and its line."""
    name = codec_name(encoding)
    stream = as_stream(source)
    decoder = codecs.getincrementaldecoder(name)("strict")
    chunk, offset = _first_chunk(stream, chunk_size, name)   # offset: bytes read before `chunk`
    newlines = 0    # b"\n" in them
    while True:
        pending = decoder.getstate()[0]   # the start of a character cut by the previous chunk
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            data = pending + chunk
            position = offset - len(pending) + exc.start
            line = newlines + data.count(b"\n", 0, exc.start) + 1
            shown = data[exc.start] if exc.start < len(data) else None
            what = f"byte 0x{shown:02x}" if shown is not None else "a character cut short at the end"
            fix = f"{_SAVE_AS}, {_NAME_IT}" if name == "utf-8" else "check which encoding it was saved in"
            raise ImportFileError(f"the file is not {'UTF-8' if name == 'utf-8' else name} text ({what} at "
                                  f"position {position}); {fix}", line=line) from None
        offset += len(chunk)
        newlines += chunk.count(b"\n")
        if text:
            yield text
        if not chunk:
            return
        chunk = stream.read(chunk_size)


def text_lines(source: bytes | BinaryIO, chunk_size: int = CHUNK, encoding: str | None = None) -> Iterator[str]:
    """The file's lines with their ends kept (\\r\\n, \\r or \\n), for `csv.reader`, read a piece at a time."""
    carry: list[str] = []   # the start of a line that goes on in the next piece
    for text in text_chunks(source, chunk_size, encoding):
        if carry and carry[-1].endswith("\r") and not text.startswith("\n"):
            yield "".join(carry)   # that \r ended its line alone
            carry.clear()
        start = 0
        for match in _LINE_END.finditer(text):
            if match.end() == len(text) and match[0] == "\r":
                break   # the \n of a \r\n may start the next piece
            line = text[start:match.end()]
            if carry:
                line = "".join(carry) + line
                carry.clear()
            yield line
            start = match.end()
        if start < len(text):
            carry.append(text[start:])
    if carry:
        yield "".join(carry)


def decode_utf8(data: bytes) -> str:
    """The whole text of a small file (the same checks as `text_chunks`)."""
    return "".join(text_chunks(data))
