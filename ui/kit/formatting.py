"""How a row value of each column kind reads on screen, in the interface's locale."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from controllers.browse import Kind
from controllers.browse.system_text import render
from controllers.teams.words import crew_text
from controllers.transfers.words import accepts_text
from ui.kit.labels import TABLES, label

NUMERIC_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.MINUTES})


def count(value: int) -> str:
    return QLocale().toString(int(value))


def percent(value: float) -> str:
    return QLocale().toString(float(value), "f", 1) + QLocale().percent()


def minutes(value: float) -> str:
    """A duration never reads negative: a moment a little ahead of this clock is "0 min"."""
    return QCoreApplication.translate("Format", "%1 min").replace(
        "%1", QLocale().toString(max(0, round(float(value)))))


def duration(span: timedelta) -> str:
    """How long, to the unit that matters at that length ("35 min", "6 h", "2 d 3 h"); never
    negative: a moment a little ahead of this clock is "0 min"."""
    whole = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(whole, 1440)
    hours = rest // 60
    locale = QLocale()
    if days:
        text = QCoreApplication.translate("Format", "%1 d %2 h") if hours else \
            QCoreApplication.translate("Format", "%1 d")
        return text.replace("%1", locale.toString(days)).replace("%2", locale.toString(hours))
    if hours:
        return QCoreApplication.translate("Format", "%1 h").replace("%1", locale.toString(hours))
    return minutes(whole)


def moment(value: datetime) -> str:
    """Month, day and time: the campaign lives inside one season, the year is noise."""
    qt_value = QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute, value.second))
    return QLocale().toString(qt_value, QCoreApplication.translate("Format", "MM-dd HH:mm"))


def day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QCoreApplication.translate("Format", "MMM d"))


def display(kind: Kind, value: Any) -> str:
    if value is None:
        return ""
    if kind in TABLES:
        return label(kind, value)
    if kind is Kind.COUNT:
        return count(value)
    if kind is Kind.PERCENT:
        return percent(value)
    if kind is Kind.MINUTES:
        return minutes(value)
    if kind is Kind.DATETIME and isinstance(value, datetime):
        return moment(value)
    if kind is Kind.WRITTEN:
        return render(str(value))
    if kind is Kind.CATEGORIES:
        return accepts_text(value)
    if kind is Kind.COMPOSITION:
        return crew_text(value)
    return str(value)


def alignment(kind: Kind) -> Qt.AlignmentFlag:
    return _ALIGNMENTS[kind]


_ALIGNMENTS = {kind: (Qt.AlignmentFlag.AlignRight if kind in NUMERIC_KINDS
                      else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
               for kind in Kind}
