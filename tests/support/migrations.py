"""Rows written into an old schema's tables, for the tests that migrate them forward."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Connection, DateTime, Integer, Numeric, Table

T0 = datetime(2020, 2, 10, 9, 0)


def old_row(connection: Connection, table: Table, values: dict[str, object]) -> int:
    """Insert a row into an old schema's table; required columns not given get a plain value
    of their type (the test reads only the columns it names)."""
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.primary_key \
                or column.server_default is not None:
            continue
        kind = column.type
        row[column.name] = (T0 if isinstance(kind, DateTime) else False if isinstance(kind, Boolean)
                            else 0 if isinstance(kind, Integer | Numeric) else "")
    key = connection.execute(table.insert().values(row)).inserted_primary_key
    assert key is not None
    return int(key[0])
