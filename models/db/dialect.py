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
