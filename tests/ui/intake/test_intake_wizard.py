"""The intake wizard, driven like a dispatcher with the keyboard: choose the list, give the source
case, read what each row would do, decide the held row by picking its candidate, take the list,
read the contact chain; a list with a bad row cannot be taken until skipping is chosen."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from tests.support.contact_lists import CONTACT, BuiltList, contact_list, write_list, written
from ui.intake.wizard import IntakeWizard

DISPATCHER = SignedInUser(None, "dispatcher", "dispatcher", UserRole.DISPATCHER)


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def open_wizard(qtbot: QtBot, context: AppContext, path: Path, source: int) -> IntakeWizard:
    wizard = IntakeWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.file_page
    page.file.setFocus()
    qtbot.keyClicks(page.file, str(path))
    qtbot.keyClick(page.file, Qt.Key.Key_Tab)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)   # past Browse…
    assert wizard.focusWidget() is page.source
    qtbot.keyClicks(page.source, str(source))
    qtbot.keyClick(page.source, Qt.Key.Key_Return)          # Next: the check, a dry run
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.check_page, timeout=20_000)
    return wizard


def rows(built: BuiltList) -> list[list[str]]:
    """One by ID, one naming two persons, one the register lacks."""
    return [built.rows[0], built.rows[360], built.rows[-1]]


def test_a_list_is_checked_decided_and_taken(qtbot: QtBot, dispatcher_context: AppContext,
                                             tmp_path: Path) -> None:
    database = dispatcher_context.database
    built = contact_list(database)
    before = written(database)
    wizard = open_wizard(qtbot, dispatcher_context, write_list(tmp_path / "list.xlsx",
                                                               rows(built)), built.source_case)
    check = wizard.check_page
    assert "3 rows: 1 cases would be opened" in check.summary.text()
    assert written(database) == before                     # the check wrote nothing
    assert [check.table.item(r, 2).text() for r in range(3)] == [
        "case opened", "held: choose", "to find"]
    choice = check.table.cellWidget(1, 6)
    assert isinstance(choice, QComboBox) and choice.count() == 4   # leave, two, new person
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)                  # the first candidate
    picked = int(choice.currentData())
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=20_000)
    assert wizard.taken is not None and wizard.taken.written
    taken = {row.row: row for row in wizard.taken.rows}
    assert (taken[3].outcome, taken[3].person_id) == ("opened", picked)
    assert "3 rows: 2 cases opened" in wizard.done_page.summary.text()
    assert wizard.done_page.chain.rowCount() == len(wizard.taken.chain) > 3
    assert written(database)[0] == before[0] + 3


def test_a_bad_row_blocks_until_skipping_is_chosen(qtbot: QtBot, dispatcher_context: AppContext,
                                                   tmp_path: Path) -> None:
    database = dispatcher_context.database
    built = contact_list(database)
    path = write_list(tmp_path / "bad.xlsx", [built.rows[0], ["无名", "", "", "", "同事", CONTACT]])
    wizard = open_wizard(qtbot, dispatcher_context, path, built.source_case)
    assert not wizard.check_page.isComplete()
    assert "nothing says who this is" in wizard.check_page.table.item(1, 6).text()
    wizard.back()
    wizard.file_page.skip_bad.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.check_page, timeout=20_000)
    assert wizard.check_page.isComplete()
