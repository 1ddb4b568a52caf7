"""Reading a register saved as text (.csv, .txt): one file, one encoding, one delimiter.

Chinese Excel saves "CSV" in GBK, "CSV UTF-8" in UTF-8 with a BOM and "Unicode text" in UTF-16LE
with a BOM, tab-separated; WPS and hand-made files write any of these, sometimes without the BOM.
The encoding is decided once for the whole file: a BOM names it; NUL bytes in every other
position are UTF-16 without one; else the file is UTF-8 when all of it decodes as UTF-8, or when
its first line of Chinese does; else GB18030, the superset of GBK.

Every line is then decoded strictly in that encoding. A line that does not decode, or a line of
UTF-8 Chinese in a GB18030 file (a UTF-8 export appended to a GBK register decodes as GB18030
mojibake, 鍛�99鏄�), refuses the whole file naming its row: names nobody can read never reach
the register, and the clerk knows which rows to save again.

The delimiter (comma, tab or semicolon) is the one the first rows, where the column names are,
use most. A line longer than MAX_LINE_BYTES or a cell longer than MAX_FIELD_CHARS (an unclosed
quotation mark swallows the rest of the file into one cell) refuses the file naming its row,
before the reader holds more than a megabyte of it.
"""
from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from models.importing.errors import UnreadableFile
from models.importing.refusals import ImportRefusal

CHUNK = 1 << 20
MAX_LINE_BYTES = 1 << 20        # a register's line is a few hundred bytes
MAX_FIELD_CHARS = 1 << 16       # a cell holds a name or an address, never 64 K characters
SNIFF_LINES = 10                # the column names are among the first lines (a title above)
DELIMITERS = (",", "\t", ";")   # in this order when the first lines use two of them equally
UTF16_SHARE = 0.2               # of 16-bit units with a NUL byte on one side: UTF-16 text
BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"))


@dataclass(frozen=True)
class TextEncoding:
    """How a text file is written: `label` as the import reports it (utf-8-sig, utf-8, gb18030,
    utf-16 …), `codec` the lines are decoded with, `bom` the bytes to skip at the start."""
    label: str
    codec: str
    bom: int = 0

    @property
    def unit(self) -> int:
        """Bytes per code unit: a line ends at a newline aligned to it."""
        return len("\n".encode(self.codec))


class _BadLine(Exception):
    """A line that cannot be read in the file's encoding, or is absurdly long."""

    def __init__(self, code: ImportRefusal) -> None:
        super().__init__(code.value)
        self.code = code


def _not_text(path: Path) -> UnreadableFile:
    return UnreadableFile(f"{path.name} is not a text file (a spreadsheet or a document saved "
                          "under a .csv name?).", ImportRefusal.NOT_TEXT)


def _has_wide_chinese(line: bytes) -> bool:
    """Does this line decode as UTF-8 and hold a character of three bytes or more (all Chinese
    does)? A GBK line almost never passes; a UTF-8 line of Chinese always does."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(ord(character) >= 0x800 for character in text)


def text_encoding(path: Path) -> TextEncoding:
    """The file's one encoding, reading it once in chunks (never whole); UnreadableFile when it
    holds NUL bytes in no pattern of UTF-16 (a binary file under a .csv name)."""
    with path.open("rb") as handle:
        head = handle.read(CHUNK)
        for bom, label, codec in BOMS:
            if head.startswith(bom):
                return TextEncoding(label, codec, len(bom))
        if b"\0" in head:
            units = len(head) // 2
            even, odd = head[0:units * 2:2].count(0), head[1:units * 2:2].count(0)
            if odd >= UTF16_SHARE * units and even * 4 <= odd:
                return TextEncoding("utf-16-le", "utf-16-le")
            if even >= UTF16_SHARE * units and odd * 4 <= even:
                return TextEncoding("utf-16-be", "utf-16-be")
            raise _not_text(path)
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = handle.read(CHUNK)
            decoder.decode(b"", final=True)
            return TextEncoding("utf-8", "utf-8")
        except UnicodeDecodeError:
            pass
        handle.seek(0)
        for line in iter(lambda: handle.readline(MAX_LINE_BYTES), b""):
            if not line.isascii():   # the first line of Chinese decides
                if _has_wide_chinese(line):
                    return TextEncoding("utf-8", "utf-8")
                break
    return TextEncoding("gb18030", "gb18030")


def detect_encoding(path: Path) -> str:
    """The label of the file's encoding (see text_encoding)."""
    return text_encoding(path).label


