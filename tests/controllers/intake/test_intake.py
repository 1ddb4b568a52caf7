"""Contact-tracing lists in (issue 17, item 3): a list of 500 close contacts — some in the register
by resident ID, some by name and phone, some by name and address, some with an open case, some
linked already, some naming two persons, some the register lacks — is taken in one action with
the right counts, on both databases; taken again it adds nothing; bad rows are refused with a
reason each and nothing is written unless the person chose to skip them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from controllers.intake.lists import take_contacts, write_report
from controllers.runtime.actions import SignedInUser
from models.cases.contacts import add_contact_person
from models.communities.coverage import gap_households
from models.communities.knock_list import knock_list
from models.db.database import Database
from models.enums import AreaKind, CaseCategory, CaseStatus, Sex, UserRole
from models.importing.xlsx import XlsxWriter
from models.intake.problems import IntakeRefused
from models.intake.results import NEW_PERSON, IntakeResult
from models.register.resident_id import make
from models.schema import Case, Community, ContactLink, District, Household, Person, PoliceStation

DISPATCHER = SignedInUser(None, "dispatcher", "dispatcher", UserRole.DISPATCHER)
NOW = datetime.now().replace(microsecond=0)
CONTACT = (NOW - timedelta(days=3)).date().isoformat()
HEADERS = ["姓名", "身份证号", "电话", "住址", "与病例关系", "末次接触日期"]
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红"


def name_of(number: int) -> str:
    """A distinct Chinese name per number (about 900 before they repeat)."""
    return (SURNAMES[number % len(SURNAMES)] + GIVEN[(number // len(SURNAMES)) % len(GIVEN)]
            + GIVEN[(number // 7) % len(GIVEN)])


def resident_id(number: int) -> str:
    born = date(1950, 1, 1) + timedelta(days=number * 13)
    return make("420102", born, number % 400, Sex.MALE if number % 2 else Sex.FEMALE)


def phone_of(number: int) -> str:
    return f"139{number:08d}"


@dataclass
class BuiltList:
    source_case: int
    communities: dict[str, int]
    rows: list[list[str]]


class Builder:
    """The register and the list, built side by side: each kind of row, and what it expects."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.number = 0
        self.rows: list[list[str]] = []

    def place(self) -> dict[str, int]:
        session = self.session
        district = District(code="420102", name="江岸区")
        session.add(district)
        session.flush()
        station = PoliceStation(district_id=district.id, code="S1", name="大智派出所",
                                area_kind=AreaKind.URBAN, latitude=30.59, longitude=114.30)
        session.add(station)
        session.flush()
        communities = {}
        for code, name in (("C1", "东湖社区"), ("C2", "水果湖社区")):
            community = Community(station_id=station.id, code=code, name=name,
                                  area_kind=AreaKind.URBAN, latitude=30.6, longitude=114.3)
            session.add(community)
            session.flush()
            communities[name] = community.id
        self.communities = communities
        return communities

    def household(self, community: str, building: int, door: int) -> Household:
        household = Household(community_id=self.communities[community], building=f"{building}栋",
                              unit="1单元", door=f"{door}",
                              address=f"{community}{building}栋1单元{door}室")
        self.session.add(household)
        self.session.flush()
        return household

    def person(self, household: Household, *, with_id: bool = True, with_phone: bool = True,
               name: str | None = None, phone: str | None = None) -> Person:
        self.number += 1
        person = Person(household_id=household.id, community_id=household.community_id,
                        name=name or name_of(self.number),
                        resident_id=resident_id(self.number) if with_id else None,
                        phone=phone or (phone_of(self.number) if with_phone else None))
        if person.resident_id:
            person.resident_id_reversed = person.resident_id[::-1]
        self.session.add(person)
        self.session.flush()
        return person

    def row(self, name: str, rid: str = "", phone: str = "", address: str = "",
            relation: str = "同事") -> None:
        self.rows.append([name, rid, phone, address, relation, CONTACT])


