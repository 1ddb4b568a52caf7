"""Migration 0020 on both backends: visits stored twice before it (the same door, moment and
outcome) are merged into the first, with what pointed at the copies pointing at it; then the
door-time-outcome and key indexes hold; it goes down and up again, the audit guards intact."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Connection, DateTime, Engine, MetaData, bindparam, create_engine, text
from sqlalchemy.exc import IntegrityError

from models.accounts.audit_guards import guard_state
from models.db.database import alembic_config
from models.schema.tallies import recount, snapshot
from tests.support.migrations import old_row

T = datetime(2020, 2, 12, 10, 30)


def _columns(connection: Connection, table: str) -> set[str]:
    if connection.dialect.name == "sqlite":
        return {str(row[1]) for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")}
    return set(connection.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
        {"t": table}).scalars())


def _guards_intact(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        return guard_state(connection).intact


def _tallies_right(engine: Engine) -> bool:
    with engine.connect() as connection:
        kept = snapshot(connection)
        recount(connection)
        counted = snapshot(connection)
        connection.rollback()
    return kept == counted


def test_visits_stored_twice_are_merged_and_then_refused(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0019")
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        def add(table: str, **values: object) -> int:
            return old_row(connection, tables.tables[table], values)
        district = add("district", code="D1", name="江岸区")
        station = add("police_station", district_id=district, code="S1", name="大智派出所",
                      area_kind="urban", latitude=30.59, longitude=114.30)
        community = add("community", station_id=station, code="C1", name="永清社区",
                        area_kind="urban", latitude=30.6, longitude=114.29)
        door = add("household", community_id=community, building="1", unit="2", door="301")
        father, mother = (add("person", household_id=door, community_id=community, name=name)
                          for name in ("张伟", "王芳"))

        def visit(outcome: str, at: datetime) -> int:
            return add("visit", household_id=door, community_id=community, visited_at=at,
                       outcome=outcome, note="")
        first, copy, later_copy = (visit("screened", T) for _ in range(3))
        other_outcome, other_time = visit("nobody_home", T), visit("screened", T + timedelta(minutes=1))
        add("screening_result", visit_id=first, person_id=father, temperature_c=36.6)
        add("screening_result", visit_id=copy, person_id=father, temperature_c=36.6)
        add("screening_result", visit_id=copy, person_id=mother, temperature_c=38.1,
            has_symptoms=False)
        add("visit_absence", visit_id=later_copy, person_id=mother, presence="absent")
        case = add("person_case", person_id=mother, community_id=community, category="fever",
                   status="identified", opened_at=T, status_since=T, category_since=T,
                   is_open=True, source_visit_id=copy)

    command.upgrade(config, "0020")
    with engine.connect() as connection:
        assert sorted(connection.execute(text("SELECT id FROM visit")).scalars()) == sorted(
            [first, other_outcome, other_time])
        assert sorted((person, str(temperature)) for person, temperature in connection.execute(
            text("SELECT person_id, temperature_c FROM screening_result WHERE visit_id = :v"),
            {"v": first})) == sorted([(father, "36.6"), (mother, "38.1")])
        assert connection.execute(text("SELECT count(*) FROM visit_absence")).scalar() == 0
        assert connection.execute(text("SELECT source_visit_id FROM person_case WHERE id = :c"),
                                  {"c": case}).scalar() == first
        deleted = set(connection.execute(text(
            "SELECT row_id FROM audit_entry WHERE table_name = 'visit' AND action = 'delete'"
        )).scalars())
        assert deleted == {copy, later_copy}
    assert _tallies_right(engine) and _guards_intact(engine)

    twice = {"h": door, "c": community, "t": T, "o": "screened", "k": None}
    key = uuid.uuid4()
    insert = text("INSERT INTO visit (household_id, community_id, visited_at, outcome, note, "
                  "entry_key) VALUES (:h, :c, :t, :o, '', :k)").bindparams(
        bindparam("t", type_=DateTime()))
    with engine.connect() as connection:
        with pytest.raises(IntegrityError):
            connection.execute(insert, twice)
        connection.rollback()
        stored = key.hex if engine.dialect.name == "sqlite" else key
        connection.execute(insert, {**twice, "t": T + timedelta(hours=1), "k": stored})
        with pytest.raises(IntegrityError):
            connection.execute(insert, {**twice, "t": T + timedelta(hours=2), "k": stored})
        connection.rollback()

    command.downgrade(config, "0019")
    with engine.connect() as connection:
        assert "entry_key" not in _columns(connection, "visit")
        connection.execute(text("INSERT INTO visit (household_id, community_id, visited_at, "
                                "outcome, note) VALUES (:h, :c, :t, :o, '')").bindparams(
            bindparam("t", type_=DateTime())), twice)
        connection.rollback()
    assert _guards_intact(engine)
    command.upgrade(config, "head")
    assert _guards_intact(engine)
    engine.dispose()
