"""The campaign's use cases: who may do what, the audit trail, and two people at one order."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from controllers.campaign.actions import (
    answer_order,
    close_order,
    declare_campaign,
    issue_order,
    load_campaign,
)
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.errors import EditConflict
from models.schema import AuditEntry
from tests.support.campaign import NOW, make_campaign_scene
from tests.support.factories import signed_in


def test_every_role_follows_only_the_commander_runs_it(database: Database) -> None:
    scene = make_campaign_scene(database)
    for role in ("viewer", "clerk", "dispatcher", "commander", "admin"):
        shown = load_campaign(database, signed_in(role), now=NOW)
        assert shown.progress is not None and shown.progress.campaign.id == scene.campaign_id
    for role in ("viewer", "clerk", "dispatcher", "admin"):
        with pytest.raises(PermissionDenied):
            declare_campaign(database, signed_in(role), "x", date(2020, 2, 20),
                             date(2020, 2, 21), None, now=NOW)
        with pytest.raises(PermissionDenied):
            issue_order(database, signed_in(role), scene.campaign_id, scene.behind, now=NOW)


def test_declaring_and_issuing_are_audited_under_the_commander(database: Database) -> None:
    scene = make_campaign_scene(database)
    commander = signed_in("commander", "zhang_zhihui")
    new = declare_campaign(database, commander, "第二轮", date(2020, 2, 20), date(2020, 2, 21),
                           [scene.ahead], now=NOW)
    order = issue_order(database, commander, scene.campaign_id, scene.behind, now=NOW)
    with database.sessions() as session:
        entries = {(row.table_name, row.row_id, row.action): row.username for row in
                   session.scalars(select(AuditEntry).where(AuditEntry.table_name.in_(
                       ["sweep_campaign", "sweep_campaign_community", "supervision_order"])))}
    assert entries[("sweep_campaign", new, "insert")] == "zhang_zhihui"
    assert entries[("sweep_campaign_community", new, "insert")] == "zhang_zhihui"
    assert entries[("supervision_order", order.id, "insert")] == "zhang_zhihui"
    shown = load_campaign(database, commander, scene.campaign_id, now=NOW)
    assert [row.number for row in shown.orders] == [order.number]
    assert shown.progress is not None
    assert shown.progress.by_id[scene.behind].order is not None


def test_a_stale_answer_is_a_conflict_not_an_overwrite(database: Database) -> None:
    scene = make_campaign_scene(database)
    commander = signed_in("commander")
    order = issue_order(database, commander, scene.campaign_id, scene.behind, now=NOW)
    answer_order(database, commander, order.id, order.version, "已加派人手", now=NOW)
    with pytest.raises(EditConflict):
        answer_order(database, commander, order.id, order.version, "另一个答复", now=NOW)
    with pytest.raises(EditConflict):
        close_order(database, commander, order.id, order.version, now=NOW)
    shown = load_campaign(database, commander, scene.campaign_id, now=NOW)
    assert shown.orders[0].reply == "已加派人手" and shown.orders[0].status == "answered"


def test_no_campaign_declared_shows_nothing(database: Database) -> None:
    make_campaign_scene(database, declare=False)
    shown = load_campaign(database, signed_in("viewer"), now=NOW)
    assert shown.progress is None and shown.choices == [] and shown.orders == []


def test_an_old_file_shows_its_campaign_as_its_records_left_it(database: Database) -> None:
    """The records stop on the campaign's second day; the file is opened five days after the
    deadline. The campaign is shown as it stood on its last recorded day — that day in progress,
    乙社区 alone behind, 甲社区 ahead with 3 doors to do that day — not as over with every
    community behind because nobody recorded anything since."""
    from datetime import datetime

    from models.enums import CampaignPhase
    scene = make_campaign_scene(database, recorded_days=2)
    later = datetime(2020, 2, 25, 10, 0)
    shown = load_campaign(database, signed_in("viewer"), now=later)
    progress = shown.progress
    assert progress is not None
    assert progress.moment == datetime(2020, 2, 19, 23, 59, 59)   # the last recorded day
    assert progress.phase == CampaignPhase.RUNNING and progress.days_left == 2
    assert [row.name for row in progress.laggards] == ["乙社区"]
    ahead = progress.by_id[scene.ahead]
    assert (ahead.done_to_date, ahead.planned_to_date, ahead.target_today) == (7, 4, 3)
    assert progress.done_line() == (6, 10)
    live = load_campaign(database, signed_in("viewer"), now=datetime(2020, 2, 20, 7, 30))
    assert live.progress is not None and live.progress.moment == datetime(2020, 2, 20, 7, 30)
    assert [row.name for row in live.progress.laggards] == ["乙社区"]   # a morning: now
