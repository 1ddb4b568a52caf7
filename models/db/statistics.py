"""The planner's statistics brought up to date after a load (issue 24, item 2).

A demo build, a register import, a district workbook or a contact list can write a million rows
at once. Until the database samples them again its planner believes the tables hold what they
held before (an empty person table: a sequential scan looks as good as any index), and
PostgreSQL's autovacuum samples them only some time later, SQLite never unless told. So the
loads analyse the tables they changed once their transaction has committed: ANALYZE needs no
lock that stops the other workstations, and a failure here loses nothing (the rows are in; the
statistics are only a hint), so it is logged, never raised.

SQLite's ANALYZE reads every index of a table whole (seconds at a million persons): with
`analysis_limit` it samples about a thousand rows of each, which is what its planner needs.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable

from sqlalchemy.exc import SQLAlchemyError

from models.db.database import Database

log = logging.getLogger(__name__)

SQLITE_ANALYSIS_LIMIT = 1000
_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")

# What each load writes, tallies included (their triggers update them with the rows).
REGISTER_TABLES = ("household", "person", "household_tally", "person_tally")
INTAKE_TABLES = ("household", "person", "person_case", "case_event", "contact_link",
                 "household_tally", "person_tally")
SETUP_TABLES = ("district", "police_station", "community", "facility", "vehicle", "lodging",
                "responder", "team", "team_member", "team_minimums")


def analyse(database: Database, tables: Iterable[str] | None = None) -> bool:
    """Analyse `tables` (every table when None) outside any transaction of the caller's;
    whether it was done. Call it after the load's commit, never inside it."""
    names = None if tables is None else tuple(dict.fromkeys(tables))
    if names is not None and not all(_TABLE_NAME.match(name) for name in names):
        raise ValueError(f"not a table name among {names!r}")
    started = time.perf_counter()
    try:
        with database.engine.connect() as connection:
            if database.kind == "postgresql":
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.exec_driver_sql("ANALYZE" if names is None else
                                           "ANALYZE " + ", ".join(names))
            else:
                connection.exec_driver_sql(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
                for statement in (["ANALYZE"] if names is None else
                                  [f"ANALYZE {name}" for name in names]):
                    connection.exec_driver_sql(statement)
                connection.commit()
    except SQLAlchemyError:
        log.warning("the statistics of %s were not brought up to date", names or "the database",
                    exc_info=True)
        return False
    log.info("analysed %s in %.2f s", ", ".join(names) if names else "the database",
             time.perf_counter() - started)
    return True
