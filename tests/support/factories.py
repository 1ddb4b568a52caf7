"""Small, explicit rows for tests: one district, station, community, household and person."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import AreaKind, CaseCategory, CaseStatus, FacilityKind, Sex, TeamKind, VehicleStatus
from models.register.resident_id import make
from models.schema import Case, Community, District, Facility, Household, Person, PoliceStation, Team, Vehicle

if TYPE_CHECKING:
    from controllers.runtime.actions import SignedInUser
    from models.schema import TransferOrder

NOW = datetime(2020, 2, 20, 9, 30)


@dataclass
class Place:
    district_id: int
    station_id: int
    community_id: int
    household_id: int


def make_place(session: Session, suffix: str = "1") -> Place:
    district = District(code=f"D{suffix}", name="江岸区")
    session.add(district)
    session.flush()
    station = PoliceStation(district_id=district.id, code=f"S{suffix}", name="大智派出所",
                            area_kind=AreaKind.URBAN, latitude=30.59, longitude=114.30)
    session.add(station)
    session.flush()
    community = Community(station_id=station.id, code=f"C{suffix}", name="永清社区",
                          area_kind=AreaKind.URBAN, latitude=30.60, longitude=114.29)
    session.add(community)
    session.flush()
    household = Household(community_id=community.id, building="1", unit="2", door="301")
    session.add(household)
    session.flush()
    return Place(district.id, station.id, community.id, household.id)


PERSON_ID = "420102198001011234"


def make_person(session: Session, place: Place, name: str = "张伟",
                resident_id: str | None = None, *, active: bool = True) -> Person:
    """A person with PERSON_ID, or, when an active person holds it already (resident IDs are
    unique among active persons), the next valid ID of the same birth date and sex."""
    if resident_id is None:
        taken = set(session.scalars(select(Person.resident_id).where(
            Person.resident_id.like("42010219800101%"), Person.active.is_(True))))
        candidates = (PERSON_ID, *(make("420102", date(1980, 1, 1), n, Sex.MALE)
                                   for n in range(499)))
        resident_id = next(rid for rid in candidates if rid not in taken)
    person = Person(household_id=place.household_id, community_id=place.community_id, name=name,
                    resident_id=resident_id, phone="13800000000", active=active)
    session.add(person)
    session.flush()
    return person


def make_case(session: Session, place: Place, person: Person, *, is_open: bool = True) -> Case:
    case = Case(person_id=person.id, community_id=place.community_id,
                category=CaseCategory.FEVER, status=CaseStatus.IDENTIFIED, opened_at=NOW,
                status_since=NOW, category_since=NOW, is_open=is_open)
    session.add(case)
    session.flush()
    return case


def make_facility(session: Session, place: Place, beds: int = 10) -> Facility:
    facility = Facility(district_id=place.district_id, kind=FacilityKind.DESIGNATED_HOSPITAL,
                        name=f"金银潭医院{place.station_id}", latitude=30.66, longitude=114.26,
                        beds_total=beds, beds_taken=0)
    session.add(facility)
    session.flush()
    return facility


def make_vehicle(session: Session, place: Place, plate: str = "鄂A·12345") -> Vehicle:
    team = Team(station_id=place.station_id, kind=TeamKind.QUICK_RESPONSE, name=f"快反一队{plate}")
    session.add(team)
    session.flush()
    vehicle = Vehicle(station_id=place.station_id, team_id=team.id, plate=plate,
                      status=VehicleStatus.AVAILABLE, status_since=NOW)
    session.add(vehicle)
    session.flush()
    return vehicle


TODAY = date(2020, 2, 20)


def signed_in(role: str, username: str | None = None) -> SignedInUser:
    """A user of `role` as the controllers see them (not stored: actions only check the role)."""
    from controllers.runtime.actions import SignedInUser
    from models.enums import UserRole
    name = username or f"{role}1"
    return SignedInUser(None, name, name, UserRole(role))


@dataclass
class DispatchScene:
    """A case awaiting transfer, a facility that takes it, a quick-response team on duty with a
    free vehicle, and the station's protective suits: everything a dispatch needs."""
    place: Place
    case_id: int
    facility_id: int
    team_id: int
    vehicle_id: int
    stock_id: int
    crew: list[int]


