"""Refusals of a district workbook, each naming sheet, row and column, and nothing written:
unknown references, duplicate codes, a second leader, beds below the beds taken, retired rows
chosen anew, a workbook for another district — on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from models.db.database import Database
from models.schema import AuditEntry, Community, Facility, PoliceStation, Responder
from models.setup.problems import SetupCode
from tests.support.district_workbook import codes, district_rows, import_into, rid, write_district


def _audit_rows(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.fixture
def huangpi(database: Database, tmp_path: Path) -> Database:
    assert import_into(database, write_district(tmp_path / "first.xlsx")).written
    return database


def _refused(database: Database, path: Path) -> list[tuple[str, int, str, str]]:
    before = _audit_rows(database)
    result = import_into(database, path)
    assert result.refused and not result.written
    assert _audit_rows(database) == before          # nothing written, not even the summary
    return codes(result)


def _change(edit: Any) -> dict[str, list[list[Any]]]:
    rows = district_rows()
    edit(rows)
    return rows


def test_an_unknown_station_and_a_duplicate_code_on_an_empty_database(database: Database,
                                                                      tmp_path: Path) -> None:
    def edit(rows: dict[str, list[list[Any]]]) -> None:
        rows["communities"][2][2] = "S09"
        rows["stations"].append(["S01", "重复派出所", "", 30.9, 114.4, ""])
    found = _refused(database, write_district(tmp_path / "bad.xlsx", _change(edit)))
    assert ("派出所", 4, "编码", "duplicate_key") in found
    assert ("社区", 4, "派出所编码", "unknown_station") in found
    assert database.is_empty()


def test_a_second_leader_in_the_sheet(database: Database, tmp_path: Path) -> None:
    def edit(rows: dict[str, list[list[Any]]]) -> None:
        rows["responders"][2][6] = "是"
    result = import_into(database, write_district(tmp_path / "bad.xlsx", _change(edit)))
    [problem] = [p for p in result.problems if p.blocking]
    assert (problem.sheet, problem.row, problem.column, problem.code) == (
        "队员", 4, "队长", SetupCode.SECOND_LEADER_IN_SHEET)
    assert problem.values == ("S01/快反一队", "2")


def test_a_second_leader_beside_the_stored_one(huangpi: Database, tmp_path: Path) -> None:
    rows = {"responders": [["王辅警", rid(2), "13900000002", "辅警", "前川派出所", "S01/快反一队",
                            "是", ""]]}
    path = write_district(tmp_path / "only.xlsx", rows, only=("responders",))
    assert _refused(huangpi, path) == [("队员", 2, "队长", "second_leader_in_database")]
    handover = [*rows["responders"], ["李警官", rid(1), "13900000001", "民警", "前川派出所",
                                      "S01/快反一队", "否", "前川住宿点"]]
    result = import_into(huangpi, write_district(tmp_path / "handover.xlsx",
                                                 {"responders": handover}, only=("responders",)))
    assert codes(result) == [] and result.counts["responders"] == (0, 2, 0)


def test_beds_total_below_the_beds_taken(huangpi: Database, tmp_path: Path) -> None:
    with huangpi.sessions() as session:
        session.execute(update(Facility).where(Facility.code == "F02").values(beds_taken=900))
        session.commit()

    def edit(rows: dict[str, list[list[Any]]]) -> None:
        rows["facilities"][1][4] = 800
    found = _refused(huangpi, write_district(tmp_path / "fewer.xlsx", _change(edit)))
    assert found == [("收治机构", 3, "床位总数", "beds_below_taken")]


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda r: r["responders"][1].__setitem__(5, "快反一队"),
     ("队员", 3, "队伍", "ambiguous_team")),
    (lambda r: r["responders"][1].__setitem__(5, "巡逻一队"), ("队员", 3, "队伍", "unknown_team")),
    (lambda r: r["vehicles"][2].__setitem__(2, "前川工作组"),
     ("车辆", 4, "队伍", "unknown_team_in_station")),
    (lambda r: r["responders"][1].__setitem__(7, "汉口宾馆"), ("队员", 3, "住宿点", "unknown_lodging")),
    (lambda r: r["teams"][0].__setitem__(3, "C0101、C0999"),
     ("队伍", 2, "服务社区", "unknown_community")),
    (lambda r: r["facilities"][2].__setitem__(1, "黄陂方舱医院"), ("收治机构", 4, "名称", "duplicate_key")),
    (lambda r: r["vehicles"][1].__setitem__(0, "鄂A H1001"), ("车辆", 3, "车牌号", "duplicate_key")),
    (lambda r: r["responders"][1].__setitem__(1, ""),
     ("队员", 3, "身份证号", "new_responder_without_id")),
    (lambda r: r["responders"][1].__setitem__(5, ""), ("队员", 3, "队伍", "responder_needs_team")),
    (lambda r: r["responders"][2].__setitem__(1, rid(1)), ("队员", 4, "身份证号", "duplicate_key")),
    (lambda r: r["supplies"].append(["S01", "protective suit", 1, 1]), ("防疫物资", 5, "物资", "duplicate_key")),
])
def test_references_and_keys(database: Database, tmp_path: Path, edit: Any,
                             expected: tuple[str, int, str, str]) -> None:
    found = _refused(database, write_district(tmp_path / "bad.xlsx", _change(edit)))
    assert found == [expected]


def test_a_retired_row_is_not_chosen_anew(huangpi: Database, tmp_path: Path) -> None:
    with huangpi.sessions() as session:
        session.execute(update(PoliceStation).where(PoliceStation.code == "S02").values(active=False))
        session.commit()

    def edit(rows: dict[str, list[list[Any]]]) -> None:
        rows["communities"][1][2] = "S02"
    found = _refused(huangpi, write_district(tmp_path / "moved.xlsx", _change(edit)))
    assert found == [("社区", 3, "派出所编码", "retired")]
    result = import_into(huangpi, write_district(tmp_path / "same.xlsx"))     # S02 stays chosen
    assert codes(result) == []
    assert [(p.row, p.code) for p in result.problems] == [(3, SetupCode.RETIRED_ROW)]


def test_the_district_must_be_named_and_must_match(database: Database, tmp_path: Path) -> None:
    assert _refused(database, write_district(tmp_path / "nameless.xlsx", district=("", ""))) == [
        ("说明", 0, "", "district_missing")]
    import_into(database, write_district(tmp_path / "first.xlsx"))
    assert _refused(database, write_district(tmp_path / "other.xlsx",
                                             district=("江岸区", "420102"))) == [
        ("说明", 0, "", "district_mismatch")]


def test_a_workbook_of_vehicles_alone_names_teams_set_up_before(huangpi: Database,
                                                                tmp_path: Path) -> None:
    rows = {"vehicles": [["鄂A·H1003", "S01", "快反一队", 5], ["鄂A·H2001", "S02", "S02/快反一队", 4]]}
    result = import_into(huangpi, write_district(tmp_path / "more.xlsx", rows, only=("vehicles",)))
    assert codes(result) == [] and result.counts == {"vehicles": (1, 1, 0)}
    with huangpi.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Community)) == 3
        assert session.scalar(select(func.count()).select_from(Responder)) == 9
