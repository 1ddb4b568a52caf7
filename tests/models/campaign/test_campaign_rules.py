"""The campaign's arithmetic: the planned line, today's target, behind."""
from __future__ import annotations

from datetime import date

from models.campaign import rules
from models.enums import CampaignPhase


def test_the_planned_line_settles_every_open_door_by_the_deadline() -> None:
    assert rules.planned_line(10, 3) == (4, 7, 10)
    assert rules.planned_line(0, 3) == (0, 0, 0)
    assert rules.planned_line(5, 1) == (5,)
    assert rules.planned_by((4, 7, 10), 0) == 0
    assert rules.planned_by((4, 7, 10), 2) == 7
    assert rules.planned_by((4, 7, 10), 9) == 10


def test_the_daily_target_is_the_open_doors_over_the_days_left_rounded_up() -> None:
    assert rules.daily_target(10, 3) == 4
    assert rules.daily_target(7, 1) == 7
    assert rules.daily_target(0, 3) == 0
    assert rules.daily_target(5, 0) == 0      # past the deadline: no target


def test_days_and_phase() -> None:
    start, deadline = date(2020, 2, 17), date(2020, 2, 19)
    assert rules.campaign_days(start, deadline) == 3
    assert rules.days_left(deadline, date(2020, 2, 17)) == 3
    assert rules.days_left(deadline, date(2020, 2, 19)) == 1
    assert rules.days_left(deadline, date(2020, 2, 20)) == 0
    assert rules.phase(start, deadline, date(2020, 2, 16)) == CampaignPhase.UPCOMING
    assert rules.phase(start, deadline, date(2020, 2, 19)) == CampaignPhase.RUNNING
    assert rules.phase(start, deadline, date(2020, 2, 20)) == CampaignPhase.OVER
    assert rules.is_behind(3, 7) and not rules.is_behind(7, 7)
