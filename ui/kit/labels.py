"""The words people read for the domain's stored values (category, status, kind …).

Values are stored as English identifiers; each table maps them to English source text marked for
translation in its vocabulary's context, so the Chinese comes from the glossary in the .ts file.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from controllers.browse import Kind, words
from controllers.district.words import IN_USE
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.palette import CATEGORY_LOOKS

# The domain's words are one vocabulary each (controllers/browse/words.py), shared with paper,
# reports and exports; these names are the ui's view of them.
AREA_KINDS = words.AREA_KINDS.sources
CATEGORIES = words.CATEGORIES.sources
CASE_STATUSES = words.CASE_STATUSES.sources
TEAM_KINDS = words.TEAM_KINDS.sources
TRANSFER_STATUSES = words.TRANSFER_STATUSES.sources
SEXES = words.SEXES.sources
OUTCOMES = words.VISIT_OUTCOMES.sources

# For tight places (the chips above the case list): the abbreviations staff say aloud, 确诊/密接.
CATEGORIES_SHORT = {
    "confirmed": QT_TRANSLATE_NOOP("ShortLabels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("ShortLabels", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("ShortLabels", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("ShortLabels", "Contacts"),
}

# The four 100% (四个百分百) by category: the slogan, and the slogan with a share where a tile's
# line is short (the wall's). The board and the dashboard read them from here alone.
GOAL_SLOGANS = {
    "confirmed": QT_TRANSLATE_NOOP("Goals", "Admit all"),
    "suspected": QT_TRANSLATE_NOOP("Goals", "Treat all"),
    "fever": QT_TRANSLATE_NOOP("Goals", "Test all"),
    "close_contact": QT_TRANSLATE_NOOP("Goals", "Isolate all"),
}
GOAL_SHARES = {
    "confirmed": QT_TRANSLATE_NOOP("Goals", "Admit %1"),
    "suspected": QT_TRANSLATE_NOOP("Goals", "Treat %1"),
    "fever": QT_TRANSLATE_NOOP("Goals", "Test %1"),
    "close_contact": QT_TRANSLATE_NOOP("Goals", "Isolate %1"),
}


def goal_slogan(category: str) -> str:
    """应收尽收 … for a category of the four 100%."""
    return QCoreApplication.translate("Goals", GOAL_SLOGANS[category])


def goal_share(category: str, share: str) -> str | None:
    """应收尽收 95% …; None for a category the four 100% do not count."""
    source = GOAL_SHARES.get(category)
    return None if source is None else QCoreApplication.translate("Goals", source).replace(
        "%1", share)


# The columns whose stored values read as one vocabulary's words, each in its own context.
TABLES: dict[Kind, words.Vocabulary] = {
    Kind.AREA_KIND: words.AREA_KINDS,
    Kind.CATEGORY: words.CATEGORIES,
    Kind.CASE_STATUS: words.CASE_STATUSES,
    Kind.TEAM_KIND: words.TEAM_KINDS,
    Kind.TRANSFER_STATUS: words.TRANSFER_STATUSES,
    Kind.VEHICLE_STATUS: words.VEHICLE_STATUSES,
    Kind.FACILITY_KIND: words.FACILITY_KINDS,
    Kind.SEX: words.SEXES,
    Kind.RESPONDER_ROLE: words.ROLES,
    Kind.SUPPLY_ITEM: words.SUPPLY_ITEMS,
    Kind.IN_USE: IN_USE,
    Kind.PERSON_ORIGIN: words.PERSON_ORIGINS,
}

# One colour per category, used sparingly (a dot, a chip's edge): the text carries the meaning.
# The charts' colours (ui/kit/palette.py: Okabe-Ito, apart for colour-blind eyes and in grey).
CATEGORY_COLORS = {name: QColor(look.colour) for name, look in CATEGORY_LOOKS.items()}


def label(kind: Kind, value: str | None) -> str:
    """The translated word for a stored value; an unknown value is shown as stored, not hidden."""
    if value is None:
        return ""
    vocabulary = TABLES.get(kind)
    return vocabulary.word(value) if vocabulary is not None else str(value)


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



def outcome(value: str | None) -> str:
    return words.VISIT_OUTCOMES.word(value)
