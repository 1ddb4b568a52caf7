"""A small district that is not the demo (黄陂区: two stations, three communities, three
facilities, three teams — two of them named 快反一队 — nine responders), as a workbook a test can
change row by row before writing it."""
from __future__ import annotations

import copy
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.accounts.audit import Actor
from models.db.database import Database
from models.enums import Sex
from models.register.resident_id import make
from models.setup.importing import SetupOptions, SetupResult, import_district
from models.setup.instructions import instructions_sheet
from models.setup.reading import read_workbook
from models.setup.sheets import SHEETS
from models.setup.xlsx import Sheet, write_workbook

DISTRICT = ("黄陂区", "420116")


def rid(n: int, sex: Sex = Sex.MALE) -> str:
    return make("420116", date(1980 + n, 1 + n % 12, 1 + n), n, sex)


ROWS: dict[str, list[list[Any]]] = {
    "stations": [
        ["S01", "前川派出所", "黄陂区前川街1号", 30.874, 114.374, ""],
        ["S02", "木兰派出所", "黄陂区木兰乡2号", 31.06, 114.40, ""],
    ],
    "communities": [
        ["C0101", "百秀社区", "S01", "社区", 0, 0, 80, 30.875, 114.37],
        ["C0102", "城关社区", "S01", "社区", 600, 1500, 60, 30.871, 114.38],
        ["C0201", "木兰村", "S02", "村", 300, 900, 30, 31.061, 114.401],
    ],
    "facilities": [
        ["F01", "黄陂区人民医院", "定点医院", "确诊、疑似", 300, "黄陂区百秀街", 30.87, 114.36,
         "027-61001234"],
        ["F02", "黄陂方舱医院", "方舱", "确诊患者", 1000, "黄陂区体育馆", 30.88, 114.39, ""],
        ["F03", "前川隔离点", "isolation site", "疑似、发热、密接", 200, "", 30.86, 114.35, ""],
    ],
    "teams": [
        ["前川工作组", "工作组", "S01", "C0101、C0102"],
        ["快反一队", "快反队", "S01", "C0101、城关社区"],
        ["快反一队", "快反队", "S02", "C0201"],
    ],
    "responders": [
        ["李警官", rid(1), "13900000001", "民警", "前川派出所", "S01/快反一队", "是", "前川住宿点"],
        ["王辅警", rid(2), "13900000002", "辅警", "前川派出所", "S01/快反一队", "否", ""],
        ["赵医生", rid(3, Sex.FEMALE), "13900000003", "医护人员", "区急救中心", "S01/快反一队", "", ""],
        ["刘司机", rid(4), "13900000004", "驾驶员", "区机关车队", "S01/快反一队", "否", ""],
        ["陈干部", rid(5, Sex.FEMALE), "13900000005", "干部", "百秀社区居委会", "前川工作组", "是", ""],
        ["孙医生", rid(6, Sex.FEMALE), "", "卫健人员", "百秀社区卫生服务站", "前川工作组", "否", ""],
        ["周警官", rid(7), "13900000007", "police", "前川派出所", "前川工作组", "否", "前川住宿点"],
        ["吴警官", rid(8), "13900000008", "民警", "木兰派出所", "S02/快反一队", "是", ""],
        ["郑医生", rid(9, Sex.FEMALE), "13900000009", "卫健人员", "区急救中心", "S02/快反一队", "否", ""],
    ],
    "vehicles": [
        ["鄂A·H1001", "S01", "快反一队", 7],
        ["鄂AH1002", "S01", "快反一队", ""],
        ["鄂A·H2001", "S02", "快反一队", 5],
    ],
    "lodging": [["前川住宿点", "黄陂区前川宾馆", 40, "S01"]],
    "supplies": [
        ["S01", "防护服", 300, 3],
        ["S01", "口罩", 2000, 5],
        ["S02", "防护服", 100, ""],
    ],
    "boundaries": [   # one by code as points, one by name as the export writes it
        ["C0101", "114.368,30.873; 114.372,30.873; 114.372,30.877; 114.368,30.877"],
        ["木兰村", '{"type":"Polygon","coordinates":[[[114.399,31.059],[114.403,31.059],'
                   '[114.403,31.063],[114.399,31.063],[114.399,31.059]]]}'],
    ],
}


def district_rows() -> dict[str, list[list[Any]]]:
    """A copy to change."""
    return copy.deepcopy(ROWS)


def write_district(path: Path, rows: dict[str, list[list[Any]]] | None = None,
                   district: tuple[str, str] = DISTRICT, english: bool = False,
                   only: tuple[str, ...] = ()) -> Path:
    """The workbook of `rows` (default: the whole district), Chinese or English headers."""
    rows = rows if rows is not None else ROWS
    sheets = []
    for spec in SHEETS:
        if only and spec.key not in only:
            continue
        headers = [c.english if english else c.chinese for c in spec.columns]
        name = spec.english if english else spec.chinese
        sheets.append(Sheet(name, headers, rows.get(spec.key, [])))
    return write_workbook(path, [*sheets, instructions_sheet(*district)])


TODAY = date(2020, 2, 20)


def import_into(database: Database, path: Path, dry_run: bool = False) -> SetupResult:
    """The model's import in one session under a test actor, committed (as a controller does)."""
    actor = Actor(None, "test")
    with database.sessions() as session:
        session.info["actor"] = actor
        result = import_district(session, read_workbook(path),
                                 SetupOptions(TODAY, datetime(2020, 2, 20, 9, 0), dry_run), actor)
        session.commit()
    return result


def codes(result: SetupResult) -> list[tuple[str, int, str, str]]:
    """The blocking problems as (sheet, row, column, code)."""
    return [(p.sheet, p.row, p.column, p.code.value) for p in result.problems if p.blocking]
