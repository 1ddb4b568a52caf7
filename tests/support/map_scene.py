"""A small district for the situation map: two communities of one station, one with households
screened, a facility, a vehicle on each of the trip's steps, open cases; and GeoJSON files."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import shapefile
from sqlalchemy import insert, select

from models.db.database import Database
from models.enums import AreaKind, CaseCategory, CaseStatus, TransferStatus, VehicleStatus
from models.schema import Case, Community, Household, PoliceStation, TransferOrder
from models.schema.facilities import facility_accepts
from models.schema.tallies import CommunityDayTally
from tests.support.factories import NOW, Place, make_case, make_facility, make_person, make_place, make_vehicle


@dataclass
class MapScene:
    first: int            # 永清社区 (code C1): 10 households, 4 done
    second: int           # 球场社区 (code C2): no register
    facility: int
    vehicles: dict[str, int]     # by place
    orders: dict[str, int]       # by place, for the vehicles on a trip


def square(lon: float, lat: float, size: float = 0.004) -> list[list[list[float]]]:
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size],
             [lon, lat]]]


def feature(properties: dict[str, Any], coordinates: Any, kind: str = "Polygon") -> dict[str, Any]:
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": kind, "coordinates": coordinates}}


def collection(*features: dict[str, Any], crs: str | None = None) -> bytes:
    document: dict[str, Any] = {"type": "FeatureCollection", "features": list(features)}
    if crs is not None:
        document["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def good_file() -> bytes:
    """永清社区 by its code, 球场社区 by its name."""
    return collection(feature({"code": "C1"}, square(114.288, 30.598)),
                      feature({"name": "球场社区"}, square(114.293, 30.598)))


def make_map_scene(database: Database) -> MapScene:
    with database.sessions() as session:
        place = make_place(session)
        first = session.get(Community, place.community_id)
        assert first is not None
        first.registered_households = 10
        second = Community(station_id=place.station_id, code="C2", name="球场社区",
                           area_kind=AreaKind.URBAN, latitude=30.60, longitude=114.295)
        session.add(second)
        session.add(CommunityDayTally(community_id=place.community_id, day=date(2020, 2, 19),
                                      households_first_done=4, persons_first_screened=9,
                                      visits=6))
        facility = make_facility(session, place, beds=10)
        facility.beds_taken = 3
        vehicles: dict[str, int] = {}
        orders: dict[str, int] = {}
        steps = {"station": None, "to_scene": TransferStatus.DISPATCHED,
                 "scene": TransferStatus.ON_SCENE, "to_facility": TransferStatus.PICKED_UP}
        for number, (where, step) in enumerate(steps.items()):
            vehicle = make_vehicle(session, place, plate=f"鄂A·1000{number}")
            vehicles[where] = vehicle.id
            if step is None:
                continue
            person = make_person(session, place, name=f"病人{number}")
            case = make_case(session, place, person)
            case.category = CaseCategory.CONFIRMED
            case.status = CaseStatus.IN_TRANSIT
            vehicle.status = VehicleStatus.DISPATCHED if step == TransferStatus.DISPATCHED \
                else VehicleStatus.ON_SCENE if step == TransferStatus.ON_SCENE \
                else VehicleStatus.TRANSPORTING
            order = TransferOrder(number=f"ZY{number}", case_id=case.id, team_id=vehicle.team_id,
                                  vehicle_id=vehicle.id, facility_id=facility.id, status=step,
                                  ordered_at=NOW, dispatched_at=NOW, holds_vehicle=True)
            session.add(order)
            session.flush()
            orders[where] = order.id
        fever = make_case(session, place, make_person(session, place, name="发热甲"))
        assert isinstance(fever, Case)
        session.commit()
        return MapScene(place.community_id, second.id, facility.id, vehicles, orders)



def admit_to_facility(database: Database, scene: MapScene, name: str = "住院乙") -> int:
    """The scene's facility takes confirmed and suspected cases and holds `name`, admitted: the
    admitted case's id."""
    with database.sessions() as session:
        first = session.get(Community, scene.first)
        assert first is not None
        station = session.get(PoliceStation, first.station_id)
        household = session.scalars(select(Household.id)
                                    .where(Household.community_id == first.id)).first()
        assert station is not None and household is not None
        place = Place(station.district_id, station.id, first.id, household)
        person = make_person(session, place, name=name)
        case = make_case(session, place, person)
        case.category = CaseCategory.CONFIRMED
        case.status = CaseStatus.ADMITTED
        case.facility_id = scene.facility
        if not session.execute(select(facility_accepts).where(
                facility_accepts.c.facility_id == scene.facility)).first():
            session.execute(insert(facility_accepts), [
                {"facility_id": scene.facility, "category": CaseCategory.CONFIRMED},
                {"facility_id": scene.facility, "category": CaseCategory.SUSPECTED}])
        session.commit()
        return case.id


WGS84_PRJ = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,'
             '298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')
MERCATOR_PRJ = ('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",' + WGS84_PRJ
                + ',PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],'
                'UNIT["Meter",1.0]]')
GAUSS_KRUGER_PRJ = ('PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_'
                    'Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,'
                    '298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],'
                    'PROJECTION["Gauss_Kruger"],PARAMETER["Central_Meridian",114.0],'
                    'UNIT["Meter",1.0]]')


def write_shapefile(path: Path, shapes: list[tuple[dict[str, str], Any]], *,
                    prj: str | None = WGS84_PRJ, encoding: str = "utf-8",
                    cpg: bool = True) -> Path:
    """`path` (.shp) with its .shx, .dbf (fields code and name) and, unless None, its .prj,
    written by pyshp as a GIS program would: each shape's rings a polygon, None a null shape."""
    writer = shapefile.Writer(str(path.with_suffix("")), shapeType=shapefile.POLYGON,
                              encoding=encoding)
    writer.field("code", "C", 16)
    writer.field("name", "C", 40)
    for properties, rings in shapes:
        if rings is None:
            writer.null()
        else:
            writer.poly(rings)
        writer.record(properties.get("code", ""), properties.get("name", ""))
    writer.close()
    if prj is not None:
        path.with_suffix(".prj").write_text(prj, encoding="ascii")
    if cpg:
        path.with_suffix(".cpg").write_text(encoding.upper(), encoding="ascii")
    elif path.with_suffix(".cpg").exists():
        path.with_suffix(".cpg").unlink()
    return path.with_suffix(".shp")
