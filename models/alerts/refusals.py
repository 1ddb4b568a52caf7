"""Why an acknowledgement was refused: translated by ui/alerts/texts.py."""
from __future__ import annotations

from models.errors import Refusal


class AlertRefusal(Refusal):
    NO_LONGER_ALERTING = "alert_no_longer_alerting"   # the trips moved on, or all acknowledged
    NOTHING_CHOSEN = "alert_nothing_chosen"
