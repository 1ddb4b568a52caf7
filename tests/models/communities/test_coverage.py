"""Coverage rules and their SQL: what counts as done, what is due again, who lags behind."""
from __future__ import annotations

from datetime import datetime, timedelta

from models.communities.coverage import (
    REVISIT_AFTER,
    coverage_by_community,
    coverage_percent,
    gap_households,
    lags_behind,
    open_doors,
    revisit_due,
)
from models.db.database import Database
from tests.support.sample_district import DAY, add_sample_district

NOW = DAY + timedelta(days=2)


def test_coverage_percent_and_open_doors() -> None:
    assert coverage_percent(3, 4) == 75.0
    assert coverage_percent(0, 0) is None
    assert open_doors(4, 3) == 1
    assert open_doors(2, 5) == 0


def test_a_community_behind_its_target_in_the_afternoon_lags() -> None:
    afternoon = datetime(2020, 2, 20, 14, 0)
    assert lags_behind(10, 100, afternoon)
    assert not lags_behind(60, 100, afternoon)
    assert not lags_behind(0, 100, datetime(2020, 2, 20, 7, 0))  # before the day's work
    assert not lags_behind(0, 0, afternoon)  # no target, no laggard


def test_unanswered_doors_are_due_after_the_revisit_interval() -> None:
    assert revisit_due(False, None, NOW)
    assert revisit_due(False, NOW - REVISIT_AFTER, NOW)
    assert not revisit_due(False, NOW - timedelta(hours=1), NOW)
    assert not revisit_due(True, NOW - timedelta(days=9), NOW)


def test_coverage_by_community_counts_in_sql(database: Database) -> None:
    sample = add_sample_district(database)
    donghu, shuiguo = sample.communities["东湖社区"], sample.communities["水果湖社区"]
    with database.sessions() as session:
        figures = coverage_by_community(session, [donghu, shuiguo], NOW)
    # 东湖: screened, nobody-home-then-screened, refused, nobody home → 3 done; the refusal and
    # the unanswered door are due again; four persons screened.
    assert figures[donghu].households_done == 3
    assert figures[donghu].revisits_due == 2
    assert figures[donghu].persons_screened == 4
    assert figures[donghu].last_visit_at == DAY + timedelta(days=1)
    # 水果湖: nobody has knocked yet, both doors due.
    assert figures[shuiguo].households_done == 0
    assert figures[shuiguo].revisits_due == 2


def test_gap_list_oldest_first_never_visited_before_all(database: Database) -> None:
    sample = add_sample_district(database)
    with database.sessions() as session:
        rows = session.execute(gap_households(sample.communities["东湖社区"], NOW)).all()
        outcomes = [row.last_outcome for row in rows]
        assert sorted(str(o) for o in outcomes) == ["nobody_home", "refused"]
        shuiguo = session.execute(gap_households(sample.communities["水果湖社区"], NOW)).all()
        assert len(shuiguo) == 2 and all(row.last_visit_at is None for row in shuiguo)
        fresh = session.execute(gap_households(sample.communities["东湖社区"], DAY,
                                               due_only=True)).all()
        assert fresh == []  # just knocked: nothing due yet