def _raw_lines(handle: IO[bytes], encoding: TextEncoding) -> Iterator[bytes]:
    """The file's lines as bytes, each with its newline, never longer than MAX_LINE_BYTES."""
    handle.read(encoding.bom)
    if encoding.unit == 1:
        for line in iter(lambda: handle.readline(MAX_LINE_BYTES + 1), b""):
            if len(line) > MAX_LINE_BYTES:
                raise _BadLine(ImportRefusal.FIELD_TOO_LARGE)
            yield line
        return
    newline, unit = "\n".encode(encoding.codec), encoding.unit
    buffer = b""
    while chunk := handle.read(1 << 16):
        buffer += chunk
        start = 0
        while True:
            at = buffer.find(newline, start)
            while at != -1 and (at - start) % unit:   # a NUL of one character and \n of the next
                at = buffer.find(newline, at + 1)
            if at == -1:
                break
            yield buffer[start:at + unit]
            start = at + unit
        buffer = buffer[start:]
        if len(buffer) > MAX_LINE_BYTES:
            raise _BadLine(ImportRefusal.FIELD_TOO_LARGE)
    if buffer:
        yield buffer


def _decoded_lines(handle: IO[bytes], encoding: TextEncoding) -> Iterator[str]:
    """The lines as text, strictly: _BadLine at the first one not in the file's encoding."""
    codec = encoding.codec
    guard_utf8 = codec == "gb18030"
    narrow = encoding.unit == 1      # where an ASCII byte is an ASCII character
    for line in _raw_lines(handle, encoding):
        if narrow and line.isascii():
            yield line.decode("ascii")
            continue
        if guard_utf8 and _has_wide_chinese(line):
            raise _BadLine(ImportRefusal.MIXED_ENCODING)
        try:
            yield line.decode(codec)
        except UnicodeDecodeError:
            raise _BadLine(ImportRefusal.MIXED_ENCODING) from None


def _unquoted_count(line: str, delimiter: str) -> int:
    if '"' not in line:
        return line.count(delimiter)
    count, quoted = 0, False
    for character in line:
        if character == '"':
            quoted = not quoted
        elif character == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(path: Path, encoding: TextEncoding) -> str:
    """The delimiter the first lines use most (comma when they use none)."""
    lines: list[str] = []
    with path.open("rb") as handle:
        try:
            for line in _decoded_lines(handle, encoding):
                lines.append(line)
                if len(lines) >= SNIFF_LINES:
                    break
        except _BadLine:
            pass   # the reader refuses the file at that line, naming its row
    best = max(DELIMITERS, key=lambda d: (max((_unquoted_count(x, d) for x in lines), default=0),
                                          -DELIMITERS.index(d)))
    return best


def _refusal(path: Path, code: ImportRefusal, row: int, encoding: TextEncoding) -> UnreadableFile:
    if code is ImportRefusal.MIXED_ENCODING:
        name = encoding.label.upper().replace("-SIG", "")
        return UnreadableFile(f"Row {row} of {path.name} is not written in the encoding of the "
                              f"rows above it ({name}); nothing was imported.",
                              ImportRefusal.MIXED_ENCODING, row=row, encoding=name)
    if code is ImportRefusal.FIELD_TOO_LARGE:
        return UnreadableFile(f"Row {row} of {path.name} has a cell longer than "
                              f"{MAX_FIELD_CHARS:,} characters (an unclosed quotation mark?).",
                              ImportRefusal.FIELD_TOO_LARGE, row=row, limit=MAX_FIELD_CHARS)
    return UnreadableFile(f"Row {row} of {path.name} cannot be read as CSV.",
                          ImportRefusal.BAD_CSV, row=row)


def text_rows(path: Path, handle: IO[bytes], encoding: TextEncoding,
              delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) for every row of the file, numbered as a spreadsheet shows them;
    UnreadableFile naming the row that cannot be read."""
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(_decoded_lines(handle, encoding), delimiter=delimiter)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except _BadLine as bad:
            raise _refusal(path, bad.code, number + 1, encoding) from None
        except csv.Error as error:
            code = ImportRefusal.FIELD_TOO_LARGE if "field limit" in str(error) \
                else ImportRefusal.BAD_CSV
            raise _refusal(path, code, number + 1, encoding) from None
        number += 1
        yield number, row


def first_line(path: Path) -> list[str]:
    """The cells of a text file's first line, in its own encoding and delimiter ([] when the
    file cannot be read as text): what a file given in the wrong place looks like."""
    try:
        encoding = text_encoding(path)
        delimiter = sniff_delimiter(path, encoding)
        with path.open("rb") as handle:
            return next(text_rows(path, handle, encoding, delimiter), (0, []))[1]
    except (OSError, UnreadableFile):
        return []
