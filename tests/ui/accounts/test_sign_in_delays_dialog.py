"""The sign-in delays from the users dialog, with real keys (issue 20, item 6): a commander opens
"Sign-in delays…" with Alt+L, sees who is slowed at which workstation, after how many failures,
until when, and clears the chosen delay with Alt+C; the person waiting gets in at once, and the
clearing is audited under the commander's name."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.accounts.users import add_user, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.accounts.credentials import SignInRefused
from models.enums import UserRole
from models.schema import AuditEntry
from tests.support.gui import Answered, keys_reach
from ui.accounts.delays_dialog import DelaysDialog
from ui.accounts.users_dialog import UsersDialog

ALT = Qt.KeyboardModifier.AltModifier
ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


@pytest.fixture
def commander(context: AppContext) -> Iterator[AppContext]:
    """Signed in as 张指挥; 王 mistyped his password five times at pc-7 a moment ago."""
    add_user(context.database, ADMIN, "zhang", "commander", "secret-pass", "张指挥")
    add_user(context.database, ADMIN, "wang", "clerk", "secret-pass", "王文书")
    start = datetime.now() - timedelta(minutes=30)
    for attempt in range(5):   # each once the wait before it had passed
        with pytest.raises(SignInRefused):
            sign_in(context.database, "wang", "typo-pass", workstation="pc-7",
                    now=lambda attempt=attempt: start + timedelta(seconds=400 * attempt))
    with pytest.raises(SignInRefused):   # the sixth just now: a wait of 8 s from here
        sign_in(context.database, "wang", "typo-pass", workstation="pc-7")
    context.user = sign_in(context.database, "zhang", "secret-pass", workstation="desk-1")
    yield context


def test_a_commander_sees_and_clears_a_delay(qtbot: QtBot, commander: AppContext,
                                             answered: Answered) -> None:
    users = UsersDialog(commander)
    qtbot.addWidget(users)
    users.show()
    keys_reach(qtbot, users)
    answered(users)
    with qtbot.waitSignal(users.delays.clicked, timeout=2_000):
        qtbot.keyClick(users, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: any(isinstance(w, DelaysDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, DelaysDialog) and w.isVisible())
    keys_reach(qtbot, dialog)
    answered(dialog)
    shown = [[dialog.table.item(r, c).text() for c in range(5)]
             for r in range(dialog.table.rowCount())]
    assert [row[:3] for row in shown] == [["wang", "pc-7", "6"], ["(every name)", "pc-7", "6"]]
    assert shown[0][4] and shown[1][4] == "no delay yet"    # 王 waits; pc-7 as a whole does not
    with pytest.raises(SignInRefused) as refused:
        sign_in(commander.database, "wang", "secret-pass", workstation="pc-7")
    assert refused.value.code == "locked"
    with qtbot.waitSignal(dialog.clear.clicked, timeout=2_000):   # the first row is chosen
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)
    answered(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    assert dialog.message.text() == "The delay of wang at pc-7 was cleared."
    assert dialog.table.item(0, 0).text() == "(every name)"
    assert sign_in(commander.database, "wang", "secret-pass", workstation="pc-7").username == "wang"
    with commander.database.sessions() as session:
        who = session.scalar(select(AuditEntry.username).where(
            AuditEntry.action == "delays_cleared"))
    assert who == "zhang"
    dialog.close()