def make_dispatch_scene(session: Session, suffix: str = "1",
                        category: CaseCategory = CaseCategory.SUSPECTED, beds: int = 10,
                        suits: int = 20, crew: int = 2) -> DispatchScene:
    """Times around NOW: the case waits since an hour before, the shift runs NOW-4h…NOW+8h."""
    from datetime import timedelta

    from sqlalchemy import insert

    from models.enums import ResponderRole, SupplyItem
    from models.schema import DutyShift, Responder, SupplyStock, TeamMember, facility_accepts
    place = make_place(session, suffix)
    person = make_person(session, place)
    case = make_case(session, place, person)
    case.category, case.status = category, CaseStatus.AWAITING_TRANSFER
    case.status_since = case.category_since = case.opened_at = NOW - timedelta(hours=1)
    facility = make_facility(session, place, beds)
    session.execute(insert(facility_accepts), [{"facility_id": facility.id, "category": c}
                                               for c in sorted({category, CaseCategory.CONFIRMED})])
    vehicle = make_vehicle(session, place, f"鄂A·{suffix}0001")
    assert vehicle.team_id is not None
    members = []
    for index in range(crew):
        responder = Responder(station_id=place.station_id, name=f"队员{suffix}{index}",
                              role=ResponderRole.POLICE)
        session.add(responder)
        session.flush()
        session.add(TeamMember(team_id=vehicle.team_id, responder_id=responder.id,
                               is_leader=index == 0, joined_on=TODAY))
        session.add(DutyShift(team_id=vehicle.team_id, responder_id=responder.id,
                              starts_at=NOW - timedelta(hours=4), ends_at=NOW + timedelta(hours=8)))
        members.append(responder.id)
    stock = SupplyStock(station_id=place.station_id, item=SupplyItem.PROTECTIVE_SUIT,
                        quantity=suits, low_threshold=0)
    session.add(stock)
    session.flush()
    return DispatchScene(place, case.id, facility.id, vehicle.team_id, vehicle.id, stock.id,
                         members)


def make_transfer(session: Session, place: Place, case: Case, *, number: str = "ZY202002200001",
                  ordered_at: datetime = NOW, crew: tuple[str, ...] = ("周警官", "吴医生"),
                  status: str = "delivered", crew_ids: tuple[int, ...] = ()) -> TransferOrder:
    """A transfer of `case` by a quick-response team, crewed by new responders named in `crew`
    and the existing ones of `crew_ids`,
    with every step up to delivery timestamped (7 minutes from dispatch to the scene)."""
    from datetime import timedelta

    from sqlalchemy import select

    from models.schema import Responder, TransferOrder, transfer_crew
    facility = session.scalar(select(Facility).where(Facility.district_id == place.district_id)
                              .limit(1)) or make_facility(session, place)
    vehicle = make_vehicle(session, place, plate=f"鄂A·{number[-5:]}")
    transfer = TransferOrder(
        number=number, case_id=case.id, team_id=vehicle.team_id, vehicle_id=vehicle.id,
        facility_id=facility.id, status=status, origin_address="永清街1号",
        ordered_at=ordered_at, dispatched_at=ordered_at + timedelta(minutes=2),
        on_scene_at=ordered_at + timedelta(minutes=9),
        picked_up_at=ordered_at + timedelta(minutes=20),
        delivered_at=ordered_at + timedelta(minutes=45))
    session.add(transfer)
    session.flush()
    members = list(crew_ids)
    for name in crew:
        responder = Responder(station_id=place.station_id, name=name, role="police")
        session.add(responder)
        session.flush()
        members.append(responder.id)
    for responder_id in members:
        session.execute(transfer_crew.insert().values(transfer_id=transfer.id,
                                                      responder_id=responder_id))
    return transfer
