"""The triggers that keep the coverage tallies (models/schema/tallies.py) right on every write.

Each trigger works the same way whatever changed: for every household (or person) the change
touches it takes back that household's contribution to the day tallies, counts the household
again from its own visits (a handful of rows, by index) and adds the new contribution. Inserts,
deletes, a visit moved to another day, a household moved to another community: all are the
same three steps, so there is no special case to get wrong. The first statement of each step
upserts the household's (person's) tally row, which on PostgreSQL also locks it, so two
workstations recording visits to the same door count one after the other.

The SQL is written once and installed as SQLite trigger bodies or PL/pgSQL functions.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from models.schema.tallies import DONE_OUTCOMES, FINISHED_OUTCOMES, day_sql, in_list, recount


def _day_contribution(kind: str, table: str, key: str, ids: str, at: str, counter: str,
                      sign: str) -> str:
    """Add (sign '+') or take back ('-') the first-day counts of the rows `ids` of `table`."""
    day = day_sql(kind, f"t.{at}")
    if sign == "-":
        return (
            f"UPDATE community_day_tally SET {counter} = {counter} - ("
            f"SELECT count(*) FROM {table} t WHERE t.{key} IN ({ids}) AND t.{at} IS NOT NULL "
            f"AND t.community_id = community_day_tally.community_id "
            f"AND {day} = community_day_tally.day) "
            f"WHERE (community_id, day) IN (SELECT t.community_id, {day} FROM {table} t "
            f"WHERE t.{key} IN ({ids}) AND t.{at} IS NOT NULL)")
    return (
        f"INSERT INTO community_day_tally (community_id, day, visits, households_first_done, "
        f"persons_first_screened) SELECT t.community_id, {day}, 0, "
        + ("count(*), 0" if counter == "households_first_done" else "0, count(*)")
        + f" FROM {table} t WHERE t.{key} IN ({ids}) AND t.{at} IS NOT NULL "
        f"GROUP BY t.community_id, {day} ON CONFLICT (community_id, day) DO UPDATE SET "
        f"{counter} = community_day_tally.{counter} + excluded.{counter}")


def household_refresh(kind: str, ids: str) -> list[str]:
    """Count the households `ids` (an SQL list or subquery) again from their visits."""
    done, finished = in_list(DONE_OUTCOMES), in_list(FINISHED_OUTCOMES)
    own = "FROM visit v WHERE v.household_id = household_tally.household_id"
    return [
        "INSERT INTO household_tally (household_id, community_id, visits, done_visits, "
        f"finished_visits) SELECT h.id, h.community_id, 0, 0, 0 FROM household h "
        f"WHERE h.id IN ({ids}) ON CONFLICT (household_id) DO UPDATE SET "
        "visits = household_tally.visits",
        _day_contribution(kind, "household_tally", "household_id", ids, "first_done_at",
                          "households_first_done", "-"),
        "UPDATE household_tally SET "
        "community_id = (SELECT h.community_id FROM household h "
        "WHERE h.id = household_tally.household_id), "
        f"visits = (SELECT count(*) {own}), "
        f"done_visits = (SELECT count(*) {own} AND v.outcome IN {done}), "
        f"finished_visits = (SELECT count(*) {own} AND v.outcome IN {finished}), "
        f"first_done_at = (SELECT min(v.visited_at) {own} AND v.outcome IN {done}), "
        f"last_visit_at = (SELECT max(v.visited_at) {own}) "
        f"WHERE household_id IN ({ids})",
        _day_contribution(kind, "household_tally", "household_id", ids, "first_done_at",
                          "households_first_done", "+"),
        f"DELETE FROM household_tally WHERE household_id IN ({ids}) AND visits = 0",
    ]


def person_refresh(kind: str, ids: str) -> list[str]:
    """Count the persons `ids` again from their screening results."""
    own = "FROM screening_result r WHERE r.person_id = person_tally.person_id"
    return [
        "INSERT INTO person_tally (person_id, community_id, results) "
        f"SELECT p.id, p.community_id, 0 FROM person p WHERE p.id IN ({ids}) "
        "ON CONFLICT (person_id) DO UPDATE SET results = person_tally.results",
        _day_contribution(kind, "person_tally", "person_id", ids, "first_screened_at",
                          "persons_first_screened", "-"),
        "UPDATE person_tally SET "
        "community_id = (SELECT p.community_id FROM person p "
        "WHERE p.id = person_tally.person_id), "
        f"results = (SELECT count(*) {own}), "
        "first_screened_at = (SELECT min(v.visited_at) FROM screening_result r "
        "JOIN visit v ON v.id = r.visit_id WHERE r.person_id = person_tally.person_id) "
        f"WHERE person_id IN ({ids})",
        _day_contribution(kind, "person_tally", "person_id", ids, "first_screened_at",
                          "persons_first_screened", "+"),
        f"DELETE FROM person_tally WHERE person_id IN ({ids}) AND results = 0",
    ]


def visit_counted(kind: str, row: str, sign: str) -> str:
    """One visit more (sign '+', row NEW) or fewer ('-', row OLD) on its community's day."""
    day = day_sql(kind, f"{row}.visited_at")
    if sign == "-":
        return (f"UPDATE community_day_tally SET visits = visits - 1 "
                f"WHERE community_id = {row}.community_id AND day = {day}")
    return ("INSERT INTO community_day_tally (community_id, day, visits, households_first_done, "
            f"persons_first_screened) VALUES ({row}.community_id, {day}, 1, 0, 0) "
            "ON CONFLICT (community_id, day) DO UPDATE SET visits = community_day_tally.visits + 1")


