"""The simulation's end state, as rows: facilities with the beds taken at the snapshot, vehicles
with their status, cases with their history, transfers with their crews and disinfections,
supplies, incidents — in an order that satisfies every foreign key."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models.demo.epidemic import Epidemic
from models.demo.geography import facility_rows
from models.demo.incidents import incident_rows
from models.demo.world import Batch, World
from models.enums import CaseStatus, VehicleStatus

CHUNK = 25_000
CASE_COLUMNS = ("id", "person_id", "community_id", "category", "status", "opened_at",
                "status_since", "category_since", "is_open", "closed_at", "facility_id",
                "source_visit_id", "last_action", "created_at", "updated_at")
EVENT_COLUMNS = ("id", "case_id", "at", "user_id", "kind", "from_value", "to_value", "reason")
LINK_COLUMNS = ("id", "source_case_id", "contact_case_id", "relation", "last_exposure", "note")
PERSUASION_COLUMNS = ("id", "case_id", "at", "by_user_id", "by_name", "said", "agreed")
TRANSFER_COLUMNS = ("id", "number", "case_id", "team_id", "vehicle_id", "facility_id",
                    "dispatcher_user_id", "origin_address", "status", "override_reason",
                    "failure_reason", "ordered_at", "dispatched_at", "on_scene_at", "picked_up_at",
                    "delivered_at", "disinfected_at", "cancelled_at", "failed_at", "holds_vehicle",
                    "created_at", "updated_at")
VEHICLE_COLUMNS = ("id", "station_id", "team_id", "plate", "status", "status_since",
                   "created_at", "updated_at")
DISINFECTION_COLUMNS = ("id", "vehicle_id", "transfer_id", "at", "inside", "outside", "by_name",
                        "recorded_by_user_id")


def chunks(table: str, columns: tuple[str, ...],
           rows: list[tuple[Any, ...]]) -> Iterator[Batch]:
    for start in range(0, len(rows), CHUNK):
        yield Batch(table, columns, rows[start:start + CHUNK])


def vehicle_status(world: World, epidemic: Epidemic) -> list[tuple[Any, ...]]:
    """Each vehicle as the snapshot finds it: on a trip, waiting for its wash, free or retired."""
    clock, now = world.clock, world.clock.now
    rows = []
    for vehicle in world.vehicles:
        trip = epidemic.dispatch.last_trip.get(vehicle.id)
        status, since = VehicleStatus.AVAILABLE, -600
        if trip is not None:
            _ordered, dispatched, on_scene, picked, delivered, clean, failed = trip
            if clean <= now:
                status, since = VehicleStatus.AVAILABLE, clean
            elif failed is not None and failed <= now:
                status, since = VehicleStatus.AWAITING_DISINFECTION, failed
            elif delivered is not None and delivered <= now:
                status, since = VehicleStatus.AWAITING_DISINFECTION, delivered
            elif picked is not None and picked <= now:
                status, since = VehicleStatus.TRANSPORTING, picked
            elif on_scene <= now:
                status, since = VehicleStatus.ON_SCENE, on_scene
            else:
                status, since = VehicleStatus.DISPATCHED, dispatched
        if status == VehicleStatus.AVAILABLE and vehicle.retired_at <= now:
            status, since = VehicleStatus.OUT_OF_SERVICE, max(since, vehicle.retired_at)
        rows.append((vehicle.id, vehicle.station, vehicle.team, vehicle.plate, status.value,
                     clock.at(since), clock.before, clock.at(max(since, -600))))
    return rows


def outcome_rows(world: World, epidemic: Epidemic) -> Iterator[Batch]:
    clock = world.clock
    at = clock.at
    beds: dict[int, int] = {}
    cases = []
    for case in epidemic.cases:
        if case.status == CaseStatus.ADMITTED:
            beds[case.facility] = beds.get(case.facility, 0) + 1
        cases.append((case.id, case.person, case.community, case.category.value, case.status.value,
                      at(case.opened), at(case.status_since), at(case.category_since),
                      case.closed is None, None if case.closed is None else at(case.closed),
                      case.facility or None, case.source_visit, case.last_action[:200],
                      at(case.opened), at(max(case.status_since, case.category_since))))
    yield from facility_rows(world, beds)
    yield Batch("vehicle", VEHICLE_COLUMNS, vehicle_status(world, epidemic))
    yield from chunks("person_case", CASE_COLUMNS, cases)
    yield from chunks("case_event", EVENT_COLUMNS, epidemic.events)
    yield from chunks("contact_link", LINK_COLUMNS, epidemic.links)
    yield from chunks("persuasion_visit", PERSUASION_COLUMNS, epidemic.persuasion.visits)
    dispatch = epidemic.dispatch
    yield from chunks("transfer_order", TRANSFER_COLUMNS, dispatch.transfers)
    yield from chunks("transfer_crew", ("transfer_id", "responder_id"), dispatch.crew)
    yield from chunks("disinfection", DISINFECTION_COLUMNS, dispatch.disinfections)
    yield from dispatch.ledger.rows()
    yield from incident_rows(world, epidemic.persuasion.incidents, dispatch.trips)
