"""Indexes built after a bulk load into empty tables, not kept up row by row during it.

Keeping forty-odd indexes of a district (a million persons by name, resident ID, its reverse,
phone…; two million screening results; a million visits) up to date one row at a time is most
of what loading the demo costs: SQLite inserts the same rows about fifteen times faster into
bare tables. Building each index once from the loaded rows is a single sort. The indexes are
dropped and created inside the load's own transaction (both SQLite and PostgreSQL have
transactional DDL), so a load that fails or is cancelled rolls back to the indexes as they were,
and a unique index built at the end still refuses data that breaks its rule: the whole load.

Only for tables the load finds empty (the demo): on a database in use, dropping an index would
slow every other workstation's reads.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Index
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex, DropIndex

from models.base import Base


def indexes_of(tables: Iterable[str]) -> list[Index]:
    """Every declared index (not primary keys or unique constraints) of `tables`, by name."""
    wanted = set(tables)
    return sorted((index for table in Base.metadata.sorted_tables if table.name in wanted
                   for index in table.indexes), key=lambda index: str(index.name))


def drop_statements(indexes: Iterable[Index], dialect: Dialect) -> list[str]:
    return [str(DropIndex(index).compile(dialect=dialect)) for index in indexes]


def create_statements(indexes: Iterable[Index], dialect: Dialect) -> list[str]:
    return [str(CreateIndex(index).compile(dialect=dialect)) for index in indexes]


@contextmanager
def built_afterwards(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Drop the indexes of `tables` (empty, in the connection's open transaction), let the
    caller load rows, then create the indexes again from the loaded rows."""
    indexes = indexes_of(tables)
    for statement in drop_statements(indexes, connection.dialect):
        connection.exec_driver_sql(statement)
    yield
    for statement in create_statements(indexes, connection.dialect):
        connection.exec_driver_sql(statement)
