"""Setting the district's team minimums through the dialog."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from controllers.teams.minimums import set_team_minimums, team_minimums
from models.db.database import Database
from tests.factories import signed_in
from ui.teams.minimums_dialog import TeamMinimumsDialog

COMMANDER = signed_in("commander")


def test_saving_sets_the_district_minimums(qtbot: QtBot, database: Database) -> None:
    dialog = TeamMinimumsDialog(database, COMMANDER)
    qtbot.addWidget(dialog)
    assert dialog.boxes["quick_response_leaders"].minimum() == 1  # a team always has a leader
    dialog.boxes["quick_response_officers"].setValue(3)
    assert dialog.save()
    assert team_minimums(database, COMMANDER).minimums.quick_response_officers == 3


def test_someone_elses_change_is_shown_not_overwritten(qtbot: QtBot, database: Database) -> None:
    dialog = TeamMinimumsDialog(database, COMMANDER)
    qtbot.addWidget(dialog)
    set_team_minimums(database, signed_in("commander", "other"), {"work_group_cadres": 4}, 0)
    dialog.boxes["work_group_cadres"].setValue(2)
    assert not dialog.save()
    assert dialog.boxes["work_group_cadres"].value() == 4 and "other" in dialog.message.text()
    assert team_minimums(database, COMMANDER).minimums.work_group_cadres == 4


def test_viewers_see_but_cannot_change(qtbot: QtBot, database: Database) -> None:
    dialog = TeamMinimumsDialog(database, signed_in("viewer"))
    qtbot.addWidget(dialog)
    assert not any(box.isEnabled() for box in dialog.boxes.values())
