"""Searching by identifier as a role that may not see them: a whole resident ID or a whole phone
finds the person, a prefix or a tail finds nobody — extending a phone's start digit by digit
(the oracle that gave a hidden phone back in 34 searches) returns nothing until the whole phone
is typed — and each whole-identifier search is audited with the identifier masked. A role that
sees identifiers keeps its prefix and tail search, unaudited."""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from controllers.cases.rows import case_rows
from controllers.register.rows import person_rows
from controllers.register.search import find_persons
from models.db.database import Database
from models.enums import Sex
from models.schema import AuditEntry
from tests.support.factories import PERSON_ID, make_case, make_person, make_place, signed_in

PHONE = "13800000000"
VIEWER = signed_in("viewer", "wall")
CLERK = signed_in("clerk")
DISPATCHER = signed_in("dispatcher")
COMMANDER = signed_in("commander")


def _one_case(database: Database) -> int:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        person.resident_id_reversed = PERSON_ID[::-1]
        person.sex, person.birth_date = Sex.MALE, date(1980, 1, 1)
        make_case(session, place, person)
        session.commit()
        return person.id


def _searches(database: Database) -> list[tuple[str, str, dict[str, object]]]:
    with database.sessions() as session:
        rows = session.execute(select(AuditEntry.username, AuditEntry.table_name,
                                      AuditEntry.changes)
                               .where(AuditEntry.action == "search").order_by(AuditEntry.id))
        return [(user, table, json.loads(changes)) for user, table, changes in rows]


def test_a_viewer_extending_a_phone_start_finds_nobody_until_the_whole_phone(
        database: Database) -> None:
    _one_case(database)
    board, register = case_rows(database, VIEWER), person_rows(database, VIEWER)
    for typed in range(1, len(PHONE)):
        start = PHONE[:typed]
        assert board.count({"text": start}) == 0, start
        assert register.count({"text": start}) == 0, start
        assert find_persons(database, VIEWER, start) == [], start
    assert board.count({"text": PHONE}) == 1
    assert register.count({"text": PHONE}) == 1
    [found] = find_persons(database, VIEWER, PHONE)
    assert (found.phone, found.resident_id) == ("138****0000", "420102********1234")


def test_an_id_is_found_whole_never_by_its_tail_or_start(database: Database) -> None:
    _one_case(database)
    board = case_rows(database, DISPATCHER)
    for fragment in ("1234", "011234", "0101011234", PERSON_ID[:17], "420102", "4201021980"):
        assert board.count({"text": fragment}) == 0, fragment
        assert find_persons(database, CLERK, fragment) == [], fragment
        assert person_rows(database, CLERK).count({"text": fragment}) == 0, fragment
    assert board.count({"text": PERSON_ID}) == 1
    assert [hit.name for hit in find_persons(database, CLERK, PERSON_ID)] == ["张伟"]
    assert board.count({"text": "张"}) == 1                  # names: a start, as before


def test_a_role_that_sees_identifiers_keeps_its_start_and_tail_search(database: Database) -> None:
    _one_case(database)
    assert case_rows(database, COMMANDER).count({"text": "1234"}) == 1
    assert person_rows(database, COMMANDER).count({"text": "1380000"}) == 1
    assert [hit.name for hit in find_persons(database, COMMANDER, "1380")] == ["张伟"]
    assert _searches(database) == []


def test_whole_identifier_searches_are_audited_masked_once_per_search(database: Database) -> None:
    _one_case(database)
    board = case_rows(database, DISPATCHER)
    for _refresh in range(3):                    # a list counts again on every refresh
        assert board.count({"text": PHONE}) == 1
    board.count({"text": "13800"})               # a fragment finds nothing: nothing to audit
    board.count({"text": PHONE})                 # typed again: a new search
    find_persons(database, VIEWER, PERSON_ID)
    person_rows(database, CLERK).count({"text": "19999999999"})
    assert _searches(database) == [
        ("dispatcher1", "person_case", {"phone": "138****0000", "rows": 1}),
        ("dispatcher1", "person_case", {"phone": "138****0000", "rows": 1}),
        ("wall", "person", {"resident_id": "420102********1234", "rows": 1}),
        ("clerk1", "person", {"phone": "199****9999", "rows": 0}),
    ]
    with database.sessions() as session:
        searches = session.scalars(select(AuditEntry.changes)
                                   .where(AuditEntry.action == "search")).all()
    assert not any(PHONE in text or PERSON_ID in text for text in searches)


def test_a_masked_register_shows_the_age_where_the_birth_date_was(database: Database) -> None:
    _one_case(database)
    masked, full = person_rows(database, CLERK), person_rows(database, COMMANDER)
    keys = [column.key for column in masked.columns]
    assert "age" in keys and "birth_date" not in keys
    assert "birth_date" in [column.key for column in full.columns]
    [row] = masked.page({}, masked.default_order, 0, 10)
    today = date.today()
    age = today.year - 1980 - ((today.month, today.day) < (1, 1))
    assert row[1 + keys.index("age")] == age
    assert row[1 + keys.index("resident_id")] == "420102********1234"
    assert not any("19800101" in str(value) or "1980-01-01" in str(value) for value in row)
    [row] = full.page({}, full.default_order, 0, 10)
    assert "1980-01-01" in row
