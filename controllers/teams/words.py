"""The teams' words on screen: a vehicle's status and whether a team's composition is complete,
in the reader's language. Rows and records hold stored values and the rules' shortfalls; the
teams view, the team detail and the vehicles board show them through these."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import VEHICLE_STATUSES as VEHICLE_WORDS
from models.teams.rules import Shortfall, TeamCompleteness
from models.translatable import QT_TRANSLATE_NOOP

# The stored statuses, in the order the status filter lists them.
VEHICLE_STATUSES = VEHICLE_WORDS.sources

SHORTFALL_TEXT = {
    "police": QT_TRANSLATE_NOOP("TeamRules", "needs at least %1 police officers, has %2"),
    "health_workers": QT_TRANSLATE_NOOP("TeamRules", "needs at least %1 health workers, has %2"),
    "cadres": QT_TRANSLATE_NOOP("TeamRules", "needs at least %1 cadres, has %2"),
    "officers": QT_TRANSLATE_NOOP("TeamRules", "needs at least %1 officers, has %2"),
    "vehicles": QT_TRANSLATE_NOOP("TeamRules", "needs at least %1 vehicles, has %2"),
    "leaders": QT_TRANSLATE_NOOP("TeamRules", "needs exactly %1 leader, has %2"),
}


def status_text(value: str) -> str:
    return VEHICLE_WORDS.word(value)


def shortfalls_text(shortfalls: Iterable[Shortfall]) -> str:
    """"Complete" when no rule is broken, else every broken rule in the interface's language."""
    broken = tuple(shortfalls)
    if not broken:
        return QCoreApplication.translate("TeamRules", "Complete")
    return QCoreApplication.translate("TeamRules", "Incomplete: ") + "; ".join(
        QCoreApplication.translate("TeamRules", SHORTFALL_TEXT[s.code])
        .replace("%1", str(s.needed)).replace("%2", str(s.present))
        for s in broken)


def completeness_text(result: TeamCompleteness | None) -> str:
    """A team's composition as the detail shows it (no verdict reads as complete)."""
    return shortfalls_text(() if result is None else result.shortfalls)
