"""The person form: masking per role, a conflict shown and decided, input kept on failure.
Saves run in the background: `answered(dialog)` waits for their answer."""
from __future__ import annotations

from collections.abc import Callable
from unittest.mock import patch

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from controllers.register.persons import load_person, save_person
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.errors import DatabaseUnavailable
from models.schema import Person
from tests.support.factories import signed_in
from tests.support.gui import keys_reach
from tests.support.outside import outside_sql
from ui.kit.person_dialog import PersonDialog, load_person_shown

COMMANDER = signed_in("commander")
CLERK = signed_in("clerk")
VIEWER = signed_in("viewer", "wall")
ACCEPTED = QDialog.DialogCode.Accepted.value


def person_dialog(qtbot: QtBot, context: AppContext, user: SignedInUser,
                  person_id: int) -> PersonDialog:
    """The form as `open_person_dialog` opens it: with the person already read."""
    context.user = user
    dialog = PersonDialog(context, load_person_shown(context.database, user, person_id))
    qtbot.addWidget(dialog)
    return dialog


def test_clerk_sees_masked_identifiers_read_only(qtbot: QtBot, context: AppContext,
                                                 person_id: int) -> None:
    dialog = person_dialog(qtbot, context, CLERK, person_id)
    assert dialog.fields["resident_id"].text() == "420102********1234"
    assert dialog.fields["resident_id"].isReadOnly() and dialog.fields["phone"].isReadOnly()
    assert not dialog.fields["name"].isReadOnly()


def test_viewer_has_no_save_button(qtbot: QtBot, context: AppContext, person_id: int) -> None:
    dialog = person_dialog(qtbot, context, VIEWER, person_id)
    assert dialog.save_button.isHidden()
    assert all(edit.isReadOnly() for edit in dialog.fields.values())


def test_conflict_is_shown_and_mine_can_win(qtbot: QtBot, context: AppContext, person_id: int,
                                            answered: Callable[..., None]) -> None:
    database = context.database
    dialog = person_dialog(qtbot, context, COMMANDER, person_id)
    other = load_person(database, CLERK, person_id)
    save_person(database, CLERK, person_id, other.version, other.values, {"name": "李娜"})
    dialog.fields["phone"].setText("13600000000")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible(),
                    timeout=10_000)
    assert dialog.conflict is not None
    table = dialog.conflict.findChild(QTableWidget)
    cells = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)}
    # The dialog showed their name, my phone, and what both were before.
    assert {"李娜", "张伟", "13600000000", "13800000000"} <= cells
    dialog.conflict.accept()
    answered(dialog)
    assert dialog.result() == ACCEPTED
    with database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None and (person.name, person.phone) == ("李娜", "13600000000")


def test_keeping_theirs_reloads(qtbot: QtBot, context: AppContext, person_id: int,
                                answered: Callable[..., None]) -> None:
    database = context.database
    dialog = person_dialog(qtbot, context, COMMANDER, person_id)
    other = load_person(database, COMMANDER, person_id)
    save_person(database, COMMANDER, person_id, other.version, other.values, {"name": "李娜"})
    dialog.fields["name"].setText("王五")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible(),
                    timeout=10_000)
    dialog.conflict.reject()  # type: ignore[union-attr]
    answered(dialog)
    assert dialog.fields["name"].text() == "李娜" and dialog.result() != ACCEPTED


def test_unreachable_database_keeps_what_was_typed(qtbot: QtBot, context: AppContext,
                                                   person_id: int,
                                                   answered: Callable[..., None]) -> None:
    dialog = person_dialog(qtbot, context, COMMANDER, person_id)
    dialog.fields["name"].setText("赵六")
    with patch("ui.kit.person_dialog.save_person", side_effect=DatabaseUnavailable("gone")):
        dialog.save()
        answered(dialog)
    assert dialog.result() != ACCEPTED
    assert dialog.fields["name"].text() == "赵六" and not dialog.message.isHidden()
    dialog.save()
    answered(dialog)
    assert dialog.result() == ACCEPTED


def test_invalid_field_is_pointed_at(qtbot: QtBot, context: AppContext, person_id: int,
                                     answered: Callable[..., None]) -> None:
    dialog = person_dialog(qtbot, context, COMMANDER, person_id)
    dialog.fields["resident_id"].setText("420102198001011235")
    dialog.save()
    answered(dialog)
    assert dialog.result() != ACCEPTED
    assert dialog.fields["resident_id"].text() == "420102198001011235"
    assert not dialog.message.isHidden()


def test_an_edit_made_in_psql_meanwhile_is_a_conflict_too(
        qtbot: QtBot, context: AppContext, person_id: int,
        answered: Callable[..., None]) -> None:
    """Not another workstation but psql (or the sqlite3 shell): the database moved the version
    (migration 0018), so the open form is told, not allowed to overwrite it silently."""
    dialog = person_dialog(qtbot, context, COMMANDER, person_id)
    dialog.show()
    keys_reach(qtbot, dialog)
    outside_sql(context.database, f"UPDATE person SET name = '李娜' WHERE id = {person_id}")
    phone = dialog.fields["phone"]
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(phone, "13600000000")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible(),
                    timeout=10_000)
    conflict = dialog.conflict
    assert conflict is not None
    table = conflict.findChild(QTableWidget)
    cells = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)}
    assert {"李娜", "张伟", "13600000000"} <= cells
    keys_reach(qtbot, conflict)
    qtbot.mouseClick(conflict.overwrite, Qt.MouseButton.LeftButton)
    answered(dialog)
    assert dialog.result() == ACCEPTED
    with context.database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None and (person.name, person.phone) == ("李娜", "13600000000")
