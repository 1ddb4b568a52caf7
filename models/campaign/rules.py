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
"""
from __future__ import annotations

from datetime import date, timedelta

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
