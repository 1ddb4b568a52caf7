"""A community's households and gap list page in SQL: by building, due only, oldest first; the
community is found by code or name, and a shared name asks for the code."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from controllers.browse import SortOrder
from controllers.communities.coverage import UnknownCommunity, community_summary, find_community
from controllers.communities.rows import buildings
from controllers.runtime.actions import SignedInUser
from models.communities.household_rows import GapRows, HouseholdRows
from models.db.database import Database
from models.enums import UserRole
from models.schema import Community, Household
from tests.support.sample_district import DAY, add_sample_district

NOW = DAY + timedelta(days=2)
VIEWER = SignedInUser(None, "v", "v", UserRole.VIEWER)


def test_households_filter_by_building(database: Database) -> None:
    sample = add_sample_district(database)
    donghu = sample.communities["东湖社区"]
    with database.sessions.begin() as session:
        session.add(Household(community_id=donghu, building="2", door="01"))
    source = HouseholdRows(database)
    assert source.count({"community_id": donghu}) == 5
    assert source.count({"community_id": donghu, "building": "2"}) == 1
    assert buildings(database, VIEWER, donghu) == ["1", "2"]
    rows = source.page({"community_id": donghu}, SortOrder("building"), 0, 10)
    first = rows[0]
    assert first[1:4] == ("1", "", "01") and first[5] == "screened" and first[7] == 1


def test_gap_list_due_only_and_oldest_first(database: Database) -> None:
    sample = add_sample_district(database)
    shuiguo = sample.communities["水果湖社区"]
    gaps = GapRows(database, clock=lambda: NOW)
    assert gaps.count({"community_id": sample.communities["东湖社区"]}) == 2
    assert gaps.count({"community_id": shuiguo, "due_only": True}) == 2
    rows = gaps.page({"community_id": shuiguo}, gaps.default_order, 0, 10)
    assert [row[3] for row in rows] == ["01", "02"]  # never visited: first, by id
    just_knocked = GapRows(database, clock=lambda: DAY + timedelta(hours=1))
    assert just_knocked.count({"community_id": sample.communities["东湖社区"],
                               "due_only": True}) == 0


def test_community_by_code_or_name_and_its_summary(database: Database) -> None:
    sample = add_sample_district(database)
    assert find_community(database, "C01") == (sample.communities["东湖社区"], "东湖社区")
    assert find_community(database, " 花山村 ")[0] == sample.communities["花山村"]
    with pytest.raises(UnknownCommunity):
        find_community(database, "无此社区")
    with database.sessions.begin() as session:
        other = session.get(Community, sample.communities["花山村"])
        session.add(Community(station_id=other.station_id, code="C09", name="东湖社区",
                              area_kind="urban", latitude=30.0, longitude=114.0))
    with pytest.raises(UnknownCommunity) as ambiguous:
        find_community(database, "东湖社区")
    assert ambiguous.value.code == "community_ambiguous"
    summary = community_summary(database, VIEWER, sample.communities["东湖社区"], NOW)
    assert (summary.households, summary.open_doors, summary.coverage) == (4, 1, 75.0)


def test_communities_sort_by_coverage_laggards_first(database: Database) -> None:
    from models.communities.rows import CommunityRows
    add_sample_district(database)
    rows = CommunityRows(database, clock=lambda: NOW).page({}, SortOrder("coverage"), 0, 10)
    assert [row[2] for row in rows] == ["水果湖社区", "花山村", "东湖社区"]  # 0 %, 33 %, 75 %


def test_a_household_holding_a_whole_street_is_named_in_the_summary(database: Database) -> None:
    """A register imported before households were built from addresses left one household
    holding everyone: the community's summary names it, so the window can say how to repair it."""
    from models.communities.summary import CROWDED_HOUSEHOLD
    from models.schema import Person
    sample = add_sample_district(database)
    donghu = sample.communities["东湖社区"]
    assert community_summary(database, VIEWER, donghu, NOW).crowded == ()
    with database.sessions.begin() as session:
        street = Household(community_id=donghu, address="胜利街1号1栋1单元101")
        session.add(street)
        session.flush()
        for number in range(CROWDED_HOUSEHOLD):
            session.add(Person(household_id=street.id, community_id=donghu, name=f"居民{number}",
                               resident_id=f"4201021980010{number:04d}X"[:18]))
        street_id = street.id
    crowded = community_summary(database, VIEWER, donghu, NOW).crowded
    assert [(c.id, c.address, c.persons) for c in crowded] == \
        [(street_id, "胜利街1号1栋1单元101", CROWDED_HOUSEHOLD)]
    # Persons merged away or set aside are not counted: one fewer active, no longer crowded.
    with database.sessions.begin() as session:
        first = session.scalars(select(Person).where(Person.household_id == street_id)).first()
        assert first is not None
        first.active = False
    assert community_summary(database, VIEWER, donghu, NOW).crowded == ()
    assert community_summary(database, VIEWER, sample.communities["花山村"], NOW).crowded == ()
