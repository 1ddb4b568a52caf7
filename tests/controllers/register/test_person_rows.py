"""The register of persons as a list: pages read from either end agree, IDs masked per role."""
from __future__ import annotations

import pytest

from controllers.register.rows import person_rows
from models.db.database import Database
from models.db.row_source import SortOrder
from tests.support.factories import make_person, make_place, signed_in

NAMES = ["赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七", "王八", "冯九", "陈十", "褚十一"]


@pytest.fixture
def register(database: Database) -> Database:
    with database.sessions() as session:
        place = make_place(session)
        for number, name in enumerate(NAMES):
            person = make_person(session, place, name)
            person.resident_id = f"42010219800101{number:03d}5"[:18]
            person.phone = f"1380000{number:04d}"
        session.commit()
    return database


@pytest.mark.parametrize("order", [SortOrder("id"), SortOrder("name"),
                                   SortOrder("name", descending=True),
                                   SortOrder("id", descending=True)])
def test_a_page_near_the_end_is_the_same_page_however_it_is_read(register: Database,
                                                                  order: SortOrder) -> None:
    """A page past the middle is read from the far end once the count is known (the last page
    of a million persons in a fraction of a millisecond instead of 80 ms): the rows must be
    exactly those OFFSET gives, in the same order, for every ordering and a short last page."""
    commander = signed_in("commander")
    never_counted = person_rows(register, commander)
    counted = person_rows(register, commander)
    assert counted.count({}) == len(NAMES)
    for offset in range(len(NAMES) + 1):
        for limit in (1, 3, 4):
            assert counted.page({}, order, offset, limit) == \
                never_counted.page({}, order, offset, limit), (offset, limit)
    whole = never_counted.page({}, order, 0, 100)
    assert sum((counted.page({}, order, start, 4) for start in range(0, 12, 4)), []) == whole


def test_the_register_masks_ids_and_phones_for_a_role_that_may_not_see_them(
        register: Database) -> None:
    [clerk_row] = person_rows(register, signed_in("clerk")).page({"name": "赵"}, SortOrder("id"),
                                                                  0, 10)
    [commander_row] = person_rows(register, signed_in("commander")).page(
        {"name": "赵"}, SortOrder("id"), 0, 10)
    assert (clerk_row[4], clerk_row[5]) == ("420102********0005", "138****0000")
    assert (commander_row[4], commander_row[5]) == ("420102198001010005", "13800000000")
    assert commander_row[6] == "永清社区"
