"""Counts and pages of a row source, compiled once per question and run on the bare driver.

A list asks the same questions over and over: the case board re-reads its first page and count
each time another workstation writes, the register re-reads the pages on screen. SQLAlchemy's
own cost per statement (building it, its cache key, a pooled connection and its reset, a value
processed at a time) is several times what SQLite or PostgreSQL need to answer such a page from
an index. Here each distinct question (filters, order, position) is compiled once into driver
SQL (models/db/driver_statements.py) and kept in a small memo. A page is one statement: the page's
ids chosen in a subquery (by the filters, the order and OFFSET or keyset), the shown columns
joined around just those ids. It runs on a held autocommit connection
(models/db/held_connections.py), so every read still sees the latest commit of every workstation.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import Select

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.driver_statements import DriverStatement, compile_for_driver

MEMO_SIZE = 128   # distinct questions kept per list: filters × orders × the pages scrolled


class PreparedReads:
    """The memo of compiled questions of one row source, and its rows statement."""

    def __init__(self, database: Database, rows: Select[*tuple[Any, ...]]) -> None:
        self.database = database
        self.dialect = database.engine.dialect
        self.rows = rows
        self._memo: OrderedDict[Hashable, DriverStatement] = OrderedDict()
        self._lock = threading.Lock()

    def prepared(self, key: Hashable, build: Callable[[], Select[*tuple[Any, ...]]]) -> DriverStatement:
        """The compiled form of the question `key`, compiled from `build()` the first time."""
        with self._lock:
            found = self._memo.get(key)
            if found is not None:
                self._memo.move_to_end(key)
                return found
        found = compile_for_driver(build(), self.dialect)
        with self._lock:
            self._memo[key] = found
            if len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return found

    def page_statement(self, ids: Select[*tuple[Any, ...]], sort: SqlColumn[Any],
                       ident: SqlColumn[int], descending: bool) -> Select[*tuple[Any, ...]]:
        """The shown rows of the ids `ids` selects, in the same order. The subquery never
        correlates with the outer tables: it chooses the page on its own."""
        statement = self.rows.where(self.rows.selected_columns[0].in_(ids.correlate(None)))
        if descending:
            return statement.order_by(sort.desc(), ident.desc())
        return statement.order_by(sort.asc(), ident.asc())

    def fetch(self, statement: DriverStatement) -> list[tuple[Any, ...]]:
        held = self.database.held
        return statement.rows(held.fetch_all(statement.sql, statement.parameters()))
