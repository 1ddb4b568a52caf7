"""Python dates and times into Qt's date edits and back, to the minute where an edit shows none
finer.

PySide converts datetime to QDateTime and back at runtime (QDateTime(value), toPython()), but its
stubs type neither (toPython() returns object): these say the same thing, typed, once.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    """A naive datetime as the same wall-clock time, as QDateTime(value) reads it."""
    return QDateTime(qdate(value), QTime(value.hour, value.minute, value.second,
                                         value.microsecond // 1000))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_minute(value: QDateTime) -> datetime:
    """The edit's time without seconds: a person types minutes, a stray second would be noise."""
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
