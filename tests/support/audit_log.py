"""An audit trail worth reading, written the way Canvass writes it (a signed-in actor's flushes):
a case of 张三 taken through a transfer by 快反一队, a user added, a person entered and deleted;
and a counter of the statements a piece of work sends, by the table each one reads first."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bench.raw import capturing
from models.accounts.audit import Actor
from models.db.database import Database
from models.enums import CaseStatus, TeamKind, TransferStatus, UserRole, VehicleStatus
from models.schema import Person, Team, TransferOrder, User, Vehicle
from tests.support.factories import NOW, make_case, make_facility, make_person, make_place

NUMBER = "ZY202002200007"
NEW_PHONE = "13912345678"


@dataclass
class AuditScene:
    person_id: int
    case_id: int
    transfer_id: int
    team_id: int
    household_id: int
    vehicle_id: int
    facility_id: int
    user_id: int
    gone_person_id: int


def write_audit_scene(database: Database, username: str = "dispatcher1") -> AuditScene:
    """Every record is created, then changed, under `username`: the trail holds inserts of each
    kind of record, a case's status moved, a phone changed, a transfer dispatched, a deletion."""
    with database.sessions() as session:
        session.info["actor"] = Actor(None, username)
        place = make_place(session)
        person = make_person(session, place, "张三")
        case = make_case(session, place, person)
        facility = make_facility(session, place)
        team = Team(station_id=place.station_id, kind=TeamKind.QUICK_RESPONSE, name="快反一队")
        session.add(team)
        session.flush()
        vehicle = Vehicle(station_id=place.station_id, team_id=team.id, plate="鄂A·12345",
                          status=VehicleStatus.AVAILABLE, status_since=NOW)
        session.add(vehicle)
        session.flush()
        transfer = TransferOrder(number=NUMBER, case_id=case.id, team_id=team.id,
                                 vehicle_id=vehicle.id, facility_id=facility.id,
                                 status=TransferStatus.ORDERED, ordered_at=NOW,
                                 origin_address="永清街1号")
        user = User(username="wangfang", display_name="王芳", role=UserRole.CLERK,
                    password_hash="not-a-hash")
        gone = Person(household_id=place.household_id, community_id=place.community_id,
                      name="李四", phone="13700000000")
        session.add_all([transfer, user, gone])
        session.commit()
        case.status = CaseStatus.VERIFIED
        person.phone = NEW_PHONE
        transfer.status = TransferStatus.DISPATCHED
        transfer.dispatched_at = NOW + timedelta(minutes=2)
        transfer.holds_vehicle = True
        session.commit()
        session.delete(gone)
        session.commit()
        return AuditScene(person.id, case.id, transfer.id, team.id, place.household_id,
                          vehicle.id, facility.id, user.id, gone.id)


FIRST_TABLE = re.compile(r"\bFROM\s+\"?(\w+)", re.IGNORECASE)


@contextmanager
def statements_by_table(database: Database) -> Iterator[Counter[str]]:
    """Counts the SELECTs sent while the block runs, by the first table each reads from: through
    the engine and on held driver connections alike (bench/raw.py `captured`)."""
    counted: Counter[str] = Counter()
    seen: list[tuple[str, Any]] = []
    with capturing(database, seen):
        yield counted
        for statement, _parameters in seen:
            found = FIRST_TABLE.search(statement)
            if statement.lstrip().upper().startswith("SELECT") and found:
                counted[found.group(1)] += 1
