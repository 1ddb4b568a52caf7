"""What the campaign's screens say: the countdown, the phase, an order's status."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from models.enums import CampaignPhase, SupervisionStatus
from models.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

STATUS: dict[str, str] = {
    SupervisionStatus.ISSUED.value: QT_TRANSLATE_NOOP("Campaign", "Issued, awaiting reply"),
    SupervisionStatus.ANSWERED.value: QT_TRANSLATE_NOOP("Campaign", "Answered"),
    SupervisionStatus.CLOSED.value: QT_TRANSLATE_NOOP("Campaign", "Closed"),
}


def status_text(status: str) -> str:
    return translate("Campaign", STATUS[status]) if status in STATUS else status


def countdown_text(phase: CampaignPhase, starts_at: datetime, ends_at: datetime,
                   now: datetime) -> str:
    """"2 days 5 h left", "Starts in 3 h", "Over"."""
    if phase == CampaignPhase.OVER:
        return translate("Campaign", "Over")
    target = starts_at if phase == CampaignPhase.UPCOMING else ends_at
    seconds = max(int((target - now).total_seconds()), 0)
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        span = translate("Campaign", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    else:
        span = translate("Campaign", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    if phase == CampaignPhase.UPCOMING:
        return translate("Campaign", "Starts in %1").replace("%1", span)
    return translate("Campaign", "%1 left").replace("%1", span)


def wall_clock_phase(starts_on: date, ends_at: datetime, now: datetime) -> CampaignPhase:
    """The campaign's phase by the wall clock, whatever day its figures are judged at."""
    if now >= ends_at:
        return CampaignPhase.OVER
    return CampaignPhase.UPCOMING if now < datetime.combine(starts_on, datetime.min.time()) \
        else CampaignPhase.RUNNING


def wall_clock_countdown(starts_on: date, ends_at: datetime, now: datetime) -> str:
    """The countdown as the wall clock has it (an old file's campaign is over, even when its
    figures are shown as its records left them)."""
    return countdown_text(wall_clock_phase(starts_on, ends_at, now),
                          datetime.combine(starts_on, datetime.min.time()), ends_at, now)


def records_end_text(judged_at: datetime, now: datetime) -> str:
    """Said beside the countdown when the figures are not today's: the records stop on an
    earlier day, and the figures are the campaign as it stood that day."""
    if judged_at.date() >= now.date():
        return ""
    return translate("Campaign", "figures as of %1, the last day with visits recorded") \
        .replace("%1", f"{judged_at:%Y-%m-%d}")


def laggards_text(names: list[str], more: int) -> str:
    if not names:
        return translate("Campaign", "No community is behind the planned line.")
    joined = translate("Campaign", ", ").join(names)
    if more:
        joined += translate("Campaign", " and %1 more").replace("%1", str(more))
    return translate("Campaign", "Behind: %1").replace("%1", joined)
