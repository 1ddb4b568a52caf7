"""The register readers fuzzed (issue 21): a register in every encoding a community office's
Excel writes, truncated anywhere, with random bytes spliced in, or nothing but random bytes; an
.xlsx cut short or with bytes flipped. Whatever the file, the reader gives rows or its one
refusal (UnreadableFile with an ImportRefusal code), in bounded time and memory: never another
exception, never a hang."""
from __future__ import annotations

import codecs
import io
import tempfile
import time
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.importing.errors import UnreadableFile
from models.importing.readers import open_register
from models.importing.refusals import ImportRefusal
from models.importing.xlsx import XlsxWriter

LINES = ["姓名,身份证号,联系电话,社区,楼栋,单元,门牌号",
         "张伟,420102198001010116,13800000000,永清社区,1,2,301",
         '"王芳",420102198001010132,"138 0000 0001","永清社区, 北区",1,2,302',
         "阿卜杜拉·买买提,42010219800101015X,,永清社区,,,",
         "李娜,4.20102E+17,13800000002,永清社区,3,1,101"]
ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gbk", b""), ("gb18030", b""),
             ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
             ("utf-16-le", b""), ("utf-32-le", codecs.BOM_UTF32_LE)]
SECONDS = 5.0
FUZZ = settings(max_examples=150, deadline=4000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _read(content: bytes, suffix: str) -> None:
    """Open and read every row; only the reader's own refusal may stop it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"register{suffix}"
        path.write_bytes(content)
        started = time.monotonic()
        try:
            register = open_register(path, seconds=SECONDS)
            for _number, cells in register.rows:
                assert isinstance(cells, list)
        except UnreadableFile as refused:
            assert isinstance(refused.code, ImportRefusal) and str(refused).strip()
        assert time.monotonic() - started < 2 * SECONDS


@st.composite
def registers(draw: st.DrawFn) -> bytes:
    codec, bom = draw(st.sampled_from(ENCODINGS))
    delimiter = draw(st.sampled_from([",", "\t", ";"]))
    lines = draw(st.lists(st.sampled_from(LINES[1:]), max_size=8))
    text = "\r\n".join([LINES[0], *lines]).replace(",", delimiter) + "\r\n"
    content = bom + text.encode(codec)
    mutation = draw(st.sampled_from(["none", "truncate", "splice", "other encoding", "random"]))
    if mutation == "truncate":
        content = content[:draw(st.integers(0, len(content)))]
    elif mutation == "splice":
        at = draw(st.integers(0, len(content)))
        content = content[:at] + draw(st.binary(min_size=1, max_size=64)) + content[at:]
    elif mutation == "other encoding":
        other, _bom = draw(st.sampled_from(ENCODINGS))
        content += draw(st.sampled_from(LINES[1:])).replace(",", delimiter).encode(other)
    elif mutation == "random":
        content = draw(st.binary(max_size=2048))
    return content


@FUZZ
@given(content=registers(), suffix=st.sampled_from([".csv", ".txt"]))
def test_any_text_file_gives_rows_or_the_readers_refusal(content: bytes, suffix: str) -> None:
    tracemalloc.start()
    try:
        _read(content, suffix)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20


def _workbook() -> bytes:
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        with XlsxWriter(path, "Sheet1", LINES[0].split(",")) as sheet:
            for line in LINES[1:] * 3:
                sheet.row(line.split(","))
        buffer.write(path.read_bytes())
    return buffer.getvalue()


WORKBOOK = _workbook()


@st.composite
def damaged_workbooks(draw: st.DrawFn) -> bytes:
    content = bytearray(WORKBOOK)
    if draw(st.booleans()):
        del content[draw(st.integers(0, len(content))):]
    for _ in range(draw(st.integers(0, 8)) if content else 0):
        content[draw(st.integers(0, len(content) - 1))] = draw(st.integers(0, 255))
    return bytes(content)


@FUZZ
@given(content=damaged_workbooks())
def test_any_damaged_workbook_gives_rows_or_the_readers_refusal(content: bytes) -> None:
    _read(content, ".xlsx")


@FUZZ
@given(content=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".xls", ".ods"]))
def test_random_bytes_named_as_a_spreadsheet_are_refused(content: bytes, suffix: str) -> None:
    _read(content, suffix)
