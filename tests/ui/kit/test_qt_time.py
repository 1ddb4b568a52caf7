"""Python dates and times through Qt's date edits and back: the same wall-clock day and minute."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from ui.kit.qt_time import qdate, qdatetime, to_date, to_minute


def test_a_day_round_trips() -> None:
    assert qdate(date(2020, 2, 29)) == QDate(2020, 2, 29)
    assert to_date(QDate(2020, 2, 29)) == date(2020, 2, 29)


def test_a_moment_goes_in_whole_and_comes_back_to_the_minute() -> None:
    moment = datetime(2020, 2, 20, 9, 41, 7, 250_000)
    assert qdatetime(moment) == QDateTime(QDate(2020, 2, 20), QTime(9, 41, 7, 250))
    assert to_minute(qdatetime(moment)) == datetime(2020, 2, 20, 9, 41)
