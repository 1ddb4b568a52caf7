"""SQLAlchemy statements compiled once into what the driver itself takes: SQL text + parameters.

A list's page answers from an index in a few tenths of a millisecond; building the statement,
caching its compiled form, checking out a pooled connection and processing every value of the
result through SQLAlchemy costs several times that. Statements a screen re-runs all day (the
case board's first page on every change of another workstation, a page of the register) are
compiled here once into plain SQL and driver parameters, run on a held driver connection
(models/db/held_connections.py), and their rows are turned into Python values with the same type
processors SQLAlchemy would use (a SQLite timestamp string becomes a datetime) — nothing else.

Stored enums (`native_enum=False`) are read back as their plain stored strings, which is what
the lists show anyway.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Enum, Select
from sqlalchemy.engine import Dialect

_EXPANDED = re.compile(r"^(.*)_\d+$")


@dataclass(frozen=True)
class DriverStatement:
    """SQL as the driver runs it, its bound values already processed, and how to read rows."""
    sql: str
    positions: tuple[str, ...] | None        # parameter names in order (qmark), None if named
    values: dict[str, Any]                   # processed values bound at compile time
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column, result processor)

    def parameters(self, given: dict[str, Any] | None = None) -> tuple[Any, ...] | dict[str, Any]:
        values = {**self.values, **given} if given else self.values
        if self.positions is None:
            return values
        return tuple(values[name] for name in self.positions)

    def rows(self, fetched: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The driver's rows with each value as SQLAlchemy would have returned it (the type
        processors take None as it is)."""
        if not self.processors or not fetched:
            return list(fetched)   # both drivers give tuples already
        columns: list[Iterable[Any]] = list(zip(*fetched))   # a column at a time: C loops
        for index, process in self.processors:
            columns[index] = map(process, columns[index])
        return list(zip(*columns))


def compile_for_driver(statement: Select[*tuple[Any, ...]], dialect: Dialect) -> DriverStatement:
    """`statement` as plain SQL with its values processed by their types' bind processors. A
    bind parameter without a value (None here) is given at run time: `parameters(given)`."""
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values: dict[str, Any] = {}
    for name, value in compiled.params.items():
        bind = compiled.binds.get(name)
        if bind is None:   # an expanded IN element: name_1_2 belongs to name_1
            match = _EXPANDED.match(name)
            bind = compiled.binds.get(match.group(1)) if match else None
        process = (bind.type.dialect_impl(dialect).bind_processor(dialect)
                   if bind is not None else None)
        values[name] = process(value) if process is not None and value is not None else value
    positions = (tuple(compiled.positiontup or ()) if compiled.positional else None)
    processors = []
    for index, selected in enumerate(statement.selected_columns):
        if isinstance(selected.type, Enum):
            continue   # stored as its value's string: already what the lists show
        process = selected.type.dialect_impl(dialect).result_processor(dialect, None)
        if process is not None:
            processors.append((index, process))
    return DriverStatement(compiled.string, positions, values, tuple(processors))
