"""Declarative base shared by every table.

The naming convention gives every constraint a stable name, so Alembic's batch mode on SQLite
and plain ALTERs on PostgreSQL refer to the same thing.
"""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, Table, func
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:  # every class here maps a Table (SQLAlchemy types __table__ as any FromClause)
        __table__: ClassVar[Table]


class Versioned:
    """A row people edit: a stale save raises StaleDataError instead of overwriting silently."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr protocol
        return {"version_id_col": cls.version}


class Stamped:
    """When the row was created and last changed, in the district's wall-clock time."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp(),
        onupdate=func.current_timestamp(),
    )

    audit_exclude: ClassVar[frozenset[str]] = frozenset({"created_at", "updated_at", "version"})


def enum_column(enum: type[StrEnum], name: str) -> SAEnum:
    """A VARCHAR with a CHECK constraint on both backends (no PostgreSQL native ENUM to migrate)."""
    return SAEnum(
        enum, name=name, native_enum=False, create_constraint=True, length=24,
        values_callable=lambda e: [m.value for m in e], validate_strings=True,
    )


def searched_text(length: int) -> String:
    """A VARCHAR searched by its start and sorted as stored: on PostgreSQL its collation is "C"
    (migration 0021), whatever the database's own. In any other collation PostgreSQL cannot
    serve `LIKE 'prefix%'` from a plain index (every keystroke would read the whole table), and
    it would sort these values unlike SQLite and unlike Python: a non-C locale ignores spaces,
    tabs and case at first reading, which scrambles the pinyin keys (models/pinyin.py) and
    codes. SQLite compares them byte by byte already (its BINARY collation)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")
