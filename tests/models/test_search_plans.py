"""Every search shape is an index seek on both backends, whatever the database's collation.

The test cluster runs in zh_CN.UTF-8 (tests/support/postgres_cluster.py): there PostgreSQL
serves `LIKE 'prefix%'` from a plain index only on the "C" columns of migration 0021, so a
searched column left in the database's collation shows here as a sequential scan of the whole
person table. Twenty thousand persons (and cases) are loaded in bulk and the statistics taken
(models/db/statistics.py), so a sequential scan is what the planner would really choose, not a
small table's shortcut; nothing forces the planner's hand (no `enable_seqscan`). SQLite's plans
must show no `SCAN person` (nor of person_case): its LIKE never uses an index, the ranges do.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, func, insert, select

from models.cases.rows import CaseRows
from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from models.db.row_source import Filters, SortOrder, SqlRowSource
from models.db.statistics import analyse
from models.enums import CaseCategory, CaseStatus
from models.pinyin import name_key
from models.register.person_search import prepared_search
from models.register.rows import PersonRows
from models.schema import Case, Person
from tests.support.factories import NOW, make_place

PERSONS = 20_000
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
SCANNED = ("person", "person_case")


def resident_id(n: int) -> str:
    return f"420102{1950 + n % 50}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}{n % 10}"


def load(database: Database) -> None:
    """PERSONS persons in one household, each with a case (half of them open), then ANALYZE."""
    with database.sessions.begin() as session:
        place = make_place(session)
        people = []
        for n in range(PERSONS):
            name = SURNAMES[n % 10] + GIVEN[n // 10 % 20] + GIVEN[n // 200 % 20]
            rid = resident_id(n)
            people.append({"household_id": place.household_id, "community_id": place.community_id,
                           "name": name, "name_pinyin": name_key(name), "resident_id": rid,
                           "resident_id_reversed": rid[::-1], "phone": f"138{n:08d}"})
        session.execute(insert(Person), people)
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        session.execute(insert(Case), [
            {"person_id": ident, "community_id": place.community_id,
             "category": CaseCategory.FEVER, "status": CaseStatus.IDENTIFIED,
             "opened_at": NOW, "status_since": NOW + timedelta(minutes=n),
             "category_since": NOW, "is_open": n % 2 == 0}
            for n, ident in enumerate(ids)])
    assert analyse(database)


def plan(database: Database, sql: str, parameters: Any) -> str:
    """The plan of a statement as the driver runs it, as one text."""
    explain = "EXPLAIN " if database.kind == "postgresql" else "EXPLAIN QUERY PLAN "
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(explain + sql, parameters).all()
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)


def scans(database: Database, text: str, tables: tuple[str, ...] = SCANNED) -> list[str]:
    """The plan's lines that read one of `tables` whole."""
    if database.kind == "postgresql":
        pattern = re.compile(rf"Seq Scan on ({'|'.join(tables)})\b")
    else:   # SQLite: "SCAN person" reads the table; "SEARCH person USING INDEX" seeks
        pattern = re.compile(rf"\bSCAN ({'|'.join(tables)})\b(?! USING (COVERING )?INDEX)")
    return [line for line in text.splitlines() if pattern.search(line)]


def statement_plan(database: Database, statement: Select[Any]) -> str:
    compiled = compile_for_driver(statement, database.engine.dialect)
    return plan(database, compiled.sql, compiled.parameters())


SEARCHES = {
    "a common surname": "王",
    "a name's start": "王伟",
    "a whole name": "王伟芳",
    "the last digits of an ID": "5724",
    "an ID tail or a phone's start": "13800001",
    "a whole resident ID": resident_id(1234),
}


def person_rows(database: Database) -> SqlRowSource:
    return PersonRows(database, sees_full=True)


def case_rows(database: Database) -> SqlRowSource:
    return CaseRows(database)


LISTS: dict[str, tuple[Callable[[Database], SqlRowSource], tuple[str, ...]]] = {
    "register": (person_rows, ("id", "name")),
    "case board": (case_rows, ("status_since", "person")),
}
FILTERS: dict[str, Filters] = {
    **{f"text: {shape}": {"text": text} for shape, text in SEARCHES.items()},
    "name: a common surname": {"name": "王"},
    "name: a name's start": {"name": "王伟"},
}


def search_plans(database: Database) -> dict[str, str]:
    """The person search box (a role seeing identifiers, and one that may not), each shape."""
    plans = {}
    for masked in (False, True):
        for shape, text in {**SEARCHES, "a whole phone": "13800001234"}.items():
            prepared = prepared_search(database.engine.dialect, text, masked=masked)
            if prepared is not None:    # None: a fragment a masked role may not search by
                plans[f"person search{' (masked)' if masked else ''}, {shape}"] = \
                    plan(database, *prepared)
    return plans


def list_plans(database: Database) -> dict[str, str]:
    """The register's and the case board's search boxes: under every filter, a page in each of
    their orders both ways (the first, and the next by keyset), and the count."""
    plans = {}
    for listed, (make, orders) in LISTS.items():
        source = make(database)
        for name, filters in FILTERS.items():
            for column in orders:
                after = {"id": None, "name": ("m", 10 ** 9), "person": ("m", 10 ** 9),
                         "status_since": (NOW + timedelta(days=1), 10 ** 9)}[column]
                for descending in (False, True):
                    for seek in dict.fromkeys((None, after)):
                        plans[f"{listed}, {name}, by {column}{' desc' if descending else ''}"
                              f"{', next page' if seek else ''}"] = statement_plan(
                            database, source._page_ids(filters, column, descending, 0, 50, seek))
            plans[f"{listed}, {name}, count"] = statement_plan(   # what SqlRowSource.count runs
                database, select(func.count()).select_from(
                    source.filtered_ids(filters, None).subquery()))
    return plans


def never_scanned(database: Database, shape: str) -> tuple[str, ...]:
    """The tables a shape's plan must not read whole. Every shape seeks the persons. The cases
    of persons found by a broad start (hundreds of a surname, a thousand phones of one prefix)
    PostgreSQL may read by hashing the case table in one pass rather than by hundreds of index
    probes: its cost model's honest choice, and cheap at any campaign's size (cases are some
    5 % of persons: 48,000 at district scale, read in a few milliseconds)."""
    broad = any(words in shape for words in BROAD)
    return ("person",) if broad and database.kind == "postgresql" else SCANNED


BROAD = ("a common surname", "a name's start", "an ID tail or a phone's start")


def test_every_search_shape_seeks(database: Database) -> None:
    load(database)
    plans = {**search_plans(database), **list_plans(database)}
    scanned = {shape: found for shape, found in plans.items()
               if scans(database, found, never_scanned(database, shape))}
    assert scanned == {}, "\n\n".join(f"{shape}:\n{found}" for shape, found in scanned.items())
    assert len(plans) > 60


def test_ordered_like_the_pinyin_key(database: Database) -> None:
    """The register's name order is the pinyin key's own order (models/pinyin.py), bytewise as
    Python compares it, on PostgreSQL in zh_CN.UTF-8 as on SQLite: a locale's collation would
    skip the key's space and tab and put 连 (lian) before 李安 (li an)."""
    with database.sessions.begin() as session:
        place = make_place(session)
        for name in ("连", "李安", "李", "Li", "li"):
            session.add(Person(household_id=place.household_id, community_id=place.community_id,
                               name=name))
    rows = PersonRows(database, sees_full=True).page({}, SortOrder("name"), 0, 10)
    names = [row[1] for row in rows]
    assert names == sorted(names, key=name_key)
    assert names.index("李安") < names.index("连")
