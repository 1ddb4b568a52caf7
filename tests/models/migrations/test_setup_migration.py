"""Migration 0010 on a database in use: facilities get codes, a lodging name used twice becomes
unique, nothing is rebuilt (no cascade empties facility_accepts), and it goes back down."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from models.db.database import alembic_config, make_engine, to_url

ROWS = (
    "INSERT INTO district (code, name) VALUES ('D', '江岸区')",
    "INSERT INTO police_station (district_id, code, name, area_kind, address, latitude, longitude) "
    "VALUES (1, 'S', '大智派出所', 'urban', '', 30.6, 114.3)",
    "INSERT INTO facility (district_id, kind, name, address, latitude, longitude, beds_total, "
    "beds_taken) VALUES (1, 'fever_clinic', '甲', '', 30.6, 114.3, 5, 0), "
    "(1, 'field_hospital', '乙', '', 30.6, 114.3, 50, 3)",
    "INSERT INTO facility_accepts (facility_id, category) VALUES (1, 'fever'), (2, 'confirmed')",
    "INSERT INTO lodging (station_id, name, address, capacity) VALUES (1, '宾馆', '', 10), "
    "(1, '宾馆', '', 12)",
    "INSERT INTO supply_stock (station_id, item, quantity, low_threshold) "
    "VALUES (1, 'mask', 100, 0)",
)


def test_0010_on_a_database_in_use(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0009")
        with engine.begin() as connection:
            for statement in ROWS:
                connection.execute(text(statement))
        command.upgrade(config, "head")
        with engine.connect() as connection:
            assert connection.execute(text(
                "SELECT id, code, active FROM facility ORDER BY id")).all() == [
                (1, "F001", True), (2, "F002", True)]
            assert connection.execute(text("SELECT count(*) FROM facility_accepts")).scalar() == 2
            assert connection.execute(text("SELECT name FROM lodging ORDER BY id")).scalars().all() == [
                "宾馆", "宾馆（2）"]
            assert connection.execute(text("SELECT low_stock_days FROM supply_stock")).scalar() == 3
        command.downgrade(config, "0009")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM facility")).scalar() == 2
        command.upgrade(config, "head")
    finally:
        engine.dispose()
