"""Invariants that concurrency could break are database constraints, on both backends."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from models.db.database import Database
from models.enums import ResponderRole, SupplyItem, TeamKind, TransferStatus, VisitOutcome
from models.schema import (
    Community,
    Responder,
    ScreeningResult,
    SupplyStock,
    Team,
    TeamMember,
    TemperatureCheck,
    TransferOrder,
    Visit,
)
from tests.support.factories import NOW, make_case, make_facility, make_person, make_place, make_vehicle


def test_second_open_case_for_a_person_is_refused(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        make_case(session, place, person, is_open=False)
        make_case(session, place, person)  # a closed case and one open case is fine
        session.commit()
        with pytest.raises(IntegrityError):
            make_case(session, place, person)
        session.rollback()


def test_vehicle_cannot_hold_two_active_transfers(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        vehicle = make_vehicle(session, place)
        facility = make_facility(session, place)
        cases = [make_case(session, place, make_person(session, place, name))
                 for name in ("王芳", "李娜")]
        session.commit()
        for number, case in enumerate(cases):
            session.add(TransferOrder(number=f"ZY-{number}", case_id=case.id, vehicle_id=vehicle.id,
                                      facility_id=facility.id, status=TransferStatus.DISPATCHED,
                                      ordered_at=NOW, dispatched_at=NOW, holds_vehicle=True))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        # Once the first trip released the vehicle (disinfected), the next one may take it.
        session.add(TransferOrder(number="ZY-A", case_id=cases[0].id, vehicle_id=vehicle.id,
                                  facility_id=facility.id, status=TransferStatus.DISINFECTED,
                                  ordered_at=NOW, holds_vehicle=False))
        session.add(TransferOrder(number="ZY-B", case_id=cases[1].id, vehicle_id=vehicle.id,
                                  facility_id=facility.id, status=TransferStatus.DISPATCHED,
                                  ordered_at=NOW, holds_vehicle=True))
        session.commit()


@pytest.mark.parametrize("taken", [-1, 11])
def test_beds_taken_stays_within_the_beds_there_are(database: Database, taken: int) -> None:
    with database.sessions() as session:
        place = make_place(session)
        facility = make_facility(session, place, beds=10)
        session.commit()
        with pytest.raises(IntegrityError):
            session.execute(update(type(facility)).where(type(facility).id == facility.id)
                            .values(beds_taken=taken))
            session.flush()
        session.rollback()


@pytest.mark.parametrize("temperature", ["33.9", "43.1"])
def test_impossible_temperatures_are_refused(database: Database, temperature: str) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        responder = Responder(station_id=place.station_id, name="刘警官", role=ResponderRole.POLICE)
        visit = Visit(household_id=place.household_id, community_id=place.community_id,
                      visited_at=NOW, outcome=VisitOutcome.SCREENED)
        session.add_all([responder, visit])
        session.commit()
        session.add(ScreeningResult(visit_id=visit.id, person_id=person.id,
                                    temperature_c=Decimal(temperature)))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add(TemperatureCheck(responder_id=responder.id, checked_on=date(2020, 2, 20),
                                     checked_at=NOW, temperature_c=Decimal(temperature)))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()


def test_stock_cannot_go_negative(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        stock = SupplyStock(station_id=place.station_id, item=SupplyItem.PROTECTIVE_SUIT, quantity=2)
        session.add(stock)
        session.commit()
        with pytest.raises(IntegrityError):
            session.execute(update(SupplyStock).where(SupplyStock.id == stock.id)
                            .values(quantity=SupplyStock.quantity - 3))
        session.rollback()


def test_a_team_has_at_most_one_leader(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        team = Team(station_id=place.station_id, kind=TeamKind.QUICK_RESPONSE, name="快反一队")
        officers = [Responder(station_id=place.station_id, name=n, role=ResponderRole.POLICE)
                    for n in ("陈刚", "赵强")]
        session.add_all([team, *officers])
        session.flush()
        for officer in officers:
            session.add(TeamMember(team_id=team.id, responder_id=officer.id, is_leader=True,
                                   joined_on=date(2020, 2, 1)))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()


def test_stale_save_is_a_conflict_not_an_overwrite(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        session.commit()
    first = database.sessions()
    second = database.sessions()
    try:
        mine = first.get(Community, place.community_id)
        theirs = second.get(Community, place.community_id)
        assert mine is not None and theirs is not None
        theirs.daily_visit_target = 50
        second.commit()
        mine.daily_visit_target = 80
        with pytest.raises(StaleDataError):
            first.commit()
        first.rollback()
        with database.sessions() as check:
            saved = check.get(Community, place.community_id)
            assert saved is not None and saved.daily_visit_target == 50 and saved.version == 2
    finally:
        first.close()
        second.close()