def contact_list(database: Database) -> BuiltList:
    """A district of two communities and a list of 500: 150 by ID, 100 by name and phone, 30 by
    name and address, 50 with an open case, 30 linked before, 40 naming two persons (a name and
    phone shared by two entries), 100 the register lacks (60 at doors it has, 40 at new ones)."""
    with database.sessions.begin() as session:
        build = Builder(session)
        communities = build.place()
        doors = [build.household(name, building, door)
                 for name in communities for building in range(1, 6) for door in range(101, 131)]
        source_person = build.person(doors[0])
        source = Case(person_id=source_person.id, community_id=source_person.community_id,
                      category=CaseCategory.CONFIRMED, status=CaseStatus.ADMITTED,
                      opened_at=NOW - timedelta(days=4), status_since=NOW - timedelta(days=2),
                      category_since=NOW - timedelta(days=2), is_open=True)
        session.add(source)
        session.flush()
        for i in range(150):                                   # by resident ID
            person = build.person(doors[1 + i % 290])
            build.row(person.name, person.resident_id or "", "", "")
        for i in range(100):                                   # by name and phone, no ID given
            person = build.person(doors[1 + i % 290], with_id=i % 2 == 0)
            build.row(person.name, "", person.phone or "", "")
        for i in range(30):                                    # by name and address
            household = doors[100 + i]
            person = build.person(household, with_id=False, with_phone=False)
            build.row(person.name, "", "", household.address)
        for i in range(50):                                    # with an open case: linked
            person = build.person(doors[150 + i])
            session.add(Case(person_id=person.id, community_id=person.community_id,
                             category=CaseCategory.FEVER, status=CaseStatus.IDENTIFIED,
                             opened_at=NOW - timedelta(days=1), status_since=NOW - timedelta(days=1),
                             category_since=NOW - timedelta(days=1), is_open=True))
            build.row(person.name, person.resident_id or "", "", "")
        session.flush()
        for i in range(30):                                    # linked by an earlier list
            person = build.person(doors[200 + i])
            add_contact_person(session, source.id, person.id, "家人", None, NOW, None)
            build.row(person.name, person.resident_id or "", "", "")
        for i in range(40):                                    # two entries share name and phone
            first = build.person(doors[230 + i], with_id=False)
            build.person(doors[231 + i], with_id=False, name=first.name, phone=first.phone)
            build.row(first.name, "", first.phone or "", "")
        for i in range(60):                                    # not registered, at a known door
            build.number += 1
            door = doors[260 + i % 30]
            build.row(name_of(5000 + i), resident_id(build.number), phone_of(800_000 + i),
                      door.address)
        for i in range(40):                                    # not registered, at a new door
            build.number += 1
            build.row(name_of(6000 + i), "", phone_of(900_000 + i),
                      f"水果湖社区9栋2单元{301 + i}室")
        return BuiltList(source.id, communities, build.rows)


def write_list(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with XlsxWriter(path, "密接名单", headers) as sheet:
        for row in rows:
            sheet.row(row)
    return path


def counts(result: IntakeResult) -> dict[str, int]:
    return {key: value for key, value in result.counts().items() if value}


def written(database: Database) -> tuple[int, int, int, int]:
    with database.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (Case, ContactLink, Person, Household))


