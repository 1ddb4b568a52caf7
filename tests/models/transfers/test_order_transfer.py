"""`order_transfer` called directly, on both databases: every precondition of a dispatch refused
with its own code and nothing written, and an accepted order writing all of it at once."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from models.db.database import Database
from models.enums import CaseEventKind, CaseStatus, FacilityKind, TeamKind, TransferStatus, VehicleStatus
from models.errors import CanvassError, EditConflict
from models.schema import (
    Case,
    CaseEvent,
    DutyShift,
    Facility,
    SupplyMovement,
    SupplyStock,
    Team,
    TransferOrder,
    Vehicle,
    facility_accepts,
    transfer_crew,
)
from models.transfers import dispatch as dispatch_module
from models.transfers.dispatch import NumberTaken, order_transfer
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, DispatchScene, make_case, make_dispatch_scene, make_person, make_vehicle

Setup = Callable[[Session, DispatchScene], dict[str, Any]]


def order(session: Session, scene: DispatchScene, **options: Any) -> int:
    arguments: dict[str, Any] = dict(case_id=scene.case_id, facility_id=scene.facility_id,
                                     team_id=scene.team_id, vehicle_id=scene.vehicle_id,
                                     dispatcher_id=None, at=NOW, now=NOW)
    arguments.update(options)
    return order_transfer(session, **arguments)


def other_case_holding(session: Session, scene: DispatchScene, status: TransferStatus) -> None:
    """Another case's order that still holds the scene's vehicle."""
    case = make_case(session, scene.place, make_person(session, scene.place, "李四"))
    session.add(TransferOrder(number="ZY202002200900", case_id=case.id, team_id=scene.team_id,
                              vehicle_id=scene.vehicle_id, facility_id=scene.facility_id,
                              status=status, ordered_at=NOW - timedelta(hours=2),
                              holds_vehicle=True))
    session.flush()


def _case(session: Session, scene: DispatchScene) -> Case:
    case = session.get(Case, scene.case_id)
    assert case is not None
    return case


def not_awaiting(session: Session, scene: DispatchScene) -> dict[str, Any]:
    _case(session, scene).status = CaseStatus.VERIFIED
    return {}


def already_ordered(session: Session, scene: DispatchScene) -> dict[str, Any]:
    order(session, scene)
    return {}


def refuses_category(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(delete(facility_accepts).where(facility_accepts.c.facility_id == scene.facility_id))
    return {}


def full(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(update(Facility).where(Facility.id == scene.facility_id)
                    .values(beds_taken=Facility.beds_total))
    return {}


def not_quick_response(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(update(Team).where(Team.id == scene.team_id).values(kind=TeamKind.WORK_GROUP))
    return {}


def other_team(session: Session, scene: DispatchScene) -> dict[str, Any]:
    return {"vehicle_id": make_vehicle(session, scene.place, "鄂A·99999").id}


def busy(session: Session, scene: DispatchScene) -> dict[str, Any]:
    other_case_holding(session, scene, TransferStatus.DISPATCHED)
    return {}


def not_disinfected(session: Session, scene: DispatchScene) -> dict[str, Any]:
    other_case_holding(session, scene, TransferStatus.DELIVERED)
    return {}


def out_of_service(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(update(Vehicle).where(Vehicle.id == scene.vehicle_id)
                    .values(status=VehicleStatus.OUT_OF_SERVICE))
    return {}


def nobody_on_duty(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(update(DutyShift).where(DutyShift.team_id == scene.team_id)
                    .values(stood_down_at=NOW - timedelta(hours=1)))
    return {}


def farther_facility(session: Session, scene: DispatchScene) -> dict[str, Any]:
    """A facility that takes the case but is not the nearest: a departure from the proposal."""
    farther = Facility(district_id=scene.place.district_id, kind=FacilityKind.DESIGNATED_HOSPITAL,
                       name="远处医院", latitude=31.5, longitude=115.5, beds_total=5, beds_taken=0)
    session.add(farther)
    session.flush()
    category = _case(session, scene).category
    session.execute(facility_accepts.insert().values(facility_id=farther.id, category=category))
    return {"facility_id": farther.id}


def one_suit(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(update(SupplyStock).where(SupplyStock.id == scene.stock_id).values(quantity=1))
    return {}


def no_suits(session: Session, scene: DispatchScene) -> dict[str, Any]:
    session.execute(delete(SupplyStock).where(SupplyStock.id == scene.stock_id))
    return {}


REFUSALS: list[tuple[str, Setup, str]] = [
    ("future", lambda session, scene: {"at": NOW + timedelta(hours=1)}, "transfer_future_time"),
    ("long reason", lambda session, scene: {"override_reason": "x" * 201}, "transfer_reason_too_long"),
    ("case gone", lambda session, scene: {"case_id": 999_999}, "gone"),
    ("not awaiting", not_awaiting, "transfer_case_not_awaiting"),
    ("already ordered", already_ordered, "transfer_case_has_order"),
    ("facility gone", lambda session, scene: {"facility_id": 999_999}, "gone"),
    ("category", refuses_category, "transfer_facility_refuses_category"),
    ("full", full, "transfer_facility_full"),
    ("vehicle gone", lambda session, scene: {"vehicle_id": 999_999}, "gone"),
    ("not quick response", not_quick_response, "transfer_not_quick_response"),
    ("other team", other_team, "transfer_vehicle_other_team"),
    ("busy", busy, "transfer_vehicle_busy"),
    ("not disinfected", not_disinfected, "transfer_vehicle_not_disinfected"),
    ("out of service", out_of_service, "transfer_vehicle_unavailable"),
    ("no crew", nobody_on_duty, "transfer_no_crew"),
    ("no reason", farther_facility, "transfer_override_reason"),
    ("one suit for two", one_suit, "transfer_out_of_suits"),
    ("no suits", no_suits, "transfer_out_of_suits"),
]


def written(session: Session) -> tuple[int, int, int]:
    return (session.scalar(select(func.count()).select_from(TransferOrder)) or 0,
            session.scalar(select(func.count()).select_from(transfer_crew)) or 0,
            session.scalar(select(func.count()).select_from(SupplyMovement)) or 0)


@pytest.mark.parametrize(("setup", "code"), [(setup, code) for _, setup, code in REFUSALS],
                         ids=[name for name, _, _ in REFUSALS])
def test_each_precondition_refuses_with_its_code(database: Database, setup: Setup,
                                                 code: str) -> None:
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        session.commit()
        options = setup(session, scene)
        before = written(session)
        with pytest.raises(CanvassError) as refused:   # TransferRefused, or RecordGone
            order(session, scene, **options)
        assert refused.value.code == code
        if code != "transfer_out_of_suits":   # the order is flushed before the suits are drawn
            assert written(session) == before
        session.rollback()
        assert written(session) == (0, 0, 0)


def test_a_stale_case_version_is_a_conflict(database: Database) -> None:
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        session.commit()
        with pytest.raises(EditConflict):
            order(session, scene, expected_version=_case(session, scene).version + 1)


def test_a_departure_with_its_reason_is_ordered(database: Database) -> None:
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        options = farther_facility(session, scene)
        order_id = order(session, scene, override_reason="家属要求", **options)
        placed = session.get(TransferOrder, order_id)
        assert placed is not None and placed.override_reason == "家属要求"


def test_an_order_writes_the_crew_the_suits_the_vehicle_and_the_note(database: Database) -> None:
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        order_id = order(session, scene)
        session.commit()
        placed = session.get(TransferOrder, order_id)
        assert placed is not None
        assert (placed.number, placed.status, placed.holds_vehicle) == \
            ("ZY202002200001", TransferStatus.ORDERED, True)
        assert written(session) == (1, 2, 1)
        assert session.get(SupplyStock, scene.stock_id).quantity == 18
        assert session.get(Vehicle, scene.vehicle_id).status == VehicleStatus.DISPATCHED
        notes = session.scalars(select(CaseEvent.reason).where(
            CaseEvent.case_id == scene.case_id, CaseEvent.kind == CaseEventKind.NOTE)).all()
        assert len(notes) == 1 and placed.number in notes[0]


def test_a_sheet_number_drawn_twice_is_number_taken(database: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The unique sheet number refuses the later of two dispatches; the caller tries again."""
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        case = make_case(session, scene.place, make_person(session, scene.place, "李四"))
        session.add(TransferOrder(number="ZY202002200001", case_id=case.id, team_id=scene.team_id,
                                  facility_id=scene.facility_id, status=TransferStatus.CANCELLED,
                                  ordered_at=NOW - timedelta(hours=2), holds_vehicle=False))
        session.commit()
        monkeypatch.setattr(dispatch_module, "next_number", lambda _session, _at: "ZY202002200001")
        with pytest.raises(NumberTaken) as refused:
            order(session, scene)
        assert refused.value.code == "transfer_number_taken"


def test_a_vehicle_sent_meanwhile_is_refused_by_the_index(database: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the checks (another dispatcher's order committed after them), the partial unique
    index refuses the second trip, and the refusal names the order that holds the vehicle."""
    with database.sessions() as session:
        scene = make_dispatch_scene(session)
        other_case_holding(session, scene, TransferStatus.ORDERED)
        session.commit()
        vehicle = session.get(Vehicle, scene.vehicle_id)
        monkeypatch.setattr(dispatch_module, "check_vehicle", lambda _session, _v, _t: vehicle)
        with pytest.raises(TransferRefused) as refused:
            order(session, scene, override_reason="本车最近")  # the proposal skips a held vehicle
        assert refused.value.code == "transfer_vehicle_taken"
        assert "ZY202002200900" in str(refused.value)
