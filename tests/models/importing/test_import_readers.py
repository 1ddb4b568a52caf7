"""Reading register files as community offices send them: GBK CSVs from Chinese Excel, UTF-8
with and without a BOM, .xlsx with IDs stored as numbers, and files built to hurt (zip bombs)."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from models.importing.columns import RememberedMappings, guess_mapping, mapping_for
from models.importing.errors import UnreadableFile
from models.importing.readers import check_zip, open_register
from models.importing.text_files import detect_encoding
from tests.support.registers import sheet_xml, write_xlsx

HEADER = "姓名,身份证号,联系电话,社区,楼栋,单元,门牌号\r\n"
ROW = "张伟,420102198001010116,13800000000,永清社区,1,2,301\r\n"


@pytest.mark.parametrize(("encoding", "prefix", "detected"), [
    ("gbk", b"", "gb18030"), ("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig")])
def test_csv_in_each_encoding_reads_the_same_chinese(tmp_path: Path, encoding: str, prefix: bytes,
                                                     detected: str) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes(prefix + (HEADER + ROW).encode(encoding))
    register = open_register(path)
    assert register.encoding == detected
    assert register.headers[:2] == ["姓名", "身份证号"]
    assert list(register.rows) == [(2, ["张伟", "420102198001010116", "13800000000", "永清社区",
                                        "1", "2", "301"])]


def test_gbk_detected_even_when_the_chinese_starts_late(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    path.write_bytes(b"name,id\r\n" + b"a,1\r\n" * 400_000 + "王芳,1\r\n".encode("gbk"))
    assert detect_encoding(path) == "gb18030"


def test_xlsx_numeric_id_cell_arrives_as_a_number(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    write_xlsx(path, sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>公民身份号码</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>李娜</t></is></c>'
        '<c r="B2"><v>4.20102198001011E+17</v></c></row>'))
    register = open_register(path)
    assert register.headers == ["姓名", "公民身份号码"]
    (number, cells), = list(register.rows)
    assert number == 2 and isinstance(cells[1], float)


def test_zip_bomb_is_refused_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    assert path.stat().st_size < 1 << 20
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as refused:
        open_register(path)
    assert refused.value.code == "import_zip_bomb"
    assert time.monotonic() - started < 5


def test_a_huge_total_expansion_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    write_xlsx(path, sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'))
    with pytest.raises(UnreadableFile, match="expand"):
        check_zip(path, max_bytes=100)


def test_too_many_rows_and_too_slow_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + ROW * 3000, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="more than 2,000 rows"):
        list(open_register(path, max_rows=2000).rows)
    with pytest.raises(UnreadableFile, match="longer than"):
        list(open_register(path, seconds=-1).rows)


@pytest.mark.parametrize("name", ["register.pdf", "missing.csv"])
def test_unreadable_files_are_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    if name.endswith(".pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    with pytest.raises(UnreadableFile):
        open_register(tmp_path / name)


def test_a_damaged_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile):
        open_register(path)


def test_usual_headers_map_and_a_corrected_mapping_is_remembered(tmp_path: Path) -> None:
    headers = ["序号", "姓名", "公民身份号码", "手机", "村", "组", "门牌号", "户主"]
    mapping = guess_mapping(headers)
    assert mapping == {"name": 1, "resident_id": 2, "phone": 3, "community": 4, "building": 5,
                       "door": 6, "head_name": 7}
    assert guess_mapping(["Name", "ID Number", "Mobile"]) == {
        "name": 0, "resident_id": 1, "phone": 2}
    memory = RememberedMappings(tmp_path / "mappings.json")
    corrected = {**mapping, "address": 0}
    memory.remember(headers, corrected)
    assert mapping_for(headers, RememberedMappings(tmp_path / "mappings.json")) == corrected
    assert mapping_for(["姓名", "身份证号"], memory) == {"name": 0, "resident_id": 1}
