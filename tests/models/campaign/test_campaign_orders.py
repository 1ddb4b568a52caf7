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
