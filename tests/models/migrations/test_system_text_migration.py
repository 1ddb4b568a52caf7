"""Migration 0009: the sentences older versions of Canvass stored become codes, on both backends;
a person's text stays as typed; downgrade writes the English sentences back."""
from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import MetaData, create_engine, text

from models.db.database import alembic_config
from models.enums import CaseCategory, CaseStatus
from models.system_text import SystemText, decode
from tests.support.migrations import T0, old_row

OLD = {   # what 0008's Canvass wrote → the code it is now
    "status: verified": (SystemText.STATUS_MOVED, {"to": "verified"}),
    "Transfer ZY202002100001 ordered to 金银潭医院, vehicle 鄂A·12345":
        (SystemText.TRANSFER_ORDERED, {"number": "ZY202002100001", "facility": "金银潭医院",
                                       "plate": "鄂A·12345"}),
    "Transfer ZY202002100002 cancelled: 家属拒绝|改日": (SystemText.TRANSFER_CANCELLED,
                                                   {"number": "ZY202002100002", "reason": "家属拒绝|改日"}),
    "Picked up, transfer ZY202002100001": (SystemText.TRANSFER_PICKED_UP, {"number": "ZY202002100001"}),
    "Close contact of case 7": (SystemText.CLOSE_CONTACT_OF, {"case": "7"}),
}
TYPED = "38.6 at the door"


def test_old_sentences_become_codes_and_come_back(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0008")
    # Rows are written as 0008 stored them, through its reflected tables: the live models
    # describe the newest schema, which an old database does not have.
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        def add(table: str, **values: object) -> int:
            return old_row(connection, tables.tables[table], values)
        district = add("district", code="D1", name="江岸区")
        station = add("police_station", district_id=district, code="S1", name="大智派出所",
                      area_kind="urban", latitude=30.59, longitude=114.30)
        community = add("community", station_id=station, code="C1", name="永清社区",
                        area_kind="urban", latitude=30.60, longitude=114.29)
        household = add("household", community_id=community, building="1", unit="2", door="301")
        person = add("person", household_id=household, community_id=community, name="张伟",
                     resident_id="420102198001011234", phone="13800000000")
        case = add("person_case", person_id=person, community_id=community,
                   category=CaseCategory.FEVER.value, status=CaseStatus.VERIFIED.value,
                   opened_at=T0, status_since=T0, category_since=T0, is_open=True,
                   last_action="status: verified")
        for sentence in [*OLD, TYPED]:
            add("case_event", case_id=case, at=T0, kind="note", reason=sentence)
        team = add("team", station_id=station, kind="quick_response", name="快反一队")
        responder = add("responder", station_id=station, name="周警官", role="police", unit="x")
        add("duty_shift", team_id=team, responder_id=responder, starts_at=T0,
            ends_at=datetime(2020, 2, 10, 21), stood_down_at=T0,
            stood_down_reason="撤岗：体温 38.2 °C")
        stock = add("supply_stock", station_id=station, item="protective_suit", quantity=10)
        add("supply_movement", stock_id=stock, at=T0, delta=-2,
            reason="Protective suit, transfer ZY202002100001")

    command.upgrade(config, "head")
    with engine.connect() as connection:
        reasons = [row[0] for row in connection.execute(text("SELECT reason FROM case_event ORDER BY id"))]
        last_action = connection.execute(text("SELECT last_action FROM person_case")).scalar_one()
        stood_down = connection.execute(text("SELECT stood_down_reason FROM duty_shift")).scalar_one()
        drawn = connection.execute(text("SELECT reason FROM supply_movement")).scalar_one()
    for stored, (code, parameters) in zip(reasons, OLD.values(), strict=False):
        written = decode(stored)
        assert written is not None and written.known() is code
        assert dict(written.parameters) == parameters
    assert reasons[-1] == TYPED
    assert decode(last_action) is not None
    stood = decode(stood_down)
    assert stood is not None and stood.known() is SystemText.STOOD_DOWN_FEVER
    assert stood.parameters == {"temperature": "38.2"}
    suit = decode(drawn)
    assert suit is not None and suit.known() is SystemText.SUIT_DRAWN

    command.downgrade(config, "0008")
    with engine.connect() as connection:
        back = [row[0] for row in connection.execute(text("SELECT reason FROM case_event ORDER BY id"))]
    assert back == [*OLD, TYPED]
    engine.dispose()
