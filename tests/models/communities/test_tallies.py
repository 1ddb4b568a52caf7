"""The coverage tallies the triggers keep equal a recount from the raw rows, whatever is written:
visits and screening results inserted, moved in time, changed, deleted; households and persons
moved to another community; a bulk load with the triggers off and one recount."""
from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from models.communities.tallies_triggers import counted_afterwards
from models.db.database import Database
from models.schema import Community, Household, Person
from models.schema.tallies import TALLY_TABLES, recount, snapshot
from tests.support.factories import make_place

DAY = datetime(2020, 2, 10, 9, 0)
OUTCOMES = ("screened", "nobody_home", "refused", "moved_out")
OUTCOME = "CAST(:o AS VARCHAR(24))"   # one type wherever the parameter appears (PostgreSQL)


def _district(database: Database) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Two communities, four households, two persons in each: (communities, households,
    (person, household) pairs)."""
    with database.sessions.begin() as session:
        place = make_place(session, "T")
        other = Community(station_id=session.get(Community, place.community_id).station_id,
                          code="CT2", name="二号社区", area_kind="urban", latitude=30.0,
                          longitude=114.0)
        session.add(other)
        session.flush()
        communities = [place.community_id, other.id]
        households = [place.household_id]
        for index in range(3):
            household = Household(community_id=communities[index % 2], door=f"{index}")
            session.add(household)
            session.flush()
            households.append(household.id)
        persons = []
        for household_id in households:
            community = session.get(Household, household_id).community_id
            for name in ("甲", "乙"):
                person = Person(household_id=household_id, community_id=community, name=name)
                session.add(person)
                session.flush()
                persons.append((person.id, household_id))
    return communities, households, persons


visit_op = st.tuples(st.just("visit"), st.integers(0, 3), st.integers(0, 3), st.integers(0, 96))
screen_op = st.tuples(st.just("screen"), st.integers(0, 50), st.integers(0, 7))
operation = st.one_of(
    visit_op, screen_op,
    st.tuples(st.just("move_visit"), st.integers(0, 50), st.integers(0, 96)),
    st.tuples(st.just("change_outcome"), st.integers(0, 50), st.integers(0, 3)),
    st.tuples(st.just("rehouse_visit"), st.integers(0, 50), st.integers(0, 3)),
    st.tuples(st.just("delete_visit"), st.integers(0, 50)),
    st.tuples(st.just("delete_result"), st.integers(0, 50)),
    st.tuples(st.just("move_result"), st.integers(0, 50), st.integers(0, 7)),
    st.tuples(st.just("move_person"), st.integers(0, 7), st.integers(0, 1)),
    st.tuples(st.just("move_household"), st.integers(0, 3), st.integers(0, 1)),
)


def _free(door: str, at: str, outcome: str, row: str = "0") -> str:
    """Canvass stores one visit per door, moment and outcome (uq_visit_door_time_outcome): an
    operation that would make a second is skipped, as Canvass would refuse it."""
    return (f"NOT EXISTS (SELECT 1 FROM visit o WHERE o.household_id = {door} AND "
            f"o.visited_at = {at} AND o.outcome = {outcome} AND o.id <> {row})")


def _pick(connection: Connection, table: str, index: int) -> int | None:
    ids = [row[0] for row in connection.execute(text(f"SELECT id FROM {table} ORDER BY id"))]
    return ids[index % len(ids)] if ids else None


def _apply(connection: Connection, op: tuple, households: list[int],
           persons: list[tuple[int, int]], communities: list[int]) -> None:
    kind = op[0]
    if kind == "visit":
        household = households[op[1]]
        community = connection.execute(text("SELECT community_id FROM household WHERE id = :h"),
                                       {"h": household}).scalar_one()
        connection.execute(text(
            "INSERT INTO visit (household_id, community_id, visited_at, outcome, note) "
            f"SELECT :h, :c, :at, {OUTCOME}, '' WHERE {_free(':h', ':at', OUTCOME)}"),
            {"h": household, "c": community, "o": OUTCOMES[op[2]],
             "at": DAY + timedelta(hours=op[3] * 5)})
    elif kind == "screen":
        visit = _pick(connection, "visit", op[1])
        if visit is not None:
            connection.execute(text(
                "INSERT INTO screening_result (visit_id, person_id, has_symptoms, symptoms) "
                "SELECT :v, :p, false, '' WHERE NOT EXISTS (SELECT 1 FROM screening_result "
                "WHERE visit_id = :v AND person_id = :p)"), {"v": visit, "p": persons[op[2]][0]})
    elif kind == "move_visit" and (visit := _pick(connection, "visit", op[1])):
        connection.execute(text("UPDATE visit SET visited_at = :at WHERE id = :v AND "
                                + _free("visit.household_id", ":at", "visit.outcome", ":v")),
                           {"v": visit, "at": DAY + timedelta(hours=op[2] * 5 + 1)})
    elif kind == "change_outcome" and (visit := _pick(connection, "visit", op[1])):
        connection.execute(text("UPDATE visit SET outcome = :o WHERE id = :v AND "
                                + _free("visit.household_id", "visit.visited_at", OUTCOME, ":v")),
                           {"v": visit, "o": OUTCOMES[op[2]]})
    elif kind == "rehouse_visit" and (visit := _pick(connection, "visit", op[1])):
        connection.execute(text(
            "UPDATE visit SET household_id = :h, community_id = "
            "(SELECT community_id FROM household WHERE id = :h) WHERE id = :v AND "
            + _free(":h", "visit.visited_at", "visit.outcome", ":v")),
            {"v": visit, "h": households[op[2]]})
    elif kind == "delete_visit" and (visit := _pick(connection, "visit", op[1])):
        connection.execute(text("DELETE FROM visit WHERE id = :v"), {"v": visit})
    elif kind == "delete_result" and (result := _pick(connection, "screening_result", op[1])):
        connection.execute(text("DELETE FROM screening_result WHERE id = :r"), {"r": result})
    elif kind == "move_result" and (result := _pick(connection, "screening_result", op[1])):
        connection.execute(text(
            "UPDATE screening_result SET person_id = :p WHERE id = :r AND NOT EXISTS ("
            "SELECT 1 FROM screening_result o WHERE o.person_id = :p AND o.visit_id = "
            "(SELECT visit_id FROM screening_result WHERE id = :r))"),
            {"r": result, "p": persons[op[2]][0]})
    elif kind == "move_person":
        connection.execute(text("UPDATE person SET community_id = :c WHERE id = :p"),
                           {"p": persons[op[1]][0], "c": communities[op[2]]})
    elif kind == "move_household":
        connection.execute(text("UPDATE household SET community_id = :c WHERE id = :h"),
                           {"h": households[op[1]], "c": communities[op[2]]})


def _clear(connection: Connection) -> None:
    connection.execute(text("DELETE FROM screening_result"))
    connection.execute(text("DELETE FROM visit"))
    for table in TALLY_TABLES:
        connection.execute(text(f"DELETE FROM {table}"))


def test_triggers_keep_the_tallies_equal_to_a_recount(database: Database) -> None:
    communities, households, persons = _district(database)

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(visit_op, min_size=2, max_size=8), st.lists(screen_op, max_size=10),
           st.lists(operation, min_size=1, max_size=20))
    def check(visits: list[tuple], screenings: list[tuple], operations: list[tuple]) -> None:
        with database.engine.begin() as connection:
            _clear(connection)
        for op in visits + screenings + operations:
            with database.engine.begin() as connection:
                _apply(connection, op, households, persons, communities)
        with database.engine.begin() as connection:
            kept = snapshot(connection)
            recount(connection)
            assert kept == snapshot(connection)

    check()


def test_a_bulk_load_counted_afterwards_equals_the_triggers(database: Database) -> None:
    communities, households, persons = _district(database)
    operations = [("visit", i % 4, i % 3, i * 7) for i in range(12)] + [
        ("screen", i, i % 8) for i in range(12)]
    for op in operations:
        with database.engine.begin() as connection:
            _apply(connection, op, households, persons, communities)
    with database.engine.begin() as connection:
        by_triggers = snapshot(connection)
        _clear(connection)
    with database.engine.begin() as connection, counted_afterwards(connection):
        for op in operations:
            _apply(connection, op, households, persons, communities)
        assert snapshot(connection)["household_tally"] == set()
    with database.engine.begin() as connection:
        assert snapshot(connection) == by_triggers
    # The triggers are back: one more visit is counted.
    with database.engine.begin() as connection:
        _apply(connection, ("visit", 0, 0, 200), households, persons, communities)
        assert snapshot(connection) != by_triggers


def test_the_demo_is_counted_once_and_the_triggers_come_back(database: Database) -> None:
    from models.demo import build_demo
    build_demo(database, "small", 2020, datetime(2020, 2, 20, 18))
    with database.engine.begin() as connection:
        built = snapshot(connection)
        assert len(built["household_tally"]) > 1000 and len(built["person_tally"]) > 1000
        recount(connection)
        assert snapshot(connection) == built
        household, visits = connection.execute(text(
            "SELECT household_id, visits FROM household_tally ORDER BY household_id LIMIT 1")).one()
        _apply(connection, ("visit", 0, 1, 0), [household], [], [])
        assert connection.execute(text("SELECT visits FROM household_tally WHERE household_id = "
                                       ":h"), {"h": household}).scalar_one() == visits + 1


def test_the_migration_counts_the_rows_already_there(database: Database) -> None:
    """Down to 0004 (no tallies) and up again: 0005 fills the tallies from the visits and
    screening results a district already holds, and installs the triggers."""
    from alembic import command

    from models.db.database import alembic_config
    communities, households, persons = _district(database)
    for op in [("visit", i % 4, i % 4, i * 3) for i in range(8)] + [
            ("screen", i, i % 8) for i in range(8)]:
        with database.engine.begin() as connection:
            _apply(connection, op, households, persons, communities)
    with database.engine.begin() as connection:
        kept = snapshot(connection)
    command.downgrade(alembic_config(database.engine), "0004")
    command.upgrade(alembic_config(database.engine), "head")
    with database.engine.begin() as connection:
        assert snapshot(connection) == kept
        _apply(connection, ("visit", 0, 0, 99), households, persons, communities)
        assert snapshot(connection) != kept


def test_a_failed_bulk_load_leaves_the_triggers_in_place(database: Database) -> None:
    communities, households, persons = _district(database)
    try:
        with database.engine.begin() as connection, counted_afterwards(connection):
            _apply(connection, ("visit", 0, 0, 1), households, persons, communities)
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    with database.engine.begin() as connection:
        assert snapshot(connection)["household_tally"] == set()
        _apply(connection, ("visit", 0, 0, 1), households, persons, communities)
        assert len(snapshot(connection)["household_tally"]) == 1
