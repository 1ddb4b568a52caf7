"""The sentences for the sweep campaign's refusals: what a commander reads instead of a code."""
from __future__ import annotations

from models.campaign.refusals import CampaignRefusal
from models.errors import CanvassError, Refusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence

CONTEXT = "CampaignErrors"
R = CampaignRefusal

BY_CODE: dict[Refusal, str] = {
    R.NAME_EMPTY: QT_TRANSLATE_NOOP("CampaignErrors", "Give the campaign a name; nothing was saved."),
    R.NAME_TOO_LONG: QT_TRANSLATE_NOOP("CampaignErrors", "A campaign's name has at most {limit} characters; nothing was saved."),
    R.DEADLINE_PAST: QT_TRANSLATE_NOOP("CampaignErrors", "The deadline {deadline} is in the past: a campaign ends today or later; nothing was saved."),
    R.START_AFTER_DEADLINE: QT_TRANSLATE_NOOP("CampaignErrors", "The campaign must start on or before its deadline; nothing was saved."),
    R.NO_COMMUNITIES: QT_TRANSLATE_NOOP("CampaignErrors", "Choose at least one community for the campaign; nothing was saved."),
    R.UNKNOWN_COMMUNITY: QT_TRANSLATE_NOOP("CampaignErrors", "A chosen community no longer exists. Choose again; nothing was saved."),
    R.NOT_FOUND: QT_TRANSLATE_NOOP("CampaignErrors", "This campaign no longer exists."),
    R.NOT_RUNNING: QT_TRANSLATE_NOOP("CampaignErrors", "The campaign is not running today: supervision orders are issued between its first day and its deadline."),
    R.NOT_IN_CAMPAIGN: QT_TRANSLATE_NOOP("CampaignErrors", "This community is not in the campaign."),
    R.NOT_BEHIND: QT_TRANSLATE_NOOP("CampaignErrors", "{community} is not behind the planned line ({done} doors done, {planned} planned by yesterday): no supervision order was issued."),
    R.ORDER_STANDING: QT_TRANSLATE_NOOP("CampaignErrors", "{community} already has supervision order {number} open: close it before issuing another."),
    R.ORDER_NOT_FOUND: QT_TRANSLATE_NOOP("CampaignErrors", "This supervision order no longer exists."),
    R.ORDER_NOT_ISSUED: QT_TRANSLATE_NOOP("CampaignErrors", "This supervision order has been answered or closed already."),
    R.ORDER_NOT_ANSWERED: QT_TRANSLATE_NOOP("CampaignErrors", "The community has not answered yet: record its reply before closing the order."),
    R.REPLY_EMPTY: QT_TRANSLATE_NOOP("CampaignErrors", "Type the community's reply; nothing was saved."),
    R.REPLY_TOO_LONG: QT_TRANSLATE_NOOP("CampaignErrors", "A reply has at most {limit} characters; nothing was saved."),
}


def campaign_error_text(error: CanvassError) -> str:
    return refusal_sentence(CONTEXT, BY_CODE, error) or error_text(error)
