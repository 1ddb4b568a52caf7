"""Coverage counters the database keeps as visits and screenings are written.

At district scale the coverage figures are distinct counts over a million visits and two
million screening results: half a second for a page of communities and five seconds for the
dashboard's "persons screened" curve. These three tables hold the same figures already counted,
and triggers (models/communities/tallies_triggers.py) keep them right on every write, whoever writes: the
visit dialog, a bulk load, a second workstation, psql.

* household_tally: per visited household, its visits, done and finished visits, first visit with
  an outcome and last visit. A household nobody has knocked at yet has no row.
* person_tally: per screened person, the results and the first time they were screened.
* community_day_tally: per community and day, visits, households done for the first time and
  persons screened for the first time. Summed over days they give the community's totals.

`recount` rebuilds all three from the raw rows in set-based SQL: the migration fills them with
it, the demo build calls it once after loading with the triggers off, and the tests compare the
triggers' work against it.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, ForeignKey, Index, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import VisitOutcome
from models.schema.base import Base

# The same rules as models.communities.coverage (which imports these): kept here so the trigger SQL does not
# depend on the query layer.
DONE_OUTCOMES: tuple[str, ...] = (VisitOutcome.SCREENED.value, VisitOutcome.REFUSED.value,
                                  VisitOutcome.MOVED_OUT.value)
FINISHED_OUTCOMES: tuple[str, ...] = (VisitOutcome.SCREENED.value, VisitOutcome.MOVED_OUT.value)

TALLY_TABLES = ("community_day_tally", "household_tally", "person_tally")


class HouseholdTally(Base):
    __tablename__ = "household_tally"
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), primary_key=True)
    community_id: Mapped[int] = mapped_column(Integer)
    visits: Mapped[int] = mapped_column(Integer, server_default="0")
    done_visits: Mapped[int] = mapped_column(Integer, server_default="0")
    finished_visits: Mapped[int] = mapped_column(Integer, server_default="0")
    first_done_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        # "Revisits due" is a range count per community: unfinished, last knock before a time.
        Index("ix_household_tally_due", "community_id", "finished_visits", "last_visit_at"),
    )


class PersonTally(Base):
    __tablename__ = "person_tally"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    community_id: Mapped[int] = mapped_column(Integer)
    results: Mapped[int] = mapped_column(Integer, server_default="0")
    first_screened_at: Mapped[datetime | None] = mapped_column(DateTime)


class CommunityDayTally(Base):
    __tablename__ = "community_day_tally"
    community_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    visits: Mapped[int] = mapped_column(Integer, server_default="0")
    households_first_done: Mapped[int] = mapped_column(Integer, server_default="0")
    persons_first_screened: Mapped[int] = mapped_column(Integer, server_default="0")


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


def snapshot(connection: Connection) -> dict[str, set[tuple[Any, ...]]]:
    """Every tally row as plain values (day rows that count nothing left out: a row emptied by a
    delete is the same figure as no row), for comparing the triggers' work with a recount."""
    rows: dict[str, set[tuple[Any, ...]]] = {}
    for table, order in (("household_tally", "household_id"), ("person_tally", "person_id"),
                         ("community_day_tally", "community_id, day")):
        where = (" WHERE visits <> 0 OR households_first_done <> 0 OR persons_first_screened <> 0"
                 if table == "community_day_tally" else "")
        rows[table] = {tuple(str(value) if isinstance(value, (date, datetime)) else value
                             for value in row)
                       for row in connection.execute(text(f"SELECT * FROM {table}{where}"
                                                          f" ORDER BY {order}"))}
    return rows
