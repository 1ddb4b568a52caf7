"""Lists read through compiled statements on the bare driver (models/db/prepared_pages):
the same rows, in the same order, as the ORM would give, and never an old answer."""
from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from controllers.browse import SortOrder
from models.cases.rows import SEVERITY, CaseRows
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus
from models.register.rows import PersonRows
from models.schema.cases import Case
from models.schema.geography import Community
from models.schema.register import Person
from tests.support.factories import make_person, make_place

START = datetime(2020, 2, 10, 8, 30, 15, 250000)
NAMES = ["赵敏", "钱伟", "孙丽", "李强", "周杰", "吴刚", "郑爽", "王芳", "冯军", "陈静", "褚明",
         "卫东", "蒋华"]
CATEGORIES = list(CaseCategory)
STATUSES = [CaseStatus.IDENTIFIED, CaseStatus.AWAITING_TRANSFER, CaseStatus.HOME_OBSERVATION]


@pytest.fixture
def board(database: Database) -> Database:
    """Thirteen cases in two communities; several share a status time, so the id breaks ties."""
    with database.sessions() as session:
        places = [make_place(session, "1"), make_place(session, "2")]
        for number, name in enumerate(NAMES):
            place = places[number % 2]
            person = make_person(session, place, name)
            person.resident_id = f"42010219800101{number:03d}5"[:18]
            since = START + timedelta(minutes=10 * (number // 3))
            session.add(Case(person_id=person.id, community_id=place.community_id,
                             category=CATEGORIES[number % 4], status=STATUSES[number % 3],
                             opened_at=since, status_since=since, category_since=since,
                             is_open=number % 5 != 0, last_action=f"第{number}步"))
        session.commit()
    return database


def expected_ids(database: Database, order: SortOrder, **where: object) -> list[int]:
    """The case ids in `order`, as the ORM orders them (the reference the fast path must match);
    names in pinyin order, by their key."""
    sort = {"person": Person.name_pinyin, "category": SEVERITY, "status": Case.status,
            "status_since": Case.status_since, "community": Community.name}[order.column]
    statement = (select(Case.id).join(Person, Person.id == Case.person_id)
                 .join(Community, Community.id == Case.community_id).filter_by(**where))
    if order.descending:
        statement = statement.order_by(sort.desc(), Case.id.desc())
    else:
        statement = statement.order_by(sort.asc(), Case.id.asc())
    with database.sessions() as session:
        return list(session.scalars(statement))


ORDERS = [SortOrder(column, descending) for column, descending in itertools.product(
    ["person", "category", "status", "status_since", "community"], [False, True])]


@pytest.mark.parametrize("order", ORDERS, ids=lambda o: f"{o.column}-{o.descending}")
def test_every_order_pages_the_cases_as_the_database_orders_them(board: Database,
                                                                  order: SortOrder) -> None:
    rows = CaseRows(board)
    whole = expected_ids(board, order)
    assert rows.count({}) == len(whole) == len(NAMES)
    by_offset = sum((rows.page({}, order, start, 4) for start in range(0, 16, 4)), [])
    assert [row[0] for row in by_offset] == whole
    by_key = rows.page({}, order, 0, 4)       # then each page after the previous page's last row
    while len(by_key) < len(whole):
        following = rows.page({}, order, len(by_key), 4, after=by_key[-1])
        assert following, "a keyset page came back empty before the end"
        by_key += following
    assert [row[0] for row in by_key] == whole


def test_filtered_pages_and_counts_agree_with_the_database(board: Database) -> None:
    rows = CaseRows(board)
    order = rows.default_order
    for category in CaseCategory:
        assert [row[0] for row in rows.page({"category": category.value}, order, 0, 50)] == \
            expected_ids(board, order, category=category)
    assert [row[0] for row in rows.page({"open_only": True}, order, 0, 50)] == \
        expected_ids(board, order, is_open=True)
    assert rows.count({"status": "awaiting_transfer"}) == len(expected_ids(
        board, order, status=CaseStatus.AWAITING_TRANSFER))


def test_rows_hold_the_values_the_board_shows(board: Database) -> None:
    """The same Python values on both backends: the status time a datetime to the microsecond
    (SQLite stores text), categories and statuses as their stored words."""
    [row] = CaseRows(board).page({"name": "钱伟"}, SortOrder("person"), 0, 10)
    assert row[1:] == ("钱伟", "fever", "awaiting_transfer", START, "永清社区", "第1步")
    assert type(row[4]) is datetime


def test_the_same_question_asked_again_sees_new_commits(board: Database) -> None:
    """The memo keeps compiled statements, never answers: a case another workstation opens is
    on the board and in its count the next time the same page is asked for."""
    rows = CaseRows(board)
    order, chosen = rows.default_order, {"status": "awaiting_transfer"}
    before_count, before_page = rows.count(chosen), rows.page(chosen, order, 0, 10)
    newest = START + timedelta(days=3)
    other = board.engine.connect()   # another workstation's connection
    with other.begin():
        person = other.execute(select(Person.id, Person.community_id)
                               .where(Person.name == "赵敏")).one()
        other.execute(Case.__table__.update().where(Case.person_id == person.id).values(
            status="awaiting_transfer", status_since=newest))
    other.close()
    assert rows.count(chosen) == before_count + 1
    after = rows.page(chosen, order, 0, 10)
    assert after[0][1] == "赵敏" and after[0][4] == newest and after[1:] == before_page


def test_the_register_reads_birth_dates_as_text_and_masks_in_the_database(
        database: Database) -> None:
    """Beside a masked ID the register reads the age, counted by the database, not the birth
    date (the masked digits are the birth date); in full, the birth date as ISO text."""
    with database.sessions() as session:
        place = make_place(session)
        born = make_person(session, place, "赵敏")
        born.birth_date = datetime(1980, 1, 1).date()
        unborn = make_person(session, place, "钱伟")
        unborn.birth_date, unborn.resident_id, unborn.phone = None, None, None
        session.commit()
    clerk = PersonRows(database, sees_full=False)
    rows = {row[1]: row for row in clerk.page({}, SortOrder("id"), 0, 10)}
    today = datetime.now().date()
    age = today.year - 1980 - ((today.month, today.day) < (1, 1))
    assert rows["赵敏"][3:6] == (age, "420102********1234", "138****0000")
    assert rows["钱伟"][3:6] == (None, "", "")
    commander = PersonRows(database, sees_full=True)
    rows = {row[1]: row for row in commander.page({}, SortOrder("id"), 0, 10)}
    assert rows["赵敏"][3:5] == ("1980-01-01", "420102198001011234")
    assert rows["钱伟"][3:6] == ("", "", "")
