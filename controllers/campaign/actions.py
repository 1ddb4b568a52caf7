"""The sweep campaign at the keyboard. Every role that may look follows it (the wall's viewer
too); only a role that may run campaigns (the commander) declares one and issues, answers and
closes its supervision orders. Each change is one audited transaction (the tables' triggers
write the trail under the signed-in user); a refusal writes nothing. The rules and SQL are
models/campaign/'s."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.campaign import orders, rules
from models.campaign.orders import CampaignChoice, OrderRecord
from models.campaign.progress import (
    CampaignProgress,
    CommunityProgress,
    campaign_progress,
    last_record_day,
)
from models.campaign.refusals import CampaignRefused
from models.db.database import Database

__all__ = ["CAMPAIGN_TABLES", "CampaignChoice", "CampaignProgress", "CampaignRefused",
           "CampaignSnapshot", "CommunityProgress", "OrderRecord", "answer_order", "close_order",
           "community_choices",
           "declare_campaign", "issue_order", "load_campaign", "load_order"]

# What a campaign's figures follow on the change feed: its own rows, and the visits and
# screenings that move the tallies (the tallies themselves are not watched: their writes come
# with a visit's).
CAMPAIGN_TABLES = frozenset({"sweep_campaign", "sweep_campaign_community", "supervision_order",
                             "visit", "screening_result", "community", "household"})


def clock() -> datetime:
    return datetime.now().replace(microsecond=0)


class CampaignSnapshot:
    """What the campaign view shows at once: the campaigns to choose from, the chosen one's
    progress (None when the district has declared none) and its orders."""

    def __init__(self, choices: list[CampaignChoice], progress: CampaignProgress | None,
                 orders_: list[OrderRecord]) -> None:
        self.choices = choices
        self.progress = progress
        self.orders = orders_


@action(Permission.VIEW)
def load_campaign(database: Database, user: SignedInUser, campaign_id: int | None = None,
                  now: datetime | None = None) -> CampaignSnapshot:
    """The campaign `campaign_id` (None: the one running, else the latest) with its orders,
    judged now — or, when the database's records stop on an earlier day, as it stood at the end
    of that day (models/campaign/rules.py `judged_at`)."""
    with read_session(database) as session:
        moment = rules.judged_at(last_record_day(session), now or clock())
        choices = orders.campaign_choices(session)
        chosen = campaign_id if campaign_id is not None else orders.current_campaign(
            session, moment.date())
        if chosen is None:
            return CampaignSnapshot(choices, None, [])
        return CampaignSnapshot(choices, campaign_progress(session, chosen, moment),
                            orders.campaign_orders(session, chosen))


@action(Permission.RUN_CAMPAIGNS)
def declare_campaign(database: Database, user: SignedInUser, name: str, starts_on: date,
                     deadline: date, community_ids: Sequence[int] | None,
                     now: datetime | None = None) -> int:
    """A new campaign (community_ids None: every active community); returns its id."""
    with user_session(database, user) as session:
        return orders.declare_campaign(session, name, starts_on, deadline, community_ids,
                                       user.id, user.username, now or clock())


@action(Permission.RUN_CAMPAIGNS)
def issue_order(database: Database, user: SignedInUser, campaign_id: int, community_id: int,
                now: datetime | None = None) -> OrderRecord:
    """A supervision order to a community behind the planned line."""
    with user_session(database, user) as session:
        return orders.issue_order(session, campaign_id, community_id, user.id, user.username,
                                  now or clock())


@action(Permission.RUN_CAMPAIGNS)
def answer_order(database: Database, user: SignedInUser, order_id: int, expected_version: int,
                 reply: str, now: datetime | None = None) -> OrderRecord:
    """The community's reply, as typed. A stale version is an EditConflict."""
    with user_session(database, user) as session:
        return orders.answer_order(session, order_id, expected_version, reply, now or clock())


@action(Permission.RUN_CAMPAIGNS)
def close_order(database: Database, user: SignedInUser, order_id: int, expected_version: int,
                now: datetime | None = None) -> OrderRecord:
    with user_session(database, user) as session:
        return orders.close_order(session, order_id, expected_version, now or clock())


@action(Permission.VIEW)
def load_order(database: Database, user: SignedInUser, order_id: int) -> OrderRecord:
    with read_session(database) as session:
        return orders.order_record(session, order_id)


@action(Permission.RUN_CAMPAIGNS)
def community_choices(database: Database, user: SignedInUser) -> list[tuple[int, str, str]]:
    """The communities a new campaign can cover: id, name, station."""
    with read_session(database) as session:
        return orders.community_choices(session)
