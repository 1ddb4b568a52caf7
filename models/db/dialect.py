"""SQL expressions the two backends spell differently, written once for the row sources."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class minutes_between(FunctionElement[float]):  # noqa: N801 - reads like the SQL function it is
    """Minutes from the first timestamp to the second (NULL if either is NULL)."""
    type = Float()
    inherit_cache = True
    name = "minutes_between"


@compiles(minutes_between, "sqlite")
def _minutes_sqlite(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 1440.0)"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0 AS DOUBLE PRECISION)"


class day_of(FunctionElement[Any]):  # noqa: N801
    """The calendar day of a timestamp, read back as a `date` on both backends."""
    type = Date()
    inherit_cache = True
    name = "day_of"


@compiles(day_of, "sqlite")
def _day_sqlite(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    (moment,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"date({moment})"


@compiles(day_of, "postgresql")
def _day_postgresql(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    (moment,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST({moment} AS DATE)"


class seldom(FunctionElement[bool]):  # noqa: N801
    """A condition true of few rows, though the statistics cannot tell which.

    SQLite's statistics (sqlite_stat1) keep one average number of rows per value of an index:
    a district's trips are nearly all delivered, so `status IN (the steps under way)` looks as
    if it matched thousands of rows and the planner reads the whole table instead of the status
    index. `likelihood()` tells it the truth and is removed by SQLite's code generator; no index
    is lost.
    PostgreSQL keeps each common value's frequency and needs no hint. (Untyped: a Boolean
    would be compared with 1 on SQLite, and the comparison hides the hint from the planner.)"""
    inherit_cache = True
    name = "seldom"


@compiles(seldom, "sqlite")
def _seldom_sqlite(element: seldom, compiler: SQLCompiler, **kw: Any) -> str:
    (condition,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"likelihood({condition}, 0.001)"


@compiles(seldom, "postgresql")
def _seldom_postgresql(element: seldom, compiler: SQLCompiler, **kw: Any) -> str:
    (condition,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"({condition})"
