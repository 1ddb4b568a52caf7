"""The district workbook wizard, driven like a commander: choose the filled workbook, read the
check and the summary, load; a workbook with problems lists every one on screen (in the
interface language), offers the report and writes nothing until it is corrected and checked
again. The 辖区资料 menu is the commander's."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.language import install_translators
from controllers.runtime.settings import Settings
from controllers.setup.workbook import SetupProblem
from models.db.database import Database
from models.enums import UserRole
from models.schema import Community, Vehicle
from models.setup.problems import SetupCode
from tests.support.district_workbook import district_rows, write_district
from tests.support.registers import good_lines, register_csv
from ui.setup.menu import add_district_menu
from ui.setup.problems_model import PROBLEM, ROW, SHEET, VALUE, ProblemTableModel
from ui.setup.wizard import CHECK, DONE, FILE, SUMMARY, SetupWizard

COMMANDER = SignedInUser(None, "commander", "commander", UserRole.COMMANDER)
CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


@pytest.fixture
def commander(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=COMMANDER)
    yield built
    built.close()


def _count(database: Database, table: type) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _checked(qtbot: QtBot, context: AppContext, workbook: Path) -> SetupWizard:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.file.setText(str(workbook))
    wizard.next()
    assert wizard.currentId() == CHECK, wizard.file_page.message.text()
    return wizard


def _cells(model: ProblemTableModel, row: int) -> tuple[str, ...]:
    return tuple(str(model.data(model.index(row, column))) for column in range(model.columnCount()))


def test_a_filled_workbook_is_checked_summarised_then_loaded(
        qtbot: QtBot, commander: AppContext, tmp_path: Path) -> None:
    wizard = _checked(qtbot, commander, write_district(tmp_path / "黄陂区.xlsx"))
    page = wizard.check_page
    assert page.subTitle() == "Every sheet was checked: no problems."
    assert not page.table.isVisible() and page.isComplete()
    wizard.next()
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_page
    assert summary.district.text() == "The district 黄陂区 (420116) will be written."
    rows = {summary.table.item(r, 0).text(): summary.table.item(r, 1).text()
            for r in range(summary.table.rowCount())}
    assert rows["社区"] == "3" and rows["队员"] == "9" and rows["车辆"] == "3"
    assert commander.database.is_empty()            # the check wrote nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Load"
    wizard.next()
    assert wizard.currentId() == DONE
    assert _count(commander.database, Community) == 3 and _count(commander.database, Vehicle) == 3
    assert wizard.loaded is not None and wizard.loaded.written
    assert "rows added, 0 updated" in wizard.done_page.subTitle()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_problems_are_listed_on_screen_and_nothing_is_written_until_corrected(
        qtbot: QtBot, commander: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rows = district_rows()
    rows["communities"][0][2] = "S09"
    rows["vehicles"][0][0] = "ABC123"
    workbook = write_district(tmp_path / "黄陂区.xlsx", rows)
    undo = install_translators(QApplication.instance(), "zh")   # type: ignore[arg-type]
    try:
        wizard = _checked(qtbot, commander, workbook)
        page = wizard.check_page
        assert page.subTitle().startswith("2 个问题")
        assert _cells(page.model, 0) == (
            "社区", "2", "派出所编码",
            "没有编码为“S09”的派出所（派出所表和系统中都没有）：请添加该派出所或更正编码", "S09")
        assert page.model.headerData(PROBLEM, Qt.Orientation.Horizontal) == "问题"
        assert _cells(page.model, 1)[:3] == ("车辆", "2", "车牌号")
    finally:
        undo()
    assert page.table.isVisible() and not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    report = tmp_path / "chosen-report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(report), ""))
    page.save.click()
    table = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert len(table) == 3 and table[1][:3] == ["社区", 2, "派出所编码"]
    assert commander.database.is_empty()

    write_district(workbook)                      # corrected in Excel, saved over the file
    page.again.click()
    assert page.subTitle() == "Every sheet was checked: no problems." and page.isComplete()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == DONE and _count(commander.database, Community) == 3


def test_a_register_given_instead_is_refused_on_the_first_page(
        qtbot: QtBot, commander: AppContext, tmp_path: Path) -> None:
    wizard = SetupWizard(commander)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.file.setText(str(register_csv(tmp_path / "百秀社区.csv", good_lines(3))))
    wizard.next()
    assert wizard.currentId() == FILE
    message = wizard.file_page.message
    assert message.isVisible() and "looks like a community register" in message.text()
    assert commander.database.is_empty()


def test_the_problem_table_is_a_proper_model(qtmodeltester: ModelTester) -> None:
    model = ProblemTableModel()
    model.set_problems([
        SetupProblem("社区", 4, "派出所编码", SetupCode.UNKNOWN_STATION, ("S09",)),
        SetupProblem("车辆", 0, "", SetupCode.UNKNOWN_SHEET),
    ])
    qtmodeltester.check(model)
    assert model.data(model.index(1, ROW)) == "" and model.data(model.index(0, VALUE)) == "S09"
    assert model.data(model.index(0, SHEET)) == "社区"


def test_the_district_menu_is_the_commanders(qtbot: QtBot, commander: AppContext,
                                            database: Database, settings: Settings,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = add_district_menu(window, commander)
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["&Import workbook…", "&Export workbook…",
                                                 "Save a &blank template…"]
    clerk = build_context(database, settings, probe_interval_ms=60_000, user=CLERK)
    try:
        assert add_district_menu(QMainWindow(), clerk) is None
    finally:
        clerk.close()

    template = tmp_path / "blank"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(template), ""))
    menu.actions()[2].trigger()
    assert (tmp_path / "blank.xlsx").exists()            # the suffix added
    checked = _checked(qtbot, commander, tmp_path / "blank.xlsx")
    assert checked.check_page.isComplete()               # the template's example rows check

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    exported = tmp_path / "exported.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(exported), ""))
    menu.actions()[1].trigger()
    assert exported.exists() and told and "rows of master data" in told[0]


def test_a_workbook_is_loaded_by_keys(qtbot: QtBot, commander: AppContext,
                                      tmp_path: Path) -> None:
    """The cursor starts in the file's field; Enter checks, goes on, loads and finishes — never
    the blank template's or the report's button, which Enter used to press."""
    workbook = write_district(tmp_path / "huangpi.xlsx")       # typed: key clicks are Latin-1
    wizard = SetupWizard(commander)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.file_page.file, timeout=5_000)
    qtbot.keyClicks(wizard.file_page.file, str(workbook))
    for page in (CHECK, SUMMARY, DONE):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page  # type: ignore[misc]
                        and QApplication.focusWidget() is not None
                        and QApplication.focusWidget().isVisible(), timeout=10_000)
    assert _count(commander.database, Community) == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
