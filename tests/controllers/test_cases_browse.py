"""The case board's row source: place, opening dates and free text narrow the list in SQL."""
from __future__ import annotations

from datetime import date, datetime

from controllers.actions import SignedInUser
from controllers.browse import CaseRows
from controllers.cases import open_case_for_person
from models.database import Database
from models.enums import UserRole
from tests.factories import make_person, make_place

USER = SignedInUser(None, "k", "k", UserRole.COMMANDER)


def test_place_date_and_free_text_filters(database: Database) -> None:
    with database.sessions() as session:
        one, two = make_place(session, "1"), make_place(session, "2")
        a = make_person(session, one, "张伟")
        a.resident_id_reversed = a.resident_id[::-1]
        b = make_person(session, two, "李娜")
        b.resident_id, b.phone = None, "13912345678"
        session.commit()
        ids = (a.id, b.id, one.station_id, two.community_id)
    open_case_for_person(database, USER, ids[0], "fever", "", datetime(2020, 2, 10, 9))
    open_case_for_person(database, USER, ids[1], "confirmed", "", datetime(2020, 2, 18, 9))
    rows = CaseRows(database)
    assert rows.count({"station_id": ids[2]}) == 1
    assert rows.count({"community_id": ids[3]}) == 1
    assert rows.count({"opened_from": date(2020, 2, 11)}) == 1
    assert rows.count({"opened_until": date(2020, 2, 10)}) == 1
    assert rows.count({"text": "张"}) == 1
    assert rows.count({"text": "1234"}) == 1        # the last digits of 张伟's ID
    assert rows.count({"text": "1391234"}) == 1     # the start of 李娜's phone
    assert rows.count({"text": "'; DROP TABLE person_case; --"}) == 0
    assert rows.count({}) == 2
    assert [name for _i, name, _c in rows.places()] == ["大智派出所", "大智派出所"]