@dataclass(frozen=True)
class Trigger:
    name: str
    table: str
    event: str          # INSERT, UPDATE, DELETE
    when: str | None    # SQLite spelling; PostgreSQL's IS DISTINCT FROM is derived
    columns: tuple[str, ...] = ()

    def body(self, kind: str) -> list[str]:
        return _BODIES[self.name](kind)


def _changed(*columns: str) -> str:
    return " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in columns)


_PERSONS_OF_VISIT = "SELECT r.person_id FROM screening_result r WHERE r.visit_id = {row}.id"
_BODIES = {
    "tally_visit_insert": lambda k: [visit_counted(k, "NEW", "+"),
                                     *household_refresh(k, "NEW.household_id")],
    "tally_visit_delete": lambda k: [visit_counted(k, "OLD", "-"),
                                     *household_refresh(k, "OLD.household_id"),
                                     *person_refresh(k, _PERSONS_OF_VISIT.format(row="OLD"))],
    "tally_visit_update": lambda k: [visit_counted(k, "OLD", "-"), visit_counted(k, "NEW", "+"),
                                     *household_refresh(k, "OLD.household_id, NEW.household_id"),
                                     *person_refresh(k, _PERSONS_OF_VISIT.format(row="NEW"))],
    "tally_result_insert": lambda k: person_refresh(k, "NEW.person_id"),
    "tally_result_delete": lambda k: person_refresh(k, "OLD.person_id"),
    "tally_result_update": lambda k: person_refresh(k, "OLD.person_id, NEW.person_id"),
    "tally_household_moved": lambda k: household_refresh(k, "NEW.id"),
    "tally_person_moved": lambda k: person_refresh(k, "NEW.id"),
}

TRIGGERS: tuple[Trigger, ...] = (
    Trigger("tally_visit_insert", "visit", "INSERT", None),
    Trigger("tally_visit_delete", "visit", "DELETE", None),
    Trigger("tally_visit_update", "visit", "UPDATE",
            _changed("household_id", "community_id", "visited_at", "outcome")),
    Trigger("tally_result_insert", "screening_result", "INSERT", None),
    Trigger("tally_result_delete", "screening_result", "DELETE", None),
    Trigger("tally_result_update", "screening_result", "UPDATE",
            _changed("person_id", "visit_id")),
    Trigger("tally_household_moved", "household", "UPDATE", _changed("community_id"),
            ("community_id",)),
    Trigger("tally_person_moved", "person", "UPDATE", _changed("community_id"),
            ("community_id",)),
)


def create_statements(kind: str) -> list[str]:
    statements = []
    for trigger in TRIGGERS:
        event = trigger.event + (f" OF {', '.join(trigger.columns)}" if trigger.columns else "")
        body = trigger.body(kind)
        if kind == "postgresql":
            when = (f" WHEN ({trigger.when.replace(' IS NOT ', ' IS DISTINCT FROM ')})"
                    if trigger.when else "")
            statements.append(
                f"CREATE OR REPLACE FUNCTION {trigger.name}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ BEGIN {'; '.join(body)}; RETURN NULL; END $$")
            statements.append(
                f"CREATE TRIGGER {trigger.name} AFTER {event} ON {trigger.table} FOR EACH ROW"
                f"{when} EXECUTE FUNCTION {trigger.name}()")
        else:
            when = f" WHEN {trigger.when}" if trigger.when else ""
            statements.append(
                f"CREATE TRIGGER {trigger.name} AFTER {event} ON {trigger.table} FOR EACH ROW"
                f"{when} BEGIN {'; '.join(body)}; END")
    return statements


def drop_statements(kind: str) -> list[str]:
    if kind == "postgresql":
        return [statement for trigger in TRIGGERS for statement in (
            f"DROP TRIGGER IF EXISTS {trigger.name} ON {trigger.table}",
            f"DROP FUNCTION IF EXISTS {trigger.name}()")]
    return [f"DROP TRIGGER IF EXISTS {trigger.name}" for trigger in TRIGGERS]


def install(connection: Connection) -> None:
    for statement in create_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def remove(connection: Connection) -> None:
    for statement in drop_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


@contextmanager
def counted_afterwards(connection: Connection) -> Iterator[None]:
    """For a bulk load in one transaction: no per-row trigger work while rows stream in, one
    recount at the end. The triggers come back in the same transaction, so a load that fails
    or is cancelled rolls back to the triggers as they were."""
    if connection.dialect.name == "sqlite":
        # The sqlite3 driver opens its transaction at the first INSERT, so a DROP TRIGGER sent
        # before it would commit on its own and outlive a rollback: open it now.
        driver = connection.connection.driver_connection
        if driver is not None and not driver.in_transaction:
            connection.exec_driver_sql("BEGIN")
    remove(connection)
    yield
    recount(connection)
    install(connection)
