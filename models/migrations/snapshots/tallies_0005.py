"""The coverage tallies' counting SQL and triggers exactly as migration 0005 installed them.

A frozen copy of models/schema/tallies.py (recount) and models/communities/tallies_triggers.py
(install, remove) at that revision: a migration never imports the live code, so a later change
to the triggers comes with a migration of its own and cannot change what 0005 did."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

DONE_OUTCOMES: tuple[str, ...] = ("screened", "refused", "moved_out")
FINISHED_OUTCOMES: tuple[str, ...] = ("screened", "moved_out")
TALLY_TABLES = ("community_day_tally", "household_tally", "person_tally")


def day_sql(kind: str, expression: str) -> str:
    """The calendar day of a timestamp, as each backend spells it (SQLite stores 'YYYY-MM-DD')."""
    return f"CAST({expression} AS date)" if kind == "postgresql" else f"date({expression})"


def in_list(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


def recount_statements(kind: str) -> list[str]:
    """Empty the tallies and count them again from visit, screening_result, household, person."""
    done, finished = in_list(DONE_OUTCOMES), in_list(FINISHED_OUTCOMES)
    return [
        "DELETE FROM community_day_tally", "DELETE FROM household_tally",
        "DELETE FROM person_tally",
        "INSERT INTO household_tally (household_id, community_id, visits, done_visits, "
        "finished_visits, first_done_at, last_visit_at) "
        "SELECT v.household_id, h.community_id, count(*), "
        f"sum(CASE WHEN v.outcome IN {done} THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN v.outcome IN {finished} THEN 1 ELSE 0 END), "
        f"min(CASE WHEN v.outcome IN {done} THEN v.visited_at END), max(v.visited_at) "
        "FROM visit v JOIN household h ON h.id = v.household_id "
        "GROUP BY v.household_id, h.community_id",
        "INSERT INTO person_tally (person_id, community_id, results, first_screened_at) "
        "SELECT r.person_id, p.community_id, count(*), min(v.visited_at) "
        "FROM screening_result r JOIN visit v ON v.id = r.visit_id "
        "JOIN person p ON p.id = r.person_id GROUP BY r.person_id, p.community_id",
        "INSERT INTO community_day_tally (community_id, day, visits, households_first_done, "
        "persons_first_screened) SELECT community_id, day, sum(visits), sum(done), "
        "sum(screened) FROM ("
        f"SELECT community_id, {day_sql(kind, 'visited_at')} AS day, count(*) AS visits, "
        "0 AS done, 0 AS screened FROM visit "
        f"GROUP BY community_id, {day_sql(kind, 'visited_at')} "
        f"UNION ALL SELECT community_id, {day_sql(kind, 'first_done_at')}, 0, count(*), 0 "
        "FROM household_tally WHERE first_done_at IS NOT NULL "
        f"GROUP BY community_id, {day_sql(kind, 'first_done_at')} "
        f"UNION ALL SELECT community_id, {day_sql(kind, 'first_screened_at')}, 0, 0, count(*) "
        "FROM person_tally WHERE first_screened_at IS NOT NULL "
        f"GROUP BY community_id, {day_sql(kind, 'first_screened_at')}"
        ") AS counted GROUP BY community_id, day",
    ]


def recount(connection: Connection) -> None:
    """Rebuild every tally from the raw rows, in the caller's transaction."""
    for statement in recount_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


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
