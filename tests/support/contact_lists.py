"""A contact-tracing list of 500 rows against a two-community district, shared by the intake tests of
the controllers (the rules) and of the wizard (the screens); the counts it leaves behind."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases.contacts import add_contact_person
from models.db.database import Database
from models.enums import AreaKind, CaseCategory, CaseStatus, Sex
from models.importing.xlsx import XlsxWriter
from models.register.resident_id import make
from models.schema import Case, Community, ContactLink, District, Household, Person, PoliceStation

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


def written(database: Database) -> tuple[int, int, int, int]:
    with database.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (Case, ContactLink, Person, Household))
