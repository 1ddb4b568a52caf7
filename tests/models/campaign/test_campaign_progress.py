"""A campaign's figures from the coverage tallies: done by day, the line, targets, laggards."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from models.campaign.progress import campaign_progress, done_by_day_statement
from models.db.database import Database
from models.enums import CampaignPhase
from tests.support.campaign import DEADLINE, NOW, STARTS, make_campaign_scene


def test_each_community_has_its_line_target_and_gap(database: Database) -> None:
    scene = make_campaign_scene(database)
    with database.sessions() as session:
        progress = campaign_progress(session, scene.campaign_id, NOW)
    assert progress.phase == CampaignPhase.RUNNING and progress.days_left == 1
    assert [row.name for row in progress.communities] == ["乙社区", "甲社区"]
    ahead, behind = progress.by_id[scene.ahead], progress.by_id[scene.behind]
    assert (ahead.open_at_start, ahead.done_by_day, ahead.planned_to_date) == (10, (4, 3, 1), 7)
    assert (ahead.done_today, ahead.done_to_date, ahead.open_now, ahead.target_today) == (1, 8, 2, 3)
    assert not ahead.behind and ahead.gap == 0
    # The door nobody opened settles nothing (the same "done" as coverage).
    assert (behind.open_at_start, behind.done_by_day, behind.planned_to_date) == (10, (2, 1, 0), 7)
    assert (behind.open_now, behind.target_today, behind.gap) == (7, 7, 4)
    assert behind.behind
    assert progress.laggards == (behind,)
    assert ahead.persons_registered == 24
    assert scene.outside not in progress.by_id


def test_the_district_burn_down_sums_the_communities(database: Database) -> None:
    scene = make_campaign_scene(database)
    with database.sessions() as session:
        progress = campaign_progress(session, scene.campaign_id, NOW)
    assert progress.open_at_start() == 20
    assert progress.planned_line() == (8, 14, 20)
    assert progress.done_line() == (6, 10, 11)
    behind = [progress.by_id[scene.behind]]
    assert progress.planned_line(behind) == (4, 7, 10)
    assert progress.done_line(behind) == (2, 3, 3)


def test_before_and_after_the_campaign(database: Database) -> None:
    scene = make_campaign_scene(database)
    with database.sessions() as session:
        before = campaign_progress(session, scene.campaign_id, datetime(2020, 2, 17, 12))
        after = campaign_progress(session, scene.campaign_id, datetime(2020, 2, 22, 12))
        first = campaign_progress(session, scene.campaign_id, datetime(2020, 2, 18, 8))
    assert before.phase == CampaignPhase.UPCOMING and before.laggards == ()
    assert before.by_id[scene.ahead].target_today == 0
    assert after.phase == CampaignPhase.OVER and after.days_left == 0
    assert after.by_id[scene.behind].planned_to_date == 10       # the whole line
    assert after.by_id[scene.behind].target_today == 0
    # Day one in progress: nobody is behind yet, each has its first target.
    assert first.laggards == () and first.by_id[scene.behind].target_today == 4


def test_done_by_day_is_read_through_the_tallies_key(database: Database) -> None:
    """One aggregate over the day tallies' primary key (community_id, day): no table scan."""
    scene = make_campaign_scene(database)
    statement = done_by_day_statement(scene.campaign_id, STARTS, DEADLINE)
    with database.engine.connect() as connection:
        compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
        if database.kind == "sqlite":
            plan = " ".join(str(row[-1]) for row in connection.execute(
                text(f"EXPLAIN QUERY PLAN {compiled}")))
            wanted = "SEARCH community_day_tally USING INDEX sqlite_autoindex_community_day_tally_1 (community_id=?"
            assert wanted in plan, plan
        else:
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(str(row[0]) for row in connection.execute(text(f"EXPLAIN {compiled}")))
            assert "pk_community_day_tally" in plan, plan
    assert date(2020, 2, 19) in {row[1] for row in database.engine.connect().execute(statement)}
