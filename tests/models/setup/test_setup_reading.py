"""Reading a district workbook: its sheets and columns by their Chinese or English names, the
district from the 说明 sheet, and files of another shape refused by what they look like."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.enums import Sex
from models.importing.xlsx import XlsxWriter
from models.register.resident_id import make
from models.setup.parsing import parse_workbook
from models.setup.problems import SetupCode, WrongShape
from models.setup.reading import read_workbook
from models.setup.refusals import SetupRefusal
from models.setup.rows import ResponderRow, StationRow, VehicleRow
from models.setup.sheets import SHEETS
from models.setup.template import write_template
from models.setup.xlsx import Sheet, write_workbook
from tests.support.district_workbook import district_rows, write_district

TODAY = date(2020, 2, 20)


def test_the_template_has_every_sheet_an_example_row_and_the_instructions(tmp_path: Path) -> None:
    book = read_workbook(write_template(tmp_path / "template.xlsx"))
    assert list(book.sheets) == [spec.key for spec in SHEETS]
    assert all(len(sheet.rows) == 1 and sheet.usable for sheet in book.sheets.values())
    assert (book.district_name, book.district_code) == ("示例区", "429999")
    assert book.sheets["stations"].name == "派出所" and book.instructions == "说明"
    parsed = parse_workbook(book, TODAY)
    assert parsed.problems == []
    assert all(len(rows) == 1 for rows in parsed.rows.values())


def test_english_headers_and_sheet_names_read_the_same(tmp_path: Path) -> None:
    chinese = parse_workbook(read_workbook(write_district(tmp_path / "zh.xlsx")), TODAY)
    english = parse_workbook(read_workbook(write_district(tmp_path / "en.xlsx", english=True)), TODAY)
    assert english.problems == chinese.problems == []
    assert english.rows == chinese.rows


def test_cells_are_read_into_the_domain_s_values(tmp_path: Path) -> None:
    parsed = parse_workbook(read_workbook(write_district(tmp_path / "d.xlsx")), TODAY)
    station = parsed.of("stations", StationRow)[0]
    assert (station.code, station.latitude, station.area_kind) == ("S01", 30.874, None)
    plates = [v.plate for v in parsed.of("vehicles", VehicleRow)]
    assert plates == ["鄂A·H1001", "鄂A·H1002", "鄂A·H2001"]      # one spelling, with the dot
    assert parsed.of("vehicles", VehicleRow)[1].seats is None
    first = parsed.of("responders", ResponderRow)[0]
    assert first.leader and first.team_refs == ("S01/快反一队",) and first.lodging == "前川住宿点"


def test_a_missing_column_refuses_the_sheet_and_an_unknown_one_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    write_workbook(path, [Sheet("派出所", ["编码", "名称", "地址", "纬度", "备注"],
                                [["S01", "所", "", 30.5, "x"]])])
    book = read_workbook(path)
    found = {(p.column, p.code, p.blocking) for p in book.problems}
    assert ("经度", SetupCode.MISSING_COLUMN, True) in found
    assert ("备注", SetupCode.UNKNOWN_COLUMN, False) in found
    assert not book.sheets["stations"].usable


def test_a_register_is_refused_naming_what_it_looks_like(tmp_path: Path) -> None:
    register = tmp_path / "永清社区.xlsx"
    with XlsxWriter(register, "Sheet1", ["姓名", "身份证号", "联系电话", "门牌号"]) as sheet:
        sheet.row(["张伟", "420102198001011234", "13800000000", "301"])
    with pytest.raises(WrongShape) as refused:
        read_workbook(register)
    assert refused.value.shape == SetupRefusal.LOOKS_LIKE_REGISTER
    assert "姓名" in refused.value.what and "canvass import" in str(refused.value)
    csv = tmp_path / "register.csv"
    csv.write_text("姓名,身份证号\n张伟,420102198001011234\n", encoding="utf-8")
    with pytest.raises(WrongShape) as refused:
        read_workbook(csv)
    assert refused.value.shape == SetupRefusal.LOOKS_LIKE_REGISTER


@pytest.mark.parametrize(("sheet", "headers", "shape"), [
    ("核验报告", ["工作表 Sheet", "行 Row", "列 Column", "问题 Problem"], SetupRefusal.LOOKS_LIKE_REPORT),
    ("预算", ["项目", "金额"], SetupRefusal.UNKNOWN_SHAPE),
])
def test_other_workbooks_are_refused(tmp_path: Path, sheet: str, headers: list[str],
                                     shape: SetupRefusal) -> None:
    path = tmp_path / "other.xlsx"
    with XlsxWriter(path, sheet, headers) as writer:
        writer.row(["a", "b"])
    with pytest.raises(WrongShape) as refused:
        read_workbook(path)
    assert refused.value.shape == shape


def test_not_a_file_or_not_a_spreadsheet(tmp_path: Path) -> None:
    with pytest.raises(WrongShape) as refused:
        read_workbook(tmp_path / "nowhere.xlsx")
    assert refused.value.shape == SetupRefusal.NO_FILE
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(WrongShape) as refused:
        read_workbook(broken)
    assert refused.value.shape == SetupRefusal.UNREADABLE
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(WrongShape) as refused:
        read_workbook(tmp_path / "notes.pdf")
    assert refused.value.shape == SetupRefusal.NOT_A_WORKBOOK


@pytest.mark.parametrize(("sheet", "column", "value", "code"), [
    ("stations", 3, 3.0, SetupCode.LATITUDE_OUTSIDE_CHINA),
    ("stations", 4, 140.2, SetupCode.LONGITUDE_OUTSIDE_CHINA),
    ("stations", 3, "北纬30度", SetupCode.NOT_A_NUMBER),
    ("communities", 3, "街道", SetupCode.UNKNOWN_WORD),
    ("communities", 4, 10.5, SetupCode.NOT_WHOLE),
    ("facilities", 2, "卫生院", SetupCode.UNKNOWN_WORD),
    ("facilities", 3, "确诊、轻症", SetupCode.UNKNOWN_WORD),
    ("facilities", 4, -5, SetupCode.OUT_OF_RANGE),
    ("facilities", 8, "12345", SetupCode.BAD_PHONE),
    ("teams", 1, "巡逻队", SetupCode.UNKNOWN_WORD),
    ("responders", 1, "420116198102020013", SetupCode.RESIDENT_ID_CHECKSUM),
    ("responders", 1, make("420116", date(2099, 1, 1), 0, Sex.MALE), SetupCode.RESIDENT_ID_FUTURE),
    ("responders", 1, 4.20116e17, SetupCode.RESIDENT_ID_EXCEL_NUMBER),
    ("responders", 3, "保洁", SetupCode.UNKNOWN_WORD),
    ("responders", 6, "也许", SetupCode.UNKNOWN_WORD),
    ("vehicles", 0, "AB12345", SetupCode.NOT_A_PLATE),
    ("vehicles", 0, "鄂A·1234", SetupCode.NOT_A_PLATE),
    ("vehicles", 3, 90, SetupCode.OUT_OF_RANGE),
    ("supplies", 1, "手套", SetupCode.UNKNOWN_WORD),
    ("stations", 0, "", SetupCode.EMPTY),
    ("stations", 1, "派" * 65, SetupCode.TOO_LONG),
])
def test_a_bad_cell_is_refused_naming_sheet_row_and_column(
        tmp_path: Path, sheet: str, column: int, value: object, code: SetupCode) -> None:
    rows = district_rows()
    rows[sheet][1][column] = value
    parsed = parse_workbook(read_workbook(write_district(tmp_path / "bad.xlsx", rows)), TODAY)
    spec = next(s for s in SHEETS if s.key == sheet)
    [problem] = parsed.problems
    assert (problem.sheet, problem.row, problem.column, problem.code) == (
        spec.chinese, 3, spec.columns[column].chinese, code)
    assert len(parsed.rows[sheet]) == len(rows[sheet]) - 1


def test_plates_of_every_kind(tmp_path: Path) -> None:
    from models.setup.cells import plate_text
    assert plate_text("鄂a 12345") == "鄂A·12345"
    assert plate_text("粤B·D12345") == "粤B·D12345"        # new energy: six
    assert plate_text("鄂A·1234警") == "鄂A·1234警"        # police
    assert plate_text("A12345") is None and plate_text("鄂A1234") is None
