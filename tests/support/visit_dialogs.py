"""The visit form opened on a household, and the visits written, for the GUI tests of door knocks."""
from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.communities.visits import load_visit_form
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.db.database import Database
from models.enums import UserRole
from models.schema import Household, Visit
from ui.communities.visit_dialog import VisitDialog

CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


def household(database: Database, community_id: int, door: str) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(Household.id).where(
            Household.community_id == community_id, Household.door == door)))


def visit_dialog(qtbot: QtBot, context: AppContext, household_id: int) -> VisitDialog:
    """The form as `open_visit_dialog` opens it: the household already read."""
    context.user = CLERK
    dialog = VisitDialog(context, load_visit_form(context.database, CLERK, household_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()   # shortcuts (Alt+A, Alt+D) reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog


def visits(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)))
