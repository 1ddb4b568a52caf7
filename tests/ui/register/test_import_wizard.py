"""The import wizard, driven like a clerk: pick a GBK file, accept the recognised columns, read
the check, import; a file with a mangled ID cannot be imported until skipping is chosen."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.register.importing import remembered_mappings
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from models.db.database import Database
from models.enums import UserRole
from models.schema import Person
from tests.support.registers import good_lines, register_csv, titled_xlsx
from ui.register.import_wizard import ImportWizard

CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


def _persons(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(Person.id))) or 0


def _wizard(qtbot: QtBot, context: AppContext, tmp_path: Path, lines: list[str]) -> ImportWizard:
    wizard = ImportWizard(context, remembered_mappings(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.file.setText(str(register_csv(tmp_path / "register.csv", lines)))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.boxes["resident_id"].currentText() == "身份证号"
    assert wizard.mapping_page.table.item(0, 0).text() == "居民零"
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    return wizard


def test_a_clean_file_is_checked_then_imported(qtbot: QtBot, clerk_context: AppContext,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    wizard = _wizard(qtbot, clerk_context, tmp_path, good_lines(9))
    assert "9" in wizard.check_page.summary.text()
    assert _persons(clerk_context.database) == 0
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert _persons(clerk_context.database) == 9
    assert told and "9" in told[0]
    assert (tmp_path / "import-mappings.json").exists()


def test_a_refused_row_blocks_the_import(qtbot: QtBot, clerk_context: AppContext,
                                         tmp_path: Path) -> None:
    lines = [*good_lines(3), "王五,4.20102E+17,13800000000,永清社区,1,1,1,"]
    wizard = _wizard(qtbot, clerk_context, tmp_path, lines)
    assert not wizard.check_page.isComplete()
    assert wizard.check_page.save.isEnabled()
    assert wizard.checked is not None and wizard.checked.refused_rows == 1
    assert _persons(clerk_context.database) == 0


def test_a_title_row_the_sheet_s_row_numbers_and_the_problems_in_chinese(
        qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, qapp: QApplication) -> None:
    """Issue 18: the check page lists each problem (row, column, problem, value) in the
    interface language; the preview numbers rows as the sheet; a title row is read past, and
    the clerk may name the header row."""
    undo = install_translators(qapp, "zh")
    try:
        lines = [*good_lines(3), "王五,4.20102E+17,13800000000,永清社区,1,1,1,"]
        wizard = ImportWizard(clerk_context, remembered_mappings(tmp_path))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file_page.file.setText(str(titled_xlsx(tmp_path / "titled.xlsx", lines)))
        wizard.next()
        page = wizard.mapping_page
        assert wizard.currentPage() is page and page.header_row.value() == 3
        assert page.boxes["resident_id"].currentText() == "身份证号"
        labels = [page.table.verticalHeaderItem(r).text() for r in range(page.table.rowCount())]
        assert labels == ["4", "5", "6", "7"] and page.table.item(0, 0).text() == "居民零"

        page.header_row.setValue(1)                       # the clerk names another row
        page.header_row.editingFinished.emit()
        assert wizard.headers[0].startswith("永清社区居民花名册")
        assert page.table.verticalHeaderItem(0).text() == "2"
        assert not page.isComplete()                      # no name or ID column on row 1
        page.header_row.setValue(3)
        page.header_row.editingFinished.emit()
        assert page.isComplete()

        wizard.next()
        table = wizard.check_page.problems
        assert wizard.currentPage() is wizard.check_page and table.isVisible()
        headings = [table.horizontalHeaderItem(c).text() for c in range(4)]
        assert headings == ["行", "列", "问题", "值"]
        first = [table.item(0, c).text() for c in range(4)]
        assert first[:2] == ["7", "身份证号"] and first[2].startswith("Excel 把这个身份证号")
        assert first[3] == "4.20102E+17"
    finally:
        undo()
