"""The words people read for the domain's stored values (category, status, kind …).

Values are stored as English identifiers; each table maps them to English source text marked for
translation in the "Labels" context, so the Chinese comes from the glossary in the .ts file.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from controllers.browse.row_source import Kind
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

AREA_KINDS = {
    "urban": QT_TRANSLATE_NOOP("Labels", "Urban community"),
    "rural": QT_TRANSLATE_NOOP("Labels", "Village"),
}
CATEGORIES = {
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("Labels", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("Labels", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("Labels", "Close contact"),
}
# For tight places (the chips above the case list): the abbreviations staff say aloud, 确诊/密接.
CATEGORIES_SHORT = {
    "confirmed": QT_TRANSLATE_NOOP("ShortLabels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("ShortLabels", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("ShortLabels", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("ShortLabels", "Contacts"),
}
CASE_STATUSES = {
    "identified": QT_TRANSLATE_NOOP("Labels", "Identified"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "awaiting_transfer": QT_TRANSLATE_NOOP("Labels", "Awaiting transfer"),
    "in_transit": QT_TRANSLATE_NOOP("Labels", "In transit"),
    "admitted": QT_TRANSLATE_NOOP("Labels", "Admitted"),
    "released": QT_TRANSLATE_NOOP("Labels", "Released"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused transfer"),
    "home_observation": QT_TRANSLATE_NOOP("Labels", "Home observation"),
    "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared"),
    "deceased": QT_TRANSLATE_NOOP("Labels", "Deceased"),
}
TEAM_KINDS = {
    "work_group": QT_TRANSLATE_NOOP("Labels", "Work group"),
    "quick_response": QT_TRANSLATE_NOOP("Labels", "Quick-response team"),
    "contact_tracing": QT_TRANSLATE_NOOP("Labels", "Contact-tracing group"),
}
TRANSFER_STATUSES = {
    "ordered": QT_TRANSLATE_NOOP("Labels", "Ordered"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "on_scene": QT_TRANSLATE_NOOP("Labels", "On scene"),
    "picked_up": QT_TRANSLATE_NOOP("Labels", "Picked up"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "disinfected": QT_TRANSLATE_NOOP("Labels", "Vehicle disinfected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
}

SEXES = {
    "M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "F": QT_TRANSLATE_NOOP("Labels", "Female"),
}

TABLES: dict[Kind, dict[str, str]] = {
    Kind.AREA_KIND: AREA_KINDS,
    Kind.CATEGORY: CATEGORIES,
    Kind.CASE_STATUS: CASE_STATUSES,
    Kind.TEAM_KIND: TEAM_KINDS,
    Kind.TRANSFER_STATUS: TRANSFER_STATUSES,
    Kind.SEX: SEXES,
}

# One colour per category, used sparingly (a dot, a chip's edge): the text carries the meaning.
CATEGORY_COLORS = {
    "confirmed": QColor("#c0392b"),
    "suspected": QColor("#d35400"),
    "fever": QColor("#b7950b"),
    "close_contact": QColor("#2e6da4"),
}


def label(kind: Kind, value: str | None) -> str:
    """The translated word for a stored value; an unknown value is shown as stored, not hidden."""
    if value is None:
        return ""
    source = TABLES.get(kind, {}).get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)


def category(value: str) -> str:
    return label(Kind.CATEGORY, value)


def category_short(value: str) -> str:
    source = CATEGORIES_SHORT.get(value)
    return QCoreApplication.translate("ShortLabels", source) if source else value


def case_status(value: str) -> str:
    return label(Kind.CASE_STATUS, value)


def team_kind(value: str) -> str:
    return label(Kind.TEAM_KIND, value)


def transfer_status(value: str) -> str:
    return label(Kind.TRANSFER_STATUS, value)


OUTCOMES = {
    "screened": QT_TRANSLATE_NOOP("Outcomes", "Screened"),
    "nobody_home": QT_TRANSLATE_NOOP("Outcomes", "Nobody home"),
    "refused": QT_TRANSLATE_NOOP("Outcomes", "Refused to open"),
    "moved_out": QT_TRANSLATE_NOOP("Outcomes", "Moved out / vacant"),
}


def outcome(value: str | None) -> str:
    if not value:
        return ""
    source = OUTCOMES.get(value)
    return QCoreApplication.translate("Outcomes", source) if source else value
