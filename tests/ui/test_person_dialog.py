"""The person form: masking per role, a conflict shown and decided, input kept on failure."""
from __future__ import annotations

from unittest.mock import patch

from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from controllers.register.persons import load_person, save_person
from models.db.database import Database
from models.errors import DatabaseUnavailable
from models.schema import Person
from tests.factories import signed_in
from ui.kit.person_dialog import PersonDialog

COMMANDER = signed_in("commander")
CLERK = signed_in("clerk")
VIEWER = signed_in("viewer", "wall")



def test_clerk_sees_masked_identifiers_read_only(qtbot: QtBot, database: Database,
                                                 person_id: int) -> None:
    dialog = PersonDialog(database, CLERK, person_id)
    qtbot.addWidget(dialog)
    assert dialog.fields["resident_id"].text() == "420102********1234"
    assert dialog.fields["resident_id"].isReadOnly() and dialog.fields["phone"].isReadOnly()
    assert not dialog.fields["name"].isReadOnly()


def test_viewer_has_no_save_button(qtbot: QtBot, database: Database, person_id: int) -> None:
    dialog = PersonDialog(database, VIEWER, person_id)
    qtbot.addWidget(dialog)
    assert dialog.save_button.isHidden()
    assert all(edit.isReadOnly() for edit in dialog.fields.values())


def test_conflict_is_shown_and_mine_can_win(qtbot: QtBot, database: Database,
                                            person_id: int) -> None:
    dialog = PersonDialog(database, COMMANDER, person_id)
    qtbot.addWidget(dialog)
    other = load_person(database, CLERK, person_id)
    save_person(database, CLERK, person_id, other.version, other.values, {"name": "李娜"})
    dialog.fields["phone"].setText("13600000000")
    seen = []

    def answer(self: QDialog) -> int:
        table = self.findChild(QTableWidget)
        seen.append({table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)})
        return QDialog.DialogCode.Accepted.value

    with patch("ui.kit.conflict_dialog.ConflictDialog.exec", answer):
        assert dialog.save() is True
    (cells,) = seen  # the dialog showed their name, my phone, and what both were before
    assert {"李娜", "张伟", "13600000000", "13800000000"} <= cells
    with database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None and (person.name, person.phone) == ("李娜", "13600000000")


def test_keeping_theirs_reloads(qtbot: QtBot, database: Database, person_id: int) -> None:
    dialog = PersonDialog(database, COMMANDER, person_id)
    qtbot.addWidget(dialog)
    other = load_person(database, COMMANDER, person_id)
    save_person(database, COMMANDER, person_id, other.version, other.values, {"name": "李娜"})
    dialog.fields["name"].setText("王五")
    with patch("ui.kit.conflict_dialog.ConflictDialog.exec",
               lambda self: QDialog.DialogCode.Rejected.value):
        assert dialog.save() is False
    assert dialog.fields["name"].text() == "李娜"


def test_unreachable_database_keeps_what_was_typed(qtbot: QtBot, database: Database,
                                                   person_id: int) -> None:
    dialog = PersonDialog(database, COMMANDER, person_id)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("赵六")
    with patch("ui.kit.person_dialog.save_person", side_effect=DatabaseUnavailable("gone")):
        assert dialog.save() is False
    assert dialog.fields["name"].text() == "赵六" and not dialog.message.isHidden()
    assert dialog.save() is True


def test_invalid_field_is_pointed_at(qtbot: QtBot, database: Database, person_id: int) -> None:
    dialog = PersonDialog(database, COMMANDER, person_id)
    qtbot.addWidget(dialog)
    dialog.fields["resident_id"].setText("420102198001011235")
    assert dialog.save() is False
    assert dialog.fields["resident_id"].text() == "420102198001011235"
    assert not dialog.message.isHidden()
