"""Indexes (and on PostgreSQL foreign keys) built after a bulk load into empty tables, not kept
up row by row during it.

Keeping forty-odd indexes of a district (a million persons by name, resident ID, its reverse,
phone…; two million screening results; a million visits) up to date one row at a time is most
of what loading the demo costs on SQLite: it inserts the same rows about fifteen times faster
into bare tables, and building each index once from the loaded rows is a single sort. On
PostgreSQL each row's foreign keys are also checked one lookup at a time (a million rows with
one foreign key: 2.2 s bare, 12.5 s checked); adding the constraint after the load checks every
row in one join. All of it is dropped and created inside the load's own transaction (both
databases have transactional DDL), so a load that fails or is cancelled rolls back to the schema
as it was, and a unique index or a foreign key added at the end still refuses rows that break
its rule: the whole load.

Only for tables the load finds empty (the demo): on a database in use, dropping an index would
slow every other workstation's reads.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, ForeignKeyConstraint, Index
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import AddConstraint, CreateIndex, DropConstraint, DropIndex

from models.db.login_mode import is_owner
from models.schema.base import Base


def indexes_of(tables: Iterable[str]) -> list[Index]:
    """Every declared index (not primary keys or unique constraints) of `tables`, by name."""
    wanted = set(tables)
    return sorted((index for table in Base.metadata.sorted_tables if table.name in wanted
                   for index in table.indexes), key=lambda index: str(index.name))


def foreign_keys_of(tables: Iterable[str]) -> list[ForeignKeyConstraint]:
    wanted = set(tables)
    return sorted((key for table in Base.metadata.sorted_tables if table.name in wanted
                   for key in table.foreign_key_constraints), key=lambda key: str(key.name))


def before_and_after(tables: Iterable[str], dialect: Dialect) -> tuple[list[str], list[str]]:
    """The DDL to run before a bulk load into the empty `tables`, and after it."""
    tables = list(tables)
    indexes = indexes_of(tables)
    keys = foreign_keys_of(tables) if dialect.name == "postgresql" else []
    before = ([str(DropConstraint(key).compile(dialect=dialect)) for key in keys]
              + [str(DropIndex(index).compile(dialect=dialect)) for index in indexes])
    after = ([str(CreateIndex(index).compile(dialect=dialect)) for index in indexes]
             + [str(AddConstraint(key).compile(dialect=dialect)) for key in keys])
    return before, after


@contextmanager
def built_afterwards(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Drop the indexes (and foreign keys) of `tables`, empty, in the connection's open
    transaction; let the caller load rows; then build them again from the loaded rows. On
    PostgreSQL only the tables' owner may drop an index: a person's own login on a
    role-enforced database (models/db/login_mode.py) loads into the tables as they are."""
    if connection.dialect.name == "postgresql" and not is_owner(connection):
        yield
        return
    before, after = before_and_after(tables, connection.dialect)
    for statement in before:
        connection.exec_driver_sql(statement)
    yield
    for statement in after:
        connection.exec_driver_sql(statement)
