"""Masking of personal identifiers for roles that may not see them (PIPL; GB/T 35273).

The same functions serve the screen, the printed sheets and the exports, so a masked value
looks the same everywhere.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, case, func, literal, or_

from models.db.columns import SqlColumn

MASK = "*"


def mask_resident_id(value: str | None) -> str:
    """Keep the region (first six) and the last four: 420102********123X."""
    if not value:
        return ""
    if len(value) <= 10:
        return MASK * len(value)
    return value[:6] + MASK * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """Keep the first three and the last four digits: 138****5678."""
    if not value:
        return ""
    if len(value) <= 7:
        return MASK * len(value)
    return value[:3] + MASK * (len(value) - 7) + value[-4:]


def shown_resident_id(value: str | None, may_see: bool) -> str:
    return (value or "") if may_see else mask_resident_id(value)


def shown_phone(value: str | None, may_see: bool) -> str:
    return (value or "") if may_see else mask_phone(value)


# The same masks in SQL, for lists that read identifiers a page at a time: a role that may not
# see them never receives them from the database at all, and no row is masked in Python. They
# must equal the functions above character for character (tests/models/accounts/test_masking_sql.py).
_STARS = MASK * 20   # longer than any stored identifier (resident ID 18, phone 20)


def _masked_sql(dialect: str, column: SqlColumn[str | None], keep_start: int,
                keep_end: int) -> ColumnElement[str]:
    length = func.length(column)
    last = (func.substr(column, -keep_end) if dialect == "sqlite"
            else func.right(column, keep_end))
    return case(
        (or_(column.is_(None), column == ""), literal("")),
        (length <= keep_start + keep_end, func.substr(literal(_STARS), 1, length)),
        else_=func.substr(column, 1, keep_start)
        .concat(func.substr(literal(_STARS), 1, length - keep_start - keep_end)).concat(last))


def masked_resident_id_sql(dialect: str, column: SqlColumn[str | None]) -> ColumnElement[str]:
    """`mask_resident_id` computed by the database."""
    return _masked_sql(dialect, column, 6, 4)


def masked_phone_sql(dialect: str, column: SqlColumn[str | None]) -> ColumnElement[str]:
    """`mask_phone` computed by the database."""
    return _masked_sql(dialect, column, 3, 4)
