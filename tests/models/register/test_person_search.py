"""Person search on both backends: name prefix, whole ID, last digits of an ID, phone; any input
is plain text."""
from __future__ import annotations

import pytest

from models.db.database import Database
from models.register.person_search import SearchKind, classify, clean_query, search_persons
from models.schema.register import Person
from tests.support.factories import make_place


def _register(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        for name, rid, phone in (("张伟", "420102198001011234", "13800000001"),
                                 ("张伟强", "42010219900202345X", "13912345678"),
                                 ("李娜", "420103197503031111", "02788886666"),
                                 ("100%_李", None, None)):
            session.add(Person(household_id=place.household_id, community_id=place.community_id,
                               name=name, resident_id=rid, phone=phone,
                               resident_id_reversed=rid[::-1] if rid else None))
        session.commit()


def _names(database: Database, text: str) -> list[str]:
    with database.sessions() as session:
        return [hit.name for hit in search_persons(session, text)]


def test_each_kind_of_search_finds_the_person(database: Database) -> None:
    _register(database)
    assert _names(database, "张伟") == ["张伟", "张伟强"]
    assert _names(database, "李") == ["李娜"]
    assert _names(database, "420102198001011234") == ["张伟"]
    assert _names(database, "345x") == ["张伟强"]            # last digits, lower-case x
    assert _names(database, "１２３４") == ["张伟"]            # full-width digits from an IME
    assert _names(database, "1391234") == ["张伟强"]          # a phone's start
    assert _names(database, "0278888") == ["李娜"]
    assert _names(database, "100%") == ["100%_李"]
    assert _names(database, "10%") == []                     # % is a character, not a wildcard


@pytest.mark.parametrize("text", ["' OR 1=1 --", "张'; DROP TABLE person; --", "x" * 10_000,
                                  "\x00\x1b[31m张", "%", "_", "\\", "", "   "])
def test_bad_input_is_plain_text(database: Database, text: str) -> None:
    _register(database)
    found = _names(database, text)
    assert found in ([], ["张伟", "张伟强"], ["100%_李"])
    with database.sessions() as session:
        assert session.query(Person).count() == 4


def test_the_query_is_cleaned_and_classified() -> None:
    assert clean_query("\x00 4201 02 ") == "420102"
    assert len(clean_query("x" * 10_000)) == 64
    assert classify("420102198001011234") is SearchKind.RESIDENT_ID
    assert classify("1234") is SearchKind.ID_TAIL_OR_PHONE
    assert classify("张") is SearchKind.NAME
    assert classify("") is SearchKind.NOTHING
