"""Masking of personal identifiers for roles that may not see them (PIPL; GB/T 35273).

The same functions serve the screen, the printed sheets and the exports, so a masked value
looks the same everywhere.

A mask holds only if nothing beside it gives back what it hides. A resident ID's hidden
digits (7 to 14) are its holder's birth date, so wherever an ID is masked the birth date is not
shown either: the age is (`age_on`, `age_sql`), and a birth date in the audit trail is masked
like the ID (`mask_birth_date`). Every mask keeps the value's length and replaces characters
with `*` only: the audit log's search relies on it (models/accounts/audit_trail.py).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Integer, case, cast, func, literal, or_

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


def mask_birth_date(value: str | None) -> str:
    """Every digit hidden, the shape kept: ****-**-** (the ID's hidden digits are these)."""
    return "".join(MASK if ch.isdigit() else ch for ch in value or "")


def age_on(birth: date | None, today: date) -> int | None:
    """Whole years lived on `today`: what a role that may not see identifiers reads instead of
    the birth date."""
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


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


def age_sql(dialect: str, column: SqlColumn[date | None]) -> ColumnElement[int]:
    """`age_on(column, today)` computed by the database on its own today, so a list open past
    midnight reads the new ages (NULL for no birth date). SQLite keeps dates as ISO text."""
    if dialect == "postgresql":
        return cast(func.date_part("year", func.age(func.current_date(), column)), Integer)
    this_year = cast(func.strftime("%Y", "now", "localtime"), Integer)
    born = cast(func.strftime("%Y", column), Integer)
    before_birthday = func.strftime("%m-%d", "now", "localtime") < func.strftime("%m-%d", column)
    return this_year - born - case((before_birthday, 1), else_=0)
