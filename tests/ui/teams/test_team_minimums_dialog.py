"""Setting the district's team minimums through the dialog (read before it opens, saved in the
background: `answered` waits for the save's answer)."""
from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from controllers.teams.minimums import set_team_minimums, team_minimums
from tests.support.factories import signed_in
from ui.teams.minimums_dialog import TeamMinimumsDialog

COMMANDER = signed_in("commander")


def minimums_dialog(qtbot: QtBot, context: AppContext, user: SignedInUser) -> TeamMinimumsDialog:
    context.user = user
    dialog = TeamMinimumsDialog(context, team_minimums(context.database, user))
    qtbot.addWidget(dialog)
    return dialog


def test_saving_sets_the_district_minimums(qtbot: QtBot, context: AppContext,
                                           answered: Callable[..., None]) -> None:
    dialog = minimums_dialog(qtbot, context, COMMANDER)
    assert dialog.boxes["quick_response_leaders"].minimum() == 1  # a team always has a leader
    dialog.boxes["quick_response_officers"].setValue(3)
    dialog.save()
    answered(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted.value
    assert team_minimums(context.database, COMMANDER).minimums.quick_response_officers == 3


def test_someone_elses_change_is_shown_not_overwritten(qtbot: QtBot, context: AppContext,
                                                       answered: Callable[..., None]) -> None:
    dialog = minimums_dialog(qtbot, context, COMMANDER)
    set_team_minimums(context.database, signed_in("commander", "other"), {"work_group_cadres": 4}, 0)
    dialog.boxes["work_group_cadres"].setValue(2)
    dialog.save()
    answered(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted.value
    assert dialog.boxes["work_group_cadres"].value() == 4 and "other" in dialog.message.text()
    assert team_minimums(context.database, COMMANDER).minimums.work_group_cadres == 4


def test_viewers_see_but_cannot_change(qtbot: QtBot, context: AppContext) -> None:
    dialog = minimums_dialog(qtbot, context, signed_in("viewer"))
    assert not any(box.isEnabled() for box in dialog.boxes.values())
