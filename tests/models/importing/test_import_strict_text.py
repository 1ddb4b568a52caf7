"""Text registers read strictly (issue 21): one file, one encoding and one delimiter; a file that
mixes encodings, a cell of 50 MB, a file with no rows or no text is refused with its reason and
the row it is about, never imported as mojibake or ended in a traceback."""
from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from models.importing.errors import UnreadableFile
from models.importing.readers import open_register
from models.importing.refusals import ImportRefusal
from models.importing.text_files import MAX_FIELD_CHARS, detect_encoding
from tests.support.registers import titled_xlsx

HEADER = "姓名,身份证号,联系电话,社区,楼栋,单元,门牌号\r\n"
ROWS = ["张伟,420102198001010116,13800000000,永清社区,1,2,301\r\n",
        "王芳,420102198001010132,13800000001,永清社区,1,2,302\r\n",
        "李娜,420102198001010159,13800000002,永清社区,1,2,303\r\n"]
CELLS = [["张伟", "420102198001010116", "13800000000", "永清社区", "1", "2", "301"],
         ["王芳", "420102198001010132", "13800000001", "永清社区", "1", "2", "302"],
         ["李娜", "420102198001010159", "13800000002", "永清社区", "1", "2", "303"]]


def _refusal(path: Path) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as refused:
        list(open_register(path).rows)
    return refused.value


def test_a_gbk_register_with_utf8_rows_appended_is_refused_at_the_first_of_them(
        tmp_path: Path) -> None:
    """The issue's file: imported as 鍛�99鏄� with errors="replace"."""
    path = tmp_path / "mixed.csv"
    path.write_bytes((HEADER + ROWS[0]).encode("gbk") + (ROWS[1] + ROWS[2]).encode("utf-8"))
    refused = _refusal(path)
    assert refused.code is ImportRefusal.MIXED_ENCODING
    assert refused.params["row"] == 3 and refused.params["encoding"] == "GB18030"


def test_a_utf8_register_with_gbk_rows_appended_is_refused_at_the_first_of_them(
        tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(codecs.BOM_UTF8 + (HEADER + ROWS[0] + ROWS[1]).encode("utf-8")
                     + ROWS[2].encode("gbk"))
    refused = _refusal(path)
    assert refused.code is ImportRefusal.MIXED_ENCODING
    assert refused.params["row"] == 4 and refused.params["encoding"] == "UTF-8"


def test_an_undecodable_line_in_a_utf8_file_without_bom_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "damaged.csv"
    path.write_bytes((HEADER + ROWS[0]).encode("utf-8") + b"\xff\xfe\xfd,1\r\n"
                     + ROWS[1].encode("utf-8"))
    refused = _refusal(path)
    assert refused.code is ImportRefusal.MIXED_ENCODING and refused.params["row"] == 3


@pytest.mark.parametrize(("codec", "bom", "label"), [
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"), ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-16-le", b"", "utf-16-le"), ("utf-16-be", b"", "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32")])
def test_excel_unicode_text_utf16_tab_separated_reads_as_the_register(
        tmp_path: Path, codec: str, bom: bytes, label: str) -> None:
    """Excel's "Unicode text" (.txt): UTF-16LE with a BOM, tab-separated; without the BOM it is
    known by its NUL bytes."""
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + "".join([HEADER, *ROWS]).replace(",", "\t").encode(codec))
    register = open_register(path)
    assert register.encoding == label
    assert register.headers[:2] == ["姓名", "身份证号"]
    assert [cells for _n, cells in register.rows] == CELLS


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_delimiter_is_the_one_the_column_names_use(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "register.csv"
    lines = [HEADER, *ROWS, '赵六,420102198001010175,13800000003,"永清社区, 北区",1,2,304\r\n']
    path.write_bytes("".join(lines).replace(",", delimiter).encode("gbk"))
    register = open_register(path)
    assert len(register.headers) == 7
    assert [cells for _n, cells in register.rows][:3] == CELLS


def test_a_50_mb_cell_ends_in_one_sentence_quickly(tmp_path: Path) -> None:
    """The issue's 50 MB field ended in a traceback from the csv module."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write((HEADER + ROWS[0]).encode("utf-8") + b"x" * (50 << 20) + b",1\r\n")
    started = time.monotonic()
    refused = _refusal(path)
    assert refused.code is ImportRefusal.FIELD_TOO_LARGE and refused.params["row"] == 3
    assert time.monotonic() - started < 20


def test_an_unclosed_quotation_mark_is_refused_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(HEADER + ROWS[0] + '"王芳,1\r\n' + ROWS[2] * 20_000, encoding="utf-8")
    refused = _refusal(path)
    assert refused.code is ImportRefusal.FIELD_TOO_LARGE and refused.params["row"] == 3
    assert refused.params["limit"] == MAX_FIELD_CHARS


@pytest.mark.parametrize("content", [HEADER, HEADER + "\r\n,,,\r\n  ,\r\n"],
                         ids=["header only", "blank rows"])
def test_a_file_with_no_data_rows_is_refused_when_opened(tmp_path: Path, content: str) -> None:
    """The issue's header-only file "imported" 0 rows and said it went well."""
    path = tmp_path / "empty.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableFile) as refused:
        open_register(path)
    assert refused.value.code is ImportRefusal.NO_DATA_ROWS and refused.value.params["row"] == 1


def test_a_spreadsheet_with_a_title_and_names_only_is_refused(tmp_path: Path) -> None:
    path = titled_xlsx(tmp_path / "titled.xlsx", [])
    with pytest.raises(UnreadableFile) as refused:
        open_register(path)
    assert refused.value.code is ImportRefusal.NO_DATA_ROWS and refused.value.params["row"] == 3


def test_blank_rows_past_the_look_ahead_still_end_in_the_refusal(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(HEADER + ",,\r\n" * 3000, encoding="utf-8")
    register = open_register(path)
    with pytest.raises(UnreadableFile) as refused:
        list(register.rows)
    assert refused.value.code is ImportRefusal.NO_DATA_ROWS


@pytest.mark.parametrize("content", [b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200,
                                     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4])
def test_a_spreadsheet_saved_under_a_csv_name_is_not_text(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "renamed.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as refused:
        open_register(path)
    assert refused.value.code is ImportRefusal.NOT_TEXT


def test_gbk_chinese_that_happens_to_be_valid_utf8_latin_stays_gbk(tmp_path: Path) -> None:
    """女 in GBK (C5 AE) is also UTF-8 for Ů: a two-byte accident never makes a file UTF-8."""
    path = tmp_path / "women.csv"
    path.write_bytes("name,sex\r\nZhang,女\r\n".encode("gbk") + "王芳,女\r\n".encode("gbk"))
    assert detect_encoding(path) == "gb18030"
    assert [cells for _n, cells in open_register(path).rows] == [["Zhang", "女"], ["王芳", "女"]]
