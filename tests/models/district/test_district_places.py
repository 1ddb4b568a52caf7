"""Stations, communities and facilities edited one record at a time, on both databases: the
district workbook's rules refuse what they refuse on import, a stale form is a conflict,
retiring never deletes, and beds never go below the beds taken."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.accounts.audit import Actor
from models.db.database import Database
from models.district.editors import editor_of
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.errors import EditConflict
from models.schema import AuditEntry, Community, Facility, PoliceStation, facility_accepts
from models.setup.problems import SetupCode
from tests.support.factories import NOW, TODAY, Place, make_facility, make_place

T = MasterTable


def edit(session: Session, table: MasterTable, row_id: int | None, changes: dict[str, object],
         version: int = 1) -> object:
    return editor_of(session, table, TODAY, NOW).save(row_id, version, {}, changes)


@pytest.fixture
def place(database: Database) -> Place:
    with database.sessions.begin() as session:
        return make_place(session)


def audited(session: Session) -> None:
    session.info["actor"] = Actor(user_id=None, username="commander1")


def test_a_new_field_hospital_needs_only_a_name_and_its_beds(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        audited(session)
        record = editor_of(session, T.FACILITIES, TODAY, NOW).save(
            None, 0, {}, {"name": "武昌方舱医院", "beds_total": 1000})
    assert record.id is not None and record.version == 1
    assert record.values["kind"] == "field_hospital" and record.values["accepts"] == ("confirmed",)
    assert record.values["code"].startswith("F") and record.facts == {"beds_taken": 0}
    assert (record.values["latitude"], record.values["longitude"]) == (30.59, 114.3)  # the centre
    with database.sessions() as session:
        facility = session.get(Facility, record.id)
        assert facility is not None and facility.beds_total == 1000 and facility.active
        actions = session.execute(select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.table_name == "facility", AuditEntry.row_id == record.id)
                .order_by(AuditEntry.id)).all()
    assert [action for action, _ in actions] == ["insert", "insert"]
    assert '"accepts": [[], ["confirmed"]]' in actions[1][1]


def test_beds_are_never_closed_below_the_beds_taken(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        facility = make_facility(session, place, beds=10)
        facility.beds_taken = 6
        facility_id = facility.id
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        edit(session, T.FACILITIES, facility_id, {"beds_total": 5}, version=2)
    assert refused.value.code is DistrictRefusal.BEDS_BELOW_TAKEN
    assert refused.value.params == {"taken": 6} and refused.value.field == "beds_total"
    with database.sessions.begin() as session:
        record = editor_of(session, T.FACILITIES, TODAY, NOW).save(facility_id, 2, {},
                                                                    {"beds_total": 6})
    assert record.values["beds_total"] == 6 and record.version == 3


def test_a_facility_stops_taking_a_category(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        facility_id = make_facility(session, place).id
        session.execute(facility_accepts.insert(), [
            {"facility_id": facility_id, "category": c} for c in ("confirmed", "suspected")])
    with database.sessions.begin() as session:
        audited(session)
        record = editor_of(session, T.FACILITIES, TODAY, NOW).save(
            facility_id, 1, {}, {"accepts": ("confirmed",)})
    assert record.values["accepts"] == ("confirmed",)
    assert record.version == 2, "a change of categories alone makes other open forms stale"
    with database.sessions() as session:
        assert session.scalars(select(facility_accepts.c.category).where(
            facility_accepts.c.facility_id == facility_id)).all() == ["confirmed"]
        [changes] = session.scalars(select(AuditEntry.changes).where(   # not its creation
            AuditEntry.table_name == "facility", AuditEntry.action == "update")).all()
    assert '"accepts": [["suspected", "confirmed"], ["confirmed"]]' in changes


def test_a_stale_form_is_a_conflict_and_writes_nothing(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        facility_id = make_facility(session, place, beds=10).id
    with database.sessions.begin() as session:
        edit(session, T.FACILITIES, facility_id, {"beds_total": 20})
    with database.sessions.begin() as session, pytest.raises(EditConflict) as conflict:
        editor_of(session, T.FACILITIES, TODAY, NOW).save(
            facility_id, 1, {"beds_total": 10}, {"beds_total": 30})
    assert conflict.value.current_version == 2
    assert [(d.field, d.original, d.mine, d.theirs) for d in conflict.value.differences] == [
        ("beds_total", 10, 30, 20)]
    with database.sessions() as session:
        assert session.scalar(select(Facility.beds_total)) == 20


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"latitude": 60.0}, "latitude", SetupCode.LATITUDE_OUTSIDE_CHINA),
    ({"longitude": "東经"}, "longitude", SetupCode.NOT_A_NUMBER),
    ({"name": ""}, "name", SetupCode.EMPTY),
    ({"code": ""}, "code", SetupCode.EMPTY),        # a code is made up for a new one only
    ({"name": "x" * 65}, "name", SetupCode.TOO_LONG),
    ({"phone": "12345"}, "phone", SetupCode.BAD_PHONE),
    ({"beds_total": -1}, "beds_total", SetupCode.OUT_OF_RANGE),
    ({"accepts": ("confirmed", "flu")}, "accepts", SetupCode.UNKNOWN_WORD),
])
def test_the_workbooks_rules_refuse_a_field(database: Database, place: Place,
                                            changes: dict[str, object], field: str,
                                            code: SetupCode) -> None:
    with database.sessions.begin() as session:
        facility_id = make_facility(session, place).id
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        edit(session, T.FACILITIES, facility_id, changes)
    assert refused.value.code is DistrictRefusal.INVALID_VALUE
    assert refused.value.field == field
    assert refused.value.problem is not None and refused.value.problem.code is code


def test_codes_and_names_stay_unique(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        first = make_facility(session, place)
        first.code = "F01"
    with database.sessions.begin() as session:
        new = {"name": "火神山医院", "beds_total": 1000, "code": "F01"}
        with pytest.raises(DistrictRefused) as refused:
            edit(session, T.FACILITIES, None, new)
        assert (refused.value.code, refused.value.field) == (DistrictRefusal.CODE_TAKEN, "code")
        with pytest.raises(DistrictRefused) as refused:
            edit(session, T.FACILITIES, None, {**new, "code": "F02", "name": first.name})
        assert refused.value.code is DistrictRefusal.NAME_TAKEN
        with pytest.raises(DistrictRefused) as refused:
            edit(session, T.STATIONS, None, {"code": "S1", "name": "新派出所"})
        assert refused.value.code is DistrictRefusal.CODE_TAKEN


def test_a_station_and_its_community_are_set_up(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        station = edit(session, T.STATIONS, None, {
            "code": "S02", "name": "花桥派出所", "area_kind": "rural",
            "latitude": "30.62", "longitude": "114.31"})
        community = edit(session, T.COMMUNITIES, None, {
            "code": "C02", "name": "花桥村", "station_id": station.id,  # type: ignore[attr-defined]
            "area_kind": "rural", "registered_households": 320, "registered_persons": 1100})
    with database.sessions() as session:
        stored = session.get(Community, community.id)  # type: ignore[attr-defined]
        assert stored is not None and stored.registered_households == 320
        assert session.scalar(select(PoliceStation.area_kind).where(
            PoliceStation.code == "S02")) == "rural"


def test_a_retired_station_stays_but_is_not_chosen_anew(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        editor_of(session, T.STATIONS, TODAY, NOW).set_active(place.station_id, False)
    with database.sessions.begin() as session:
        # the community already there keeps its station and can still be edited
        edit(session, T.COMMUNITIES, place.community_id, {"daily_visit_target": 40})
        with pytest.raises(DistrictRefused) as refused:
            edit(session, T.COMMUNITIES, None, {
                "code": "C09", "name": "新社区", "station_id": place.station_id,
                "latitude": 30.6, "longitude": 114.3})
        assert (refused.value.code, refused.value.field) == (DistrictRefusal.RETIRED_CHOSEN,
                                                             "station_id")
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PoliceStation)) == 1


def test_nothing_can_be_set_up_before_the_district(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        edit(session, T.STATIONS, None, {"code": "S1", "name": "大智派出所",
                                         "latitude": 30.59, "longitude": 114.30})
    assert refused.value.code is DistrictRefusal.NO_DISTRICT


def test_retiring_is_version_checked_from_a_form(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        facility_id = make_facility(session, place).id
        edit(session, T.FACILITIES, facility_id, {"beds_total": 50})
    with database.sessions.begin() as session, pytest.raises(EditConflict):
        editor_of(session, T.FACILITIES, TODAY, NOW).set_active(facility_id, False, 1)
    with database.sessions.begin() as session:
        record = editor_of(session, T.FACILITIES, TODAY, datetime(2020, 2, 20)).set_active(
            facility_id, False, 2)
    assert not record.active
