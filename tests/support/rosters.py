"""A small roster shared by the team tests (helpers, no tests): one station, a quick-response
team on duty and a work group."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from models.enums import ResponderRole, TeamKind, VehicleStatus
from models.schema import DutyShift, Responder, Team, TeamMember, TemperatureCheck, Vehicle
from tests.support.factories import NOW, TODAY, Place, make_place


@dataclass
class Roster:
    place: Place
    quick: int
    work: int
    people: dict[str, int] = field(default_factory=dict)


def responder(session: Session, place: Place, name: str, role: ResponderRole,
              phone: str = "13912345678") -> int:
    person = Responder(station_id=place.station_id, name=name, role=role, unit="大智派出所",
                       phone=phone, active=True)
    session.add(person)
    session.flush()
    return person.id


def join(session: Session, team_id: int, responder_id: int, leader: bool = False) -> None:
    session.add(TeamMember(team_id=team_id, responder_id=responder_id, is_leader=leader,
                           joined_on=TODAY))
    session.flush()


def on_shift(session: Session, team_id: int, responder_id: int,
             starts: datetime = NOW - timedelta(hours=2), hours: int = 12) -> int:
    shift = DutyShift(team_id=team_id, responder_id=responder_id, starts_at=starts,
                      ends_at=starts + timedelta(hours=hours), stood_down_reason="")
    session.add(shift)
    session.flush()
    return shift.id


def checked(session: Session, responder_id: int, temperature: str = "36.5",
            unwell: bool = False) -> None:
    session.add(TemperatureCheck(responder_id=responder_id, checked_on=TODAY, checked_at=NOW,
                                 temperature_c=Decimal(temperature), unwell=unwell, note=""))
    session.flush()


def make_roster(session: Session) -> Roster:
    """A complete quick-response team (2 police, a leader, a vehicle) on duty now and a
    complete work group; two spare police officers at the station, off duty."""
    place = make_place(session)
    quick = Team(station_id=place.station_id, kind=TeamKind.QUICK_RESPONSE, name="快反一队")
    work = Team(station_id=place.station_id, kind=TeamKind.WORK_GROUP, name="永清工作组")
    session.add_all([quick, work])
    session.flush()
    roster = Roster(place, quick.id, work.id)
    for name, role in [("李队长", ResponderRole.POLICE), ("王警官", ResponderRole.POLICE),
                       ("赵辅警", ResponderRole.AUXILIARY_POLICE),
                       ("陈医生", ResponderRole.HEALTH_WORKER), ("刘干部", ResponderRole.CADRE),
                       ("孙警官", ResponderRole.POLICE), ("周警官", ResponderRole.POLICE)]:
        roster.people[name] = responder(session, place, name, role)
    join(session, quick.id, roster.people["李队长"], leader=True)
    join(session, quick.id, roster.people["王警官"])
    for name in ("赵辅警", "陈医生", "刘干部"):
        join(session, work.id, roster.people[name])
    session.add(Vehicle(station_id=place.station_id, team_id=quick.id, plate="鄂A·00001",
                        status=VehicleStatus.AVAILABLE, status_since=NOW - timedelta(minutes=30)))
    for name in ("李队长", "王警官"):
        on_shift(session, quick.id, roster.people[name])
    session.flush()
    return roster
