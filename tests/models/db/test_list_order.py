"""Lists in the order readers expect, on both backends: names by pinyin (the key written with
every name, by the ORM, by a Core insert and by the bulk loaders), keyset pages that agree with
it, a row's position under any order (how a list finds its current row again), and the
register's search by name, resident ID, ID tail or phone, and by place."""
from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy import insert, select

from models.cases.rows import CaseRows
from models.communities.household_rows import GapRows, HouseholdRows
from models.db.database import Database
from models.db.row_source import Row, SortOrder, SqlRowSource
from models.pinyin import name_key
from models.register.rows import PersonRows
from models.schema import Household, Person
from tests.support.factories import NOW, make_case, make_person, make_place

NAMES = ("张伟", "章伟", "安娜", "曾小明", "欧阳修", "王芳", "李娜", "赵六", "白雪", "张")
PINYIN_ORDER = ["安娜", "白雪", "李娜", "欧阳修", "王芳", "曾小明", "张", "张伟", "章伟", "赵六"]


def register(database: Database) -> dict[str, int]:
    """The names, half written by the ORM, half by a Core insert (as the importers do)."""
    with database.sessions.begin() as session:
        place = make_place(session)
        for name in NAMES[:5]:
            session.add(Person(household_id=place.household_id, community_id=place.community_id,
                               name=name))
        session.execute(insert(Person), [
            {"household_id": place.household_id, "community_id": place.community_id,
             "name": name, "resident_id": f"42010219800101{n:03d}X", "phone": f"1380000{n:04d}",
             "resident_id_reversed": f"42010219800101{n:03d}X"[::-1]}
            for n, name in enumerate(NAMES[5:])])
        return {name: ident for ident, name in session.execute(select(Person.id, Person.name))}


def every_row(source: SqlRowSource, order: SortOrder, page: int,
              filters: dict[str, object] | None = None) -> list[Row]:
    """Page after page as the table reads them: each with the previous page's last row."""
    rows: list[Row] = []
    after = None
    while True:
        found = source.page(filters or {}, order, len(rows), page, after)
        rows += found
        if len(found) < page:
            return rows
        after = found[-1]


def names(rows: Sequence[Row]) -> list[str]:
    return [str(row[1]) for row in rows]


def test_the_key_reads_names_as_pinyin() -> None:
    assert sorted(NAMES, key=name_key) == PINYIN_ORDER
    assert name_key("曾小明").startswith("zeng xiao ming")   # a surname's own reading
    assert name_key("") == ""


def test_the_register_sorts_names_by_pinyin_with_keyset_pages(database: Database) -> None:
    register(database)
    source = PersonRows(database, sees_full=True)
    assert names(every_row(source, SortOrder("name"), 3)) == PINYIN_ORDER
    assert names(every_row(source, SortOrder("name", descending=True), 4)) == \
        PINYIN_ORDER[::-1]


def test_a_renamed_person_moves_to_the_new_name(database: Database) -> None:
    ids = register(database)
    with database.sessions.begin() as session:
        person = session.get(Person, ids["赵六"])
        assert person is not None
        person.name = "艾青"   # ai: now first
    source = PersonRows(database, sees_full=True)
    assert names(source.page({}, SortOrder("name"), 0, 3)) == ["艾青", "安娜", "白雪"]


def test_the_case_board_sorts_its_names_by_pinyin(database: Database) -> None:
    register(database)
    with database.sessions.begin() as session:
        place = make_place(session, "2")
        for name in NAMES:
            make_case(session, place, make_person(session, place, name))
    rows = every_row(CaseRows(database), SortOrder("person"), 4)
    assert names(rows) == PINYIN_ORDER


@pytest.mark.parametrize("order", [SortOrder("name"), SortOrder("name", descending=True),
                                   SortOrder("id"), SortOrder("community")])
def test_a_rows_position_is_where_the_pages_put_it(database: Database, order: SortOrder) -> None:
    register(database)
    source = PersonRows(database, sees_full=False)
    rows = every_row(source, order, 4)
    for number, row in enumerate(rows):
        assert source.position({}, order, int(row[0])) == number
    assert source.position({"text": "李"}, order, int(rows[0][0])) in (None, 0)
    assert source.position({}, order, 10_000) is None


def test_positions_follow_the_pages_of_the_households(database: Database) -> None:
    with database.sessions.begin() as session:
        place = make_place(session)
        session.execute(insert(Household), [
            {"community_id": place.community_id, "building": str(n % 3), "unit": "1",
             "door": str(100 + n)} for n in range(12)])
    source = HouseholdRows(database)
    filters = {"community_id": place.community_id}
    for order in (SortOrder("building"), SortOrder("building", descending=True)):
        rows = every_row(source, order, 5, filters)
        assert [source.position(filters, order, int(row[0])) for row in rows] == \
            list(range(len(rows)))


def test_the_gap_list_says_where_a_door_stands(database: Database) -> None:
    with database.sessions.begin() as session:
        place = make_place(session)
        session.execute(insert(Household), [
            {"community_id": place.community_id, "building": "1", "unit": "1",
             "door": str(100 + n)} for n in range(7)])
    source = GapRows(database, clock=lambda: NOW)
    filters = {"community_id": place.community_id}
    rows = source.page(filters, source.default_order, 0, 100)
    assert [source.position(filters, source.default_order, int(row[0])) for row in rows] == \
        list(range(len(rows)))
    assert source.position({**filters, "door": "10"}, source.default_order, int(rows[0][0])) \
        is None   # make_place's door 301 is not a "10…" door
    assert len(source.page({**filters, "door": "10"}, source.default_order, 0, 100)) == 7


def test_the_register_finds_a_person_by_id_tail_phone_or_name_and_by_place(
        database: Database) -> None:
    ids = register(database)
    source = PersonRows(database, sees_full=True)   # tails are for readers who see IDs whole

    def found(**filters: object) -> list[int]:
        return [int(row[0]) for row in source.page(filters, SortOrder("id"), 0, 50)]

    assert found(text="001X") == [ids["李娜"]]            # the last digits of a resident ID
    assert found(text="001x") == [ids["李娜"]]
    assert found(text="42010219800101002X") == [ids["赵六"]]   # a whole resident ID
    assert found(text="13800000003") == [ids["白雪"]]     # a phone
    assert found(text="欧阳") == [ids["欧阳修"]]           # a name's start
    with database.sessions() as session:
        community = session.scalar(select(Person.community_id))
    assert len(found(community_id=community)) == len(NAMES)
    assert found(community_id=community + 1) == []
    assert source.count({"text": "001x"}) == 1
