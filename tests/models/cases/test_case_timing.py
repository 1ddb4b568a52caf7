"""The case board's time in status and its overdue limits, one table per status."""
from __future__ import annotations

from datetime import datetime, timedelta

from models.cases.timing import OVERDUE_AFTER, overdue_by, time_in_status
from models.enums import CaseStatus

NOW = datetime(2020, 2, 20, 15, 0)


def test_time_in_status_is_never_negative() -> None:
    assert time_in_status(NOW - timedelta(hours=6), NOW) == timedelta(hours=6)
    assert time_in_status(NOW + timedelta(minutes=3), NOW) == timedelta(0)


def test_overdue_only_beyond_the_limit_of_its_status() -> None:
    limit = OVERDUE_AFTER[CaseStatus.IDENTIFIED]
    assert overdue_by("identified", NOW - limit, NOW) is None
    assert overdue_by("identified", NOW - limit - timedelta(minutes=30), NOW) == \
        timedelta(minutes=30)
    assert overdue_by("admitted", NOW - timedelta(days=30), NOW) is None    # no limit
    assert overdue_by("released", NOW - timedelta(days=30), NOW) is None
    assert overdue_by("no such status", NOW - timedelta(days=30), NOW) is None


def test_every_open_status_a_person_waits_in_has_a_limit() -> None:
    waiting = {CaseStatus.IDENTIFIED, CaseStatus.VERIFIED, CaseStatus.AWAITING_TRANSFER,
               CaseStatus.IN_TRANSIT, CaseStatus.REFUSED, CaseStatus.HOME_OBSERVATION}
    assert set(OVERDUE_AFTER) == waiting
    assert all(limit > timedelta(0) for limit in OVERDUE_AFTER.values())
