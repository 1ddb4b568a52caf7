"""The words of the stored values an audit entry holds, by the table and field that hold them: a
case's status reads as on the case board, a transfer's as on the transfers board, a user's role
as in the users dialog. The vocabularies are the app's own (controllers/browse/words.py); the few
kept elsewhere in a screen of another feature are named here under the same source text."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from controllers.browse import words
from controllers.browse.words import Vocabulary
from models.translatable import QT_TRANSLATE_NOOP

USER_ROLES = Vocabulary("Roles", {
    "commander": QT_TRANSLATE_NOOP("Roles", "Commander"),
    "dispatcher": QT_TRANSLATE_NOOP("Roles", "Dispatcher"),
    "clerk": QT_TRANSLATE_NOOP("Roles", "Clerk"),
    "viewer": QT_TRANSLATE_NOOP("Roles", "Viewer (wall screen)"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
})
INCIDENT_KINDS = Vocabulary("Incidents", {
    "non_cooperation": QT_TRANSLATE_NOOP("Incidents", "Non-cooperation"),
    "violence": QT_TRANSLATE_NOOP("Incidents", "Violence"),
    "accident": QT_TRANSLATE_NOOP("Incidents", "Accident"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other"),
})
PRESENCE = Vocabulary("VisitDialog", {
    "absent": QT_TRANSLATE_NOOP("VisitDialog", "Not at home"),
    "refused": QT_TRANSLATE_NOOP("VisitDialog", "Refuses screening"),
})
CASE_EVENT_KINDS = Vocabulary("AuditValues", {
    "opened": QT_TRANSLATE_NOOP("AuditValues", "Case opened"),
    "status": QT_TRANSLATE_NOOP("AuditValues", "Status"),
    "category": QT_TRANSLATE_NOOP("AuditValues", "Category"),
    "note": QT_TRANSLATE_NOOP("AuditValues", "Note"),
})
ALERT_KINDS = Vocabulary("AuditValues", {
    "step_overdue": QT_TRANSLATE_NOOP("AuditValues", "Step overdue"),
    "disinfection_overdue": QT_TRANSLATE_NOOP("AuditValues", "Disinfection overdue"),
})


def status_or_category(value: Any) -> str:
    """A case event's from/to value: a status or a category, worded as on the case board."""
    text = str(value)
    return (words.CASE_STATUSES if text in words.CASE_STATUSES.sources
            else words.CATEGORIES).word(text)


def temperature(value: Any) -> str:
    return QCoreApplication.translate("AuditValues", "%1 °C").replace("%1", str(value))


# (table, field) → its words; ("", field) for a field that means the same in every table.
VALUE_WORDS: dict[tuple[str, str], Callable[[Any], str]] = {
    ("person_case", "status"): words.CASE_STATUSES.word,
    ("transfer_order", "status"): words.TRANSFER_STATUSES.word,
    ("vehicle", "status"): words.VEHICLE_STATUSES.word,
    ("team", "kind"): words.TEAM_KINDS.word,
    ("facility", "kind"): words.FACILITY_KINDS.word,
    ("incident", "kind"): INCIDENT_KINDS.word,
    ("case_event", "kind"): CASE_EVENT_KINDS.word,
    ("case_event", "from_value"): status_or_category,
    ("case_event", "to_value"): status_or_category,
    ("responder", "role"): words.ROLES.word,
    ("app_user", "role"): USER_ROLES.word,
    ("alert_acknowledgement", "kind"): ALERT_KINDS.word,
    ("alert_acknowledgement", "step"): words.TRANSFER_STATUSES.word,
    ("", "category"): words.CATEGORIES.word,
    ("", "area_kind"): words.AREA_KINDS.word,
    ("", "sex"): words.SEXES.word,
    ("", "item"): words.SUPPLY_ITEMS.word,
    ("", "outcome"): words.VISIT_OUTCOMES.word,
    ("", "residence"): words.RESIDENCES.word,
    ("", "origin"): words.PERSON_ORIGINS.word,
    ("", "presence"): PRESENCE.word,
    ("", "temperature_c"): temperature,
}
