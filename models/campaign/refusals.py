"""Why a campaign or a supervision order was refused: worded by ui/kit/refusals/campaign.py."""
from __future__ import annotations

from models.errors import CanvassError, Refusal


class CampaignRefusal(Refusal):
    NAME_EMPTY = "campaign_name_empty"
    NAME_TOO_LONG = "campaign_name_too_long"            # limit
    DEADLINE_PAST = "campaign_deadline_past"            # deadline, today
    START_AFTER_DEADLINE = "campaign_start_after_deadline"
    NO_COMMUNITIES = "campaign_no_communities"
    UNKNOWN_COMMUNITY = "campaign_unknown_community"
    NOT_FOUND = "campaign_not_found"
    NOT_RUNNING = "campaign_not_running"                # an order outside the campaign's days
    NOT_IN_CAMPAIGN = "campaign_community_not_in_it"
    NOT_BEHIND = "campaign_community_not_behind"        # community, done, planned
    ORDER_STANDING = "campaign_order_standing"          # community, number
    ORDER_NOT_FOUND = "campaign_order_not_found"
    ORDER_NOT_ISSUED = "campaign_order_not_issued"      # answered or closed already
    ORDER_NOT_ANSWERED = "campaign_order_not_answered"  # closed before the community answered
    REPLY_EMPTY = "campaign_reply_empty"
    REPLY_TOO_LONG = "campaign_reply_too_long"          # limit


class CampaignRefused(CanvassError):
    """A campaign or an order the rules do not allow; nothing was written."""
