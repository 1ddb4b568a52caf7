"""One read, one round trip: a SQLAlchemy SELECT run on a held autocommit driver connection.

A read in a pooled session costs a workstation at a police station four waits for the server
where the statement needs one: the pool's ping, BEGIN, the statement, ROLLBACK. At 50 ms each
way that is 400 ms for a count that PostgreSQL answers in a millisecond (bench/slow_link.py).
A screen's refresh reads here instead: its statement compiled for the driver
(driver_statements.py) and sent alone on a held connection (held_connections.py), which runs in
autocommit, so the read still sees every workstation's latest commit.

`fetch_held` compiles its statement at each call (a millisecond for a count). A page whose
statement takes longer to compile than to run is asked through `HeldQuestions`: compiled once per
question, with the values that change between refreshes (the clock) given at each run, already
in the driver's form (`driver_value`: a SQLite timestamp is text).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Date, DateTime, Select
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from models.db.database import Database
from models.db.driver_statements import DriverStatement, compile_for_driver
from models.db.questions import Question

MEMO_SIZE = 128   # as prepared_pages.py: filters × orders × the pages scrolled


def fetch_held(database: Database, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Every row of `statement`, as SQLAlchemy would return them, in one round trip."""
    compiled = compile_for_driver(statement, database.engine.dialect)
    return compiled.rows(database.held.fetch_all(compiled.sql, compiled.parameters()))


def ask_held(database: Database, questions: Sequence[Question[Any]]) -> list[Any]:
    """Each question's answer, in order, all asked in one wait for the server (pipelined on
    PostgreSQL: models/db/held_connections.py): a screen of a dozen figures costs a station
    over a slow link one round trip, not a dozen."""
    compiled = [_compiled(database.engine.dialect, question) for question in questions]
    fetched = database.held.fetch_batch(
        [(statement.sql, statement.parameters(_driver_values(database, question.given) or None))
         for question, statement in zip(questions, compiled, strict=True)])
    return [question.read(statement.rows(rows))
            for question, statement, rows in zip(questions, compiled, fetched, strict=True)]


def _driver_values(database: Database, given: Mapping[str, Any]) -> dict[str, Any]:
    """Values given by name as the driver takes them (a moment is text on SQLite)."""
    return {name: driver_value(database, DateTime() if isinstance(value, datetime) else Date(),
                               value) if isinstance(value, date) else value
            for name, value in given.items()}


_KEPT: WeakKeyDictionary[Dialect, OrderedDict[Hashable, DriverStatement]] = WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def _compiled(dialect: Dialect, question: Question[Any]) -> DriverStatement:
    """The question compiled for `dialect`: once per key (the last MEMO_SIZE kept)."""
    if question.key is None:
        return compile_for_driver(question.build(), dialect)
    with _KEPT_LOCK:
        kept = _KEPT.setdefault(dialect, OrderedDict())
        found = kept.get(question.key)
        if found is not None:
            kept.move_to_end(question.key)
            return found
    found = compile_for_driver(question.build(), dialect)
    with _KEPT_LOCK:
        kept[question.key] = found
        if len(kept) > MEMO_SIZE:
            kept.popitem(last=False)
    return found


def fetch_compiled(database: Database, compiled: DriverStatement,
                   given: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows of a statement compiled once, `given` (driver values) in place of its own."""
    return compiled.rows(database.held.fetch_all(compiled.sql, compiled.parameters(given)))


def driver_value(database: Database, kind: TypeEngine[Any], value: Any) -> Any:
    """`value` as SQLAlchemy would hand it to the driver for a parameter of type `kind`."""
    dialect = database.engine.dialect
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process is not None and value is not None else value


class HeldQuestions:
    """The compiled questions of one list, kept by key; each asked in one round trip."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._memo: OrderedDict[Hashable, DriverStatement] = OrderedDict()
        self._lock = threading.Lock()

    def fetch(self, key: Hashable, build: Callable[[], Select[*tuple[Any, ...]]],
              given: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of the question `key` (compiled from `build()` the first time), with `given`
        (driver values, by parameter name) in place of the values it was compiled with."""
        with self._lock:
            compiled = self._memo.get(key)
            if compiled is not None:
                self._memo.move_to_end(key)
        if compiled is None:
            compiled = compile_for_driver(build(), self.database.engine.dialect)
            with self._lock:
                self._memo[key] = compiled
                if len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        return compiled.rows(self.database.held.fetch_all(compiled.sql,
                                                          compiled.parameters(given)))
