"""The case board's row source: place, opening dates and free text narrow the list in SQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from controllers.browse import SortOrder
from controllers.cases.workflow import open_case_for_person
from controllers.runtime.actions import SignedInUser
from models.cases.rows import CaseRows
from models.db.database import Database
from models.enums import UserRole
from tests.support.factories import make_person, make_place

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


def test_a_common_name_start_pages_the_same_cases(database: Database,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On SQLite a name's start shared by many persons is paged by walking the board's order
    (EXISTS) instead of reading the persons first (IN): the rows must be the same either way."""
    import models.register.person_search as person_search
    with database.sessions() as session:
        place = make_place(session)
        ids = [make_person(session, place, name).id for name in ("张伟", "张敏", "张强", "李娜")]
        session.commit()
    for number, person_id in enumerate(ids):
        open_case_for_person(database, USER, person_id, "fever", "",
                             datetime(2020, 2, 10, 9, number))
    order = SortOrder("status_since", descending=True)
    rare = CaseRows(database).page({"name": "张"}, order, 0, 10)
    monkeypatch.setattr(person_search, "COMMON_MATCHES", 2)
    database.memo.clear()
    common = CaseRows(database).page({"name": "张"}, order, 0, 10)
    walked = str(CaseRows(database)._page_ids({"name": "张"}, "status_since", True, 0, 10, None))
    assert ("EXISTS" in walked) == (database.kind == "sqlite")
    assert [row[1] for row in common] == [row[1] for row in rare] == ["张强", "张敏", "张伟"]
    assert CaseRows(database).count({"name": "张"}) == 3
    assert [row[1] for row in CaseRows(database).page({"text": "张"}, order, 1, 10)] == \
        ["张敏", "张伟"]
