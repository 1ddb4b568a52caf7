"""The situation map's figures: a few aggregated statements, never a whole table of people.

* communities: where each is, households registered and households with an outcome (the day
  tallies' sums, as the coverage chart reads them), whether it has an outline;
* outlines: read again only when `community_boundary` changed (its row count, version sum and
  highest id: one index-only look), parsed once and kept by the caller's `MapCache`;
* facilities: beds free / total; stations: where they are;
* vehicles where they are, without GPS, from their trip's step: at the station, on the way to a
  scene (dispatched), at the scene, on the way to a facility (picked up);
* open cases per community and category: one GROUP BY over the open cases' index.
"""
from __future__ import annotations

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session, aliased

from models.dashboard.figures import households_done_statement
from models.db.row_source import plain
from models.enums import TransferStatus
from models.map.boundaries import parse_shape
from models.map.geometry import MultiPolygon
from models.map.spots import (
    CommunitySpot,
    FacilitySpot,
    MapCache,
    MapFigures,
    Place,
    StationSpot,
    VehicleSpot,
)
from models.schema.boundaries import CommunityBoundary
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.transfers import TransferOrder

ON_THE_ROAD = (TransferStatus.DISPATCHED, TransferStatus.ON_SCENE, TransferStatus.PICKED_UP)


def outlines_stamp(session: Session) -> tuple[int, int, int]:
    count, versions, highest = session.execute(select(
        func.count(), func.coalesce(func.sum(CommunityBoundary.version), 0),
        func.coalesce(func.max(CommunityBoundary.id), 0))).one()
    return int(count), int(versions), int(highest)


def outlines(session: Session, cache: MapCache) -> tuple[dict[int, MultiPolygon],
                                                       tuple[int, int, int]]:
    stamp = outlines_stamp(session)
    kept_stamp, shapes = cache.kept
    if stamp != kept_stamp:
        shapes = {int(community): parse_shape(text) for community, text in session.execute(
            select(CommunityBoundary.community_id, CommunityBoundary.shape))}
        cache.kept = (stamp, shapes)
    return shapes, stamp


def community_spots(session: Session, outlined: set[int]) -> tuple[CommunitySpot, ...]:
    done = {int(ident): (int(registered or 0), int(n or 0)) for ident, _name, registered, n
            in session.execute(households_done_statement(None))}
    rows = session.execute(select(Community.id, Community.name, Community.longitude,
                                  Community.latitude).where(Community.active.is_(True))
                           .order_by(Community.id))
    return tuple(CommunitySpot(int(i), name, float(lon), float(lat), *done.get(int(i), (0, 0)),
                               outlined=int(i) in outlined) for i, name, lon, lat in rows)


def facility_spots(session: Session) -> tuple[FacilitySpot, ...]:
    rows = session.execute(select(Facility.id, Facility.name, Facility.kind, Facility.longitude,
                                  Facility.latitude, Facility.beds_total, Facility.beds_taken)
                           .where(Facility.active.is_(True)).order_by(Facility.id))
    return tuple(FacilitySpot(int(i), name, str(plain(kind)), float(lon), float(lat),
                              int(total), int(taken))
                 for i, name, kind, lon, lat, total, taken in rows)


def station_spots(session: Session) -> tuple[StationSpot, ...]:
    rows = session.execute(select(PoliceStation.id, PoliceStation.name, PoliceStation.longitude,
                                  PoliceStation.latitude).where(PoliceStation.active.is_(True))
                           .order_by(PoliceStation.id))
    return tuple(StationSpot(int(i), name, float(lon), float(lat)) for i, name, lon, lat in rows)


def _between(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def vehicle_spots(session: Session) -> tuple[VehicleSpot, ...]:
    """Each vehicle in use with its trip on the road, if any (a vehicle has at most one)."""
    scene, facility = aliased(Community), aliased(Facility)
    # The trip that holds the vehicle (the partial unique index behind "one active trip per
    # vehicle" finds it), when it is on the road.
    trip = and_(TransferOrder.vehicle_id == Vehicle.id, TransferOrder.holds_vehicle == true(),
                TransferOrder.status.in_(ON_THE_ROAD))
    rows = session.execute(
        select(Vehicle.id, Vehicle.plate, Vehicle.status, PoliceStation.longitude,
               PoliceStation.latitude, TransferOrder.id, TransferOrder.status, scene.longitude,
               scene.latitude, facility.longitude, facility.latitude)
        .join(PoliceStation, PoliceStation.id == Vehicle.station_id)
        .outerjoin(TransferOrder, trip)
        .outerjoin(Case, Case.id == TransferOrder.case_id)
        .outerjoin(scene, scene.id == Case.community_id)
        .outerjoin(facility, facility.id == TransferOrder.facility_id)
        .where(Vehicle.active.is_(True)).order_by(Vehicle.id))
    spots: dict[int, VehicleSpot] = {}
    for (ident, plate, status, s_lon, s_lat, trip_id, step, c_lon, c_lat, f_lon,
         f_lat) in rows:
        home = (float(s_lon), float(s_lat))
        place, where = Place.STATION, home
        step = plain(step) if step is not None else None
        if trip_id is not None and c_lon is not None:
            at_scene = (float(c_lon), float(c_lat))
            if step == TransferStatus.DISPATCHED.value:
                place, where = Place.TO_SCENE, _between(home, at_scene)
            elif step == TransferStatus.ON_SCENE.value:
                place, where = Place.SCENE, at_scene
            elif f_lon is not None:
                place, where = Place.TO_FACILITY, _between(at_scene, (float(f_lon), float(f_lat)))
        if int(ident) not in spots or place != Place.STATION:
            spots[int(ident)] = VehicleSpot(int(ident), str(plate), str(plain(status)), place,
                                            where[0], where[1],
                                            int(trip_id) if trip_id is not None else None)
    return tuple(spots.values())


def open_cases_by_community(session: Session) -> tuple[tuple[int, str, int], ...]:
    rows = session.execute(select(Case.community_id, Case.category, func.count())
                           .where(Case.is_open == true())
                           .group_by(Case.community_id, Case.category))
    return tuple((int(c), str(plain(category)), int(n)) for c, category, n in rows)


def map_figures(session: Session, cache: MapCache) -> MapFigures:
    """Everything the map draws, in one read transaction."""
    shapes, stamp = outlines(session, cache)
    return MapFigures(community_spots(session, set(shapes)), facility_spots(session),
                      station_spots(session), vehicle_spots(session),
                      open_cases_by_community(session), shapes, stamp)
