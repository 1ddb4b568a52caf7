"""The campaign's arithmetic, as plain functions: the screens, the paper, the wall and the
command line all count the same way.

* A campaign runs from its first day to its deadline, both whole days (N = deadline − start + 1).
* Open doors are households in the register without an outcome yet (models/communities/
  coverage.py `open_doors`: the same "done" as coverage, from the day tallies).
* The planned line: of the doors open when the campaign started, an equal share each day, so
  that by the end of campaign day k, ceil(open × k / N) are planned done; none are left at the
  deadline.
* Today's target: the doors still open this morning over the days left, today included,
  rounded up (a community ahead of the line has a smaller one, one behind a larger one).
* Behind: done since the start below what the line planned by the end of yesterday. A day in
  progress is not held against anyone: at 08:00 nobody has knocked yet today.
* Judged when: now, unless the database's records stop on an earlier day (an old file opened
  later, a copy taken home, the demo opened days after it was built): then on the last day with
  a visit recorded, as the campaign stood when its records stop — not "over, and every
  community behind" because days passed with nobody recording. The countdown is the wall
  clock's all the same: it never says time is left once the deadline has passed.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.enums import CampaignPhase

NAME_LIMIT = 64
REPLY_LIMIT = 2000


def campaign_days(starts_on: date, deadline: date) -> int:
    return (deadline - starts_on).days + 1


def day_number(starts_on: date, today: date) -> int:
    """Today's campaign day, 1-based (0 before it starts; past N after its deadline)."""
    return (today - starts_on).days + 1


def phase(starts_on: date, deadline: date, today: date) -> CampaignPhase:
    if today < starts_on:
        return CampaignPhase.UPCOMING
    return CampaignPhase.RUNNING if today <= deadline else CampaignPhase.OVER


def days_left(deadline: date, today: date) -> int:
    """Days the sweep still has, today included (0 once the deadline has passed)."""
    return max((deadline - today).days + 1, 0)


def ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def daily_target(open_doors: int, left: int) -> int:
    """Doors to settle today so that none are open at the deadline."""
    if left <= 0 or open_doors <= 0:
        return 0
    return ceil_div(open_doors, left)


def planned_line(open_at_start: int, days: int) -> tuple[int, ...]:
    """Doors planned done by the end of each campaign day (cumulative; the last is all)."""
    return tuple(ceil_div(open_at_start * k, days) for k in range(1, days + 1))


def planned_by(line: tuple[int, ...], days_over: int) -> int:
    """What the line planned by the end of the `days_over`-th day (0 before the first ends)."""
    if days_over <= 0:
        return 0
    return line[min(days_over, len(line)) - 1]


def is_behind(done_to_date: int, planned_to_date: int) -> bool:
    return done_to_date < planned_to_date


def dates(starts_on: date, deadline: date) -> tuple[date, ...]:
    return tuple(starts_on + timedelta(days=k) for k in range(campaign_days(starts_on, deadline)))


ONE_DAY = timedelta(days=1)


def judged_at(last_record_day: date | None, now: datetime) -> datetime:
    """The moment a campaign's figures are worked out at: `now`, or — when the records stop
    before yesterday — the last moment of the last day with a visit recorded, that day being
    the campaign's day in progress (its share not yet held against anyone, as on the day
    itself: a copy may have been taken at noon). A live morning before the first knock, its
    records ending yesterday, is judged now."""
    if last_record_day is None or last_record_day + ONE_DAY >= now.date():
        return now
    return datetime.combine(last_record_day, time(23, 59, 59))
