"""Many communities written at once, for the lists that must page through more rows than a screen holds."""
from __future__ import annotations

from sqlalchemy import insert

from models.db.database import Database
from models.schema import Community, District, PoliceStation


def add_communities(database: Database, number: int) -> None:
    with database.sessions.begin() as session:
        district = District(code="420102", name="测试区")
        session.add(district)
        session.flush()
        station = PoliceStation(district_id=district.id, code="S99", name="测试派出所",
                                area_kind="urban", latitude=30.0, longitude=114.0)
        session.add(station)
        session.flush()
        session.execute(insert(Community), [
            {"station_id": station.id, "code": f"T{index:05d}", "name": f"社区{index:05d}",
             "area_kind": "urban", "latitude": 30.0, "longitude": 114.0,
             "registered_households": 100 + index, "registered_persons": 250 + index}
            for index in range(number)])
