"""`canvass setup template|import|export`: a district that is not the demo, set up from an empty
database and its register imported; refusals one line per problem with a report and exit 1;
a file of another shape exit 2 in one line; export then a dry run reports no change — on
SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from main import run
from models.enums import Sex
from models.opening import open_database
from models.register.resident_id import make
from models.schema import Community, Person, Responder
from tests.support.district_workbook import district_rows, write_district
from tests.support.registers import resident_name


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts a QCoreApplication when none exists; the test process has one."""


def _register(path: Path, community: str, persons: int) -> Path:
    lines = ["姓名,身份证号,联系电话,社区,楼栋,单元,门牌号,与户主关系"]
    for n in range(persons):
        sex = Sex.MALE if n % 2 else Sex.FEMALE
        resident_id = make("420116", __import__("datetime").date(1970 + n, 3, 1), n, sex)
        lines.append(f"{resident_name(n)},{resident_id},1370000{n:04d},{community},1,1,{100 + n // 2},"
                     f"{'本人' if n % 2 == 0 else '配偶'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_district_from_an_empty_database_then_its_register(
        empty_database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", empty_database_url]
    template = tmp_path / "template.xlsx"
    assert run(["--lang", "zh", "setup", "template", "--out", str(template)]) == 0
    assert template.exists()
    workbook = write_district(tmp_path / "黄陂区.xlsx")
    assert run([*db, "--lang", "zh", "setup", "import", str(workbook), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "队员：将新增 9，将更新 0，未变 0" in out and "仅核验" in out
    assert run([*db, "--lang", "zh", "setup", "import", str(workbook)]) == 0
    assert "全区基础数据已写入" in capsys.readouterr().out

    register = _register(tmp_path / "百秀社区.csv", "百秀社区", 6)
    assert run([*db, "--lang", "en", "import", str(register)]) == 0
    assert "6 persons" in capsys.readouterr().out
    database = open_database(empty_database_url)
    try:
        with database.sessions() as session:
            community = session.scalars(select(Community).where(Community.code == "C0101")).one()
            assert session.scalar(select(func.count()).select_from(Person).where(
                Person.community_id == community.id)) == 6
            assert (community.registered_households, community.registered_persons) == (3, 6)
            assert session.scalar(select(func.count()).select_from(Responder)) == 9
    finally:
        database.dispose()

    exported = tmp_path / "exported.xlsx"
    assert run([*db, "--lang", "zh", "setup", "export", "--out", str(exported)]) == 0
    assert "29 行基础数据" in capsys.readouterr().out   # two outlines among them
    assert run([*db, "--lang", "zh", "setup", "import", str(exported), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "没有变化" in out and "将新增 1" not in out and "将更新 1" not in out


def test_a_refused_workbook_lists_each_problem_and_writes_the_report(
        database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = district_rows()
    rows["stations"][1][3] = 3.0                          # south of China
    rows["vehicles"][0][0] = "ABC123"
    rows["responders"][2][6] = "是"                        # a second leader of S01/快反一队
    rows["facilities"][1][2] = "卫生院"
    path = write_district(tmp_path / "bad.xlsx", rows)
    assert run(["--db", database_url, "--lang", "zh", "setup", "import", str(path)]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if "，第 " in line]
    assert lines == [
        "派出所，第 3 行，“纬度”列：纬度 3 不在中国境内（3.5 至 53.6）：请核对坐标（是否把经纬度填反了？）",
        "收治机构，第 3 行，“类型”列：此处不认识“卫生院”：请填写以下之一：定点医院/designated hospital、"
        "方舱医院/field hospital、隔离点/isolation site、发热门诊/fever clinic",
        "队员，第 4 行，“队长”列：队伍 S01/快反一队 的队长已在第 2 行：每支队伍只有一名队长，请把其中一行改为“否”",
        "车辆，第 2 行，“车牌号”列：“ABC123”不是有效的车牌号：应为省份简称、发牌机关字母和 5 位字母或数字"
        "（新能源车 6 位），如 鄂A·12345",
    ]
    assert "没有写入任何数据" in captured.err
    report = tmp_path / "bad-report.xlsx"
    table = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert table[0][0] == "工作表 Sheet" and len(table) == 5
    assert table[1][:3] == ["派出所", 3, "纬度"] and table[1][6] == "latitude_outside_china"
    database = open_database(database_url)
    try:
        assert database.is_empty()
    finally:
        database.dispose()


def test_english_sentences_and_a_report_where_asked(database_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rows = district_rows()
    rows["communities"][0][2] = "S09"
    report = tmp_path / "problems.xlsx"
    path = write_district(tmp_path / "bad.xlsx", rows, english=True)
    assert run(["--lang", "en", "--db", database_url, "setup", "import", str(path), "--report",
                str(report)]) == 1
    out = capsys.readouterr().out
    assert ("Communities, row 2, column station code: no police station has the code “S09” (on "
            "the stations sheet or in Canvass): add the station or correct the code") in out
    assert report.exists() and not (tmp_path / "bad-report.xlsx").exists()


def test_a_file_of_another_shape_is_refused_in_one_line(database_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    register = _register(tmp_path / "register.csv", "百秀社区", 2)
    assert run(["--db", database_url, "--lang", "zh", "setup", "import", str(register)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("canvass: register.csv 看来是社区户籍名册")
    assert run(["--db", database_url, "--lang", "zh", "setup", "template", "--out", str(tmp_path / "t.pdf")]) == 2
    assert run(["--db", database_url, "--lang", "zh", "setup", "export", "--out",
                str(tmp_path / "nowhere" / "d.xlsx")]) == 2
    assert "nowhere" in capsys.readouterr().err