def test_a_list_of_500_is_taken_in_one_action(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    path = write_list(tmp_path / "密接名单.xlsx", built.rows)
    before = written(database)
    dry = take_contacts(database, DISPATCHER, path, built.source_case, dry_run=True)
    expected = {"opened": 280, "linked": 50, "already": 30, "to_find": 100, "held": 40}
    assert counts(dry) == expected and not dry.written
    assert written(database) == before
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(result) == expected and result.written
    cases, links, persons, households = written(database)
    assert (cases, links, persons, households) == (before[0] + 380, before[1] + 430,
                                                   before[2] + 100, before[3] + 40)
    by_row = {row.row: row for row in result.rows}
    assert {by_row[2].match_by, by_row[152].match_by, by_row[252].match_by} == {
        "resident_id", "name_phone", "name_address"}
    assert [by_row[r].confidence for r in (2, 152, 252)] == ["high", "medium", "low"]
    held = result.held()[0]
    assert len(held.candidates) == 2 and "*" in held.candidates[0].resident_id + held.candidates[0].phone
    # The chain: the source case, then every contact linked to it.
    assert result.chain[0].case_id == built.source_case and result.chain[0].depth == 0
    assert len(result.chain) == 1 + 460
    with database.sessions() as session:
        added = session.scalars(select(Person).where(Person.origin == "intake")).all()
        assert len(added) == 100 and all(person.to_find for person in added)
        # All 100 live in 水果湖社区: 60 at 30 doors it lists, 40 at new doors.
        community = session.get(Community, built.communities["水果湖社区"])
        assert (community.registered_households, community.registered_persons) == (40, 100)
        # Their doors are on the community's gap list and knock list, with their names.
        sheet = knock_list(session, community.id, NOW)
        wanted = [door for door in sheet.doors if door.to_find]
        assert len(wanted) == 70 and sheet.persons_to_find == 100
        assert built.rows[-1][0] in {name for door in wanted for name in door.to_find}
        gaps = session.execute(select(gap_households(community.id, NOW).subquery())).all()
        assert sum(row.to_find for row in gaps) == 100
    # Taken again: nothing new, the held rows wait as they were.
    again = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(again) == {"already": 460, "held": 40}
    assert written(database) == (cases, links, persons, households)
    report = write_report(tmp_path / "report.xlsx", again)
    assert report.stat().st_size > 0


def test_a_held_row_is_decided_by_a_person(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    held_rows = built.rows[360:362]      # the first two of the 40 naming two persons
    held_rows[1][3] = "水果湖社区8栋1单元808室"   # where to look for a new person
    path = write_list(tmp_path / "list.xlsx", held_rows)
    first = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(first) == {"held": 2}
    choice = first.rows[0].candidates[1].person_id
    decided = take_contacts(database, DISPATCHER, path, built.source_case,
                            decisions={2: choice, 3: NEW_PERSON})
    assert [(row.outcome, row.match_by) for row in decided.rows] == [
        ("opened", "chosen"), ("to_find", None)]
    assert decided.rows[0].person_id == choice
    # The decision stands when the list comes again: the chosen entry is linked already.
    again = take_contacts(database, DISPATCHER, path, built.source_case)
    assert [row.outcome for row in again.rows] == ["already", "already"]


def test_bad_rows_are_refused_each_with_its_reason(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    good = built.rows[0]
    before_window = (NOW - timedelta(days=30)).date().isoformat()
    future = (NOW + timedelta(days=2)).date().isoformat()
    rows = [good,
            ["", "", "13900000000", "", "同事", CONTACT],              # nobody named
            ["无名", "", "", "", "同事", CONTACT],                       # a name alone
            ["外人", "", "13912340000", "汉阳区钟家村5号", "同事", CONTACT],  # outside
            ["李雷", "", "13912340001", "东湖社区2栋1单元101室", "同事", future],
            ["韩梅", "", "13912340002", "东湖社区2栋1单元101室", "同事", before_window],
            ["张三", "420102198001011235", "", "", "同事", CONTACT]]   # a wrong check digit
    path = write_list(tmp_path / "bad.xlsx", rows)
    before = written(database)
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert result.refused and not result.written and written(database) == before
    codes = {problem.row: problem.code for problem in result.problems if problem.blocking}
    assert codes == {3: "no_identity", 4: "no_identity", 5: "address_outside",
                     6: "contact_in_future", 7: "contact_before_window",
                     8: "resident_id_checksum"}
    skipped = take_contacts(database, DISPATCHER, path, built.source_case, skip_bad=True)
    assert skipped.written and counts(skipped) == {"opened": 1, "refused": 6}
    assert written(database)[0] == before[0] + 1


def test_the_source_case_must_be_confirmed_or_suspected(database: Database,
                                                        tmp_path: Path) -> None:
    built = contact_list(database)
    path = write_list(tmp_path / "list.xlsx", built.rows[:3])
    with pytest.raises(IntakeRefused) as unknown:
        take_contacts(database, DISPATCHER, path, 999_999)
    assert unknown.value.code == "intake_source_case_unknown"
    with database.sessions() as session:
        fever = session.scalar(select(Case.id).where(Case.category == "fever"))
    with pytest.raises(IntakeRefused) as not_infectious:
        take_contacts(database, DISPATCHER, path, fever)
    assert not_infectious.value.code == "intake_source_case_not_infectious"
    # A list that names its source per row: the row is refused, with the case's number.
    per_row = write_list(tmp_path / "per-row.xlsx",
                         [[*built.rows[0], str(fever)], [*built.rows[1], str(built.source_case)]],
                         [*HEADERS, "源病例编号"])
    result = take_contacts(database, DISPATCHER, per_row, skip_bad=True)
    assert [row.outcome for row in result.rows] == ["refused", "opened"]
    assert result.problems[0].code == "source_case_not_infectious"


def test_an_id_is_never_taken_from_the_person_holding_it(database: Database,
                                                        tmp_path: Path) -> None:
    built = contact_list(database)
    name, rid = built.rows[0][0], built.rows[0][1]
    path = write_list(tmp_path / "conflict.xlsx", [["另一人", rid, "", "", "同事", CONTACT]])
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(result) == {"held": 1}
    assert result.problems[0].code == "held_id_conflict" and result.problems[0].values == (name,)
    with database.sessions() as session:
        assert session.scalars(select(Person.name).where(Person.resident_id == rid)).all() == [name]


def test_a_clerk_may_not_take_a_list(database: Database, tmp_path: Path) -> None:
    from models.accounts.permissions import PermissionDenied
    clerk = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)
    with pytest.raises(PermissionDenied):
        take_contacts(database, clerk, write_list(tmp_path / "l.xlsx", []), 1)


def test_a_person_to_find_is_found_at_the_door(database: Database, tmp_path: Path) -> None:
    """The knock list names them; the team screens them in a visit: found, off the gap list."""
    from controllers.communities.visits import MemberScreening, save_visit
    from controllers.paper.knock_list import knock_list_html
    built = contact_list(database)
    path = write_list(tmp_path / "one.xlsx", [built.rows[-1]])   # at a new door of 水果湖社区
    (row,) = take_contacts(database, DISPATCHER, path, built.source_case).rows
    community = built.communities["水果湖社区"]
    with database.sessions() as session:
        person = session.get(Person, row.person_id)
        household = person.household_id
        sheet = knock_list(session, community, NOW)
    assert f"To find: {person.name}" in knock_list_html(sheet)
    clerk = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)
    save_visit(database, clerk, household, "screened", NOW, now=NOW,
               screenings=[MemberScreening(person.id, "36.7")])
    with database.sessions() as session:
        assert not session.get(Person, person.id).to_find
        gaps = session.execute(select(gap_households(community, NOW).subquery())).all()
        assert household not in {gap.id for gap in gaps}    # screened, nobody left to find
