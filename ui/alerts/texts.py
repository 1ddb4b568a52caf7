"""What an alert says, in the interface's language: the order and the patient (or the vehicle),
what is late, and by how long. On the wall the patient's name is shortened to the surname: the
wall is read by everyone in the room, the order number is what a dispatcher looks up."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.alerts.standing import Alert
from models.alerts.refusals import AlertRefusal
from models.enums import AlertKind, TransferStatus
from models.errors import CanvassError, Refusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence
from ui.kit.formatting import duration

ERRORS_CONTEXT = "AlertErrors"
T = TransferStatus
translate = QCoreApplication.translate

# What is late at each step of a trip under way.
LATE: dict[TransferStatus, str] = {
    T.ORDERED: QT_TRANSLATE_NOOP("Alerts", "ordered, no vehicle sent yet"),
    T.DISPATCHED: QT_TRANSLATE_NOOP("Alerts", "vehicle sent, not yet on scene"),
    T.ON_SCENE: QT_TRANSLATE_NOOP("Alerts", "on scene, patient not yet in the vehicle"),
    T.PICKED_UP: QT_TRANSLATE_NOOP("Alerts", "patient on board, not yet delivered"),
}

ERRORS: dict[Refusal, str] = {
    AlertRefusal.NO_LONGER_ALERTING: QT_TRANSLATE_NOOP("AlertErrors", "These alerts no longer stand: the trips have moved on."),
    AlertRefusal.NOTHING_CHOSEN: QT_TRANSLATE_NOOP("AlertErrors", "There is no alert to acknowledge."),
}


def masked_name(name: str) -> str:
    """The surname and a star for each other character: 张*, 欧阳** (a wall everyone reads)."""
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


def overdue_text(alert: Alert) -> str:
    return translate("Alerts", "%1 overdue").replace("%1", duration(alert.overdue))


def alert_line(alert: Alert, *, mask_names: bool = False) -> str:
    """One line of the strip: who or what, what is late, how long past the limit."""
    if alert.kind == AlertKind.DISINFECTION_OVERDUE:
        what = translate("Alerts", "%1 waiting for disinfection since %2, after %3").replace(
            "%1", alert.plate or translate("Alerts", "vehicle")).replace(
            "%2", alert.since.strftime("%H:%M")).replace("%3", alert.number)
    else:
        person = masked_name(alert.person) if mask_names else alert.person
        what = translate("Alerts", "%1 %2: %3").replace("%1", alert.number).replace("%2", person).replace(
            "%3", translate("Alerts", LATE[alert.key.step]))
    return translate("Alerts", "%1 — %2").replace("%1", what).replace("%2", overdue_text(alert))


def alert_tip(alert: Alert) -> str:
    """The limit behind the alert, for the line's tooltip."""
    return translate("Alerts", "Limit for this step: %1. Alerts again when twice as late.").replace(
        "%1", duration(alert.limit))


def count_text(count: int) -> str:
    return translate("Alerts", "Alerts: %1").replace("%1", str(count))


def more_text(count: int) -> str:
    return translate("Alerts", "and %1 more").replace("%1", str(count))


def calm_text() -> str:
    return translate("Alerts", "No alerts: every trip and every vehicle is within its time.")


def acknowledged_text(count: int) -> str:
    return translate("Alerts", "Acknowledged: %1.").replace("%1", str(count))


def alert_error_text(error: CanvassError) -> str:
    return refusal_sentence(ERRORS_CONTEXT, ERRORS, error) or error_text(error)
