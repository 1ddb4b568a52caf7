"""Declaring a campaign and issuing its orders: the bad input is refused whole, nothing written."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from models.campaign.orders import answer_order, close_order, declare_campaign, issue_order
from models.campaign.refusals import CampaignRefusal, CampaignRefused
from models.db.database import Database
from models.enums import SupervisionStatus
from models.schema import AuditEntry, SupervisionOrder, SweepCampaign
from tests.support.campaign import NOW, make_campaign_scene


def _counts(database: Database) -> tuple[int, int, int]:
    with database.sessions() as session:
        return (session.scalar(select(func.count()).select_from(SweepCampaign)) or 0,
                session.scalar(select(func.count()).select_from(SupervisionOrder)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _declare(database: Database, **changes: object) -> int:
    arguments: dict[str, object] = {"name": " 三天 拉网 ", "starts_on": date(2020, 2, 20),
                                    "deadline": date(2020, 2, 22), "community_ids": None}
    arguments.update(changes)
    with database.sessions.begin() as session:
        return declare_campaign(session, user_id=None, username="commander1", now=NOW,
                                **arguments)  # type: ignore[arg-type]


def test_a_campaign_over_all_or_some_communities(database: Database) -> None:
    scene = make_campaign_scene(database, declare=False)
    every = _declare(database)
    some = _declare(database, community_ids=[scene.behind])
    with database.sessions() as session:
        assert session.get(SweepCampaign, every).name == "三天 拉网"  # type: ignore[union-attr]
        from models.campaign.progress import campaign_progress
        assert len(campaign_progress(session, every, NOW).communities) == 3
        assert [row.community_id for row in campaign_progress(session, some, NOW).communities] \
            == [scene.behind]


@pytest.mark.parametrize(("changes", "code"), [
    ({"deadline": date(2020, 2, 19), "starts_on": date(2020, 2, 18)}, CampaignRefusal.DEADLINE_PAST),
    ({"community_ids": []}, CampaignRefusal.NO_COMMUNITIES),
    ({"community_ids": [9999]}, CampaignRefusal.UNKNOWN_COMMUNITY),
    ({"name": "  "}, CampaignRefusal.NAME_EMPTY),
    ({"name": "长" * 65}, CampaignRefusal.NAME_TOO_LONG),
    ({"starts_on": date(2020, 2, 23)}, CampaignRefusal.START_AFTER_DEADLINE),
])
def test_bad_input_is_refused_and_nothing_is_written(database: Database, changes: dict[str, object],
                                                     code: CampaignRefusal) -> None:
    make_campaign_scene(database, declare=False)
    before = _counts(database)
    with pytest.raises(CampaignRefused) as refused:
        _declare(database, **changes)
    assert refused.value.code == code
    assert _counts(database) == before


def test_a_district_without_communities_cannot_declare_for_all(database: Database) -> None:
    with pytest.raises(CampaignRefused) as refused:
        _declare(database)
    assert refused.value.code == CampaignRefusal.NO_COMMUNITIES


def test_an_order_for_a_community_not_behind_is_refused(database: Database) -> None:
    scene = make_campaign_scene(database)
    before = _counts(database)
    with pytest.raises(CampaignRefused) as refused, database.sessions.begin() as session:
        issue_order(session, scene.campaign_id, scene.ahead, None, "commander1", NOW)
    assert refused.value.code == CampaignRefusal.NOT_BEHIND
    assert dict(refused.value.params) == {"community": "甲社区", "done": 8, "planned": 7}
    with pytest.raises(CampaignRefused) as outside, database.sessions.begin() as session:
        issue_order(session, scene.campaign_id, scene.outside, None, "commander1", NOW)
    assert outside.value.code == CampaignRefusal.NOT_IN_CAMPAIGN
    with pytest.raises(CampaignRefused) as over, database.sessions.begin() as session:
        issue_order(session, scene.campaign_id, scene.behind, None, "commander1",
                    datetime(2020, 2, 21, 9))
    assert over.value.code == CampaignRefusal.NOT_RUNNING
    assert _counts(database) == before


def test_an_order_keeps_its_figures_and_moves_issued_answered_closed(database: Database) -> None:
    scene = make_campaign_scene(database)
    with database.sessions.begin() as session:
        order = issue_order(session, scene.campaign_id, scene.behind, None, "commander1", NOW)
    assert (order.number, order.community, order.open_doors, order.gap, order.target_today,
            order.deadline, order.status) == ("DB001-0001", "乙社区", 7, 4, 7, date(2020, 2, 20),
                                              SupervisionStatus.ISSUED.value)
    with pytest.raises(CampaignRefused) as twice, database.sessions.begin() as session:
        issue_order(session, scene.campaign_id, scene.behind, None, "commander1", NOW)
    assert twice.value.code == CampaignRefusal.ORDER_STANDING
    with pytest.raises(CampaignRefused) as early, database.sessions.begin() as session:
        close_order(session, order.id, order.version, NOW)
    assert early.value.code == CampaignRefusal.ORDER_NOT_ANSWERED
    with pytest.raises(CampaignRefused) as empty, database.sessions.begin() as session:
        answer_order(session, order.id, order.version, "  ", NOW)
    assert empty.value.code == CampaignRefusal.REPLY_EMPTY
    with database.sessions.begin() as session:
        answered = answer_order(session, order.id, order.version, " 今晚加派两个工作组 \n", NOW)
    assert (answered.status, answered.reply, answered.version) == ("answered", "今晚加派两个工作组", 2)
    with database.sessions.begin() as session:
        closed = close_order(session, order.id, answered.version, NOW)
    assert closed.status == "closed" and closed.closed_at == NOW
    with database.sessions.begin() as session:   # closed: a new one may be issued
        again = issue_order(session, scene.campaign_id, scene.behind, None, "commander1", NOW)
    assert again.number == "DB001-0002"


def test_one_standing_order_per_community_is_a_database_rule(database: Database) -> None:
    scene = make_campaign_scene(database)
    row = {"campaign_id": scene.campaign_id, "community_id": scene.behind, "issued_at": NOW,
           "issued_by": "x", "open_doors": 7, "gap": 4, "target_today": 7,
           "deadline": date(2020, 2, 20), "status": "issued"}
    with database.sessions.begin() as session:
        session.execute(SupervisionOrder.__table__.insert(), [{**row, "number": "A1"}])
    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        session.execute(SupervisionOrder.__table__.insert(), [{**row, "number": "A2"}])


def _another_behind(database: Database, campaign_id: int, station_of: int) -> int:
    """丁社区: 10 households, none settled, in the campaign: behind the line like 乙社区."""
    from models.enums import AreaKind
    from models.schema import Community
    from models.schema.campaign import sweep_campaign_community
    with database.sessions.begin() as session:
        station = session.get(Community, station_of)
        assert station is not None
        community = Community(station_id=station.station_id, code="C4", name="丁社区",
                              area_kind=AreaKind.URBAN, latitude=30.6, longitude=114.3,
                              registered_households=10, registered_persons=20)
        session.add(community)
        session.flush()
        session.execute(sweep_campaign_community.insert(),
                        [{"campaign_id": campaign_id, "community_id": community.id}])
        return community.id


def _wait_until_blocked(database: Database, timeout_s: float = 30.0) -> None:
    """PostgreSQL: until a session waits on a lock (the second workstation, on the first's
    transaction). SQLite shows no waiter; its second writer waits on BEGIN IMMEDIATE."""
    import time

    from sqlalchemy import text
    if database.engine.dialect.name != "postgresql":
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with database.engine.connect() as connection:
            if connection.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                return
        time.sleep(0.02)
    raise AssertionError("the second workstation never waited on the first")


def test_two_commanders_issuing_at_once_for_two_communities_both_get_an_order(
        database: Database) -> None:
    """Two workstations issue at the same moment, for 乙社区 and 丁社区: the second waits on the
    first's transaction and both orders are written, with the next two numbers (the old count
    read before the first committed gave both DB001-0001: one clashed on the unique number)."""
    from concurrent.futures import ThreadPoolExecutor

    from models.campaign.orders import OrderRecord
    from models.db.write_lock import WRITING
    from tests.support.races import two_workstations
    scene = make_campaign_scene(database)
    fourth = _another_behind(database, scene.campaign_id, scene.behind)

    def issue(on: Database, community_id: int) -> OrderRecord:
        with on.sessions(info=WRITING) as session, session.begin():
            return issue_order(session, scene.campaign_id, community_id, None, "commander2", NOW)

    with two_workstations(database) as (first, second), ThreadPoolExecutor(1) as pool:
        with first.sessions(info=WRITING) as session, session.begin():
            one = issue_order(session, scene.campaign_id, scene.behind, None, "commander1", NOW)
            later = pool.submit(issue, second, fourth)
            _wait_until_blocked(database)
        two = later.result(timeout=60)
    assert (one.community, two.community) == ("乙社区", "丁社区")
    assert sorted([one.number, two.number]) == ["DB001-0001", "DB001-0002"]
    with database.sessions() as session:
        assert session.scalars(select(SupervisionOrder.number)
                               .order_by(SupervisionOrder.number)).all() == ["DB001-0001",
                                                                              "DB001-0002"]
