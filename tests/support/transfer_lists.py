"""Transfer lists longer than one page of their lazy lists: orders inserted in bulk, each of its
own patient, all dispatched and under way (so on the Active board and in the history alike),
the i-th ordered i minutes after the first, an hour ago."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, TransferStatus
from models.schema import Case, Person, TransferOrder
from tests.support.factories import make_facility, make_place, make_vehicle


@dataclass(frozen=True)
class Orders:
    """The orders in the order they were placed (the Active board's order; the history shows
    them the other way round), their sheet numbers and patients."""

    ids: list[int]
    numbers: list[str]
    patients: list[str]


def orders_under_way(database: Database, number: int) -> Orders:
    """`number` dispatched orders of patients named 转运0000…, one team, vehicle and hospital."""
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    with database.sessions.begin() as session:
        place = make_place(session)
        facility = make_facility(session, place, beds=number + 10)
        vehicle = make_vehicle(session, place)
        names = [f"转运{index:04d}" for index in range(number)]
        persons = [Person(household_id=place.household_id, community_id=place.community_id,
                          name=name, resident_id=None, phone=f"138{index:08d}", active=True)
                   for index, name in enumerate(names)]
        session.add_all(persons)
        session.flush()
        cases = [Case(person_id=person.id, community_id=place.community_id,
                      category=CaseCategory.SUSPECTED, status=CaseStatus.AWAITING_TRANSFER,
                      opened_at=start, status_since=start, category_since=start, is_open=True)
                 for person in persons]
        session.add_all(cases)
        session.flush()
        orders = []
        for index, case in enumerate(cases):
            at = start + timedelta(minutes=index)
            orders.append(TransferOrder(
                number=f"ZY{at:%Y%m%d}{index + 1:04d}", case_id=case.id, team_id=vehicle.team_id,
                vehicle_id=vehicle.id, facility_id=facility.id,
                status=TransferStatus.DISPATCHED, origin_address="永清街1号", ordered_at=at,
                dispatched_at=at + timedelta(minutes=1)))
        session.add_all(orders)
        session.flush()
        return Orders([order.id for order in orders], [order.number for order in orders], names)
