"""A facility as a click on the map shows it, on both databases: its beds and categories, the
transfers heading to it (not those delivered or cancelled), the persons admitted there, capped
lists with their full counts."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from models.db.database import Database
from models.enums import TransferStatus
from models.errors import RecordGone
from models.map.facility_card import facility_card
from models.schema import TransferOrder
from tests.support.map_scene import MapScene, admit_to_facility, make_map_scene


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def test_the_card_names_beds_categories_incoming_and_admitted(database: Database,
                                                              scene: MapScene) -> None:
    case_id = admit_to_facility(database, scene)
    with database.sessions() as session:
        card = facility_card(session, scene.facility)
    assert card.name.startswith("金银潭医院")
    assert (card.kind, card.accepts) == ("designated_hospital", ("confirmed", "suspected"))
    assert (card.beds_total, card.beds_taken, card.beds_free) == (10, 3, 7)
    assert card.incoming_count == 3
    assert [t.id for t in card.incoming] == sorted(scene.orders.values())
    assert {t.status for t in card.incoming} == {"dispatched", "on_scene", "picked_up"}
    assert {t.person for t in card.incoming} == {"病人1", "病人2", "病人3"}
    assert card.incoming[0].community == "永清社区"
    assert card.admitted_count == 1
    (admitted,) = card.admitted
    assert (admitted.case_id, admitted.person, admitted.category) == (case_id, "住院乙", "confirmed")


def test_delivered_orders_leave_the_list_and_the_lists_are_capped(database: Database,
                                                                 scene: MapScene) -> None:
    with database.sessions() as session:
        session.execute(update(TransferOrder).where(TransferOrder.id == scene.orders["scene"])
                        .values(status=TransferStatus.DELIVERED))
        session.commit()
        card = facility_card(session, scene.facility, limit=1)
    assert card.incoming_count == 2 and len(card.incoming) == 1
    assert scene.orders["scene"] not in {t.id for t in card.incoming}


def test_a_facility_gone_is_said(database: Database, scene: MapScene) -> None:
    with database.sessions() as session, pytest.raises(RecordGone):
        facility_card(session, scene.facility + 1000)
