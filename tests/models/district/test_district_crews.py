"""Teams, responders, lodging and supply stock kept by hand, on both databases: a new
quick-response team in one form, responders checked like the workbook's (a valid resident ID,
once), lodging chosen only while in use, and every stock change a movement."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.database import Database
from models.district.editors import editor_of
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.supplies import SupplyEditor
from models.district.tables import MasterRecord, MasterTable
from models.schema import Responder, SupplyMovement, Team, team_community
from models.setup.problems import SetupCode
from tests.support.factories import NOW, TODAY, Place, make_place

T = MasterTable
ID = "420102198001011231"


@pytest.fixture
def place(database: Database) -> Place:
    with database.sessions.begin() as session:
        return make_place(session)


def save(session: Session, table: MasterTable, changes: dict[str, object],
         row_id: int | None = None, version: int = 0) -> MasterRecord:
    return editor_of(session, table, TODAY, NOW).save(row_id, version, {}, changes)


def test_a_new_quick_response_team_is_formed(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        team = save(session, T.TEAMS, {"name": "快反三队", "station_id": place.station_id,
                                       "communities": (place.community_id,)})
    assert team.values["kind"] == "quick_response" and team.values["communities"] == (
        place.community_id,)
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        save(session, T.TEAMS, {"name": "快反三队", "station_id": place.station_id})
    assert (refused.value.code, refused.value.field) == (DistrictRefusal.NAME_TAKEN, "name")
    assert team.id is not None
    with database.sessions.begin() as session:
        changed = save(session, T.TEAMS, {"communities": ()}, team.id, 1)
        assert session.scalar(select(func.count()).select_from(team_community)) == 0
    assert changed.version == 2
    with database.sessions.begin() as session:
        editor_of(session, T.TEAMS, TODAY, NOW).set_active(team.id, False)
    with database.sessions() as session:
        stored = session.get(Team, team.id)
        assert stored is not None and not stored.active


def test_a_retired_community_is_not_served_anew(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        editor_of(session, T.COMMUNITIES, TODAY, NOW).set_active(place.community_id, False)
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        save(session, T.TEAMS, {"name": "工作组", "kind": "work_group",
                                "station_id": place.station_id,
                                "communities": (place.community_id,)})
    assert (refused.value.code, refused.value.field) == (DistrictRefusal.RETIRED_CHOSEN,
                                                         "communities")
    assert refused.value.params == {"value": "永清社区"}


@pytest.mark.parametrize(("resident_id", "code"), [
    ("", SetupCode.NEW_RESPONDER_WITHOUT_ID),
    ("420102198001011235", SetupCode.RESIDENT_ID_CHECKSUM),
    ("4201021980", SetupCode.RESIDENT_ID_LENGTH),
])
def test_a_new_responder_needs_a_valid_resident_id(database: Database, place: Place,
                                                   resident_id: str, code: SetupCode) -> None:
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        save(session, T.RESPONDERS, {"name": "王警官", "resident_id": resident_id,
                                     "station_id": place.station_id})
    assert refused.value.field == "resident_id"
    assert refused.value.problem is not None and refused.value.problem.code is code


def test_a_responder_is_lodged_and_the_resident_id_is_theirs_alone(database: Database,
                                                                    place: Place) -> None:
    with database.sessions.begin() as session:
        lodging = save(session, T.LODGING, {"name": "锦江之星", "station_id": place.station_id,
                                            "capacity": 40})
        responder = save(session, T.RESPONDERS, {
            "name": "王警官", "resident_id": "42010219800101001x", "phone": "138 0000 0000",
            "role": "police", "unit": "大智派出所", "station_id": place.station_id,
            "lodging_id": lodging.id})
    assert responder.values["resident_id"] == "42010219800101001X"
    assert responder.values["phone"] == "13800000000"
    with database.sessions.begin() as session:
        assert editor_of(session, T.LODGING, TODAY, NOW).record(
            lodging.id or 0).facts == {"lodged": 1}
        with pytest.raises(DistrictRefused) as refused:
            save(session, T.RESPONDERS, {"name": "李医生", "resident_id": "42010219800101001X",
                                         "station_id": place.station_id})
        assert refused.value.code is DistrictRefusal.RESIDENT_ID_TAKEN
        assert refused.value.params == {"holder": "王警官"}
    with database.sessions.begin() as session:
        editor_of(session, T.LODGING, TODAY, NOW).set_active(lodging.id or 0, False)
        save(session, T.RESPONDERS, {"unit": "江岸分局"}, responder.id, 1)   # stays lodged
        with pytest.raises(DistrictRefused) as refused:
            save(session, T.RESPONDERS, {"name": "李医生", "resident_id": ID,
                                         "station_id": place.station_id,
                                         "lodging_id": lodging.id})
        assert refused.value.code is DistrictRefusal.RETIRED_CHOSEN
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Responder)) == 1


def test_supplies_are_stocked_and_received(database: Database, place: Place) -> None:
    with database.sessions.begin() as session:
        stock = save(session, T.SUPPLIES, {"station_id": place.station_id,
                                           "item": "protective_suit", "quantity": 200})
    assert stock.facts == {"quantity": 200} and stock.id is not None
    with database.sessions.begin() as session:
        with pytest.raises(DistrictRefused) as refused:
            save(session, T.SUPPLIES, {"station_id": place.station_id, "item": "protective_suit"})
        assert refused.value.code is DistrictRefusal.ITEM_STOCKED
        editor = editor_of(session, T.SUPPLIES, TODAY, NOW)
        assert isinstance(editor, SupplyEditor)
        for bad in (0, -5):
            with pytest.raises(DistrictRefused) as refused:
                editor.receive(stock.id, bad, "", None)
            assert refused.value.code is DistrictRefusal.DELIVERY_NOT_POSITIVE
        received = editor.receive(stock.id, 500, "省卫健委调拨", None)
        assert received.facts == {"quantity": 700}
        days = save(session, T.SUPPLIES, {"low_stock_days": 5}, stock.id, received.version)
        assert days.values["low_stock_days"] == 5
    with database.sessions() as session:
        assert session.execute(select(SupplyMovement.delta, SupplyMovement.reason)
                               .order_by(SupplyMovement.id)).all() == [
            (200, ""), (500, "省卫健委调拨")]
