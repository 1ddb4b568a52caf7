"""The knock list's doors: open doors only, in the order a team walks them (both backends)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from models.communities.knock_list import Door, knock_list, walking_order
from models.communities.summary import UnknownCommunity
from models.db.database import Database
from tests.support.sample_district import DAY, add_sample_district

NOW = DAY + timedelta(days=2)


def door(building: str, unit: str, number: str) -> Door:
    return Door(0, building, unit, number, "", 0, "", None, None)


def test_numbers_are_walked_as_numbers() -> None:
    doors = [door("10", "1", "101"), door("2", "1", "1301"), door("2", "1", "403"),
             door("A栋", "", "1")]
    assert [(d.building, d.door) for d in sorted(doors, key=walking_order)] == [
        ("2", "403"), ("2", "1301"), ("10", "101"), ("A栋", "1")]


def test_the_open_doors_of_a_community(database: Database) -> None:
    sample = add_sample_district(database)
    with database.sessions() as session:
        sheet = knock_list(session, sample.communities["东湖社区"], NOW)
    assert (sheet.community, sheet.printed_at) == ("东湖社区", NOW)
    assert [d.door for d in sheet.doors] == ["03", "04"]    # refused, nobody home
    assert all(d.members >= 1 for d in sheet.doors)


def test_an_unknown_community_is_refused(database: Database) -> None:
    with database.sessions() as session, pytest.raises(UnknownCommunity):
        knock_list(session, 999_999, NOW)
