"""Loading a district workbook: from an empty database everything is created and audited; a
re-import updates rows by their natural key and never deletes; exporting and importing again
changes nothing — on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from models.db.database import Database
from models.enums import AreaKind, CaseCategory, FacilityKind, TeamKind, VehicleStatus
from models.schema import (
    AuditEntry,
    Community,
    District,
    Facility,
    Lodging,
    PoliceStation,
    Responder,
    SupplyStock,
    Team,
    TeamMember,
    Vehicle,
    facility_accepts,
    team_community,
)
from models.setup.existing import read_existing
from models.setup.exporting import write_district_workbook
from tests.support.district_workbook import codes, district_rows, import_into, rid, write_district


def _leaders(database: Database) -> dict[tuple[str, str], str]:
    with database.sessions() as session:
        return {(code, team): name for code, team, name in session.execute(
            select(PoliceStation.code, Team.name, Responder.name)
            .join(Team, Team.station_id == PoliceStation.id)
            .join(TeamMember, TeamMember.team_id == Team.id)
            .join(Responder, Responder.id == TeamMember.responder_id)
            .where(TeamMember.is_leader.is_(True), TeamMember.left_on.is_(None)))}


def test_an_empty_database_gets_the_whole_district(database: Database, tmp_path: Path) -> None:
    result = import_into(database, write_district(tmp_path / "huangpi.xlsx"))
    assert result.problems == [] and result.written
    assert result.counts == {"stations": (2, 0, 0), "communities": (3, 0, 0),
                             "facilities": (3, 0, 0), "teams": (3, 0, 0), "responders": (9, 0, 0),
                             "vehicles": (3, 0, 0), "lodging": (1, 0, 0), "supplies": (3, 0, 0),
                             "boundaries": (2, 0, 0)}
    with database.sessions() as session:
        assert session.scalars(select(District.name)).all() == ["黄陂区"]
        kinds = dict(session.execute(select(PoliceStation.code, PoliceStation.area_kind)).all())
        assert kinds == {"S01": AreaKind.URBAN, "S02": AreaKind.RURAL}    # derived
        fangcang = session.scalars(select(Facility).where(Facility.code == "F02")).one()
        assert (fangcang.kind, fangcang.beds_total, fangcang.beds_taken, fangcang.active) == (
            FacilityKind.FIELD_HOSPITAL, 1000, 0, True)
        accepts = session.scalars(select(facility_accepts.c.category)
                                  .where(facility_accepts.c.facility_id == fangcang.id)).all()
        assert accepts == [CaseCategory.CONFIRMED.value]
        qrt = session.scalars(select(Team).join(PoliceStation).where(
            PoliceStation.code == "S01", Team.kind == TeamKind.QUICK_RESPONSE)).one()
        served = session.scalars(select(Community.code).join(
            team_community, team_community.c.community_id == Community.id)
            .where(team_community.c.team_id == qrt.id).order_by(Community.code)).all()
        assert served == ["C0101", "C0102"]
        li = session.scalars(select(Responder).where(Responder.name == "李警官")).one()
        assert li.resident_id == rid(1) and li.station_id == qrt.station_id
        assert session.get(Lodging, li.lodging_id).name == "前川住宿点"    # type: ignore[union-attr]
        vehicle = session.scalars(select(Vehicle).where(Vehicle.plate == "鄂A·H1002")).one()
        assert (vehicle.team_id, vehicle.seats, vehicle.status) == (qrt.id, None, VehicleStatus.AVAILABLE)
        days = session.scalars(select(SupplyStock.low_stock_days).order_by(SupplyStock.id)).all()
        assert days == [3, 5, 3]
        audited = dict(session.execute(select(AuditEntry.table_name, func.count())
                                       .where(AuditEntry.action == "insert")
                                       .group_by(AuditEntry.table_name)).all())
        assert audited["responder"] == 9 and audited["team_member"] == 9
        assert audited["police_station"] == 2 and audited["facility"] == 3
        summary = session.scalars(select(AuditEntry.changes)
                                  .where(AuditEntry.action == "setup_import")).one()
        assert "huangpi.xlsx" in summary
    assert _leaders(database) == {("S01", "快反一队"): "李警官", ("S01", "前川工作组"): "陈干部",
                                  ("S02", "快反一队"): "吴警官"}


def test_a_re_import_updates_by_natural_key_and_never_deletes(database: Database,
                                                              tmp_path: Path) -> None:
    import_into(database, write_district(tmp_path / "first.xlsx"))
    rows = district_rows()
    rows["facilities"][1][4] = 1600                       # beds added overnight
    rows["facilities"][0][3] = "确诊"                      # stops taking suspected cases
    rows["responders"][0][6] = "否"                        # 李警官 steps down …
    rows["responders"][1][6] = "是"                        # … 王辅警 leads
    rows["responders"][6][5] = "S01/快反一队"              # 周警官 moves teams
    rows["vehicles"][1][3] = 6
    del rows["communities"][2]                             # left out: kept, not deleted
    rows["teams"][2][3] = ""
    rows["stations"][0][1] = "前川街派出所"
    rows["supplies"][0][2] = 280
    rows["responders"].append(["钱队员", rid(10), "13900000010", "志愿者", "", "前川工作组", "", ""])
    result = import_into(database, write_district(tmp_path / "second.xlsx", rows))
    assert codes(result) == []
    assert result.counts["facilities"] == (0, 2, 1)
    assert result.counts["responders"] == (1, 3, 6)
    assert result.counts["communities"] == (0, 0, 2) and result.counts["stations"] == (0, 1, 1)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Community)) == 3
        f01 = session.scalars(select(Facility).where(Facility.code == "F01")).one()
        assert session.scalars(select(facility_accepts.c.category).where(
            facility_accepts.c.facility_id == f01.id)).all() == ["confirmed"]
        assert f01.version == 1 and session.scalars(select(Facility.version).where(
            Facility.code == "F02")).one() == 2
        zhou = session.scalars(select(Responder).where(Responder.name == "周警官")).one()
        memberships = session.execute(select(Team.name, TeamMember.left_on).join(Team).where(
            TeamMember.responder_id == zhou.id).order_by(Team.name)).all()
        assert memberships == [("前川工作组", date(2020, 2, 20)),
                               ("快反一队", None)]
        station = session.scalars(select(PoliceStation).where(PoliceStation.code == "S01")).one()
        assert station.name == "前川街派出所" and station.version == 2
        changes = [json.loads(c) for c in session.scalars(select(AuditEntry.changes).where(
            AuditEntry.table_name == "facility", AuditEntry.action == "update"))]
        assert {"beds_total": [1000, 1600]} in changes        # the database's entry, parsed
        assert {"accepts": [["confirmed", "suspected"], ["confirmed"]]} in changes
    assert _leaders(database)[("S01", "快反一队")] == "王辅警"


def test_export_then_import_changes_nothing(database: Database, tmp_path: Path) -> None:
    import_into(database, write_district(tmp_path / "huangpi.xlsx"))
    with database.sessions() as session:
        counts = write_district_workbook(tmp_path / "exported.xlsx", read_existing(session))
    assert counts == {"stations": 2, "communities": 3, "facilities": 3, "teams": 3,
                      "responders": 9, "vehicles": 3, "lodging": 1, "supplies": 3,
                      "boundaries": 2}
    result = import_into(database, tmp_path / "exported.xlsx", dry_run=True)
    assert result.problems == [] and not result.changes
    assert result.counts["boundaries"] == (0, 0, 2)
    assert all(added == updated == 0 for added, updated, _ in result.counts.values())


def test_the_demo_district_round_trips_too(database: Database, tmp_path: Path) -> None:
    """Responders set up before they had resident IDs are found by name and phone."""
    from models.demo import build_demo
    build_demo(database, "small", seed=7, end=datetime(2020, 2, 20, 18))
    with database.sessions() as session:
        write_district_workbook(tmp_path / "demo.xlsx", read_existing(session))
    result = import_into(database, tmp_path / "demo.xlsx", dry_run=True)
    assert result.problems == [] and not result.changes
    with database.sessions() as session:
        codes_ = session.scalars(select(Facility.code).order_by(Facility.id)).all()
    assert codes_[:2] == ["F001", "F002"]


def test_a_dry_run_writes_nothing(database: Database, tmp_path: Path) -> None:
    result = import_into(database, write_district(tmp_path / "d.xlsx"), dry_run=True)
    assert result.counts["responders"] == (9, 0, 0) and not result.written
    assert database.is_empty()
