"""The teams' words on screen and on paper: a vehicle's status, whether a team's roster is
complete, and what the crew of a shift lacks ("夜班缺带队人"), in the reader's language. Rows and
records hold stored values and the rules' shortfalls; the teams view, the team detail, the
on-duty tab, the duty roster and the dispatch dialog show them through these."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import VEHICLE_STATUSES as VEHICLE_WORDS
from models.teams.crews import ShiftCrew, Watch
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


WATCHES = {
    Watch.DAY: QT_TRANSLATE_NOOP("TeamRules", "Day shift"),
    Watch.NIGHT: QT_TRANSLATE_NOOP("TeamRules", "Night shift"),
    Watch.ROUND_THE_CLOCK: QT_TRANSLATE_NOOP("TeamRules", "24-hour shift"),
}

# What a shift's crew lacks, short enough for a table cell: %1 needed, %2 present.
CREW_LACKS = {
    "police": QT_TRANSLATE_NOOP("TeamRules", "lacks police (needs %1, has %2)"),
    "officers": QT_TRANSLATE_NOOP("TeamRules", "lacks officers (needs %1, has %2)"),
    "health_workers": QT_TRANSLATE_NOOP("TeamRules", "lacks health workers (needs %1, has %2)"),
    "cadres": QT_TRANSLATE_NOOP("TeamRules", "lacks cadres (needs %1, has %2)"),
    "vehicles": QT_TRANSLATE_NOOP("TeamRules", "lacks a vehicle (needs %1, has %2)"),
}
NO_LEADER = QT_TRANSLATE_NOOP("TeamRules", "no leader")
TOO_FEW_LEADERS = QT_TRANSLATE_NOOP("TeamRules", "lacks a leader (needs %1, has %2)")
TOO_MANY_LEADERS = QT_TRANSLATE_NOOP("TeamRules", "%2 leaders, exactly %1 wanted")


def watch_text(watch: Watch | str) -> str:
    return QCoreApplication.translate("TeamRules", WATCHES[Watch(watch)])


def lack_text(shortfall: Shortfall) -> str:
    """One thing a crew lacks, in the reader's language."""
    if shortfall.code == "leaders":
        source = (NO_LEADER if shortfall.present == 0 else
                  TOO_FEW_LEADERS if shortfall.present < shortfall.needed else TOO_MANY_LEADERS)
    else:
        source = CREW_LACKS[shortfall.code]
    return (QCoreApplication.translate("TeamRules", source)
            .replace("%1", str(shortfall.needed)).replace("%2", str(shortfall.present)))


def lacks_text(crew: ShiftCrew) -> str:
    """What the crew lacks, without naming its shift, its leader first ("no leader; lacks
    officers …")."""
    ordered = sorted(crew.shortfalls, key=lambda shortfall: shortfall.code != "leaders")
    return QCoreApplication.translate("TeamRules", "; ").join(lack_text(s) for s in ordered)


def crew_text(crew: ShiftCrew | None) -> str:
    """The crew of a shift as the board says it: "Night shift: no leader", "Day shift:
    complete"; a quick-response team with nobody on duty, "Nobody on duty"; any other team
    with nobody on duty, "Off duty"."""
    if crew is None:
        return ""
    if crew.watch is None and crew.shortfalls:
        return QCoreApplication.translate("TeamRules", "Nobody on duty")
    if crew.watch is None:
        return QCoreApplication.translate("TeamRules", "Off duty")
    if crew.complete:
        return QCoreApplication.translate("TeamRules", "%1: complete").replace(
            "%1", watch_text(crew.watch))
    return (QCoreApplication.translate("TeamRules", "%1: %2").replace("%1", watch_text(crew.watch))
            .replace("%2", lacks_text(crew)))
