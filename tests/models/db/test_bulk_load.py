"""A bulk load with its indexes and foreign keys built afterwards still refuses bad rows whole."""
from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from models.db.bulk_load import built_afterwards
from models.db.database import Database
from models.schema.geography import District, PoliceStation


def test_a_row_pointing_nowhere_refuses_the_whole_load(database: Database) -> None:
    """SQLite checks the row as it is inserted; PostgreSQL when the foreign key is added back at
    the end. Either way the good rows loaded with it are gone and the schema is as it was."""
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        if database.kind == "sqlite":
            connection.exec_driver_sql("BEGIN")   # the DDL must be inside the transaction
        with built_afterwards(connection, ["district", "police_station"]):
            connection.execute(insert(District), [{"id": 1, "code": "D1", "name": "江岸区"}])
            connection.execute(insert(PoliceStation), [
                {"id": 1, "district_id": 1, "code": "S1", "name": "大智派出所",
                 "area_kind": "urban", "latitude": 30.5, "longitude": 114.3},
                {"id": 2, "district_id": 99, "code": "S2", "name": "无主派出所",
                 "area_kind": "urban", "latitude": 30.5, "longitude": 114.3}])
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(District)).scalar() == 0
        assert connection.execute(select(func.count()).select_from(PoliceStation)).scalar() == 0
    with pytest.raises(IntegrityError):   # the foreign key is there again, row by row
        with database.engine.begin() as connection:
            connection.execute(insert(PoliceStation), [
                {"id": 3, "district_id": 98, "code": "S3", "name": "又一所",
                 "area_kind": "urban", "latitude": 30.5, "longitude": 114.3}])
