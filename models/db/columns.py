"""The static type of a column expression that functions composing SQL take and return."""
from __future__ import annotations

from typing import TypeAlias, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import QueryableAttribute

T = TypeVar("T")

# A mapped attribute (Person.name: an InstrumentedAttribute) or a Core expression (func.count(),
# case(...)). SQLAlchemy 2.1 types the two apart although both stand for a column in a statement.
SqlColumn: TypeAlias = ColumnElement[T] | QueryableAttribute[T]
