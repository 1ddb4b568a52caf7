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
