"""The demo's time: whole minutes since 00:00 of the first of its days.

Minutes are plain ints, so scheduling is integer arithmetic and a timestamp becomes text only
once, by looking it up in a precomputed table. The text is the form SQLAlchemy itself stores on
SQLite ("YYYY-MM-DD HH:MM:SS.ffffff") and PostgreSQL's COPY reads, so rows written in bulk
compare and sort exactly like rows the application writes later.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 1440
# A day given without a time (the benchmark's fixed 2020-02-20) ends at 18:00: trips still out.
EVENING_HOUR = 18


def evening_of(day: date) -> datetime:
    """The end instant a day stands for when no time is given."""
    return datetime.combine(day, time(EVENING_HOUR))


def office_hours(minute: int) -> int:
    """The same moment, or the next opening hour if it falls at night: discharges, clearances
    and persuasion visits happen by day. Never earlier than given, so causes precede effects."""
    clock = minute % MINUTES_PER_DAY
    if clock < 480:
        return minute - clock + 480 + clock // 4
    if clock >= 1080:
        return minute - clock + MINUTES_PER_DAY + 480 + (clock - 1080) // 3
    return minute


def stamp(moment: datetime) -> str:
    return moment.isoformat(" ", "microseconds")


class Clock:
    """`end` is the instant the history ends (the build's "now", to the minute): its day is the
    last of the `days`, and `now` is that instant in minutes. Every generator writes nothing
    later than `now` (plans, like a shift under way, may end later)."""

    def __init__(self, end: datetime, days: int) -> None:
        self.end = end.replace(second=0, microsecond=0)
        self.today = end.date()
        self.days = days
        self.first_day = self.today - timedelta(days=days - 1)
        self.now = (days - 1) * MINUTES_PER_DAY + end.hour * 60 + end.minute
        start = datetime.combine(self.first_day, datetime.min.time())
        self._start = start
        self.day_texts: list[str] = [(self.first_day + timedelta(days=d)).isoformat()
                                     for d in range(days + 1)]
        clock_texts = [f"{h:02d}:{m:02d}:00.000000" for h in range(24) for m in range(60)]
        # Two extra days: a trip ordered late on the last day is timed past midnight.
        self.stamps: list[str] = [f"{day} {hm}" for day in
                                  [(self.first_day + timedelta(days=d)).isoformat()
                                   for d in range(days + 2)] for hm in clock_texts]
        # The register and the rosters existed before the campaign's first day.
        self.before = stamp(start - timedelta(days=20) + timedelta(hours=9))

    def at(self, minute: int) -> str:
        """The timestamp text of a minute (any int, also outside the precomputed days)."""
        if 0 <= minute < len(self.stamps):
            return self.stamps[minute]
        return stamp(self._start + timedelta(minutes=minute))

    def day_of(self, minute: int) -> int:
        return minute // MINUTES_PER_DAY

    def date_text(self, day: int) -> str:
        return self.day_texts[day] if 0 <= day < len(self.day_texts) else \
            (self.first_day + timedelta(days=day)).isoformat()

    def compact_date(self, day: int) -> str:
        """YYYYMMDD, for transfer sheet numbers."""
        return self.date_text(day).replace("-", "")
