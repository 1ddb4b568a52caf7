"""What the two-workstation races act on: one fresh record per race, made up front in one
transaction, so a race never meets what an earlier one left behind."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from models.accounts.passwords import hash_password
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, UserRole, VehicleStatus
from models.schema import Case, Household, Person, SignInDelay, User, Vehicle
from tests.support.factories import NOW, DispatchScene, make_dispatch_scene, make_place

PASSWORD = "correct-horse-7"


def cases_to_move(database: Database, count: int) -> list[int]:
    """`count` fever cases, identified, each of its own person, in one community."""
    with database.sessions.begin() as session:
        place = make_place(session, "cases")
        cases = []
        for index in range(count):
            person = Person(household_id=place.household_id, community_id=place.community_id,
                            name=f"病人{index}")
            session.add(person)
            session.flush()
            case = Case(person_id=person.id, community_id=place.community_id,
                        category=CaseCategory.FEVER, status=CaseStatus.IDENTIFIED,
                        opened_at=NOW, status_since=NOW, category_since=NOW)
            session.add(case)
            cases.append(case)
        session.flush()
        return [case.id for case in cases]


@dataclass(frozen=True)
class DoubleDispatch:
    scene: DispatchScene
    spare_vehicle_id: int       # the same team's second vehicle, free and disinfected
    case_version: int           # as both dispatchers' boards show the case


def dispatch_scenes(database: Database, count: int) -> list[DoubleDispatch]:
    with database.sessions.begin() as session:
        scenes = []
        for index in range(count):
            scene = make_dispatch_scene(session, f"r{index}")
            spare = Vehicle(station_id=scene.place.station_id, team_id=scene.team_id,
                            plate=f"鄂B·{index:05d}", status=VehicleStatus.AVAILABLE,
                            status_since=NOW - timedelta(hours=2))
            session.add(spare)
            session.flush()
            case = session.get(Case, scene.case_id)
            person = session.get(Person, case.person_id) if case else None
            assert case is not None and person is not None
            person.resident_id = None     # the factory has 500 IDs to give: a race needs none
            session.flush()
            scenes.append(DoubleDispatch(scene, spare.id, case.version))
        return scenes


@dataclass(frozen=True)
class Family:
    household_id: int
    members: tuple[int, int]


def families(database: Database, count: int) -> list[Family]:
    """Households of two, each its own door, in one community."""
    with database.sessions.begin() as session:
        place = make_place(session, "doors")
        made = []
        for index in range(count):
            household = Household(community_id=place.community_id, building=str(index // 100),
                                  unit="1", door=str(index % 100))
            session.add(household)
            session.flush()
            members = []
            for name in ("张伟", "王芳"):
                person = Person(household_id=household.id, community_id=place.community_id,
                                name=name)
                session.add(person)
                session.flush()
                members.append(person.id)
            made.append(Family(household.id, (members[0], members[1])))
        return made


def accounts(database: Database, count: int) -> list[str]:
    """`count` clerks' accounts sharing one password (one scrypt hash, made once)."""
    stored = hash_password(PASSWORD)
    names = [f"clerk{index}" for index in range(count)]
    with database.sessions.begin() as session:
        session.add_all(User(username=name, display_name=name, role=UserRole.CLERK,
                             password_hash=stored) for name in names)
    return names


def failed_count(database: Database, username: str) -> int:
    """The failures counted against `username` at its workstation (a race's attempts come from
    one: models/accounts/sign_in_delays.py)."""
    with database.sessions() as session:
        return int(session.scalar(select(SignInDelay.failures)
                                  .where(SignInDelay.username == username)) or 0)
