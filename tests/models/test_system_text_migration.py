"""Migration 0009: the sentences older versions of Canvass stored become codes, on both backends;
a person's text stays as typed; downgrade writes the English sentences back."""
from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from models.db.database import alembic_config
from models.enums import CaseCategory, CaseStatus
from models.schema import Case, CaseEvent, DutyShift, Responder, SupplyStock, Team
from models.schema.supplies import SupplyMovement
from models.system_text import SystemText, decode
from tests.factories import make_person, make_place

T0 = datetime(2020, 2, 10, 9, 0)
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
    with Session(engine) as session:
        place = make_place(session)
        person = make_person(session, place)
        case = Case(person_id=person.id, community_id=place.community_id,
                    category=CaseCategory.FEVER, status=CaseStatus.VERIFIED, opened_at=T0,
                    status_since=T0, category_since=T0, is_open=True, last_action="status: verified")
        session.add(case)
        session.flush()
        for sentence in [*OLD, TYPED]:
            session.add(CaseEvent(case_id=case.id, at=T0, kind="note", reason=sentence))
        team = Team(station_id=place.station_id, kind="quick_response", name="快反一队")
        responder = Responder(station_id=place.station_id, name="周警官", role="police", unit="x")
        session.add_all([team, responder])
        session.flush()
        session.add(DutyShift(team_id=team.id, responder_id=responder.id, starts_at=T0,
                              ends_at=datetime(2020, 2, 10, 21), stood_down_at=T0,
                              stood_down_reason="撤岗：体温 38.2 °C"))
        stock = SupplyStock(station_id=place.station_id, item="protective_suit", quantity=10)
        session.add(stock)
        session.flush()
        session.add(SupplyMovement(stock_id=stock.id, at=T0, delta=-2,
                                   reason="Protective suit, transfer ZY202002100001"))
        session.commit()

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
