"""Households from a register's addresses, on both databases: one household per door, persons at
one door together, an address that cannot be read flagged but still its own household, and a
register imported before this change given its doors back by importing it again with update."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from models.db.database import Database
from models.importing.load import OnExisting
from models.schema import Community, Household, Person
from tests.support.registers import (
    address_csv,
    fifty_doors,
    resident,
    resident_name,
    run_import,
    setup_community,
)


def households_of(database: Database) -> dict[str, tuple[str, str, str, int]]:
    """Household address → building, unit, door and members, for the community's imports."""
    with database.sessions() as session:
        rows = session.execute(
            select(Household.address, Household.building, Household.unit, Household.door,
                   func.count(Person.id))
            .join(Person, Person.household_id == Household.id).group_by(Household.id))
        return {address: (b, u, d, int(n)) for address, b, u, d, n in rows}


def test_fifty_persons_at_fifty_addresses_are_fifty_households(database: Database,
                                                                tmp_path: Path) -> None:
    community_id = setup_community(database)
    result = run_import(database, address_csv(tmp_path / "r.csv", fifty_doors()))
    assert result.committed and (result.persons_added, result.households_added) == (50, 50)
    assert result.addresses_unread == 0 and not result.problems
    found = households_of(database)
    assert found["胜利街1号1栋1单元101"] == ("1栋", "1单元", "101", 1)
    assert found["胜利街1号5栋2单元1001"] == ("5栋", "2单元", "1001", 1)
    with database.sessions() as session:
        community = session.get(Community, community_id)
        assert community is not None
        assert (community.registered_households, community.registered_persons) == (51, 50)


def test_persons_at_one_door_share_a_household_however_it_is_written(database: Database,
                                                                     tmp_path: Path) -> None:
    setup_community(database)
    addresses = ["胜利街1号1栋1单元101", "胜利街１号 １栋 一单元 101室",
                 "湖北省武汉市江岸区胜利街1号1号楼1单元101", "胜利街1号1-1-101",
                 "李家村4组12号", "李家村四组十二号", "胜利街1号1栋1单元102"]
    result = run_import(database, address_csv(tmp_path / "r.csv", addresses))
    assert (result.persons_added, result.households_added) == (7, 3)
    found = households_of(database)
    assert found == {"胜利街1号1栋1单元101": ("1栋", "1单元", "101", 4),
                     "李家村4组12号": ("4组", "", "12号", 2),
                     "胜利街1号1栋1单元102": ("1栋", "1单元", "102", 1)}
    # Next week's file from the same office finds the same doors.
    again = run_import(database, address_csv(tmp_path / "s.csv", ["胜利街1号1栋1单元101室"], start=20))
    assert (again.persons_added, again.households_added) == (1, 0)


def test_an_address_that_cannot_be_read_is_its_own_household_and_flagged(
        database: Database, tmp_path: Path) -> None:
    setup_community(database)
    result = run_import(database, address_csv(tmp_path / "r.csv", ["江汉路菜场后面", "江汉路 菜场后面",
                                                             "", "", "胜利街2号3栋101"]))
    assert result.committed and (result.persons_added, result.households_added) == (5, 4)
    assert (result.addresses_unread, result.without_address) == (1, 2)
    flagged = [(p.row, p.code, p.column, p.blocking) for p in result.problems]
    assert flagged == [(4, "address_missing", "住址", False), (5, "address_missing", "住址", False),
                       (2, "address_unread", "住址", False)]
    found = households_of(database)
    assert found["江汉路菜场后面"] == ("", "", "", 2)
    assert found[""] == ("", "", "", 1)        # each person without an address: a household each


def test_a_register_in_one_household_gets_its_doors_back_when_imported_again(
        database: Database, tmp_path: Path) -> None:
    """What the old import made of an address-only register: every person in one household
    (the first person's address). Importing the same file with update moves each person to
    their own door; keeping the register's persons leaves them where they are."""
    community_id = setup_community(database)
    with database.sessions() as session:
        everyone = Household(community_id=community_id, address="胜利街1号1栋1单元101")
        session.add(everyone)
        session.flush()
        for n in range(6):
            session.add(Person(household_id=everyone.id, community_id=community_id,
                               name=resident_name(n), resident_id=resident(n)))
        session.commit()
        catch_all = everyone.id
    doors = [f"胜利街1号1栋1单元{n // 2 + 1}01" for n in range(6)]
    path = address_csv(tmp_path / "r.csv", doors)
    kept = run_import(database, path)
    assert (kept.persons_kept, kept.persons_moved, kept.households_added) == (6, 0, 0)
    moved = run_import(database, path, on_existing=OnExisting.UPDATE)
    assert (moved.persons_updated, moved.persons_moved, moved.households_added) == (6, 4, 2)
    found = households_of(database)
    assert {address: members for address, (*_, members) in found.items()} == {
        "胜利街1号1栋1单元101": 2, "胜利街1号1栋1单元201": 2, "胜利街1号1栋1单元301": 2}
    with database.sessions() as session:
        first = session.scalars(select(Person).where(Person.name == "居民零")).one()
        assert first.household_id == catch_all
